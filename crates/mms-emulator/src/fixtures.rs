//! The fixtures file: data sources with their catalogs, jobs, and planned failures, as JSON.
//!
//! ```json
//! {
//!   "sources": [{"id": 7, "name": "warehouse", "type": "HIVE",
//!                "config": {"hive.metastore.uris": "thrift://hive:9083"},
//!                "catalog": {"dbs": [{"name": "sales", "tables": [
//!                  {"name": "orders", "partitions": ["ds=2024-01-01", "ds=2024-01-02"]},
//!                  {"name": "customers", "numRows": 5000}]}]}}],
//!   "jobs": [
//!     {"sourceId": 7, "plan": {"name": "nightly", "srcDbName": "sales"}, "start": true},
//!     {"sourceId": 2, "job": {"id": 11, "name": "given", "status": "INIT", "taskNum": 40},
//!      "progress": {"durationSeconds": 20, "outcome": "DONE"}}],
//!   "catalogs": {"hive-prod": {"dbs": [{"name": "crm", "tables": [{"name": "leads"}]}]}},
//!   "failures": [{"table": "orders", "db": "sales", "phase": "DATA", "times": 1}]
//! }
//! ```
//!
//! Every top-level key is optional. Unknown fields are errors (outside a `job` object, which is
//! a GetMmsJob `data` object exactly as the API returns it), so a misspelt key does not go
//! unnoticed. Errors name the JSON path of the offending value.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::Duration;

use mms_api::types::{CreateMmsJobRequest, Job};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::catalog::blueprint::Blueprint;
use crate::error::Error;
use crate::jobs::failures::PlannedFailure;
use crate::progress::{JobProgress, Outcome};

/// A job given verbatim, checked.
#[derive(Debug, Clone)]
pub(crate) struct GivenFixture {
    pub(crate) source_id: i64,
    pub(crate) job: Job,
    pub(crate) progress: Option<JobProgress>,
}

/// A data source of a fixtures file.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(crate) struct SourceFixture {
    #[serde(default)]
    pub(crate) id: Option<i64>,
    pub(crate) name: String,
    #[serde(rename = "type", default = "hive")]
    pub(crate) kind: String,
    #[serde(default)]
    pub(crate) networklink: Option<String>,
    #[serde(default)]
    pub(crate) config: Map<String, Value>,
    /// The exact catalog; the synthetic catalog of `name` when absent.
    #[serde(default)]
    pub(crate) catalog: Option<Blueprint>,
    /// Started (agent online) from the beginning; `true` unless said otherwise.
    #[serde(default = "yes")]
    pub(crate) started: bool,
    /// Its catalog discovered from the beginning (no scan needed); `true` unless said
    /// otherwise.
    #[serde(default = "yes")]
    pub(crate) scanned: bool,
}

impl std::fmt::Debug for SourceFixture {
    // Configuration values may be passwords: only their keys are shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceFixture")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("config_keys", &self.config.keys().collect::<Vec<_>>())
            .field("catalog", &self.catalog.is_some())
            .field("started", &self.started)
            .field("scanned", &self.scanned)
            .finish_non_exhaustive()
    }
}

fn hive() -> String {
    "HIVE".to_owned()
}

fn yes() -> bool {
    true
}

/// A job created through the state machine from a CreateMmsJob body.
#[derive(Debug, Clone)]
pub(crate) struct PlanFixture {
    pub(crate) source_id: i64,
    pub(crate) plan: CreateMmsJobRequest,
    pub(crate) start: bool,
}

/// Everything a fixtures file holds.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fixtures {
    pub(crate) sources: Vec<SourceFixture>,
    pub(crate) given: Vec<GivenFixture>,
    pub(crate) plans: Vec<PlanFixture>,
    pub(crate) failures: Vec<PlannedFailure>,
    /// Catalogs of data sources created later (by CreateMmsDataSource), by source name.
    pub(crate) catalogs: BTreeMap<String, Blueprint>,
}

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a fixtures object {\"sources\": [...], \"jobs\": [...], \"failures\": [...]}"
)]
struct FixturesFile {
    #[serde(default)]
    sources: Vec<SourceFixture>,
    #[serde(default)]
    jobs: Vec<JobEntry>,
    #[serde(default)]
    failures: Vec<PlannedFailure>,
    #[serde(default)]
    catalogs: BTreeMap<String, Blueprint>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JobEntry {
    source_id: i64,
    #[serde(default)]
    job: Option<Job>,
    #[serde(default)]
    progress: Option<ProgressEntry>,
    #[serde(default)]
    plan: Option<CreateMmsJobRequest>,
    #[serde(default)]
    start: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ProgressEntry {
    duration_seconds: f64,
    outcome: OutcomeEntry,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "UPPERCASE")]
enum OutcomeEntry {
    Done,
    Failed,
}

/// Reads and checks the fixtures file at `path`.
pub(crate) fn load(path: &Path) -> Result<Fixtures, Error> {
    let fail = |problem: String| Error::Fixtures {
        path: path.to_owned(),
        problem,
    };
    let text = std::fs::read_to_string(path).map_err(|e| fail(format!("cannot read it: {e}")))?;
    parse(&text).map_err(fail)
}

/// Parses fixtures JSON; the error names the JSON path of the offending value.
pub(crate) fn parse(text: &str) -> Result<Fixtures, String> {
    // serde would also take an array for the object; a fixtures file is an object.
    if text.trim_start().starts_with('[') {
        return Err(
            "expected a fixtures object {\"sources\": [...], \"jobs\": [...], \"failures\": [...]}"
                .to_owned(),
        );
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let file: FixturesFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path == "." {
            format!("{inner}")
        } else {
            format!("at {path}: {inner}")
        }
    })?;
    de.end()
        .map_err(|e| format!("unexpected text after the JSON value: {e}"))?;

    for (name, catalog) in &file.catalogs {
        catalog
            .check()
            .map_err(|e| format!("at catalogs.{name}.{e}"))?;
    }
    let mut fixtures = Fixtures {
        failures: file.failures,
        catalogs: file.catalogs,
        ..Fixtures::default()
    };
    let mut names = HashMap::new();
    for (i, source) in file.sources.into_iter().enumerate() {
        if source.name.trim().is_empty() {
            return Err(format!("at sources[{i}].name: the name is empty"));
        }
        if let Some(first) = names.insert(source.name.clone(), i) {
            return Err(format!(
                "at sources[{i}].name: {:?} is already the name of sources[{first}]",
                source.name
            ));
        }
        if let Some(catalog) = &source.catalog {
            catalog
                .check()
                .map_err(|e| format!("at sources[{i}].catalog.{e}"))?;
        }
        fixtures.sources.push(source);
    }

    let mut seen: HashMap<(i64, i64), usize> = HashMap::new();
    for (i, entry) in file.jobs.into_iter().enumerate() {
        match (entry.job, entry.plan) {
            (Some(_), Some(_)) => {
                return Err(format!(
                    "at jobs[{i}]: give either `job` or `plan`, not both"
                ))
            }
            (None, None) => {
                return Err(format!(
                    "at jobs[{i}]: give `job` (a job served as given) or `plan` (a CreateMmsJob \
                     body)"
                ))
            }
            (None, Some(plan)) => {
                if entry.progress.is_some() {
                    return Err(format!(
                        "at jobs[{i}].progress: only a given `job` takes a progress; a `plan` \
                         runs its tasks"
                    ));
                }
                fixtures.plans.push(PlanFixture {
                    source_id: entry.source_id,
                    plan,
                    start: entry.start,
                });
            }
            (Some(mut job), None) => {
                match job.source_id {
                    None => job.source_id = Some(entry.source_id),
                    Some(id) if id == entry.source_id => {}
                    Some(id) => {
                        return Err(format!(
                            "at jobs[{i}].job.sourceId: {id} contradicts jobs[{i}].sourceId {}",
                            entry.source_id
                        ))
                    }
                }
                if let Some(first) = seen.insert((entry.source_id, job.id), i) {
                    return Err(format!(
                        "at jobs[{i}]: job {} of source {} is already defined by jobs[{first}]",
                        job.id, entry.source_id
                    ));
                }
                let progress = match entry.progress {
                    None => None,
                    Some(p) => {
                        let duration =
                            Duration::try_from_secs_f64(p.duration_seconds).map_err(|_| {
                                format!(
                                "at jobs[{i}].progress.durationSeconds: {} is not a duration in \
                                 seconds (expected a number of 0 or more)",
                                p.duration_seconds
                            )
                            })?;
                        let outcome = match p.outcome {
                            OutcomeEntry::Done => Outcome::Done,
                            OutcomeEntry::Failed => Outcome::Failed,
                        };
                        Some(JobProgress { duration, outcome })
                    }
                };
                fixtures.given.push(GivenFixture {
                    source_id: entry.source_id,
                    job,
                    progress,
                });
            }
        }
    }
    Ok(fixtures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sources_jobs_plans_and_failures() {
        let fixtures = parse(
            r#"{"sources": [{"id": 7, "name": "w", "catalog": {"dbs": [{"name": "s",
                  "tables": [{"name": "t", "partitions": ["ds=1"]}]}]}}],
                "jobs": [
                {"sourceId": 7, "job": {"id": 1, "taskNum": 4},
                 "progress": {"durationSeconds": 1.5, "outcome": "FAILED"}},
                {"sourceId": 7, "job": {"id": 2, "sourceId": 7, "futureField": true}},
                {"sourceId": 7, "plan": {"name": "p", "srcDbName": "s"}, "start": true}],
                "failures": [{"table": "t", "phase": "SCHEMA"}],
                "catalogs": {"later": {"dbs": [{"name": "d"}]}}}"#,
        )
        .unwrap();
        assert_eq!(fixtures.sources.len(), 1);
        assert!(fixtures.sources[0].started && fixtures.sources[0].scanned);
        assert_eq!(fixtures.given.len(), 2);
        assert_eq!(fixtures.given[0].job.source_id, Some(7));
        assert_eq!(
            fixtures.given[0].progress,
            Some(JobProgress::failed_after(Duration::from_millis(1500)))
        );
        assert_eq!(fixtures.given[1].progress, None);
        assert!(fixtures.plans[0].start);
        assert_eq!(fixtures.plans[0].plan.src_db_name.as_deref(), Some("s"));
        assert_eq!(fixtures.failures[0].times, 1);
        assert_eq!(fixtures.catalogs["later"].dbs[0].name, "d");
    }

    #[test]
    fn errors_name_the_json_path() {
        for (text, expected) in [
            (
                r#"{"jobs": [{"sourceId": 1, "job": {"id": "x"}}]}"#,
                "jobs[0].job.id",
            ),
            (
                r#"{"jobs": [{"sourceId": 1, "job": {"id": 1, "taskNum": "many"}}]}"#,
                "jobs[0].job.taskNum",
            ),
            (r#"{"jobs": [{"sourceId": 1}]}"#, "give `job`"),
            (
                r#"{"jobs": [{"sourceId": 1, "job": {"id": 1}, "progres": {}}]}"#,
                "unknown field `progres`",
            ),
            (
                r#"{"jobs": [{"sourceId": 1, "job": {"id": 1}, "progress": {"durationSeconds": 1, "outcome": "MAYBE"}}]}"#,
                "jobs[0].progress.outcome",
            ),
            (
                r#"{"jobs": [{"sourceId": 1, "job": {"id": 1}, "progress": {"durationSeconds": -1, "outcome": "DONE"}}]}"#,
                "jobs[0].progress.durationSeconds",
            ),
            (
                r#"{"jobs": [{"sourceId": 1, "job": {"id": 1, "sourceId": 2}}]}"#,
                "jobs[0].job.sourceId",
            ),
            (
                r#"{"jobs": [{"sourceId": 1, "job": {"id": 1}}, {"sourceId": 1, "job": {"id": 1}}]}"#,
                "already defined by jobs[0]",
            ),
            (
                r#"{"jobs": [{"sourceId": 1, "plan": {"name": 3}}]}"#,
                "jobs[0].plan.name",
            ),
            (
                r#"{"sources": [{"name": "a"}, {"name": "a"}]}"#,
                "sources[1].name",
            ),
            (
                r#"{"sources": [{"name": "a", "catalog": {"dbs": [{"name": "d", "tables": [{"name": "t"}, {"name": "t"}]}]}}]}"#,
                "sources[0].catalog.dbs[0].tables[1]",
            ),
            (
                r#"{"catalogs": {"x": {"dbs": [{"name": ""}]}}}"#,
                "catalogs.x.dbs[0].name",
            ),
            (
                r#"{"failures": [{"table": "t", "phase": "LOAD"}]}"#,
                "failures[0].phase",
            ),
            ("{\"jobs\": [", "EOF"),
            ("{\"jobs\": []} x", "unexpected text"),
            ("[]", "expected a fixtures object"),
        ] {
            let err = parse(text)
                .map(|_| ())
                .err()
                .unwrap_or_else(|| panic!("{text} is accepted"));
            assert!(err.contains(expected), "{text}: {err}");
        }
    }
}
