//! `--dry-run`: every command runs as usual up to its first request, which is recorded and
//! printed instead of sent. The request is built by the same generated code as a real one; only
//! the signature is left out.

use std::{
    fmt::Write as _,
    sync::{Arc, Mutex},
};

use maxcompute_mms::{Error, RawRequest};
use mms_api::{Answer, BoxFuture, Call, HookError, Hooks, Operation, RequestHooks, Sender};

/// The request a dry run stopped at.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub method: String,
    pub url: String,
    pub action: String,
    pub body: Option<Vec<u8>>,
}

impl Recorded {
    /// The request as a person reads it: method and URL, the action, and the body.
    pub fn render(&self) -> String {
        let mut out = format!("{} {}\n", self.method, self.url);
        let _ = writeln!(out, "x-acs-action: {}", self.action);
        let _ = writeln!(out, "x-acs-version: {}", mms_api::API_VERSION);
        if let Some(body) = &self.body {
            let _ = writeln!(out, "content-type: application/json; charset=utf-8");
            let text = serde_json::from_slice::<serde_json::Value>(body)
                .ok()
                .and_then(|v| serde_json::to_string_pretty(&v).ok())
                .unwrap_or_else(|| String::from_utf8_lossy(body).into_owned());
            let _ = writeln!(out, "\n{text}");
        }
        out
    }
}

type Slot = Arc<Mutex<Option<Recorded>>>;

fn store(slot: &Slot, recorded: Recorded) {
    let mut slot = match slot.lock() {
        Ok(slot) => slot,
        Err(poisoned) => poisoned.into_inner(),
    };
    // The first request is the one the command would send first; keep it.
    if slot.is_none() {
        *slot = Some(recorded);
    }
}

/// Hooks that record the request and refuse to send it.
#[derive(Debug)]
struct RecordingHooks {
    slot: Slot,
}

impl RequestHooks for RecordingHooks {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'a Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        let recorded = Recorded {
            method: request.method().to_string(),
            url: request.url().to_string(),
            action: operation.action.to_string(),
            body: request
                .body()
                .and_then(|b| b.as_bytes())
                .map(<[u8]>::to_vec),
        };
        store(&self.slot, recorded);
        Box::pin(async { Err(HookError::from("dry run: not sent")) })
    }
}

/// A sender that records the first request and sends nothing.
#[derive(Debug)]
pub struct DryRun {
    api: mms_api::Client,
    base_url: String,
    slot: Slot,
}

impl DryRun {
    /// A dry run against `base_url` (the endpoint the request would go to).
    pub fn new(base_url: &str) -> DryRun {
        let slot = Slot::default();
        let hooks = RecordingHooks { slot: slot.clone() };
        DryRun {
            api: mms_api::Client::new_with_client(
                base_url,
                reqwest::Client::new(),
                Hooks::new(Arc::new(hooks)),
            ),
            base_url: base_url.to_string(),
            slot,
        }
    }

    /// The request the command stopped at, if it got that far.
    pub fn recorded(&self) -> Option<Recorded> {
        match self.slot.lock() {
            Ok(slot) => slot.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Records a raw request; the error says it was not sent (or why it could not be built).
    pub fn record_raw(&self, request: &RawRequest) -> Error {
        let action = match request.resolve_action() {
            Ok(action) => action.to_string(),
            Err(e) => return e,
        };
        let url = match request.url(&self.base_url) {
            Ok(url) => url,
            Err(e) => return e,
        };
        store(
            &self.slot,
            Recorded {
                method: request.method().to_string(),
                url: url.to_string(),
                action,
                body: request.json_body().and_then(|b| serde_json::to_vec(b).ok()),
            },
        );
        not_sent()
    }
}

fn not_sent() -> Error {
    Error::InvalidInput {
        what: "request".into(),
        problem: "dry run: not sent".into(),
    }
}

impl Sender for DryRun {
    type Error = Error;

    fn api(&self) -> &mms_api::Client {
        &self.api
    }

    fn send_call<'a, C: Call<'a>>(
        &'a self,
        call: C,
    ) -> BoxFuture<'a, Result<Answer<C::Data>, Error>> {
        Box::pin(async move {
            match call.send_once().await {
                // The hooks refuse every request, so there is never an answer.
                Ok(_) => Err(not_sent()),
                Err(mms_api::Error::InvalidRequest(problem)) => Err(Error::InvalidInput {
                    what: "request".into(),
                    problem,
                }),
                Err(_) => Err(not_sent()),
            }
        })
    }
}
