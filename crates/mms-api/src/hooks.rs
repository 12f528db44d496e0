//! The seam between the generated client and whoever signs and sends its requests.

use std::{fmt, future::Future, pin::Pin, sync::Arc};

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};

use crate::{
    call::Route,
    generated::{Client, API_VERSION},
};

/// A boxed future, as the object-safe hook methods return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Why a hook refused to let a request go.
pub type HookError = Box<dyn std::error::Error + Send + Sync>;

/// The operation a request belongs to, as the service names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The action, sent as `x-acs-action` (`GetMmsJob`).
    pub action: &'static str,
    /// The API version, sent as `x-acs-version` (`2022-01-04`).
    pub version: &'static str,
    /// The generated method that made the request (`get_mms_job`).
    pub method: &'static str,
    /// Where the operation lives: HTTP method and path template.
    pub route: &'static Route,
}

impl Operation {
    /// Looks up an operation by the method name progenitor hands to hooks.
    ///
    /// ```
    /// let op = mms_api::Operation::from_method("get_mms_job").unwrap();
    /// assert_eq!((op.action, op.version), ("GetMmsJob", "2022-01-04"));
    /// ```
    pub fn from_method(method: &str) -> Option<Operation> {
        Route::from_method_name(method).map(|route| Operation {
            action: route.action,
            version: API_VERSION,
            method: route.method_name,
            route,
        })
    }
}

/// What runs around every request of the generated client: `prepare` signs it, `execute` sends
/// it. A signing layer implements this and hands it to [`Client::with_hooks`](crate::Client).
pub trait RequestHooks: Send + Sync + fmt::Debug {
    /// Runs once per request, after the client built it and before it is sent: add the
    /// protocol headers and the signature here.
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'a Operation,
    ) -> BoxFuture<'a, Result<(), HookError>>;

    /// Sends the request. The default sends it with the client's `reqwest::Client`.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        _operation: &'a Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        Box::pin(client.execute(request))
    }
}

/// The hooks a [`Client`] carries; empty hooks send requests unsigned (only useful against a
/// server that does not check signatures).
#[derive(Clone, Default)]
pub struct Hooks(Option<Arc<dyn RequestHooks>>);

impl Hooks {
    /// Hooks that run `hooks` around every request.
    pub fn new(hooks: Arc<dyn RequestHooks>) -> Hooks {
        Hooks(Some(hooks))
    }

    /// Hooks that do nothing.
    pub fn none() -> Hooks {
        Hooks(None)
    }
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(hooks) => f.debug_tuple("Hooks").field(hooks).finish(),
            None => f.write_str("Hooks(none)"),
        }
    }
}

/// Error text of a request whose method is missing from the generated operations table.
fn unknown_operation(method: &str) -> String {
    format!("operation `{method}` is not in the generated operations table; regenerate mms-api")
}

impl ClientHooks<Hooks> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let Some(hooks) = &self.inner().0 else {
            return Ok(());
        };
        let operation = Operation::from_method(info.operation_id)
            .ok_or_else(|| Error::Custom(unknown_operation(info.operation_id)))?;
        hooks
            .prepare(request, &operation)
            .await
            .map_err(|e| Error::Custom(e.to_string()))
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        match (&self.inner().0, Operation::from_method(info.operation_id)) {
            (Some(hooks), Some(operation)) => {
                hooks.execute(self.client(), request, &operation).await
            }
            // `pre` already refused an unknown operation, so only unsigned clients get here.
            _ => self.client().execute(request).await,
        }
    }
}
