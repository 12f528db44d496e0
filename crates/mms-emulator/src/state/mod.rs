//! The state of the emulated service: every data source with its catalog, scans, async tasks,
//! jobs, tasks and timers, behind one lock, advanced on a virtual clock.

pub(crate) mod ids;
pub(crate) mod page;
pub(crate) mod persist;
pub(crate) mod problem;
pub(crate) mod store;
pub(crate) mod values;
pub(crate) mod world;
