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

use crate::encoding::push_percent_encoded;
use crate::hash::{hmac_sha256, push_hex, push_sha256_hex, sha256_hex};
use crate::request::{estimated_len, lowercase, SignableRequest};

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
    if body.is_empty() {
        // Every GET: skip hashing nothing.
        EMPTY_PAYLOAD_SHA256.to_owned()
    } else {
        sha256_hex(body)
    }
}

/// Appends [`hashed_payload`] of `body` to `out`.
fn push_hashed_payload(out: &mut String, body: &[u8]) {
    if body.is_empty() {
        out.push_str(EMPTY_PAYLOAD_SHA256);
    } else {
        push_sha256_hex(out, body);
    }
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
    let mut out = String::new();
    push_canonical_query_string(&mut out, query);
    out
}

/// Appends the [`canonical_query_string`] to `out`.
fn push_canonical_query_string(out: &mut String, query: &[(Cow<'_, str>, Cow<'_, str>)]) {
    let mut pairs: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .collect();
    pairs.sort_unstable();
    for (i, (key, value)) in pairs.into_iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        push_percent_encoded(out, key);
        out.push('=');
        push_percent_encoded(out, value);
    }
}

/// Lowercased names with their trimmed values, sorted (names, then the values under each
/// name). Names are borrowed when already lowercase, so the usual request allocates once here.
fn sorted_headers<'h>(headers: &'h [(Cow<'_, str>, Cow<'_, str>)]) -> Vec<(Cow<'h, str>, &'h str)> {
    let mut entries: Vec<(Cow<'h, str>, &'h str)> = headers
        .iter()
        .map(|(n, v)| (lowercase(n), v.trim()))
        .collect();
    entries.sort_unstable();
    entries
}

/// Appends the canonical headers block of `sorted` (from [`sorted_headers`]) to `out`.
fn push_canonical_headers(out: &mut String, sorted: &[(Cow<'_, str>, &str)]) {
    let mut previous: Option<&str> = None;
    for (name, value) in sorted {
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

/// Appends the signed headers list of `sorted` (from [`sorted_headers`]) to `out`.
fn push_signed_headers(out: &mut String, sorted: &[(Cow<'_, str>, &str)]) {
    let mut previous: Option<&str> = None;
    for (name, _) in sorted {
        if previous == Some(name.as_ref()) {
            continue;
        }
        if previous.is_some() {
            out.push(';');
        }
        out.push_str(name);
        previous = Some(name.as_ref());
    }
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
    push_canonical_headers(&mut out, &sorted_headers(headers));
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
    let mut out = String::new();
    push_signed_headers(&mut out, &sorted_headers(headers));
    out
}

/// The canonical request for `req`, which must already carry the protocol headers (see
/// [`protocol_headers`](crate::protocol_headers)).
///
/// An empty path is signed as `/`. The hashed payload is computed from `req.body`, not taken from
/// the `x-acs-content-sha256` header, so a mismatch between the two shows up as a bad signature.
pub fn canonical_request(req: &SignableRequest<'_>) -> String {
    canonical_request_and_signed_headers(req).0
}

/// The [`canonical_request`] and the [`signed_headers`] of `req`, from one sort of its headers.
pub(crate) fn canonical_request_and_signed_headers(req: &SignableRequest<'_>) -> (String, String) {
    let sorted = sorted_headers(&req.headers);
    let mut signed = String::with_capacity(sorted.iter().map(|(n, _)| n.len() + 1).sum());
    push_signed_headers(&mut signed, &sorted);

    let mut out = String::with_capacity(estimated_len(req) + signed.len());
    out.push_str(req.method);
    out.push('\n');
    out.push_str(if req.path.is_empty() { "/" } else { req.path });
    out.push('\n');
    push_canonical_query_string(&mut out, &req.query);
    out.push('\n');
    push_canonical_headers(&mut out, &sorted);
    out.push('\n');
    out.push_str(&signed);
    out.push('\n');
    push_hashed_payload(&mut out, req.body);
    (out, signed)
}

/// Lowercase hex SHA-256 of the canonical request (the second line of the string-to-sign).
pub fn hashed_canonical_request(canonical_request: &str) -> String {
    sha256_hex(canonical_request.as_bytes())
}

/// `ACS3-HMAC-SHA256\n` followed by [`hashed_canonical_request`].
pub fn string_to_sign(canonical_request: &str) -> String {
    let mut out = String::with_capacity(ALGORITHM.len() + 1 + 64);
    out.push_str(ALGORITHM);
    out.push('\n');
    push_sha256_hex(&mut out, canonical_request.as_bytes());
    out
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
    let mut out = String::with_capacity(64);
    push_hex(
        &mut out,
        &hmac_sha256(secret.as_bytes(), string_to_sign.as_bytes()),
    );
    out
}

/// The `Authorization` header value:
/// `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`.
pub fn authorization(access_key_id: &str, signed_headers: &str, signature: &str) -> String {
    const CREDENTIAL: &str = " Credential=";
    const SIGNED_HEADERS: &str = ",SignedHeaders=";
    const SIGNATURE: &str = ",Signature=";
    let mut out = String::with_capacity(
        ALGORITHM.len()
            + CREDENTIAL.len()
            + access_key_id.len()
            + SIGNED_HEADERS.len()
            + signed_headers.len()
            + SIGNATURE.len()
            + signature.len(),
    );
    for part in [
        ALGORITHM,
        CREDENTIAL,
        access_key_id,
        SIGNED_HEADERS,
        signed_headers,
        SIGNATURE,
        signature,
    ] {
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::test_pairs as pairs;

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
    fn hashed_payload_of_an_empty_body_is_the_constant() {
        assert_eq!(hashed_payload(b""), sha256_hex(b""));
        assert_eq!(
            hashed_payload(b"{}"),
            "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
        );
    }

    #[test]
    fn canonical_request_and_signed_headers_agree_with_the_stages() {
        let req = SignableRequest::new("GET", "/p")
            .query("b", "2")
            .query("a", "x y")
            .header("X-B", "2")
            .header("host", "h")
            .header("x-b", " 1");
        let (canonical, signed) = canonical_request_and_signed_headers(&req);
        assert_eq!(signed, signed_headers(&req.headers));
        assert_eq!(
            canonical,
            format!(
                "GET\n/p\n{}\n{}\n{}\n{EMPTY_PAYLOAD_SHA256}",
                canonical_query_string(&req.query),
                canonical_headers(&req.headers),
                signed
            )
        );
        assert_eq!(canonical_query_string(&req.query), "a=x%20y&b=2");
        assert_eq!(signed, "host;x-b");
    }

    #[test]
    fn authorization_form() {
        assert_eq!(
            authorization("id", "a;b", "ff"),
            "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=a;b,Signature=ff"
        );
    }
}
