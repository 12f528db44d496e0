//! A signed call of any path of the API: the escape hatch for what the typed operations do not
//! cover (a parameter the spec lacks, an action newer than this crate).
//!
//! A raw call goes through the same request path as a typed one: the same signing hooks, the
//! same size limit, the same retries by idempotency and the same errors. Only the decoding is
//! left to the caller.

use std::{
    collections::HashSet,
    sync::{Mutex, OnceLock},
};

use bytes::Bytes;
use mms_api::{Operation, RequestHooks, Route, ROUTES};
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, CONTENT_TYPE};

use crate::{
    client::{header_request_id, redact, service_error, transport_error, Idempotency},
    exchange, Client, Error,
};

/// A request of any path, to send with [`Client::send_raw`].
///
/// The action (`x-acs-action`) comes from the route the method and path match in
/// [`mms_api::ROUTES`]; a path that matches none needs [`RawRequest::action`].
///
/// ```
/// use maxcompute_mms::RawRequest;
/// let request = RawRequest::new("get", "/api/v1/mms/datasources/2/jobs/10");
/// assert_eq!(request.resolve_action().unwrap(), "GetMmsJob");
/// let unknown = RawRequest::new("GET", "/api/v1/mms/elsewhere");
/// assert!(unknown.resolve_action().is_err());
/// assert_eq!(unknown.action("ListElsewhere").resolve_action().unwrap(), "ListElsewhere");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RawRequest {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    body: Option<serde_json::Value>,
    action: Option<String>,
}

/// What the service answered to a raw call with a success status.
#[derive(Debug, Clone)]
pub struct RawAnswer {
    /// The HTTP status (2xx).
    pub status: u16,
    /// The answer's headers.
    pub headers: HeaderMap,
    /// The answer's body, as received.
    pub body: Bytes,
    /// The request id, from the body or the `x-acs-request-id` header.
    pub request_id: Option<String>,
    /// How many attempts the call took.
    pub attempts: u32,
}

impl RawAnswer {
    /// The body as JSON; an answer that is not JSON is a [`Error::Decode`].
    pub fn json(&self) -> Result<serde_json::Value, Error> {
        serde_json::from_slice(&self.body).map_err(|e| Error::Decode {
            action: "raw call",
            status: self.status,
            message: e.to_string(),
            snippet: crate::error::snippet(&self.body, 200),
            request_id: self.request_id.clone(),
        })
    }
}

impl RawRequest {
    /// A request of `method` (any case) on `path`, which starts with `/`. A query written into
    /// the path (`/x?a=1`) is split off and sent as query parameters.
    pub fn new(method: impl Into<String>, path: impl Into<String>) -> Self {
        let path = path.into();
        let (path, query) = match path.split_once('?') {
            Some((path, query)) => (
                path.to_string(),
                url_pairs(query).collect::<Vec<(String, String)>>(),
            ),
            None => (path, Vec::new()),
        };
        RawRequest {
            method: method.into().to_ascii_uppercase(),
            path,
            query,
            body: None,
            action: None,
        }
    }

    /// Adds the query parameter `name=value` (repeatable).
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Sends `body` as the JSON body.
    pub fn body(mut self, body: serde_json::Value) -> Self {
        self.body = Some(body);
        self
    }

    /// Sends `action` as `x-acs-action`, whatever route the path matches.
    pub fn action(mut self, action: impl Into<String>) -> Self {
        self.action = Some(action.into());
        self
    }

    /// The HTTP method, upper case.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The path, without a query.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query parameters, in order.
    pub fn query_pairs(&self) -> &[(String, String)] {
        &self.query
    }

    /// The JSON body, if any.
    pub fn json_body(&self) -> Option<&serde_json::Value> {
        self.body.as_ref()
    }

    /// The route of the spec that the method and path match, path ids filled in.
    pub fn route(&self) -> Option<&'static Route> {
        ROUTES
            .iter()
            .find(|route| route.method == self.method && path_matches(route.path, &self.path))
    }

    /// The action sent as `x-acs-action`: the one given, else the matching route's. A path no
    /// route matches, without an action, is refused.
    pub fn resolve_action(&self) -> Result<&str, Error> {
        if let Some(action) = self.action.as_deref() {
            if action.is_empty() || !action.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(Error::InvalidInput {
                    what: "action".into(),
                    problem: format!("{action:?} is not an action name (letters and digits)"),
                });
            }
            return Ok(action);
        }
        self.route()
            .map(|route| route.action)
            .ok_or_else(|| Error::InvalidInput {
                what: "path".into(),
                problem: format!(
                    "{} {} matches no operation of the API; give the action to send it anyway",
                    self.method, self.path
                ),
            })
    }

    /// The URL the request goes to on `base_url` (an endpoint's base URL).
    pub fn url(&self, base_url: &str) -> Result<reqwest::Url, Error> {
        if !self.path.starts_with('/') {
            return Err(Error::InvalidInput {
                what: "path".into(),
                problem: format!("{:?} does not start with `/`", self.path),
            });
        }
        let mut url =
            reqwest::Url::parse(&format!("{}{}", base_url.trim_end_matches('/'), self.path))
                .map_err(|e| Error::InvalidInput {
                    what: "path".into(),
                    problem: format!("{:?}: {e}", self.path),
                })?;
        if !self.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in &self.query {
                pairs.append_pair(name, value);
            }
        }
        Ok(url)
    }

    fn http_method(&self) -> Result<reqwest::Method, Error> {
        match self.method.as_str() {
            "GET" => Ok(reqwest::Method::GET),
            "POST" => Ok(reqwest::Method::POST),
            "PUT" => Ok(reqwest::Method::PUT),
            "DELETE" => Ok(reqwest::Method::DELETE),
            other => Err(Error::InvalidInput {
                what: "method".into(),
                problem: format!("{other:?} is not one of GET, POST, PUT, DELETE"),
            }),
        }
    }
}

fn url_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    reqwest::Url::parse(&format!("http://x/?{query}"))
        .map(|url| {
            url.query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
}

/// Whether `path` fills in `template`: the same segments, any non-empty one for each `{id}`.
fn path_matches(template: &str, path: &str) -> bool {
    let path = path.trim_end_matches('/');
    let template: Vec<&str> = template.split('/').collect();
    let actual: Vec<&str> = path.split('/').collect();
    template.len() == actual.len()
        && template.iter().zip(&actual).all(|(t, a)| {
            if t.starts_with('{') && t.ends_with('}') {
                !a.is_empty()
            } else {
                t == a
            }
        })
}

/// The route hooks are given for a path the spec does not know: no path ids to check.
const UNKNOWN_ROUTE: Route = Route {
    method_name: "send_raw",
    action: "",
    method: "",
    path: "",
};

/// Action names given for unknown routes live as long as the process: the hooks and errors
/// name actions by `&'static str`. Each distinct name is kept once.
fn intern(name: &str) -> &'static str {
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let names = NAMES.get_or_init(Default::default);
    let mut names = match names.lock() {
        Ok(names) => names,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(known) = names.get(name) {
        return known;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}

impl Client {
    /// Sends `request` signed like a typed call: the same hooks, size limit, retries (reads,
    /// `PUT` and `DELETE` again after a transient failure; `POST` only when nothing was sent)
    /// and errors. An answer with an error status is an [`Error::Service`].
    ///
    /// ```no_run
    /// # async fn run(client: maxcompute_mms::Client) -> Result<(), maxcompute_mms::Error> {
    /// use maxcompute_mms::RawRequest;
    /// let answer = client
    ///     .send_raw(RawRequest::new("GET", "/api/v1/mms/datasources/2/jobs").query("status", "FAILED"))
    ///     .await?;
    /// println!("{}", answer.json()?["data"]["total"]);
    /// # Ok(()) }
    /// ```
    pub async fn send_raw(&self, request: RawRequest) -> Result<RawAnswer, Error> {
        let method = request.http_method()?;
        let url = request.url(&self.endpoint.base_url())?;
        let route = request.route();
        let operation = match (request.action.as_deref(), route) {
            (None, Some(route)) => Operation::from_method(route.method_name),
            (Some(action), Some(route)) if action == route.action => {
                Operation::from_method(route.method_name)
            }
            _ => None,
        };
        let operation = match operation {
            Some(operation) => operation,
            None => Operation {
                action: intern(request.resolve_action()?),
                version: mms_api::API_VERSION,
                method: "send_raw",
                route: route.unwrap_or(&UNKNOWN_ROUTE),
            },
        };
        let body = match &request.body {
            Some(body) => Some(serde_json::to_vec(body).map_err(|e| Error::InvalidInput {
                what: "body".into(),
                problem: e.to_string(),
            })?),
            None => None,
        };
        let idempotency = if method == reqwest::Method::POST {
            Idempotency::Write
        } else {
            Idempotency::Read
        };
        let action = operation.action;
        self.with_retries(action, idempotency, || {
            let mut http = reqwest::Request::new(method.clone(), url.clone());
            http.headers_mut()
                .insert(ACCEPT, HeaderValue::from_static("application/json"));
            if let Some(body) = &body {
                http.headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                *http.body_mut() = Some(body.clone().into());
            }
            self.attempt(http, operation)
        })
        .await
        .map(|((response, request_id), attempts)| RawAnswer {
            status: response.status,
            headers: response.headers,
            body: response.body,
            request_id,
            attempts,
        })
    }

    /// One attempt of a raw call, through the signing hooks.
    async fn attempt(
        &self,
        mut request: reqwest::Request,
        operation: Operation,
    ) -> Result<(exchange::RawResponse, Option<String>), Error> {
        let action = operation.action;
        let (result, exchange) = exchange::capture(async {
            self.hooks.prepare(&mut request, &operation).await?;
            Ok::<_, mms_api::HookError>(self.hooks.execute(&self.http, request, &operation).await)
        })
        .await;
        if let Some(failure) = exchange.failure {
            return Err(failure);
        }
        match result {
            Err(refused) => Err(Error::InvalidInput {
                what: "request".into(),
                problem: refused.to_string(),
            }),
            Ok(Err(e)) => Err(transport_error(action, e)),
            Ok(Ok(_)) => match exchange.response {
                Some(response) if response.status >= 400 => Err(redact(
                    Error::Service(Box::new(service_error(action, &response))),
                    &exchange.secrets,
                )),
                Some(response) => {
                    let request_id =
                        body_request_id(&response.body).or_else(|| header_request_id(&response));
                    Ok((response, request_id))
                }
                None => Err(Error::Transport {
                    action,
                    message: "no answer was recorded".into(),
                    request_sent: true,
                    source: None,
                }),
            },
        }
    }
}

fn body_request_id(body: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct WithId {
        #[serde(rename = "requestId", alias = "RequestId")]
        request_id: Option<String>,
    }
    serde_json::from_slice::<WithId>(body).ok()?.request_id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_found_from_its_filled_in_path() {
        for route in ROUTES {
            let path = route
                .path
                .split('/')
                .map(|s| if s.starts_with('{') { "7" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            let request = RawRequest::new(route.method.to_ascii_lowercase(), path);
            assert_eq!(request.route(), Some(route), "{}", route.action);
            assert_eq!(request.resolve_action().unwrap(), route.action);
        }
    }

    #[test]
    fn an_unknown_path_needs_an_action_and_a_bad_one_is_named() {
        let request = RawRequest::new("GET", "/api/v1/mms/nothing/here");
        let err = request.resolve_action().unwrap_err().to_string();
        assert!(
            err.contains("GET /api/v1/mms/nothing/here matches no operation"),
            "{err}"
        );
        let err = request
            .clone()
            .action("Bad Name")
            .resolve_action()
            .unwrap_err();
        assert!(err.to_string().contains("\"Bad Name\""), "{err}");
        // The method matters: DeleteMmsJob is a POST on the job's path.
        let post = RawRequest::new("POST", "/api/v1/mms/datasources/2/jobs/10");
        assert_eq!(post.resolve_action().unwrap(), "DeleteMmsJob");
    }

    #[test]
    fn a_query_in_the_path_is_split_off_and_encoded_again() {
        let request = RawRequest::new(
            "GET",
            "/api/v1/mms/datasources/2/tables?status=%5B%22DONE%22%5D",
        )
        .query("sorter.numRows", "desc");
        assert_eq!(request.path(), "/api/v1/mms/datasources/2/tables");
        let url = request.url("http://127.0.0.1:8080/").unwrap();
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:8080/api/v1/mms/datasources/2/tables?status=%5B%22DONE%22%5D&sorter.numRows=desc"
        );
        assert!(RawRequest::new("GET", "api/x").url("http://h").is_err());
        assert!(RawRequest::new("PATCH", "/x").http_method().is_err());
    }

    #[test]
    fn interned_names_are_kept_once() {
        let a = intern("SomeNewAction");
        let b = intern(&String::from("SomeNewAction"));
        assert!(std::ptr::eq(a, b));
    }
}
