//! Changes users make to the catalog: where dbs and tables migrate to, and their migration
//! status (UpdateMmsDb, UpdateMmsTable, UpdateMmsTables).

use crate::catalog::Catalog;
use crate::clock::Millis;
use crate::state::problem::{Missing, Problem};
use crate::state::values::CatalogStatus;

/// New destination or status of a db or tables; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub(crate) struct Destination {
    pub(crate) project: Option<String>,
    pub(crate) schema: Option<String>,
    /// The table name (UpdateMmsTable only).
    pub(crate) name: Option<String>,
    pub(crate) status: Option<CatalogStatus>,
}

impl Destination {
    fn is_empty(&self) -> bool {
        self.project.is_none()
            && self.schema.is_none()
            && self.name.is_none()
            && self.status.is_none()
    }
}

fn nothing_to_change(fields: &str) -> Problem {
    Problem::missing(fields.to_owned())
}

impl Catalog {
    /// UpdateMmsDb: the db's destination project and schema (its tables that went to the old
    /// ones follow), or its status.
    pub(crate) fn update_db(
        &mut self,
        source_id: i64,
        id: i64,
        change: Destination,
        now: Millis,
    ) -> Result<(), Problem> {
        if change.is_empty() {
            return Err(nothing_to_change("dstProjectName, dstName or status"));
        }
        let db = self.dbs.get_mut(&id).ok_or_else(|| {
            Problem::not_found(
                Missing::Db,
                format!("The db {id} does not exist in data source {source_id}."),
            )
        })?;
        let old_project = db.dst_project_name.clone();
        let old_schema = db.dst_name.clone();
        if let Some(project) = &change.project {
            db.dst_project_name.clone_from(project);
        }
        if let Some(schema) = &change.name {
            db.dst_name.clone_from(schema);
        }
        if let Some(status) = change.status {
            db.status = status;
        }
        db.update_time = now;
        for table in self.tables.values_mut().filter(|t| t.db_id == id) {
            if let Some(project) = &change.project {
                if table.dst_project_name == old_project {
                    table.dst_project_name.clone_from(project);
                }
            }
            if let Some(schema) = &change.name {
                if table.dst_schema_name == old_schema {
                    table.dst_schema_name.clone_from(schema);
                }
            }
        }
        Ok(())
    }

    /// UpdateMmsTable / UpdateMmsTables for one table (known to exist).
    fn apply(&mut self, id: i64, change: &Destination, now: Millis) {
        if let Some(table) = self.tables.get_mut(&id) {
            if let Some(project) = &change.project {
                table.dst_project_name.clone_from(project);
            }
            if let Some(schema) = &change.schema {
                table.dst_schema_name.clone_from(schema);
            }
            if let Some(name) = &change.name {
                table.dst_name.clone_from(name);
            }
            if let Some(status) = change.status {
                table.status = status;
                // A table reset to INIT is migrated again in full, partitions included.
                if status == CatalogStatus::Init {
                    for p in self.partitions.values_mut().filter(|p| p.table_id == id) {
                        p.status = CatalogStatus::Init;
                    }
                }
            }
            table.update_time = now;
        }
    }

    /// UpdateMmsTable.
    pub(crate) fn update_table(
        &mut self,
        source_id: i64,
        id: i64,
        change: Destination,
        now: Millis,
    ) -> Result<(), Problem> {
        if change.is_empty() {
            return Err(nothing_to_change(
                "dstProjectName, dstSchemaName, dstName or status",
            ));
        }
        self.table(source_id, id)?;
        if change.name.as_deref().is_some_and(str::is_empty) {
            return Err(Problem::invalid(
                "dstName",
                "The parameter dstName is empty.",
            ));
        }
        self.apply(id, &change, now);
        Ok(())
    }

    /// UpdateMmsTables: the tables of `ids`, or the tables `names` of db `db_name` (all its
    /// tables when `names` is empty). Returns how many tables changed.
    pub(crate) fn update_tables(
        &mut self,
        source_id: i64,
        ids: &[i64],
        db_name: Option<&str>,
        names: &[String],
        change: Destination,
        now: Millis,
    ) -> Result<i64, Problem> {
        if change.is_empty() {
            return Err(nothing_to_change("dstProjectName, dstSchemaName or status"));
        }
        let mut chosen = Vec::new();
        if !ids.is_empty() {
            for id in ids {
                chosen.push(self.table(source_id, *id)?.id);
            }
        } else if let Some(db_name) = db_name {
            let db_id = self.db_named(source_id, db_name)?.id;
            if names.is_empty() {
                chosen.extend(self.tables_of(db_id).map(|t| t.id));
            } else {
                for name in names {
                    let table = self.table_named(db_id, name).ok_or_else(|| {
                        Problem::not_found(
                            Missing::Table,
                            format!(
                                "The table {db_name}.{name} does not exist in data source \
                                 {source_id}."
                            ),
                        )
                    })?;
                    chosen.push(table.id);
                }
            }
        } else {
            return Err(Problem::missing("tables (or dbName with tableNames)"));
        }
        for id in &chosen {
            self.apply(*id, &change, now);
        }
        Ok(i64::try_from(chosen.len()).unwrap_or(i64::MAX))
    }
}
