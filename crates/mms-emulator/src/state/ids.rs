//! Identifiers: one counter per kind of object, never reused, persisted with the state.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The first identifier a counter hands out, so that created objects never take the small ids
/// that fixtures and the demo use (data source 2, job 10, db 23).
pub(crate) const FIRST_ID: i64 = 100;

/// The kinds of objects that get identifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) enum IdKind {
    Source,
    Db,
    Table,
    Partition,
    Scan,
    AsyncTask,
    Job,
    Task,
    TaskLog,
    Timer,
    TimerLog,
}

/// The next free identifier of every kind.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Ids {
    next: BTreeMap<IdKind, i64>,
}

impl Ids {
    /// A new identifier of `kind`.
    pub(crate) fn next(&mut self, kind: IdKind) -> i64 {
        let next = self.next.entry(kind).or_insert(FIRST_ID);
        let id = *next;
        *next = next.saturating_add(1);
        id
    }

    /// Notes that `id` is taken (by a fixture), so it is never handed out.
    pub(crate) fn reserve(&mut self, kind: IdKind, id: i64) {
        let next = self.next.entry(kind).or_insert(FIRST_ID);
        if id >= *next {
            *next = id.saturating_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_are_per_kind_and_skip_reserved_ids() {
        let mut ids = Ids::default();
        assert_eq!(ids.next(IdKind::Job), FIRST_ID);
        assert_eq!(ids.next(IdKind::Job), FIRST_ID + 1);
        assert_eq!(ids.next(IdKind::Task), FIRST_ID);
        ids.reserve(IdKind::Job, 500);
        ids.reserve(IdKind::Job, 7);
        assert_eq!(ids.next(IdKind::Job), 501);
    }
}
