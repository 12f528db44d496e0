//! Failures planned in advance: a table (or one partition of it) whose tasks fail in a given
//! phase, a given number of times, with a given reason; how tests and demos get a FAILED job.

use serde::{Deserialize, Serialize};

use crate::state::values::Phase;

/// The phase of a task a planned failure hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum FailurePhase {
    /// Creating the destination table: the task ends `SCHEMA_FAILED`.
    Schema,
    /// Copying the data: the task ends `DATA_FAILED`.
    #[default]
    Data,
    /// Comparing row counts: the task ends `VERIFICATION_FAILED` (only when the job has
    /// `enableVerification`).
    Verification,
}

impl FailurePhase {
    pub(crate) fn phase(self) -> Phase {
        match self {
            Self::Schema => Phase::Schema,
            Self::Data => Phase::Data,
            Self::Verification => Phase::Verification,
        }
    }
}

/// Makes the tasks of one table fail: every task of a job that migrates the table (or, with
/// [`partition`](Self::partition), that partition) fails in `phase`, the first `times` times it
/// runs that phase; a retry after that succeeds.
///
/// ```
/// use mms_emulator::{FailurePhase, PlannedFailure};
///
/// let failure = PlannedFailure::table("sales.orders")
///     .phase(FailurePhase::Verification)
///     .times(2)
///     .reason("row counts differ: 1200 at the source, 1199 in MaxCompute");
/// assert_eq!(failure, PlannedFailure::parse("sales.orders:VERIFICATION:2").unwrap()
///     .reason("row counts differ: 1200 at the source, 1199 in MaxCompute"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PlannedFailure {
    /// Only in this data source (any when `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<i64>,
    /// Only in this db (any when `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db: Option<String>,
    /// The table.
    pub table: String,
    /// Only the task of this partition spec, `k1=v1/k2=v2` (every task of the table when
    /// `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition: Option<String>,
    /// The phase that fails.
    #[serde(default)]
    pub phase: FailurePhase,
    /// How many runs of the phase fail before one succeeds.
    #[serde(default = "once")]
    pub times: u32,
    /// The text of the failure in the task's log; a plausible one for the phase when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

fn once() -> u32 {
    1
}

impl PlannedFailure {
    /// Tasks of `table` fail once in the DATA phase. `table` is `db.table` or a bare table name
    /// (any db).
    pub fn table(table: &str) -> Self {
        let (db, table) = match table.split_once('.') {
            Some((db, table)) => (Some(db.to_owned()), table.to_owned()),
            None => (None, table.to_owned()),
        };
        Self {
            source_id: None,
            db,
            table,
            partition: None,
            phase: FailurePhase::Data,
            times: 1,
            reason: None,
        }
    }

    /// Only in data source `id`.
    #[must_use]
    pub fn in_source(mut self, id: i64) -> Self {
        self.source_id = Some(id);
        self
    }

    /// Only the task of this partition.
    #[must_use]
    pub fn partition(mut self, spec: impl Into<String>) -> Self {
        self.partition = Some(spec.into());
        self
    }

    /// Fails in this phase.
    #[must_use]
    pub fn phase(mut self, phase: FailurePhase) -> Self {
        self.phase = phase;
        self
    }

    /// Fails this many runs (at least 1).
    #[must_use]
    pub fn times(mut self, times: u32) -> Self {
        self.times = times.max(1);
        self
    }

    /// The text of the failure in the task's log.
    #[must_use]
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    /// Parses the command-line form `[DB.]TABLE[:PHASE[:TIMES]]`, e.g. `sales.orders`,
    /// `orders:SCHEMA`, `sales.orders:VERIFICATION:2`.
    ///
    /// # Errors
    /// A message naming the part that is wrong.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut parts = text.split(':');
        let table = parts.next().unwrap_or_default();
        if table.is_empty() || table.ends_with('.') || table.starts_with('.') {
            return Err(format!(
                "{text:?}: expected [DB.]TABLE[:PHASE[:TIMES]], e.g. sales.orders:DATA:1"
            ));
        }
        let mut failure = Self::table(table);
        if let Some(phase) = parts.next() {
            failure.phase = match phase.to_ascii_uppercase().as_str() {
                "SCHEMA" => FailurePhase::Schema,
                "DATA" => FailurePhase::Data,
                "VERIFICATION" => FailurePhase::Verification,
                _ => {
                    return Err(format!(
                        "{text:?}: the phase {phase:?} is not SCHEMA, DATA or VERIFICATION"
                    ))
                }
            };
        }
        if let Some(times) = parts.next() {
            failure.times = match times.parse::<u32>() {
                Ok(n) if n >= 1 => n,
                _ => {
                    return Err(format!(
                        "{text:?}: TIMES {times:?} is not a whole number ≥ 1"
                    ))
                }
            };
        }
        if parts.next().is_some() {
            return Err(format!("{text:?}: expected at most TABLE:PHASE:TIMES"));
        }
        Ok(failure)
    }

    /// Whether a task of this table/partition in this source is hit.
    pub(crate) fn hits(
        &self,
        source_id: i64,
        db: &str,
        table: &str,
        partition: Option<&str>,
    ) -> bool {
        self.source_id.is_none_or(|s| s == source_id)
            && self.db.as_deref().is_none_or(|d| d == db)
            && self.table == table
            && self
                .partition
                .as_deref()
                .is_none_or(|p| partition == Some(p))
    }

    /// The reason written to the log.
    pub(crate) fn reason_text(&self, dst_table: &str) -> String {
        if let Some(reason) = &self.reason {
            return reason.clone();
        }
        match self.phase {
            FailurePhase::Schema => format!(
                "ODPS-0130071: failed to create {dst_table}: a table of that name exists with \
                 other columns"
            ),
            FailurePhase::Data => format!(
                "Tunnel upload to {dst_table} failed: connection reset by peer after 3 attempts"
            ),
            FailurePhase::Verification => {
                format!("Row counts differ: the source has 1200 rows, {dst_table} has 1199")
            }
        }
    }
}

/// A failure waiting for one task: the phase, how many runs are left to fail, and the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PendingFailure {
    pub(crate) phase: Phase,
    pub(crate) left: u32,
    pub(crate) reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_form() {
        let f = PlannedFailure::parse("sales.orders").unwrap();
        assert_eq!(
            (f.db.as_deref(), f.table.as_str(), f.phase, f.times),
            (Some("sales"), "orders", FailurePhase::Data, 1)
        );
        let f = PlannedFailure::parse("orders:verification:3").unwrap();
        assert_eq!(
            (f.db, f.phase, f.times),
            (None, FailurePhase::Verification, 3)
        );
        for (bad, expected) in [
            ("", "expected"),
            ("db.", "expected"),
            ("t:LOAD", "LOAD"),
            ("t:DATA:0", "TIMES"),
            ("t:DATA:1:x", "at most"),
        ] {
            let err = PlannedFailure::parse(bad).unwrap_err();
            assert!(err.contains(expected), "{bad}: {err}");
        }
    }

    #[test]
    fn hits_match_source_db_table_and_partition() {
        let f = PlannedFailure::table("sales.orders").partition("ds=1");
        assert!(f.hits(1, "sales", "orders", Some("ds=1")));
        assert!(!f.hits(1, "sales", "orders", Some("ds=2")));
        assert!(!f.hits(1, "sales", "orders", None));
        assert!(!f.hits(1, "crm", "orders", Some("ds=1")));
        let any = PlannedFailure::table("orders").in_source(3);
        assert!(any.hits(3, "crm", "orders", None));
        assert!(!any.hits(4, "crm", "orders", None));
    }
}
