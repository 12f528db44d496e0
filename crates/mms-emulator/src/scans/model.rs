//! A metadata scan and how far it is.

use serde::{Deserialize, Serialize};

use crate::catalog::blueprint::Item;
use crate::clock::Millis;
use crate::state::values::WorkStatus;

/// A metadata scan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Scan {
    pub(crate) id: i64,
    pub(crate) status: WorkStatus,
    pub(crate) db_name: Option<String>,
    pub(crate) table_names: Vec<String>,
    /// What it discovers, in order.
    pub(crate) items: Vec<Item>,
    /// How many of `items` it has reached.
    pub(crate) reached: usize,
    pub(crate) start_time: Millis,
    pub(crate) end_time: Option<Millis>,
    pub(crate) due: Millis,
    /// Why it will fail (known from the start; reported at the end).
    pub(crate) failure: Option<String>,
    pub(crate) result: String,
}

impl Scan {
    /// Progress from 0 to 10000 at `now`.
    pub(crate) fn progress(&self, now: Millis) -> f64 {
        if self.status != WorkStatus::Doing {
            return 10_000.0;
        }
        let total = self.due.since(self.start_time).max(1);
        // Both are small enough for f64.
        #[allow(clippy::cast_precision_loss)]
        let fraction = now.since(self.start_time) as f64 / total as f64;
        (fraction * 10_000.0).clamp(0.0, 9_999.0).floor()
    }
}
