//! Client and types of the MaxCompute Migration Assist (MMS) API 2022-01-04, generated at build
//! time from `openapi/maxcompute-mms.yaml` by progenitor.
//!
//! This crate sends requests unsigned unless it is given [`RequestHooks`]; most users want the
//! `maxcompute-mms` crate, which signs requests and wraps this client.
//!
//! ```
//! let body = r#"{"requestId":"r","data":{"id":10,"status":"DOING","taskNum":4,"taskDone":1}}"#;
//! let answer: mms_api::types::GetMmsJobResponse = serde_json::from_str(body).unwrap();
//! let job = answer.data.unwrap();
//! assert_eq!(job.id, 10);
//! assert_eq!(job.status, Some(mms_api::JobStatus::Doing));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod call;
mod hooks;
mod open_enum;
mod paging;
mod spec;

/// The code progenitor writes from the spec; see `generated/codegen.rs` for a readable copy.
#[allow(
    missing_docs,
    unused_imports,
    clippy::all,
    clippy::pedantic,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_debug_implementations
)]
mod generated {
    // With `codegen` (the default) the build script's output; without it the reviewed snapshot,
    // which `cargo xtask regen --check` proves identical.
    #[cfg(feature = "codegen")]
    include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
    #[cfg(not(feature = "codegen"))]
    include!("../generated/codegen.rs");
}

pub use call::{Answer, Call, Envelope, JsonText, Page, PagedCall, Request, Route, Sender};
pub use generated::*;
pub use hooks::{BoxFuture, HookError, Hooks, Operation, RequestHooks};
pub use open_enum::{
    AsyncTaskStatus, AsyncTaskType, ConfigItemType, DataSourceStatus, DataSourceType, JobStatus,
    JobType, MigrationStatus, ScanStatus, ScheduleType, TaskStatus, TaskType,
};
pub use paging::{Items, Pages, PagingError};
pub use spec::{example, example_names, SPEC};
