//! A timer, its runs, and what creating or updating one asks for.

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::jobs::model::{NewJob, Scope};
use crate::state::values::{JobType, ScheduleType, WorkStatus};

/// One run of a timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TimerLog {
    /// The async task that created the job (its own id when no job was created).
    pub(crate) id: i64,
    pub(crate) action: String,
    pub(crate) status: WorkStatus,
    pub(crate) msg: String,
    pub(crate) create_time: Millis,
}

/// A timer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Timer {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) db_id: i64,
    pub(crate) src_db_name: String,
    pub(crate) kind: JobType,
    pub(crate) schedule_type: ScheduleType,
    pub(crate) value: String,
    pub(crate) stopped: bool,
    pub(crate) create_time: Millis,
    pub(crate) update_time: Millis,
    pub(crate) scope: Scope,
    pub(crate) next_fire: Millis,
    pub(crate) logs: Vec<TimerLog>,
}

/// What CreateMmsTimer asks for.
#[derive(Debug, Clone, Default)]
pub(crate) struct NewTimer {
    pub(crate) name: String,
    pub(crate) src_db_name: String,
    pub(crate) schedule_type: Option<ScheduleType>,
    pub(crate) value: Option<String>,
    pub(crate) scope: Scope,
}

/// What UpdateMmsTimer asks for; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub(crate) struct TimerUpdate {
    pub(crate) schedule_type: Option<ScheduleType>,
    pub(crate) value: Option<String>,
    pub(crate) stopped: Option<bool>,
    pub(crate) table_white_list: Option<Vec<String>>,
    pub(crate) table_black_list: Option<Vec<String>>,
}

/// `yyyyMMddHHmmss` of a moment, for job names.
fn compact(at: Millis) -> String {
    at.text().chars().filter(char::is_ascii_digit).collect()
}

impl Timer {
    pub(crate) fn new_job(&self, at: Millis) -> NewJob {
        NewJob {
            name: format!("{}_{}", self.name, compact(at)),
            src_db_name: self.src_db_name.clone(),
            src_schema_name: String::new(),
            dst_db_name: None,
            dst_schema_name: None,
            eta: String::new(),
            scope: self.scope.clone(),
            timer_id: Some(self.id),
        }
    }
}
