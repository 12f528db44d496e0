//! An async task: what it does when it completes, and how it went.

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::jobs::model::JobDraft;
use crate::state::values::{AsyncKind, WorkStatus};

/// Virtual time an async task takes.
pub(crate) const ASYNC_MS: i64 = 1_000;

/// The work done when an async task completes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "work", rename_all = "camelCase")]
pub(crate) enum Work {
    /// Create this job; `objectId` becomes its id.
    CreateJob { draft: Box<JobDraft> },
    /// Bring the source's agent online (or fail to, naming what is missing).
    StartSource,
    /// Take the source's agent offline.
    StopSource,
    /// Check that the source's configuration is complete, without changing anything.
    TestSource,
    /// Nothing more: the change was applied when the task was created.
    Nothing,
}

/// An async task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AsyncTask {
    pub(crate) id: i64,
    pub(crate) kind: AsyncKind,
    pub(crate) object_id: Option<i64>,
    pub(crate) status: WorkStatus,
    pub(crate) result: String,
    pub(crate) error_msg: String,
    pub(crate) create_time: Millis,
    pub(crate) end_time: Option<Millis>,
    /// When it completes.
    pub(crate) due: Millis,
    pub(crate) work: Work,
}

impl AsyncTask {
    /// Progress in percent at `now`.
    pub(crate) fn progress(&self, now: Millis) -> i64 {
        if self.status != WorkStatus::Doing {
            return 100;
        }
        let total = self.due.since(self.create_time).max(1);
        (now.since(self.create_time) * 100 / total).clamp(0, 99)
    }
}
