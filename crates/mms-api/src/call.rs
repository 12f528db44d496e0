//! The typed layer every operation shares: a [`Call`] is one of progenitor's request builders, a
//! [`Sender`] sends it (the signing client implements it), and a [`Request`] ties the two so that
//! `client.get_mms_job().source_id(2).job_id(10).send()` returns the data and the sender's error.
//!
//! The impls of [`Call`], [`Envelope`] and [`PagedCall`] and the setters of [`Request`] for each
//! operation are generated from the spec by `mms-codegen`; nothing here names an operation.

use std::fmt;

use progenitor_client::{Error, ResponseValue};
use serde::de::DeserializeOwned;

use crate::{hooks::BoxFuture, paging::PagingError, types::ErrorBody};

/// Where an operation lives: the action the service knows it by, its HTTP method and its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Route {
    /// The method name progenitor gives the operation (`get_mms_job`), which it hands to hooks.
    pub method_name: &'static str,
    /// The action, sent as `x-acs-action` (`GetMmsJob`).
    pub action: &'static str,
    /// The HTTP method (`GET`, `POST`, `PUT`, `DELETE`).
    pub method: &'static str,
    /// The path template, with `{name}` for each path parameter.
    pub path: &'static str,
}

impl Route {
    /// Whether sending the request twice has the effect of sending it once. Reads, `PUT` and
    /// `DELETE` are; every `POST` of this API (create, start, stop, retry, trigger, and the
    /// `POST` that deletes a job) is not.
    ///
    /// ```
    /// let get = mms_api::Route::find("GetMmsJob").unwrap();
    /// assert!(get.is_idempotent());
    /// ```
    pub fn is_idempotent(&self) -> bool {
        !self.method.eq_ignore_ascii_case("POST")
    }

    /// The route of an action, as the spec lists it.
    pub fn find(action: &str) -> Option<&'static Route> {
        crate::ROUTES.iter().find(|r| r.action == action)
    }

    /// The route of the method name progenitor hands to hooks.
    pub fn from_method_name(method_name: &str) -> Option<&'static Route> {
        crate::ROUTES.iter().find(|r| r.method_name == method_name)
    }
}

/// The body every answer shares: `{"requestId": …, "data": …}`.
pub trait Envelope {
    /// What `data` holds.
    type Data;

    /// The request id and the data, either of which a server may leave out.
    fn into_parts(self) -> (Option<String>, Option<Self::Data>);
}

/// One operation's request builder, ready to be sent by a [`Sender`]. Implemented, from the
/// spec, for every builder in [`builder`](crate::builder).
pub trait Call<'a>: Clone + Send + Sync + fmt::Debug + 'a {
    /// The answer's body.
    type Response: Envelope<Data = Self::Data> + DeserializeOwned + Send;
    /// What the answer's `data` holds.
    type Data: Send + 'a;
    /// Where the operation lives.
    const ROUTE: Route;

    /// Sends the request once through the generated client (and its hooks).
    fn send_once(self) -> BoxFuture<'a, Result<ResponseValue<Self::Response>, Error<ErrorBody>>>;
}

/// The items of one page of a list, however the page's type spells them.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// How many items the whole list has, as the server counted them for this page.
    pub total: Option<i64>,
    /// The 1-based number of this page, as answered.
    pub page_num: Option<i64>,
    /// The page size, as answered.
    pub page_size: Option<i64>,
    /// The items of this page.
    pub items: Vec<T>,
}

/// A [`Call`] whose answer is one page of a list, with `pageNum` and `pageSize` to move through
/// it. Implemented, from the spec, for every list operation that answers a page.
pub trait PagedCall<'a>: Call<'a> {
    /// One item of the list.
    type Item: Send + Clone + PartialEq + Unpin + 'a;

    /// The same request for page `page_num` (1-based).
    fn with_page_num(self, page_num: i64) -> Self;

    /// The same request with `page_size` items a page.
    fn with_page_size(self, page_size: i64) -> Self;

    /// The page inside an answer's data.
    fn into_page(data: Self::Data) -> Page<Self::Item>;
}

/// What came back for a call: the data, with what is known about the exchange.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer<T> {
    /// The answer's `data`.
    pub data: T,
    /// The request id, from the body or the `x-acs-request-id` header; quote it to support.
    pub request_id: Option<String>,
    /// How many attempts the call took (1 unless it was retried).
    pub attempts: u32,
}

/// Sends [`Call`]s: signs them, retries what may be retried, and turns failures into its own
/// error. `maxcompute_mms::Client` is the one users want.
pub trait Sender: Send + Sync {
    /// What a failed call returns.
    type Error: From<PagingError> + Send + 'static;

    /// The generated client requests are built on.
    fn api(&self) -> &crate::Client;

    /// Sends `call` until it succeeds or fails for good.
    fn send_call<'a, C: Call<'a>>(
        &'a self,
        call: C,
    ) -> BoxFuture<'a, Result<Answer<C::Data>, Self::Error>>;
}

/// One operation's request on its way to a [`Sender`]. Set its parameters with the methods
/// named after them (generated from the spec), then [`send`](Request::send) it, or read a list
/// lazily with [`pages`](Request::pages) / [`items`](Request::items).
#[must_use = "a request does nothing until it is sent"]
pub struct Request<'a, S: ?Sized, B> {
    sender: &'a S,
    builder: B,
}

impl<S: ?Sized, B: Clone> Clone for Request<'_, S, B> {
    fn clone(&self) -> Self {
        Request {
            sender: self.sender,
            builder: self.builder.clone(),
        }
    }
}

impl<S: ?Sized, B: fmt::Debug> fmt::Debug for Request<'_, S, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("builder", &self.builder)
            .finish_non_exhaustive()
    }
}

impl<'a, S: ?Sized, B> Request<'a, S, B> {
    /// A request that `sender` will send, built by `builder`.
    pub fn new(sender: &'a S, builder: B) -> Self {
        Request { sender, builder }
    }

    /// The request with `change` applied to its builder.
    pub fn map(self, change: impl FnOnce(B) -> B) -> Self {
        Request {
            sender: self.sender,
            builder: change(self.builder),
        }
    }

    /// The generated builder inside, to send it some other way.
    pub fn into_builder(self) -> B {
        self.builder
    }

    /// The sender and the builder.
    pub fn into_parts(self) -> (&'a S, B) {
        (self.sender, self.builder)
    }
}

impl<'a, S: Sender + ?Sized, B: Call<'a>> Request<'a, S, B> {
    /// Sends the request and returns the answer's data.
    pub fn send(self) -> BoxFuture<'a, Result<B::Data, S::Error>> {
        let answer = self.sender.send_call(self.builder);
        Box::pin(async move { answer.await.map(|a| a.data) })
    }

    /// Sends the request and returns the data with the request id and the attempts it took.
    pub fn send_answer(self) -> BoxFuture<'a, Result<Answer<B::Data>, S::Error>> {
        self.sender.send_call(self.builder)
    }
}

/// A value on its way into a query parameter sent as JSON text (`["DONE","FAILED"]`). The
/// generated setters of such parameters take the typed value and pass it through this; a value
/// that cannot be encoded makes the request fail before it is sent, naming the parameter.
#[derive(Debug, Clone)]
pub struct JsonText(Result<String, String>);

impl JsonText {
    /// The JSON text of `value`.
    ///
    /// ```
    /// let text: String = mms_api::JsonText::of(&["DONE", "FAILED"]).try_into().unwrap();
    /// assert_eq!(text, r#"["DONE","FAILED"]"#);
    /// ```
    pub fn of<T: serde::Serialize + ?Sized>(value: &T) -> JsonText {
        JsonText(serde_json::to_string(value).map_err(|e| e.to_string()))
    }
}

impl TryFrom<JsonText> for String {
    type Error = String;

    fn try_from(text: JsonText) -> Result<String, String> {
        text.0
    }
}
