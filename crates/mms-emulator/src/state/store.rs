//! [`Store`]: the one lock around the state, the clock, and the state file. Every request
//! moves the state on to the current virtual time, then reads or changes it under the lock,
//! so parallel requests never lose an update.

use std::sync::Mutex;
use std::time::Duration;

use crate::clock::{Clock, Millis};
use crate::state::persist::{self, Persister};
use crate::state::problem::Problem;
use crate::state::world::{Rules, World};

/// A change to save: the state as it was right after the change.
#[derive(Debug)]
pub(crate) struct Snapshot {
    generation: u64,
    bytes: Vec<u8>,
}

#[derive(Debug)]
struct Guarded {
    world: World,
    generation: u64,
}

/// The state, its clock and where it is saved.
pub(crate) struct Store {
    inner: Mutex<Guarded>,
    clock: Clock,
    rules: Rules,
    persister: Option<Persister>,
}

impl std::fmt::Debug for Store {
    // The state holds configuration values (passwords among them) and can be large: only a
    // summary is shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sources = self
            .inner
            .lock()
            .map(|guard| guard.world.sources.len())
            .unwrap_or_default();
        f.debug_struct("Store")
            .field("sources", &sources)
            .field("clock", &self.clock)
            .field("state_file", &self.persister.as_ref().map(Persister::path))
            .finish_non_exhaustive()
    }
}

/// Why a change could not be saved.
#[derive(Debug)]
pub(crate) struct SaveFailed(pub(crate) String);

impl Store {
    pub(crate) fn new(
        world: World,
        clock: Clock,
        rules: Rules,
        persister: Option<Persister>,
    ) -> Self {
        Self {
            inner: Mutex::new(Guarded {
                world,
                generation: 0,
            }),
            clock,
            rules,
            persister,
        }
    }

    /// The virtual time now.
    pub(crate) fn now(&self) -> Millis {
        self.clock.now()
    }

    /// Moves virtual time on by `by`.
    pub(crate) fn push_clock(&self, by: Duration) {
        self.clock.push(by);
    }

    pub(crate) fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Runs `f` on the state moved on to now, and returns what it returns.
    pub(crate) fn read<R>(&self, f: impl FnOnce(&mut World, &Rules, Millis) -> R) -> R {
        let mut guard = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let now = self.clock.now();
        guard.world.advance(&self.rules, now);
        f(&mut guard.world, &self.rules, now)
    }

    /// Runs a change on the state moved on to now. When it succeeds and the state is kept in a
    /// file, the returned snapshot must be [saved](Self::save) before the change is
    /// acknowledged.
    pub(crate) fn change<R>(
        &self,
        f: impl FnOnce(&mut World, &Rules, Millis) -> Result<R, Problem>,
    ) -> (Result<R, Problem>, Option<Snapshot>) {
        let mut guard = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let now = self.clock.now();
        guard.world.advance(&self.rules, now);
        let result = f(&mut guard.world, &self.rules, now);
        if result.is_err() || self.persister.is_none() {
            return (result, None);
        }
        guard.generation += 1;
        let snapshot = persist::encode(&guard.world, now)
            .ok()
            .map(|bytes| Snapshot {
                generation: guard.generation,
                bytes,
            });
        (result, snapshot)
    }

    /// Writes a snapshot to the state file (blocking: call it off the async threads).
    pub(crate) fn save(&self, snapshot: &Snapshot) -> Result<(), SaveFailed> {
        let Some(persister) = &self.persister else {
            return Ok(());
        };
        persister
            .save(snapshot.generation, &snapshot.bytes)
            .map_err(|e| {
                SaveFailed(format!(
                    "the state file {} cannot be written: {e}",
                    persister.path().display()
                ))
            })
    }

    /// A snapshot of the state now, whatever changed (for saving at stop).
    pub(crate) fn snapshot_now(&self) -> Option<Snapshot> {
        self.persister.as_ref()?;
        let mut guard = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let now = self.clock.now();
        guard.world.advance(&self.rules, now);
        guard.generation += 1;
        let bytes = persist::encode(&guard.world, now).ok()?;
        Some(Snapshot {
            generation: guard.generation,
            bytes,
        })
    }
}
