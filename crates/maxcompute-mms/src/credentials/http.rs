//! The HTTP side of the credential services (STS, ECS metadata, credentials URI): endpoints,
//! clients with the documented timeouts, bounded answers, and errors without secrets.

use std::time::Duration;

use reqwest::Url;

use super::CredentialsError;
use crate::exchange::Secrets;

/// Answers of credential services are small JSON documents; more than this is refused.
const MAX_ANSWER_BYTES: usize = 64 * 1024;
/// How much of an error answer a message quotes (STS explains a signature mismatch with its
/// whole string to sign).
const SNIPPET_BYTES: usize = 1024;

/// Parses an endpoint given as a host (`sts.aliyuncs.com`, then `https` or `http` as
/// `default_https` says), a host and port, or a URL with scheme (`http://127.0.0.1:9100`). The
/// result has no path, query or credentials.
pub(crate) fn parse_endpoint(text: &str, default_https: bool) -> Result<Url, String> {
    let trimmed = text.trim();
    let with_scheme = if trimmed.contains("://") {
        trimmed.to_string()
    } else if default_https {
        format!("https://{trimmed}")
    } else {
        format!("http://{trimmed}")
    };
    let url = Url::parse(&with_scheme).map_err(|e| format!("{text:?} is not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "{text:?}: scheme {:?} is not http or https",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("{text:?} has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "{text:?}: credentials do not belong in an endpoint"
        ));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "{text:?}: an endpoint has no path, query or fragment"
        ));
    }
    Ok(url)
}

/// `scheme://host[:port]` of `url`, for messages: never a path or query.
pub(crate) fn origin(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// An HTTP client for a credential service: the given timeouts, no redirects (a redirect would
/// carry a token elsewhere), and no proxy when `direct` (the ECS metadata service is a
/// link-local address no proxy can reach).
pub(crate) fn client(
    connect_timeout: Duration,
    read_timeout: Duration,
    direct: bool,
) -> Result<reqwest::Client, String> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .read_timeout(read_timeout)
        .timeout(connect_timeout + read_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(format!(
            "maxcompute-mms/{} ({}; {}) Rust credentials",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS,
            std::env::consts::ARCH
        ));
    if direct {
        builder = builder.no_proxy();
    }
    builder.build().map_err(|e| e.to_string())
}

/// A transport failure as one line: timeout or connection problem, with its causes, and
/// without the URL (whose query may hold a token or a signature).
pub(crate) fn transport_problem(error: reqwest::Error) -> String {
    let timeout = error.is_timeout();
    let connect = error.is_connect();
    let error = error.without_url();
    let mut text = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    match (timeout, connect) {
        (true, true) => format!("timed out connecting: {text}"),
        (true, false) => format!("timed out waiting for the answer: {text}"),
        (false, true) => format!("cannot connect: {text}"),
        (false, false) => text,
    }
}

/// An answer read whole, within [`MAX_ANSWER_BYTES`].
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: Vec<u8>,
}

impl Answer {
    /// The start of the body as one printable line with every secret of the request cut out
    /// (before cutting the line short, so no part of a secret is left at the cut).
    pub(crate) fn snippet(&self, secrets: &Secrets) -> String {
        let redacted = secrets.redact(&String::from_utf8_lossy(&self.body));
        crate::error::snippet(redacted.as_bytes(), SNIPPET_BYTES)
    }
}

/// Why a request got no answer.
#[derive(Debug)]
pub(crate) struct SendFailure {
    /// What happened, without the URL.
    pub(crate) problem: String,
    /// No connection could be made at all (nothing listens there, or nothing answered the
    /// connection attempt in time).
    pub(crate) cannot_connect: bool,
}

impl std::fmt::Display for SendFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.problem)
    }
}

impl From<reqwest::Error> for SendFailure {
    fn from(error: reqwest::Error) -> SendFailure {
        SendFailure {
            cannot_connect: error.is_connect(),
            problem: transport_problem(error),
        }
    }
}

/// Sends `request` and reads the whole answer, or fails with a transport problem (or an
/// over-long answer).
pub(crate) async fn send(request: reqwest::RequestBuilder) -> Result<Answer, SendFailure> {
    let mut response = request.send().await?;
    let status = response.status().as_u16();
    let too_long = || SendFailure {
        problem: format!("the answer (HTTP {status}) is larger than {MAX_ANSWER_BYTES} bytes"),
        cannot_connect: false,
    };
    if response
        .content_length()
        .is_some_and(|n| n > MAX_ANSWER_BYTES as u64)
    {
        return Err(too_long());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(too_long());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Answer { status, body })
}

/// A failure of the service at `url`, for `provider`.
pub(crate) fn service_error(
    provider: &str,
    url: &Url,
    status: Option<u16>,
    problem: impl Into<String>,
) -> CredentialsError {
    CredentialsError::Service {
        provider: provider.to_string(),
        endpoint: origin(url),
        status,
        problem: problem.into(),
    }
}

/// `application/x-www-form-urlencoded` text of `pairs`, each name and value percent-encoded as
/// the RPC signature spec does (a space is `%20`), so any decoder reads back the signed values.
pub(crate) fn form_encode(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(&acs_sign::percent_encode(name));
        out.push('=');
        out.push_str(&acs_sign::percent_encode(value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_take_hosts_ports_and_urls() {
        let url = parse_endpoint("sts.aliyuncs.com", true).unwrap();
        assert_eq!(origin(&url), "https://sts.aliyuncs.com");
        let url = parse_endpoint("100.100.100.200", false).unwrap();
        assert_eq!(origin(&url), "http://100.100.100.200");
        let url = parse_endpoint("http://127.0.0.1:9100/", true).unwrap();
        assert_eq!(origin(&url), "http://127.0.0.1:9100");
        let url = parse_endpoint(" localhost:8443 ", true).unwrap();
        assert_eq!(origin(&url), "https://localhost:8443");
        for bad in [
            "ftp://x",
            "http://",
            "http://u:p@host",
            "http://host/path",
            "http://host?q=1",
            "not a url",
        ] {
            assert!(parse_endpoint(bad, true).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_secret_at_the_cut_of_a_snippet_is_redacted_whole() {
        let secret = "s3cr3t-token-value";
        let body = format!("{}{secret}", "x".repeat(SNIPPET_BYTES - 4));
        let answer = Answer {
            status: 400,
            body: body.into_bytes(),
        };
        let mut secrets = Secrets::default();
        secrets.add(secret);
        let snippet = answer.snippet(&secrets);
        assert!(!snippet.contains("s3cr"), "{snippet}");
        assert!(snippet.ends_with("** r…"), "{snippet}");
    }

    #[test]
    fn the_form_encodes_spaces_as_percent_20() {
        let pairs = vec![
            ("Policy".to_string(), "a b+c&d=e".to_string()),
            ("RoleArn".to_string(), "acs:ram::1:role/r".to_string()),
        ];
        assert_eq!(
            form_encode(&pairs),
            "Policy=a%20b%2Bc%26d%3De&RoleArn=acs%3Aram%3A%3A1%3Arole%2Fr"
        );
    }
}
