//! The description of a request that the signer needs, and nothing more.

use std::borrow::Cow;

/// A request as the signer sees it: no HTTP types, just the parts that are signed.
///
/// Build it with [`SignableRequest::new`] and the `query` / `header` / `body` builders, or fill
/// the public fields directly.
///
/// ```
/// use acs_sign::SignableRequest;
///
/// let body = br#"{"name":"job"}"#;
/// let req = SignableRequest::new("POST", "/api/v1/mms/datasources/2/jobs")
///     .query("pageNum", "1")
///     .header("host", "maxcompute.cn-hangzhou.aliyuncs.com")
///     .header("content-type", "application/json; charset=utf-8")
///     .body(body);
/// assert_eq!(req.header_value("Host"), Some("maxcompute.cn-hangzhou.aliyuncs.com"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignableRequest<'a> {
    /// The HTTP method as sent, e.g. `"GET"`.
    pub method: &'a str,
    /// The path exactly as sent on the wire, i.e. already percent-encoded
    /// (see [`percent_encode`](crate::percent_encode)).
    pub path: &'a str,
    /// The query as RAW (decoded) key/value pairs, in any order. Leave out null parameters;
    /// an empty string is a present-but-empty value.
    pub query: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// Every header present at signing time except `authorization`. Names in any case.
    pub headers: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// The exact body bytes sent; empty when there is no body.
    pub body: &'a [u8],
}

impl<'a> SignableRequest<'a> {
    /// A request with no query, no headers and no body.
    pub fn new(method: &'a str, path: &'a str) -> Self {
        Self {
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: &[],
        }
    }

    /// Adds one raw (not percent-encoded) query parameter.
    #[must_use]
    pub fn query(mut self, key: impl Into<Cow<'a, str>>, value: impl Into<Cow<'a, str>>) -> Self {
        self.query.push((key.into(), value.into()));
        self
    }

    /// Adds one header.
    #[must_use]
    pub fn header(mut self, name: impl Into<Cow<'a, str>>, value: impl Into<Cow<'a, str>>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets the body bytes.
    #[must_use]
    pub fn body(mut self, body: &'a [u8]) -> Self {
        self.body = body;
        self
    }

    /// The value of the first header named `name` (compared case-insensitively).
    pub fn header_value(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
    }

    /// Keeps only the headers whose names (case-insensitively) are in `names`.
    ///
    /// A server verifying an ACS3 signature uses this with the `SignedHeaders` list from the
    /// `Authorization` header, so that headers added in transit do not take part.
    #[must_use]
    pub fn retain_headers(mut self, names: &[&str]) -> Self {
        self.headers
            .retain(|(n, _)| names.iter().any(|keep| n.eq_ignore_ascii_case(keep)));
        self
    }
}

/// All values of the headers named `name` (ASCII case-insensitive), in order of appearance.
pub(crate) fn header_values<'h>(
    headers: &'h [(Cow<'_, str>, Cow<'_, str>)],
    name: &'h str,
) -> impl Iterator<Item = &'h str> + 'h {
    headers
        .iter()
        .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_ref())
}

/// `name` in ASCII lowercase; borrowed when it already is (as every name `http` hands over is),
/// so canonicalising the usual request allocates nothing per header.
pub(crate) fn lowercase(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// Appends the values of the headers named `name` to `out`, joined with `,`.
pub(crate) fn push_header_values(
    out: &mut String,
    headers: &[(Cow<'_, str>, Cow<'_, str>)],
    name: &str,
) {
    for (i, value) in header_values(headers, name).enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(value);
    }
}

/// A rough upper bound of the canonical forms' length, so each is built in one allocation.
pub(crate) fn estimated_len(req: &SignableRequest<'_>) -> usize {
    let headers: usize = req.headers.iter().map(|(n, v)| n.len() + v.len() + 2).sum();
    let query: usize = req
        .query
        .iter()
        .map(|(k, v)| 3 * (k.len() + v.len()) + 2)
        .sum();
    req.method.len() + req.path.len() + headers + query + 160
}

/// Owned-or-borrowed pairs from string literals, for the unit tests of each scheme.
#[cfg(test)]
pub(crate) fn test_pairs<'a>(items: &[(&'a str, &'a str)]) -> Vec<(Cow<'a, str>, Cow<'a, str>)> {
    items
        .iter()
        .map(|(k, v)| (Cow::from(*k), Cow::from(*v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builders_fill_the_fields() {
        let body = b"x";
        let req = SignableRequest::new("GET", "/p")
            .query("k", "v")
            .header("A", String::from("1"))
            .body(body);
        assert_eq!(req.method, "GET");
        assert_eq!(req.path, "/p");
        assert_eq!(req.query, vec![(Cow::from("k"), Cow::from("v"))]);
        assert_eq!(req.header_value("a"), Some("1"));
        assert_eq!(req.header_value("b"), None);
        assert_eq!(req.body, b"x");
    }

    #[test]
    fn lowercase_borrows_when_it_can() {
        assert!(matches!(
            lowercase("x-acs-date"),
            Cow::Borrowed("x-acs-date")
        ));
        assert_eq!(lowercase("X-Acs-Date"), "x-acs-date");
        assert_eq!(lowercase("Ü-ACS"), "Ü-acs");
    }

    #[test]
    fn retain_headers_is_case_insensitive() {
        let req = SignableRequest::new("GET", "/")
            .header("Host", "h")
            .header("X-Acs-Date", "d")
            .header("content-length", "0")
            .retain_headers(&["host", "x-acs-date"]);
        let names: Vec<&str> = req.headers.iter().map(|(n, _)| n.as_ref()).collect();
        assert_eq!(names, ["Host", "X-Acs-Date"]);
    }
}
