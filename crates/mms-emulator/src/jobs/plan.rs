//! From a CreateMmsJob request (or a timer) to a job and its tasks: which tables and partitions
//! are in scope, where each goes, which phases run, how long each takes.

use crate::catalog::partition_filter::PartitionFilter;
use crate::catalog::{Partition, Table};
use crate::clock::Millis;
use crate::datasources::config_items::{self, TASK_TYPE};
use crate::jobs::failures::PendingFailure;
use crate::jobs::model::{Job, JobDraft, JobEntry, NewJob, Scope, TaskDraft};
use crate::jobs::tasks::{Task, TaskPlan};
use crate::state::ids::IdKind;
use crate::state::problem::{Missing, Problem};
use crate::state::values::{CatalogStatus, JobStatus, JobType, Phase, TaskStatus};
use crate::state::world::{Env, Source};

/// Virtual time of the schema phase.
const SCHEMA_MS: i64 = 1_500;
/// Virtual time of the data phase, before the size of the data counts.
const DATA_BASE_MS: i64 = 2_000;
/// Extra virtual time of the data phase per 8 MiB, up to [`DATA_MAX_EXTRA_MS`].
const DATA_MS_PER_8_MIB: i64 = 100;
const DATA_MAX_EXTRA_MS: i64 = 20_000;
/// Virtual time of the verification phase.
const VERIFICATION_MS: i64 = 1_000;

fn data_ms(size: i64) -> i64 {
    let extra = (size / (8 * 1024 * 1024)).saturating_mul(DATA_MS_PER_8_MIB);
    DATA_BASE_MS + extra.clamp(0, DATA_MAX_EXTRA_MS)
}

/// The phases a job runs, in order.
fn phases(scope: &Scope) -> Vec<Phase> {
    let mut phases = Vec::new();
    if scope.enable_schema_migration || scope.schema_only {
        phases.push(Phase::Schema);
    }
    if scope.schema_only {
        return phases;
    }
    if scope.enable_data_migration {
        phases.push(Phase::Data);
    }
    if scope.enable_verification {
        phases.push(Phase::Verification);
    }
    phases
}

impl Source {
    /// Checks `new` against the catalog and lists its tasks. Unknown db, table or partition:
    /// 404 naming it; nothing to migrate or a bad filter: 400 naming the field.
    pub(crate) fn plan_job(&self, new: NewJob, now: Millis) -> Result<JobDraft, Problem> {
        let source_id = self.info.id;
        if new.name.trim().is_empty() {
            return Err(Problem::missing("name"));
        }
        if new.src_db_name.is_empty() {
            return Err(Problem::missing("srcDbName"));
        }
        let db = self.catalog.db_named(source_id, &new.src_db_name)?;
        let scope = &new.scope;
        let phases = phases(scope);
        if phases.is_empty() {
            return Err(Problem::invalid(
                "enableSchemaMigration",
                "The job would do nothing: enableSchemaMigration, enableDataMigration and \
                 enableVerification are all false.",
            ));
        }
        let mut filters = std::collections::BTreeMap::new();
        for (table, text) in &scope.partition_filters {
            let filter = PartitionFilter::parse(text).map_err(|e| {
                Problem::invalid(
                    format!("partitionFilters.{table}"),
                    format!("The partition filter of table {table} cannot be used: {e}."),
                )
            })?;
            filters.insert(table.clone(), filter);
        }

        // The tables (and, for a Partitions job, the partitions) in scope.
        let mut selected: Vec<(&Table, Option<Vec<&Partition>>)> = Vec::new();
        let kind = if !scope.partitions.is_empty() {
            for (i, pid) in scope.partitions.iter().enumerate() {
                let partition = self.catalog.partition(source_id, *pid)?;
                if partition.db_id != db.id {
                    return Err(Problem::invalid(
                        format!("partitions[{i}]"),
                        format!(
                            "The partition {pid} belongs to another db than {}.",
                            new.src_db_name
                        ),
                    ));
                }
                let table = self.catalog.table(source_id, partition.table_id)?;
                match selected.iter_mut().find(|(t, _)| t.id == table.id) {
                    Some((_, Some(parts))) => parts.push(partition),
                    _ => selected.push((table, Some(vec![partition]))),
                }
            }
            JobType::Partitions
        } else if !scope.tables.is_empty() {
            for name in &scope.tables {
                let table = self.catalog.table_named(db.id, name).ok_or_else(|| {
                    Problem::not_found(
                        Missing::Table,
                        format!(
                            "The table {}.{name} does not exist in data source {source_id}.",
                            db.name
                        ),
                    )
                })?;
                if !selected.iter().any(|(t, _)| t.id == table.id) {
                    selected.push((table, None));
                }
            }
            JobType::Tables
        } else {
            for table in self.catalog.tables_of(db.id) {
                let white = scope.table_white_list.is_empty()
                    || scope.table_white_list.contains(&table.name);
                if white && !scope.table_black_list.contains(&table.name) {
                    selected.push((table, None));
                }
            }
            JobType::Database
        };

        let dst_db_name = new
            .dst_db_name
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| db.dst_project_name.clone());
        let engine = if scope.task_type.is_empty() {
            self.info
                .config
                .get(TASK_TYPE)
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| config_items::default_engine(self.info.kind))
                .to_owned()
        } else {
            scope.task_type.clone()
        };
        let mut tasks = Vec::new();
        for (table, chosen) in selected {
            let skip = |status: CatalogStatus, updated: bool| {
                scope.increment && status == CatalogStatus::Done && !updated
            };
            let dst_table_name = scope
                .table_mapping
                .get(&table.name)
                .cloned()
                .unwrap_or_else(|| table.dst_name.clone());
            let dst_schema_name = new
                .dst_schema_name
                .clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| table.dst_schema_name.clone());
            let plan = |num_rows: i64, size: i64| TaskPlan {
                phases: phases.clone(),
                schema_ms: SCHEMA_MS,
                data_ms: data_ms(size),
                verification_ms: VERIFICATION_MS,
                num_rows,
                size,
                columns: table.columns.len(),
                partition_keys: table
                    .partition_keys
                    .iter()
                    .map(|c| c.name.clone())
                    .collect(),
            };
            // The task migrating the whole table (`None`) or one of its partitions.
            let draft = |partition: Option<&Partition>| {
                let (num_rows, size) =
                    partition.map_or((table.num_rows, table.size), |p| (p.num_rows, p.size));
                TaskDraft {
                    table_id: table.id,
                    partition_id: partition.map(|p| p.id),
                    src_table_name: table.name.clone(),
                    partition: partition.map(|p| p.value.clone()),
                    dst_schema_name: dst_schema_name.clone(),
                    dst_table_name: dst_table_name.clone(),
                    plan: plan(num_rows, size),
                }
            };
            let partitions: Vec<&Partition> = match chosen {
                Some(parts) => parts,
                None if table.has_partitions() => {
                    let all: Vec<&Partition> = self.catalog.partitions_of(table.id).collect();
                    if all.is_empty() {
                        // A partitioned table without partitions: its schema alone.
                        if !skip(table.status, table.updated) {
                            tasks.push(draft(None));
                        }
                        continue;
                    }
                    all.into_iter()
                        .filter(|p| filters.get(&table.name).is_none_or(|f| f.matches(&p.value)))
                        .collect()
                }
                None => {
                    if !skip(table.status, table.updated) {
                        tasks.push(draft(None));
                    }
                    continue;
                }
            };
            for partition in partitions {
                if skip(partition.status, partition.updated) {
                    continue;
                }
                tasks.push(draft(Some(partition)));
            }
        }
        if tasks.is_empty() {
            let field = match kind {
                JobType::Partitions => "partitions",
                JobType::Tables => "tables",
                JobType::Database => "srcDbName",
            };
            return Err(Problem::invalid(
                field,
                format!(
                    "The job would migrate nothing: no table or partition of db {} is in its \
                     scope{}.",
                    db.name,
                    if scope.increment {
                        " that changed since it was last migrated (increment is true)"
                    } else {
                        ""
                    }
                ),
            ));
        }
        Ok(JobDraft {
            dst_schema_name: new
                .dst_schema_name
                .clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| db.dst_name.clone()),
            kind,
            db_id: db.id,
            dst_db_name,
            engine,
            tasks,
            create_time: now,
            new,
        })
    }

    /// Creates the job of `draft` with its tasks (none started); returns its id.
    pub(crate) fn add_job(&mut self, draft: JobDraft, env: &mut Env<'_>) -> i64 {
        let id = env.ids.next(IdKind::Job);
        let source_id = self.info.id;
        let mut task_ids = Vec::with_capacity(draft.tasks.len());
        for t in draft.tasks {
            let task_id = env.ids.next(IdKind::Task);
            let dst = format!(
                "{}.{}.{}",
                draft.dst_db_name, t.dst_schema_name, t.dst_table_name
            );
            let failure = env
                .rules
                .failures
                .iter()
                .find(|f| {
                    f.hits(
                        source_id,
                        &draft.new.src_db_name,
                        &t.src_table_name,
                        t.partition.as_deref(),
                    ) && t.plan.phases.contains(&f.phase.phase())
                })
                .map(|f| PendingFailure {
                    phase: f.phase.phase(),
                    left: f.times.max(1),
                    reason: f.reason_text(&dst),
                });
            self.tasks.insert(
                task_id,
                Task {
                    id: task_id,
                    job_id: id,
                    db_id: draft.db_id,
                    table_id: t.table_id,
                    partition_id: t.partition_id,
                    src_db_name: draft.new.src_db_name.clone(),
                    src_schema_name: draft.new.src_schema_name.clone(),
                    src_table_name: t.src_table_name,
                    partition: t.partition,
                    dst_db_name: draft.dst_db_name.clone(),
                    dst_schema_name: t.dst_schema_name,
                    dst_table_name: t.dst_table_name,
                    engine: draft.engine.clone(),
                    status: TaskStatus::Init,
                    running: false,
                    stopped: false,
                    queued: None,
                    retried_times: 0,
                    create_time: env.now,
                    start_time: None,
                    end_time: None,
                    step_ends: None,
                    plan: t.plan,
                    failure,
                    logs: Vec::new(),
                },
            );
            task_ids.push(task_id);
        }
        let job = Job {
            id,
            name: draft.new.name,
            db_id: draft.db_id,
            src_db_name: draft.new.src_db_name,
            src_schema_name: draft.new.src_schema_name,
            dst_db_name: draft.dst_db_name,
            dst_schema_name: draft.dst_schema_name,
            kind: draft.kind,
            status: JobStatus::Init,
            started: false,
            stopped: false,
            create_time: draft.create_time,
            eta: draft.new.eta,
            scope: draft.new.scope,
            timer_id: draft.new.timer_id,
            task_ids,
            concurrency: env.rules.task_concurrency,
            queue_seq: 0,
        };
        self.jobs.insert(id, JobEntry::Live(job));
        id
    }
}
