//! The router: the one table of every operation the emulator serves: action, method, path template and
//! handler. Requests are matched against it; each handler lives in its resource's module.

use percent_encoding::percent_decode_str;

use crate::http::api_error::ApiError;
use crate::http::call::{Call, Reply};
use crate::state::store::Store;
use crate::{async_tasks, catalog, datasources, jobs, scans, timers};

/// A handler: reads the call, works on the store, answers.
pub(crate) type Handler = fn(&Store, &Call<'_>) -> Result<Reply, ApiError>;

/// One operation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Route {
    pub(crate) action: &'static str,
    pub(crate) method: &'static str,
    /// The path template, e.g. `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}`.
    pub(crate) path: &'static str,
    pub(crate) handler: Handler,
}

const fn route(
    action: &'static str,
    method: &'static str,
    path: &'static str,
    handler: Handler,
) -> Route {
    Route {
        action,
        method,
        path,
        handler,
    }
}

const DS: &str = "/api/v1/mms/datasources";
const SOURCE: &str = "/api/v1/mms/datasources/{sourceId}";

/// Every operation, grouped by resource.
pub(crate) static ROUTES: &[Route] = &[
    // Data sources.
    route("ListMmsDataSources", "GET", DS, datasources::routes::list),
    route(
        "CreateMmsDataSource",
        "POST",
        DS,
        datasources::routes::create,
    ),
    route("GetMmsDataSource", "GET", SOURCE, datasources::routes::get),
    route(
        "UpdateMmsDataSource",
        "PUT",
        SOURCE,
        datasources::routes::update,
    ),
    route(
        "DeleteMmsDataSource",
        "DELETE",
        SOURCE,
        datasources::routes::delete,
    ),
    route(
        "ListMmsDataSourceConfigItems",
        "GET",
        "/api/v1/mms/configItems",
        datasources::routes::config_items,
    ),
    // Scans and async tasks.
    route(
        "CreateMmsFetchMetadataJob",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/scans",
        scans::routes::create,
    ),
    route(
        "GetMmsFetchMetadataJob",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/scans/{scanId}",
        scans::routes::get,
    ),
    route(
        "GetMmsAsyncTask",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/asyncTasks/{asyncTaskId}",
        async_tasks::routes::get,
    ),
    // Catalog.
    route(
        "ListMmsDbs",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/dbs",
        catalog::routes::list_dbs,
    ),
    route(
        "GetMmsDb",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/dbs/{dbId}",
        catalog::routes::get_db,
    ),
    route(
        "UpdateMmsDb",
        "PUT",
        "/api/v1/mms/datasources/{sourceId}/dbs/{dbId}",
        catalog::routes::update_db,
    ),
    route(
        "ListMmsTables",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/tables",
        catalog::routes::list_tables,
    ),
    route(
        "UpdateMmsTables",
        "PUT",
        "/api/v1/mms/datasources/{sourceId}/tables",
        catalog::routes::update_tables,
    ),
    route(
        "GetMmsTable",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/tables/{tableId}",
        catalog::routes::get_table,
    ),
    route(
        "UpdateMmsTable",
        "PUT",
        "/api/v1/mms/datasources/{sourceId}/tables/{tableId}",
        catalog::routes::update_table,
    ),
    route(
        "ListMmsPartitions",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/partitions",
        catalog::routes::list_partitions,
    ),
    route(
        "GetMmsPartition",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/partitions/{partitionId}",
        catalog::routes::get_partition,
    ),
    // Jobs.
    route(
        "ListMmsJobs",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/jobs",
        jobs::routes::list,
    ),
    route(
        "CreateMmsJob",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/jobs",
        jobs::routes::create,
    ),
    route(
        "GetMmsJob",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
        jobs::routes::get,
    ),
    route(
        "DeleteMmsJob",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
        jobs::routes::delete,
    ),
    route(
        "StartMmsJob",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/start",
        jobs::routes::start,
    ),
    route(
        "StopMmsJob",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/stop",
        jobs::routes::stop,
    ),
    route(
        "RetryMmsJob",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/retry",
        jobs::routes::retry,
    ),
    // Tasks.
    route(
        "ListMmsTasks",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/tasks",
        jobs::task_routes::list,
    ),
    route(
        "GetMmsTask",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}",
        jobs::task_routes::get,
    ),
    route(
        "RetryMmsTask",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/retry",
        jobs::task_routes::retry,
    ),
    route(
        "ListMmsTaskLogs",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/logs",
        jobs::task_routes::logs,
    ),
    // Timers.
    route(
        "ListMmsTimers",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/timers",
        timers::routes::list,
    ),
    route(
        "CreateMmsTimer",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/timers",
        timers::routes::create,
    ),
    route(
        "GetMmsTimer",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
        timers::routes::get,
    ),
    route(
        "UpdateMmsTimer",
        "PUT",
        "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
        timers::routes::update,
    ),
    route(
        "DeleteMmsTimer",
        "DELETE",
        "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
        timers::routes::delete,
    ),
    route(
        "TriggerMmsTimer",
        "POST",
        "/api/v1/mms/datasources/{sourceId}/timers/{timerId}/trigger",
        timers::routes::trigger,
    ),
    route(
        "ListMmsTimerLogs",
        "GET",
        "/api/v1/mms/datasources/{sourceId}/timers/{timerId}/logs",
        timers::routes::logs,
    ),
];

/// The route of `method path` (the path as received, still percent-encoded) and the raw
/// values of its parameters, decoded, by name.
pub(crate) fn find(
    method: &str,
    path: &str,
) -> Option<(&'static Route, Vec<(&'static str, String)>)> {
    let segments: Vec<&str> = path.split('/').collect();
    'routes: for route in ROUTES {
        if route.method != method {
            continue;
        }
        let template: Vec<&'static str> = route.path.split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let mut params = Vec::new();
        for (want, got) in template.iter().zip(&segments) {
            if let Some(name) = want.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
                if got.is_empty() {
                    continue 'routes;
                }
                let value = percent_decode_str(got).decode_utf8_lossy().into_owned();
                params.push((name, value));
            } else if want != got {
                continue 'routes;
            }
        }
        return Some((route, params));
    }
    None
}

/// One operation the emulator serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The action, sent as `x-acs-action`, e.g. `GetMmsJob`.
    pub action: &'static str,
    /// The HTTP method, e.g. `GET`.
    pub method: &'static str,
    /// The path template, e.g. `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}`.
    pub path: &'static str,
}

/// Every operation the emulator serves (all 36 of API 2022-01-04).
///
/// ```
/// let ops: Vec<_> = mms_emulator::operations().collect();
/// assert_eq!(ops.len(), 36);
/// assert!(ops.iter().any(|o| o.action == "DeleteMmsJob" && o.method == "POST"));
/// ```
pub fn operations() -> impl Iterator<Item = Operation> {
    ROUTES.iter().map(|r| Operation {
        action: r.action,
        method: r.method,
        path: r.path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_templates_and_methods_tell_routes_apart() {
        let (route, params) =
            find("GET", "/api/v1/mms/datasources/2/jobs/10").unwrap_or_else(|| panic!("no route"));
        assert_eq!(route.action, "GetMmsJob");
        assert_eq!(
            params,
            [("sourceId", "2".to_owned()), ("jobId", "10".to_owned())]
        );
        let (route, _) =
            find("POST", "/api/v1/mms/datasources/2/jobs/10").unwrap_or_else(|| panic!("no route"));
        assert_eq!(route.action, "DeleteMmsJob");
        let (route, params) = find("GET", "/api/v1/mms/datasources/a%20b/tables")
            .unwrap_or_else(|| panic!("no route"));
        assert_eq!(route.action, "ListMmsTables");
        assert_eq!(params[0].1, "a b");
        assert!(find("DELETE", "/api/v1/mms/datasources/2/jobs/10").is_none());
        assert!(find("GET", "/api/v1/mms/datasources/2/jobs/10/extra").is_none());
        assert!(find("GET", "/api/v1/mms/datasources//jobs").is_none());
    }

    #[test]
    fn every_action_is_served_once() {
        let mut actions: Vec<&str> = ROUTES.iter().map(|r| r.action).collect();
        actions.sort_unstable();
        actions.dedup();
        assert_eq!(actions.len(), 36);
        assert_eq!(ROUTES.len(), 36);
    }
}
