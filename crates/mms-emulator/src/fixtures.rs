//! The fixtures file: jobs (and how they progress) loaded from JSON.
//!
//! ```json
//! {"jobs": [
//!   {"sourceId": 2,
//!    "job": {"id": 11, "name": "nightly", "status": "INIT", "taskNum": 40, "taskDone": 0},
//!    "progress": {"durationSeconds": 20, "outcome": "DONE"}}
//! ]}
//! ```
//!
//! `job` is a GetMmsJob `data` object exactly as the API returns it (camelCase); only `id` is
//! required, and fields the API does not define are ignored. `job.sourceId` may be left out (it
//! is then set to `sourceId`) but must not contradict it. `progress` is optional;
//! `durationSeconds` may have a fraction, `outcome` is `DONE` or `FAILED`. Unknown fields outside
//! `job` are errors, so a misspelt `progres` does not go unnoticed.

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use mms_api::types::Job;
use serde::Deserialize;

use crate::error::Error;
use crate::progress::{JobProgress, Outcome};

/// One job of a fixtures file, checked.
#[derive(Debug, Clone)]
pub(crate) struct Fixture {
    pub(crate) source_id: i64,
    pub(crate) job: Job,
    pub(crate) progress: Option<JobProgress>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a fixtures object {\"jobs\": [...]}")]
struct FixturesFile {
    jobs: Vec<FixtureEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct FixtureEntry {
    source_id: i64,
    job: Job,
    #[serde(default)]
    progress: Option<ProgressEntry>,
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
pub(crate) fn load(path: &Path) -> Result<Vec<Fixture>, Error> {
    let fail = |problem: String| Error::Fixtures {
        path: path.to_owned(),
        problem,
    };
    let text = std::fs::read_to_string(path).map_err(|e| fail(format!("cannot read it: {e}")))?;
    parse(&text).map_err(fail)
}

/// Parses fixtures JSON; the error names the JSON path of the offending value.
pub(crate) fn parse(text: &str) -> Result<Vec<Fixture>, String> {
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

    let mut seen: HashMap<(i64, i64), usize> = HashMap::new();
    let mut fixtures = Vec::with_capacity(file.jobs.len());
    for (i, entry) in file.jobs.into_iter().enumerate() {
        let mut job = entry.job;
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
                let duration = Duration::try_from_secs_f64(p.duration_seconds).map_err(|_| {
                    format!(
                        "at jobs[{i}].progress.durationSeconds: {} is not a duration in seconds \
                         (expected a number of 0 or more)",
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
        fixtures.push(Fixture {
            source_id: entry.source_id,
            job,
            progress,
        });
    }
    Ok(fixtures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_jobs_and_progress() {
        let fixtures = parse(
            r#"{"jobs": [
                {"sourceId": 7, "job": {"id": 1, "taskNum": 4},
                 "progress": {"durationSeconds": 1.5, "outcome": "FAILED"}},
                {"sourceId": 7, "job": {"id": 2, "sourceId": 7, "futureField": true}}
            ]}"#,
        )
        .unwrap();
        assert_eq!(fixtures.len(), 2);
        assert_eq!(fixtures[0].job.source_id, Some(7));
        assert_eq!(
            fixtures[0].progress,
            Some(JobProgress::failed_after(Duration::from_millis(1500)))
        );
        assert_eq!(fixtures[1].progress, None);
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
            (r#"{"jobs": [{"sourceId": 1}]}"#, "missing field `job`"),
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
            ("{\"jobs\": [", "EOF"),
            ("{\"jobs\": []} x", "unexpected text"),
            ("[]", "expected a fixtures object"),
        ] {
            let err = parse(text).map(|_| ()).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }
}
