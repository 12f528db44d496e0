//! ROA signature v1 (HMAC-SHA1): the SDK's `signature_algorithm = "v2"` path.
//!
//! Stages, each a function so a test can check it on its own:
//! [`canonicalized_headers`] and [`canonicalized_resource`] feed [`string_to_sign`], which
//! [`signature`] MACs and [`authorization`] wraps into the header value.
//!
//! ```text
//! METHOD \n accept \n content-md5 \n content-type \n date \n
//! x-acs-a:v \n x-acs-b:v \n ... /path?k=v&bare
//! ```
//!
//! The body is **not** signed by this scheme.

use std::borrow::Cow;

use base64::Engine as _;

use crate::hash::hmac_sha1;
use crate::request::{estimated_len, lowercase, push_header_values, SignableRequest};

/// The prefix that selects the headers taking part in [`canonicalized_headers`].
pub const SIGNED_HEADER_PREFIX: &str = "x-acs-";

/// The `x-acs-signature-method` value this scheme sends.
pub const SIGNATURE_METHOD: &str = "HMAC-SHA1";

/// The `x-acs-signature-version` value this scheme sends.
pub const SIGNATURE_VERSION: &str = "1.0";

/// The `Authorization` scheme word: `acs <AccessKeyId>:<Signature>`.
pub const AUTHORIZATION_SCHEME: &str = "acs";

/// The `CanonicalizedHeaders` block: every `x-acs-*` header, sorted by name, one
/// `name:value\n` line each.
///
/// Names are lowercased (and matched case-insensitively); values are used verbatim, not trimmed.
/// The SDK never sends a name twice; should a request do so anyway, the values are joined with
/// `,` in order of appearance, which is how HTTP combines repeated fields.
///
/// ```
/// use std::borrow::Cow;
/// let headers = [
///     (Cow::from("x-acs-version"), Cow::from("2022-01-04")),
///     (Cow::from("host"), Cow::from("example.com")),
///     (Cow::from("X-Acs-Action"), Cow::from("GetMmsJob")),
/// ];
/// assert_eq!(
///     acs_sign::roa::canonicalized_headers(&headers),
///     "x-acs-action:GetMmsJob\nx-acs-version:2022-01-04\n"
/// );
/// ```
pub fn canonicalized_headers(headers: &[(Cow<'_, str>, Cow<'_, str>)]) -> String {
    let mut out = String::new();
    push_canonicalized_headers(&mut out, headers);
    out
}

/// Appends the [`canonicalized_headers`] block to `out`.
fn push_canonicalized_headers(out: &mut String, headers: &[(Cow<'_, str>, Cow<'_, str>)]) {
    let prefix = SIGNED_HEADER_PREFIX.as_bytes();
    // Sized up front: collecting a filter would grow (and copy) the vector several times.
    let mut signed: Vec<(Cow<'_, str>, &str)> = Vec::with_capacity(headers.len());
    signed.extend(
        headers
            .iter()
            .filter(|(n, _)| {
                n.as_bytes()
                    .get(..prefix.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
            })
            .map(|(n, v)| (lowercase(n), v.as_ref())),
    );
    // Stable, so the values of a repeated name stay in their order of appearance.
    signed.sort_by(|a, b| a.0.cmp(&b.0));
    let mut previous: Option<&str> = None;
    for (name, value) in &signed {
        if previous == Some(name.as_ref()) {
            out.push(',');
        } else {
            if previous.is_some() {
                out.push('\n');
            }
            out.push_str(name);
            out.push(':');
            previous = Some(name.as_ref());
        }
        out.push_str(value);
    }
    if previous.is_some() {
        out.push('\n');
    }
}

/// The `CanonicalizedResource`: the encoded path, then `?` and the RAW query sorted by key.
///
/// Each parameter is `key=value`, or just `key` when the value is empty; they are joined with
/// `&`. Keys and values are **not** percent-encoded. No query means no `?`.
///
/// ```
/// use std::borrow::Cow;
/// let query = [(Cow::from("status"), Cow::from("")), (Cow::from("name"), Cow::from("a b/ü"))];
/// assert_eq!(
///     acs_sign::roa::canonicalized_resource("/api/v1/x", &query),
///     "/api/v1/x?name=a b/ü&status"
/// );
/// ```
pub fn canonicalized_resource(path: &str, query: &[(Cow<'_, str>, Cow<'_, str>)]) -> String {
    let mut out = String::new();
    push_canonicalized_resource(&mut out, path, query);
    out
}

/// Appends the [`canonicalized_resource`] to `out`.
fn push_canonicalized_resource(
    out: &mut String,
    path: &str,
    query: &[(Cow<'_, str>, Cow<'_, str>)],
) {
    out.push_str(path);
    if query.is_empty() {
        return;
    }
    let mut pairs: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .collect();
    pairs.sort_unstable();
    out.push('?');
    for (i, (key, value)) in pairs.into_iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(key);
        if !value.is_empty() {
            out.push('=');
            out.push_str(value);
        }
    }
}

/// The string-to-sign for `req`: method, the four standard header values, the
/// [`canonicalized_headers`] and the [`canonicalized_resource`].
///
/// `req` must already carry the protocol headers (see [`protocol_headers`](crate::protocol_headers)).
/// `req.body` is ignored: ROA v1 does not sign the body.
pub fn string_to_sign(req: &SignableRequest<'_>) -> String {
    let mut out = String::with_capacity(estimated_len(req));
    out.push_str(req.method);
    out.push('\n');
    for name in ["accept", "content-md5", "content-type", "date"] {
        push_header_values(&mut out, &req.headers, name);
        out.push('\n');
    }
    push_canonicalized_headers(&mut out, &req.headers);
    push_canonicalized_resource(&mut out, req.path, &req.query);
    out
}

/// `Base64(HMAC-SHA1(secret, string_to_sign))`, standard alphabet with `=` padding.
///
/// ```
/// let sts = "GET\napplication/json\n\n\nThu, 02 Jan 2025 03:04:05 GMT\nx-acs-action:ListMmsJobs\n\
///     x-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:3f2b6e5c9a1d4e7f8b0c2d4e6f8a0b1c\n\
///     x-acs-signature-version:1.0\nx-acs-version:2022-01-04\n\
///     /api/v1/mms/datasources/2/jobs?name=a b/ü*~&pageNum=1&pageSize=10&status";
/// assert_eq!(acs_sign::roa::signature("testsecret", sts), "HD7jvqVcfvQdAuRhXoRWuXPWOsU=");
/// ```
pub fn signature(secret: &str, string_to_sign: &str) -> String {
    base64::engine::general_purpose::STANDARD
        .encode(hmac_sha1(secret.as_bytes(), string_to_sign.as_bytes()))
}

/// The `Authorization` header value: `acs <AccessKeyId>:<Signature>`.
pub fn authorization(access_key_id: &str, signature: &str) -> String {
    let mut out = String::with_capacity(
        AUTHORIZATION_SCHEME.len() + access_key_id.len() + signature.len() + 2,
    );
    out.push_str(AUTHORIZATION_SCHEME);
    out.push(' ');
    out.push_str(access_key_id);
    out.push(':');
    out.push_str(signature);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::test_pairs as pairs;

    #[test]
    fn resource_without_query_has_no_question_mark() {
        assert_eq!(canonicalized_resource("/a/b", &[]), "/a/b");
    }

    #[test]
    fn resource_sorts_by_key_and_keeps_raw_values() {
        let q = pairs(&[("b", "x&y=z"), ("a", ""), ("c", "库 1")]);
        assert_eq!(canonicalized_resource("/p", &q), "/p?a&b=x&y=z&c=库 1");
    }

    #[test]
    fn headers_keep_values_untrimmed_and_join_repeats() {
        let h = pairs(&[
            ("x-acs-b", " v "),
            ("X-ACS-A", "1"),
            ("x-acs-a", "2"),
            ("date", "d"),
        ]);
        assert_eq!(canonicalized_headers(&h), "x-acs-a:1,2\nx-acs-b: v \n");
    }

    #[test]
    fn string_to_sign_leaves_missing_standard_headers_empty() {
        let req = SignableRequest::new("POST", "/p").header("Content-MD5", "md5");
        assert_eq!(string_to_sign(&req), "POST\n\nmd5\n\n\n/p");
    }

    #[test]
    fn authorization_form() {
        assert_eq!(authorization("id", "sig="), "acs id:sig=");
    }
}
