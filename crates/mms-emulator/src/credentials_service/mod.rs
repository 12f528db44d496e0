//! Emulated credential services, each with its own router and listener: an STS
//! (`AssumeRole`, `AssumeRoleWithOIDC`) and an ECS instance metadata service. What they issue
//! goes into a shared [`KeyStore`], which the MMS endpoint accepts keys from, so a client can run
//! the whole path: role chain → STS → signed MMS calls.

mod key_store;
mod listener;
mod metadata;
mod pop;
mod sts;

pub use key_store::{EmulatorClock, KeyStore};
pub use metadata::{start_metadata, MetadataConfig, RunningMetadata, DEFAULT_ECS_ROLE};
pub use sts::{start_sts, RunningSts, StsConfig, StsFault, STS_API_VERSION};

use std::sync::{Mutex, MutexGuard};

/// Locks `mutex`, taking it over even when a panicking handler poisoned it, so a service keeps
/// answering.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}
