//! The demo the emulator serves unless told otherwise: data source 2 ("demo", Hive, started)
//! with two scanned dbs, the documented example job 10, and three jobs that ran before the
//! emulator started: one DONE, one still running, one FAILED with a readable log.

use mms_api::types;

use crate::catalog::blueprint::{Blueprint, DbPlan, TablePlan};
use crate::clock::Millis;
use crate::datasources::model::NewSource;
use crate::jobs::failures::PendingFailure;
use crate::jobs::given::GivenJob;
use crate::jobs::model::NewJob;
use crate::jobs::model::{JobEntry, Scope};
use crate::state::problem::Problem;
use crate::state::values::Phase;
use crate::state::world::{Rules, World};

/// The documented example answer of GetMmsJob, verbatim from the spec's examples (which travel
/// in `mms-api`, so that this crate builds from its package too). A missing example fails the
/// build, not a run.
pub(crate) const DOCUMENTED_EXAMPLE: &str = match mms_api::example("GetMmsJob.200.json") {
    Some(text) => text,
    None => panic!("the spec documents no GetMmsJob.200.json"),
};

/// Source of the documented example job, and of the demo.
pub const EXAMPLE_SOURCE_ID: i64 = 2;

/// Id of the documented example job.
pub const EXAMPLE_JOB_ID: i64 = 10;

/// The db of the documented example job (its `dbId`).
const EXAMPLE_DB_ID: i64 = 23;

/// The job of the documented example answer (source 2, job 10).
pub fn documented_example_job() -> types::Job {
    #[derive(serde::Deserialize)]
    struct Envelope {
        data: types::Job,
    }
    match serde_json::from_str::<Envelope>(DOCUMENTED_EXAMPLE) {
        Ok(envelope) => envelope.data,
        // The example is compiled in and checked by this crate's tests and by
        // `cargo xtask validate`; it cannot fail at run time without failing those first.
        Err(e) => unreachable!("openapi/examples/GetMmsJob.200.json does not parse: {e}"),
    }
}

fn table(name: &str, rows: i64, partitions: &[&str]) -> TablePlan {
    TablePlan {
        id: None,
        name: name.to_owned(),
        comment: String::new(),
        columns: Vec::new(),
        partition_keys: Vec::new(),
        partitions: partitions.iter().map(|p| (*p).to_owned()).collect(),
        num_rows: rows,
        size: Some(rows * 150),
    }
}

fn days(prefix: &str, count: u32) -> Vec<String> {
    (1..=count).map(|d| format!("{prefix}{d:02}")).collect()
}

/// The catalog of the demo source.
fn blueprint() -> Blueprint {
    let orders = days("ds=2024-12-", 7);
    let events = days("ds=2024-12-", 5);
    let sales = days("ds=2024-11-", 6);
    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    Blueprint {
        dbs: vec![
            DbPlan {
                id: Some(EXAMPLE_DB_ID),
                name: "mms_test".to_owned(),
                description: "Test data of the demo".to_owned(),
                tables: vec![
                    table("orders", 1_200_000, &refs(&orders)),
                    table("customers", 48_000, &[]),
                    table("products", 3_200, &[]),
                    table("inventory", 250_000, &[]),
                    table("events", 9_000_000, &refs(&events)),
                ],
            },
            DbPlan {
                id: None,
                name: "sales_dw".to_owned(),
                description: "Sales warehouse".to_owned(),
                tables: vec![
                    table("fact_sales", 30_000_000, &refs(&sales)),
                    table("dim_store", 800, &[]),
                    table("dim_date", 3_650, &[]),
                ],
            },
        ],
    }
}

/// Adds the demo to `world` as it stands at `now`.
pub(crate) fn seed(world: &mut World, rules: &Rules, now: Millis) -> Result<(), Problem> {
    let mut config = serde_json::Map::new();
    for (key, value) in [
        ("hive.metastore.uris", "thrift://demo-hive:9083"),
        ("hive.version", "3.1.3"),
        ("dst.project", "mms_target"),
    ] {
        config.insert(key.to_owned(), value.into());
    }
    let earlier = now.plus(-3 * 3_600_000);
    let id = world.create_source(
        NewSource {
            name: Some("demo".to_owned()),
            kind: Some("HIVE".to_owned()),
            networklink: Some("vpc-demo:cn-hangzhou".to_owned()),
            config,
        },
        Some(blueprint()),
        Some(EXAMPLE_SOURCE_ID),
        rules,
        earlier,
    )?;
    let (source, mut env) = world.source_mut(id, rules, earlier)?;
    source.finish_start(earlier).map_err(Problem::status)?;
    source.discover_everything(&mut env);
    source.jobs.insert(
        EXAMPLE_JOB_ID,
        JobEntry::Given(GivenJob {
            record: documented_example_job(),
            progress: None,
            first_read: None,
        }),
    );

    let job = |name: &str, db: &str, tables: &[&str], verify: bool| NewJob {
        name: name.to_owned(),
        src_db_name: db.to_owned(),
        scope: Scope {
            tables: tables.iter().map(|t| (*t).to_owned()).collect(),
            enable_schema_migration: true,
            enable_data_migration: true,
            enable_verification: verify,
            ..Scope::default()
        },
        ..NewJob::default()
    };
    // Finished two hours ago.
    let at = now.plus(-2 * 3_600_000);
    env.now = at;
    let draft = source.plan_job(
        job(
            "nightly_customers",
            "mms_test",
            &["customers", "products"],
            true,
        ),
        at,
    )?;
    let done = source.add_job(draft, &mut env);
    source.start_job(done, &mut env)?;

    // Failed an hour ago: the inventory table's data copy breaks.
    let at = now.plus(-3_600_000);
    env.now = at;
    let draft = source.plan_job(
        job(
            "migrate_inventory",
            "mms_test",
            &["inventory", "events"],
            false,
        ),
        at,
    )?;
    let failed = source.add_job(draft, &mut env);
    if let Some(JobEntry::Live(job)) = source.jobs.get(&failed) {
        let inventory = job
            .task_ids
            .iter()
            .filter_map(|t| source.tasks.get(t))
            .find(|t| t.src_table_name == "inventory")
            .map(|t| t.id);
        if let Some(task) = inventory.and_then(|t| source.tasks.get_mut(&t)) {
            task.failure = Some(PendingFailure {
                phase: Phase::Data,
                left: 1,
                reason: "Tunnel upload to mms_target.default.inventory failed: ODPS-0420095: \
                         Access Denied - the quota of tunnel slots is used up (retry later or \
                         ask for more slots)"
                    .to_owned(),
            });
        }
    }
    source.start_job(failed, &mut env)?;

    // Started a few seconds ago, two tasks at a time: still running for a while.
    let at = now.plus(-5_000);
    env.now = at;
    let draft = source.plan_job(
        NewJob {
            name: "backfill_sales_dw".to_owned(),
            src_db_name: "sales_dw".to_owned(),
            scope: Scope {
                enable_schema_migration: true,
                enable_data_migration: true,
                enable_verification: true,
                ..Scope::default()
            },
            ..NewJob::default()
        },
        at,
    )?;
    let running = source.add_job(draft, &mut env);
    if let Some(JobEntry::Live(job)) = source.jobs.get_mut(&running) {
        job.concurrency = 2;
    }
    source.start_job(running, &mut env)?;
    world.advance(rules, now);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::values::{JobStatus, TaskStatus};

    #[test]
    fn documented_example_is_source_2_job_10() {
        let job = documented_example_job();
        assert_eq!(job.id, EXAMPLE_JOB_ID);
        assert_eq!(job.source_id, Some(EXAMPLE_SOURCE_ID));
        assert_eq!(job.name.as_deref(), Some("migrate_db_1"));
        assert_eq!(job.db_id, Some(EXAMPLE_DB_ID));
    }

    #[test]
    fn the_demo_has_a_done_a_running_and_a_failed_job() {
        let mut world = World::default();
        let rules = Rules::default();
        let now = Millis::wall_now();
        seed(&mut world, &rules, now).unwrap_or_else(|e| panic!("{e:?}"));
        let source = world
            .source(EXAMPLE_SOURCE_ID)
            .unwrap_or_else(|e| panic!("{e:?}"));
        let statuses: Vec<(String, JobStatus)> = source
            .jobs
            .values()
            .filter_map(|j| match j {
                JobEntry::Live(job) => Some((job.name.clone(), job.status)),
                JobEntry::Given(_) => None,
            })
            .collect();
        assert_eq!(
            statuses,
            [
                ("nightly_customers".to_owned(), JobStatus::Done),
                ("migrate_inventory".to_owned(), JobStatus::Failed),
                ("backfill_sales_dw".to_owned(), JobStatus::Doing),
            ]
        );
        let failed = source
            .tasks
            .values()
            .find(|t| t.status == TaskStatus::DataFailed)
            .unwrap_or_else(|| panic!("no failed task"));
        assert_eq!(failed.src_table_name, "inventory");
        assert!(failed
            .logs
            .last()
            .is_some_and(|l| l.msg.contains("tunnel slots")));
        assert!(source.jobs.contains_key(&EXAMPLE_JOB_ID));
        assert_eq!(
            source
                .catalog
                .dbs
                .get(&EXAMPLE_DB_ID)
                .map(|d| d.name.as_str()),
            Some("mms_test")
        );
    }
}
