//! What one attempt saw, carried from the request hooks back to the client.
//!
//! The generated client reduces some answers to errors that drop the status or the body (a
//! non-JSON error page, say). The hooks run inside the same task as the call, so they record the
//! raw answer and any typed failure in a task-local slot that the client reads afterwards.

use std::{cell::RefCell, future::Future};

use bytes::Bytes;
use reqwest::header::HeaderMap;

use crate::Error;

tokio::task_local! {
    static EXCHANGE: RefCell<Exchange>;
}

/// The raw answer of one attempt, read within the size limit.
#[derive(Debug, Clone)]
pub(crate) struct RawResponse {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// What the hooks recorded during one attempt.
#[derive(Debug, Default)]
pub(crate) struct Exchange {
    /// The answer, when one was received whole.
    pub response: Option<RawResponse>,
    /// A failure with more detail than the generated client's error can carry.
    pub failure: Option<Error>,
    /// Secret values the request carried, to be cut out of anything the server echoes back.
    pub secrets: Secrets,
}

/// Values never to be shown; `Debug` does not print them.
#[derive(Default)]
pub(crate) struct Secrets(Vec<String>);

impl Secrets {
    pub fn add(&mut self, secret: &str) {
        // Short values would redact ordinary words; real keys and tokens are long.
        if secret.len() >= 8 {
            self.0.push(secret.to_string());
        }
    }

    /// `text` with every secret replaced by `** redacted **`.
    pub fn redact(&self, text: &str) -> String {
        self.0.iter().fold(text.to_string(), |text, secret| {
            text.replace(secret.as_str(), "** redacted **")
        })
    }

    /// The answer with every secret cut out of its body, before any of it is quoted: a snippet
    /// cut first could keep the start of a secret that lies across the cut.
    pub fn redact_response(&self, mut response: RawResponse) -> RawResponse {
        if self.0.is_empty() {
            return response;
        }
        let text = String::from_utf8_lossy(&response.body);
        if self.0.iter().any(|secret| text.contains(secret.as_str())) {
            response.body = Bytes::from(self.redact(&text));
        }
        response
    }
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secrets({} redacted)", self.0.len())
    }
}

/// Runs `attempt` with a fresh slot and returns its output with what the hooks recorded.
pub(crate) async fn capture<F: Future>(attempt: F) -> (F::Output, Exchange) {
    EXCHANGE
        .scope(RefCell::new(Exchange::default()), async {
            let output = attempt.await;
            let exchange = EXCHANGE.with(|slot| slot.take());
            (output, exchange)
        })
        .await
}

/// Records into the current attempt's slot; outside [`capture`] (the hooks used on their own)
/// there is nothing to record into and nothing happens.
pub(crate) fn record(update: impl FnOnce(&mut Exchange)) {
    let _ = EXCHANGE.try_with(|slot| update(&mut slot.borrow_mut()));
}
