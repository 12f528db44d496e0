//! Metadata scans (CreateMmsFetchMetadataJob): discover the source's dbs, tables and partitions
//! over time, each object appearing in the catalog as the scan reaches it.

pub(crate) mod model;
pub(crate) mod routes;

use crate::catalog::blueprint::{Flavour, Item};
use crate::scans::model::Scan;
use crate::state::ids::IdKind;
use crate::state::problem::{Missing, Problem};
use crate::state::values::WorkStatus;
use crate::state::world::{Env, Source};

/// Virtual time of a scan, before the objects it finds count.
const SCAN_BASE_MS: i64 = 2_000;
/// Virtual time per object found.
const SCAN_PER_ITEM_MS: i64 = 100;

impl Source {
    /// CreateMmsFetchMetadataJob: starts a scan of the whole source, of one db, or of some
    /// tables of one db. Returns its id.
    pub(crate) fn create_scan(
        &mut self,
        db_name: Option<String>,
        table_names: Vec<String>,
        env: &mut Env<'_>,
    ) -> Result<i64, Problem> {
        self.require_started("a metadata scan")?;
        if let Some(running) = self.scans.values().find(|s| s.status == WorkStatus::Doing) {
            return Err(Problem::status(format!(
                "The scan {} of data source {} is still running; wait for it to end.",
                running.id, self.info.id
            )));
        }
        let db_name = db_name.filter(|d| !d.is_empty());
        if db_name.is_none() && !table_names.is_empty() {
            return Err(Problem::missing("dbName"));
        }
        let mut failure = None;
        if let Some(db) = &db_name {
            match self.blueprint.dbs.iter().find(|d| d.name == *db) {
                None => {
                    failure = Some(format!("The source has no db named {db:?}."));
                }
                Some(plan) => {
                    let unknown: Vec<&str> = table_names
                        .iter()
                        .filter(|t| !plan.tables.iter().any(|p| p.name == **t))
                        .map(String::as_str)
                        .collect();
                    if !unknown.is_empty() {
                        failure = Some(format!(
                            "The db {db:?} of the source has no table named {}.",
                            unknown.join(", ")
                        ));
                    }
                }
            }
        }
        let items = if failure.is_some() {
            Vec::new()
        } else {
            self.blueprint.items(db_name.as_deref(), &table_names)
        };
        let id = env.ids.next(IdKind::Scan);
        let count = i64::try_from(items.len()).unwrap_or(i64::MAX);
        let due = env
            .now
            .plus(SCAN_BASE_MS.saturating_add(count.saturating_mul(SCAN_PER_ITEM_MS)));
        self.scans.insert(
            id,
            Scan {
                id,
                status: WorkStatus::Doing,
                db_name,
                table_names,
                items,
                reached: 0,
                start_time: env.now,
                end_time: None,
                due,
                failure,
                result: String::new(),
            },
        );
        self.info.scan_id = Some(id);
        Ok(id)
    }

    /// The scan `id`, or a 404 naming it.
    pub(crate) fn scan(&self, id: i64) -> Result<&Scan, Problem> {
        self.scans.get(&id).ok_or_else(|| {
            Problem::not_found(
                Missing::Scan,
                format!(
                    "The metadata scan {id} does not exist in data source {}.",
                    self.info.id
                ),
            )
        })
    }

    /// Discovers what running scans have reached by `env.now`; ends those that are due.
    pub(crate) fn advance_scans(&mut self, env: &mut Env<'_>) {
        let dst_project = self.info.dst_project();
        let flavour = Flavour {
            kind: self.info.kind,
            dst_project: &dst_project,
        };
        for scan in self.scans.values_mut() {
            if scan.status != WorkStatus::Doing {
                continue;
            }
            let total = scan.due.since(scan.start_time).max(1);
            let elapsed = env.now.since(scan.start_time).min(total);
            let reach = usize::try_from(
                i64::try_from(scan.items.len())
                    .unwrap_or(i64::MAX)
                    .saturating_mul(elapsed)
                    / total,
            )
            .unwrap_or(scan.items.len())
            .min(scan.items.len());
            // Each object appears at the time the scan reaches it.
            while scan.reached < reach {
                let item = scan.items[scan.reached];
                let at = scan.start_time.plus(
                    total * i64::try_from(scan.reached + 1).unwrap_or(0)
                        / i64::try_from(scan.items.len()).unwrap_or(1).max(1),
                );
                self.catalog
                    .discover(&self.blueprint, item, flavour, env.ids, at);
                scan.reached += 1;
            }
            if env.now >= scan.due {
                scan.end_time = Some(scan.due);
                match &scan.failure {
                    Some(reason) => {
                        scan.status = WorkStatus::Failed;
                        scan.result = reason.clone();
                    }
                    None => {
                        let count =
                            |pick: fn(&Item) -> bool| scan.items.iter().filter(|i| pick(i)).count();
                        scan.status = WorkStatus::Done;
                        scan.result = serde_json::json!({
                            "dbs": count(|i| i.table.is_none()),
                            "tables": count(|i| i.table.is_some() && i.partition.is_none()),
                            "partitions": count(|i| i.partition.is_some()),
                        })
                        .to_string();
                    }
                }
            }
        }
    }

    /// The catalog as a completed scan of everything would leave it (fixtures, the demo).
    pub(crate) fn discover_everything(&mut self, env: &mut Env<'_>) {
        let dst_project = self.info.dst_project();
        let flavour = Flavour {
            kind: self.info.kind,
            dst_project: &dst_project,
        };
        for item in self.blueprint.items(None, &[]) {
            self.catalog
                .discover(&self.blueprint, item, flavour, env.ids, env.now);
        }
        for partition in self.catalog.partitions.values_mut() {
            partition.updated = false;
        }
        for table in self.catalog.tables.values_mut() {
            table.updated = false;
        }
    }
}
