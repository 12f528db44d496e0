//! The catalog of a data source: the dbs, tables and partitions its scans discovered, where each
//! is to be migrated to, and how far its migration went.

pub(crate) mod blueprint;
pub(crate) mod edit;
pub(crate) mod partition_filter;
pub(crate) mod routes;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::state::problem::{Missing, Problem};
use crate::state::values::CatalogStatus;

/// A database (or BigQuery dataset, or MaxCompute project) of the source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Db {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) owner: String,
    pub(crate) location: String,
    /// The MaxCompute project it migrates to.
    pub(crate) dst_project_name: String,
    /// The MaxCompute schema it migrates to.
    pub(crate) dst_name: String,
    pub(crate) status: CatalogStatus,
    pub(crate) updated: bool,
    pub(crate) last_ddl_time: Millis,
    pub(crate) create_time: Millis,
    pub(crate) update_time: Millis,
}

/// A column of a table, or a partition key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Column {
    pub(crate) name: String,
    #[serde(rename = "type")]
    pub(crate) kind: String,
    #[serde(default)]
    pub(crate) comment: String,
    #[serde(default = "yes")]
    pub(crate) nullable: bool,
    #[serde(default)]
    pub(crate) default_value: String,
}

fn yes() -> bool {
    true
}

/// A table of a db.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Table {
    pub(crate) id: i64,
    pub(crate) db_id: i64,
    pub(crate) name: String,
    /// The source's kind of table, e.g. `MANAGED_TABLE`.
    pub(crate) kind: String,
    pub(crate) comment: String,
    pub(crate) columns: Vec<Column>,
    pub(crate) partition_keys: Vec<Column>,
    pub(crate) status: CatalogStatus,
    pub(crate) updated: bool,
    pub(crate) last_ddl_time: Millis,
    pub(crate) num_rows: i64,
    pub(crate) size: i64,
    pub(crate) owner: String,
    pub(crate) location: String,
    pub(crate) input_format: String,
    pub(crate) output_format: String,
    pub(crate) serde: String,
    pub(crate) dst_project_name: String,
    pub(crate) dst_schema_name: String,
    pub(crate) dst_name: String,
    pub(crate) create_time: Millis,
    pub(crate) update_time: Millis,
}

impl Table {
    /// Whether the table has partition keys.
    pub(crate) fn has_partitions(&self) -> bool {
        !self.partition_keys.is_empty()
    }
}

/// A partition of a partitioned table.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Partition {
    pub(crate) id: i64,
    pub(crate) db_id: i64,
    pub(crate) table_id: i64,
    /// The partition spec, `p1=1/p2=abc`.
    pub(crate) value: String,
    pub(crate) status: CatalogStatus,
    pub(crate) updated: bool,
    pub(crate) last_ddl_time: Millis,
    pub(crate) num_rows: i64,
    pub(crate) size: i64,
    pub(crate) create_time: Millis,
}

/// How many objects are in each migration status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub(crate) total: i64,
    pub(crate) doing: i64,
    pub(crate) done: i64,
    pub(crate) failed: i64,
    pub(crate) part_done: i64,
}

impl Tally {
    fn count(&mut self, status: CatalogStatus) {
        self.total += 1;
        match status {
            CatalogStatus::Doing => self.doing += 1,
            CatalogStatus::Done => self.done += 1,
            CatalogStatus::Failed => self.failed += 1,
            CatalogStatus::PartDone => self.part_done += 1,
            CatalogStatus::Init => {}
        }
    }

    /// The status of a whole made of parts with these statuses: DOING while any part is, else
    /// FAILED if any part failed, DONE when all are, PART_DONE when some are, else INIT.
    fn rollup(self) -> CatalogStatus {
        if self.doing > 0 {
            CatalogStatus::Doing
        } else if self.failed > 0 {
            CatalogStatus::Failed
        } else if self.total > 0 && self.done == self.total {
            CatalogStatus::Done
        } else if self.done > 0 || self.part_done > 0 {
            CatalogStatus::PartDone
        } else {
            CatalogStatus::Init
        }
    }
}

/// Every db, table and partition discovered so far.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Catalog {
    pub(crate) dbs: BTreeMap<i64, Db>,
    pub(crate) tables: BTreeMap<i64, Table>,
    pub(crate) partitions: BTreeMap<i64, Partition>,
}

impl Catalog {
    pub(crate) fn db(&self, source_id: i64, id: i64) -> Result<&Db, Problem> {
        self.dbs.get(&id).ok_or_else(|| {
            Problem::not_found(
                Missing::Db,
                format!("The db {id} does not exist in data source {source_id}."),
            )
        })
    }

    pub(crate) fn table(&self, source_id: i64, id: i64) -> Result<&Table, Problem> {
        self.tables.get(&id).ok_or_else(|| {
            Problem::not_found(
                Missing::Table,
                format!("The table {id} does not exist in data source {source_id}."),
            )
        })
    }

    pub(crate) fn partition(&self, source_id: i64, id: i64) -> Result<&Partition, Problem> {
        self.partitions.get(&id).ok_or_else(|| {
            Problem::not_found(
                Missing::Partition,
                format!("The partition {id} does not exist in data source {source_id}."),
            )
        })
    }

    /// The db called `name`, or a 404 naming it.
    pub(crate) fn db_named(&self, source_id: i64, name: &str) -> Result<&Db, Problem> {
        self.dbs.values().find(|d| d.name == name).ok_or_else(|| {
            Problem::not_found(
                Missing::Db,
                format!(
                    "The db {name:?} does not exist in data source {source_id} (scan the source \
                     with CreateMmsFetchMetadataJob to discover its dbs)."
                ),
            )
        })
    }

    /// The table `name` of db `db_id`, if discovered.
    pub(crate) fn table_named(&self, db_id: i64, name: &str) -> Option<&Table> {
        self.tables
            .values()
            .find(|t| t.db_id == db_id && t.name == name)
    }

    /// The tables of a db, by id.
    pub(crate) fn tables_of(&self, db_id: i64) -> impl Iterator<Item = &Table> {
        self.tables.values().filter(move |t| t.db_id == db_id)
    }

    /// The partitions of a table, by id.
    pub(crate) fn partitions_of(&self, table_id: i64) -> impl Iterator<Item = &Partition> {
        self.partitions
            .values()
            .filter(move |p| p.table_id == table_id)
    }

    /// Partition counts of a table (or, with `None`, of the whole catalog) by status.
    pub(crate) fn partition_tally(&self, table_id: Option<i64>, db_id: Option<i64>) -> Tally {
        let mut tally = Tally::default();
        for p in self.partitions.values() {
            if table_id.is_none_or(|t| p.table_id == t) && db_id.is_none_or(|d| p.db_id == d) {
                tally.count(p.status);
            }
        }
        tally
    }

    /// Table counts of a db (or, with `None`, of the whole catalog) by status.
    pub(crate) fn table_tally(&self, db_id: Option<i64>) -> Tally {
        let mut tally = Tally::default();
        for t in self.tables.values() {
            if db_id.is_none_or(|d| t.db_id == d) {
                tally.count(t.status);
            }
        }
        tally
    }

    /// Rows and bytes of a db: the sum over its tables.
    pub(crate) fn db_totals(&self, db_id: i64) -> (i64, i64) {
        self.tables_of(db_id).fold((0, 0), |(rows, size), t| {
            (rows.saturating_add(t.num_rows), size.saturating_add(t.size))
        })
    }

    /// Sets the migration status of a table (and, for a partition, of the partition) and
    /// recomputes the statuses of what contains it.
    pub(crate) fn mark(
        &mut self,
        table_id: i64,
        partition_id: Option<i64>,
        status: CatalogStatus,
        now: Millis,
    ) {
        match partition_id {
            Some(pid) => {
                if let Some(p) = self.partitions.get_mut(&pid) {
                    p.status = status;
                    if status == CatalogStatus::Done {
                        p.updated = false;
                    }
                }
                let rolled = self.partition_tally(Some(table_id), None).rollup();
                if let Some(t) = self.tables.get_mut(&table_id) {
                    t.status = rolled;
                    t.update_time = now;
                }
            }
            None => {
                if let Some(t) = self.tables.get_mut(&table_id) {
                    t.status = status;
                    t.update_time = now;
                    if status == CatalogStatus::Done {
                        t.updated = false;
                    }
                }
            }
        }
        if let Some(db_id) = self.tables.get(&table_id).map(|t| t.db_id) {
            let rolled = self.table_tally(Some(db_id)).rollup();
            if let Some(db) = self.dbs.get_mut(&db_id) {
                db.status = rolled;
                db.update_time = now;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(id: i64, db_id: i64) -> Table {
        Table {
            id,
            db_id,
            name: format!("t{id}"),
            kind: "MANAGED_TABLE".into(),
            comment: String::new(),
            columns: Vec::new(),
            partition_keys: Vec::new(),
            status: CatalogStatus::Init,
            updated: false,
            last_ddl_time: Millis(0),
            num_rows: 10,
            size: 100,
            owner: String::new(),
            location: String::new(),
            input_format: String::new(),
            output_format: String::new(),
            serde: String::new(),
            dst_project_name: String::new(),
            dst_schema_name: String::new(),
            dst_name: String::new(),
            create_time: Millis(0),
            update_time: Millis(0),
        }
    }

    fn partition(id: i64, table_id: i64) -> Partition {
        Partition {
            id,
            db_id: 1,
            table_id,
            value: format!("ds={id}"),
            status: CatalogStatus::Init,
            updated: true,
            last_ddl_time: Millis(0),
            num_rows: 1,
            size: 1,
            create_time: Millis(0),
        }
    }

    #[test]
    fn statuses_roll_up_from_partitions_to_tables_to_dbs() {
        let mut catalog = Catalog::default();
        catalog.dbs.insert(
            1,
            Db {
                id: 1,
                name: "db".into(),
                description: String::new(),
                owner: String::new(),
                location: String::new(),
                dst_project_name: String::new(),
                dst_name: String::new(),
                status: CatalogStatus::Init,
                updated: false,
                last_ddl_time: Millis(0),
                create_time: Millis(0),
                update_time: Millis(0),
            },
        );
        catalog.tables.insert(10, table(10, 1));
        catalog.tables.insert(11, table(11, 1));
        catalog.partitions.insert(100, partition(100, 11));
        catalog.partitions.insert(101, partition(101, 11));

        catalog.mark(11, Some(100), CatalogStatus::Doing, Millis(1));
        assert_eq!(catalog.tables[&11].status, CatalogStatus::Doing);
        assert_eq!(catalog.dbs[&1].status, CatalogStatus::Doing);

        catalog.mark(11, Some(100), CatalogStatus::Done, Millis(2));
        assert_eq!(catalog.tables[&11].status, CatalogStatus::PartDone);
        assert!(!catalog.partitions[&100].updated);
        assert_eq!(catalog.dbs[&1].status, CatalogStatus::PartDone);

        catalog.mark(11, Some(101), CatalogStatus::Failed, Millis(3));
        assert_eq!(catalog.tables[&11].status, CatalogStatus::Failed);

        catalog.mark(11, Some(101), CatalogStatus::Done, Millis(4));
        catalog.mark(10, None, CatalogStatus::Done, Millis(4));
        assert_eq!(catalog.tables[&11].status, CatalogStatus::Done);
        assert_eq!(catalog.dbs[&1].status, CatalogStatus::Done);
        assert_eq!(catalog.db_totals(1), (20, 200));
        assert_eq!(catalog.partition_tally(Some(11), None).done, 2);
    }
}
