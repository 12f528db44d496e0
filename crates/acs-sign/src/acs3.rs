//! ACS3-HMAC-SHA256: the SDK's default signature (V3).
//!
//! Stages, each a function so a test can check it on its own:
//! [`hashed_payload`], [`canonical_query_string`], [`canonical_headers`] and [`signed_headers`]
//! make up the [`canonical_request`]; [`string_to_sign`] hashes it, [`signature`] MACs that and
//! [`authorization`] builds the header value.
//!
//! ```text
//! METHOD \n /encoded/path \n k=ENC(v)&... \n name:value \n ... \n \n name;name;... \n hex(sha256(body))
//! ```
//!
//! Unlike AWS SigV4 there is no key derivation and no date or region scope.

use std::borrow::Cow;

use crate::encoding::percent_encode;
use crate::hash::{hmac_sha256, sha256_hex};
use crate::request::SignableRequest;

/// The algorithm name, first word of the string-to-sign and of the `Authorization` header.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// `x-acs-content-sha256` (and the hashed payload) of an empty body.
pub const EMPTY_PAYLOAD_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Lowercase hex SHA-256 of the exact body bytes; also the `x-acs-content-sha256` value.
///
/// ```
/// assert_eq!(acs_sign::acs3::hashed_payload(b""), acs_sign::acs3::EMPTY_PAYLOAD_SHA256);
/// ```
pub fn hashed_payload(body: &[u8]) -> String {
    sha256_hex(body)
}

/// The `CanonicalQueryString`: parameters sorted by key, each `ENC(key)=ENC(value)`, joined
/// with `&`. An empty value gives `key=`; no query gives the empty string.
///
/// The SDK leaves keys unencoded while the V3 docs encode them; the two agree for every key MMS
/// uses (ASCII letters, digits, `.`), and encoding is the safe choice for anything else.
///
/// ```
/// use std::borrow::Cow;
/// let query = [(Cow::from("status"), Cow::from("")), (Cow::from("name"), Cow::from("a b/*~"))];
/// assert_eq!(acs_sign::acs3::canonical_query_string(&query), "name=a%20b%2F%2A~&status=");
/// ```
pub fn canonical_query_string(query: &[(Cow<'_, str>, Cow<'_, str>)]) -> String {
    let mut pairs: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .collect();
    pairs.sort_unstable();
    pairs
        .into_iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Lowercased names with their trimmed values, grouped by name and sorted (names, then the
/// values under each name).
fn grouped_headers<'h>(headers: &'h [(Cow<'_, str>, Cow<'_, str>)]) -> Vec<(String, Vec<&'h str>)> {
    let mut entries: Vec<(String, &str)> = headers
        .iter()
        .map(|(n, v)| (n.to_ascii_lowercase(), v.trim()))
        .collect();
    entries.sort_unstable();
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for (name, value) in entries {
        match groups.last_mut() {
            Some((last, values)) if *last == name => values.push(value),
            _ => groups.push((name, vec![value])),
        }
    }
    groups
}

/// The `CanonicalHeaders` block: **every** header given, name lowercased, value trimmed,
/// sorted by name, one `name:value\n` line each. Values of a repeated name are sorted and
/// joined with `,`.
///
/// ```
/// use std::borrow::Cow;
/// let headers = [(Cow::from("X-Acs-Date"), Cow::from(" 2025-01-02T03:04:05Z ")),
///                (Cow::from("host"), Cow::from("example.com"))];
/// assert_eq!(
///     acs_sign::acs3::canonical_headers(&headers),
///     "host:example.com\nx-acs-date:2025-01-02T03:04:05Z\n"
/// );
/// ```
pub fn canonical_headers(headers: &[(Cow<'_, str>, Cow<'_, str>)]) -> String {
    let mut out = String::new();
    for (name, values) in grouped_headers(headers) {
        out.push_str(&name);
        out.push(':');
        out.push_str(&values.join(","));
        out.push('\n');
    }
    out
}

/// The `SignedHeaders` list: the distinct lowercased header names, sorted, joined with `;`.
///
/// ```
/// use std::borrow::Cow;
/// let headers = [(Cow::from("X-Acs-Date"), Cow::from("d")), (Cow::from("host"), Cow::from("h"))];
/// assert_eq!(acs_sign::acs3::signed_headers(&headers), "host;x-acs-date");
/// ```
pub fn signed_headers(headers: &[(Cow<'_, str>, Cow<'_, str>)]) -> String {
    grouped_headers(headers)
        .into_iter()
        .map(|(name, _)| name)
        .collect::<Vec<_>>()
        .join(";")
}

/// The canonical request for `req`, which must already carry the protocol headers (see
/// [`protocol_headers`](crate::protocol_headers)).
///
/// An empty path is signed as `/`. The hashed payload is computed from `req.body`, not taken from
/// the `x-acs-content-sha256` header, so a mismatch between the two shows up as a bad signature.
pub fn canonical_request(req: &SignableRequest<'_>) -> String {
    let path = if req.path.is_empty() { "/" } else { req.path };
    format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        req.method,
        path,
        canonical_query_string(&req.query),
        canonical_headers(&req.headers),
        signed_headers(&req.headers),
        hashed_payload(req.body),
    )
}

/// Lowercase hex SHA-256 of the canonical request (the second line of the string-to-sign).
pub fn hashed_canonical_request(canonical_request: &str) -> String {
    sha256_hex(canonical_request.as_bytes())
}

/// `ACS3-HMAC-SHA256\n` followed by [`hashed_canonical_request`].
pub fn string_to_sign(canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{}",
        hashed_canonical_request(canonical_request)
    )
}

/// Lowercase hex `HMAC-SHA256(secret, string_to_sign)`.
///
/// ```
/// let sts = "ACS3-HMAC-SHA256\n300158e5bb06318441a5cbadfad7fe3c37059be6ae5ec246a6c7f9f43bbfa870";
/// assert_eq!(
///     acs_sign::acs3::signature("testsecret", sts),
///     "1554ec58dcb767fe72d8e5c3125a86537ecc2a72d1a2fb1c6afa6a48ddefa097"
/// );
/// ```
pub fn signature(secret: &str, string_to_sign: &str) -> String {
    hex::encode(hmac_sha256(secret.as_bytes(), string_to_sign.as_bytes()))
}

/// The `Authorization` header value:
/// `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`.
pub fn authorization(access_key_id: &str, signed_headers: &str, signature: &str) -> String {
    format!("{ALGORITHM} Credential={access_key_id},SignedHeaders={signed_headers},Signature={signature}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs<'a>(items: &[(&'a str, &'a str)]) -> Vec<(Cow<'a, str>, Cow<'a, str>)> {
        items
            .iter()
            .map(|(k, v)| (Cow::from(*k), Cow::from(*v)))
            .collect()
    }

    #[test]
    fn repeated_headers_are_sorted_and_joined() {
        let h = pairs(&[("X-B", " 2"), ("x-b", "1 "), ("a", "z")]);
        assert_eq!(canonical_headers(&h), "a:z\nx-b:1,2\n");
        assert_eq!(signed_headers(&h), "a;x-b");
    }

    #[test]
    fn internal_whitespace_is_kept() {
        let h = pairs(&[("ua", "  a  b  ")]);
        assert_eq!(canonical_headers(&h), "ua:a  b\n");
    }

    #[test]
    fn empty_path_is_slash_and_empty_query_is_an_empty_line() {
        let req = SignableRequest::new("GET", "");
        assert_eq!(
            canonical_request(&req),
            format!("GET\n/\n\n\n\n{EMPTY_PAYLOAD_SHA256}")
        );
    }

    #[test]
    fn query_keys_are_encoded_too() {
        let q = pairs(&[("a b", "1")]);
        assert_eq!(canonical_query_string(&q), "a%20b=1");
    }

    #[test]
    fn authorization_form() {
        assert_eq!(
            authorization("id", "a;b", "ff"),
            "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=a;b,Signature=ff"
        );
    }
}
