//! RPC signature v1 (HMAC-SHA1): how POP RPC APIs such as STS (`AssumeRole`) are signed.
//!
//! Unlike the two ROA schemes, the signature is a request **parameter**: every parameter but
//! `Signature` itself (for a POST, those of the query and of the form body together) is
//! signed, and the result is sent as `Signature`. Stages, each a function a test can check:
//!
//! ```text
//! canonicalized query = ENC(k1)=ENC(v1)&ENC(k2)=ENC(v2)…        (sorted by name, byte order)
//! string to sign      = METHOD & ENC("/") & ENC(canonicalized query)
//! signature           = Base64(HMAC-SHA1(AccessKeySecret + "&", string to sign))
//! ```
//!
//! `ENC` is [`percent_encode`](crate::percent_encode): RFC 3986 unreserved characters stay,
//! every other byte is `%XX`, and a **space is `%20`**. That is what the spec, the official Java
//! and Go libraries and the STS service do. The official Python library (`alibabacloud-credentials`
//! 1.0.12) uses `quote_plus`, which writes a space as `+`; its signatures differ whenever a value
//! holds a space (in practice only an inline `Policy`). This crate follows the spec; a server that
//! also wants to accept the Python form can try [`python_canonicalized_query`].

use base64::Engine as _;

use crate::encoding::push_percent_encoded;
use crate::hash::hmac_sha1;

/// The `SignatureMethod` parameter value of this scheme.
pub const SIGNATURE_METHOD: &str = "HMAC-SHA1";

/// The `SignatureVersion` parameter value of this scheme.
pub const SIGNATURE_VERSION: &str = "1.0";

/// The name of the parameter that carries the signature (and is left out of signing).
pub const SIGNATURE_PARAMETER: &str = "Signature";

/// The `Timestamp` parameter for `time`: UTC, `YYYY-MM-DDTHH:MM:SSZ`.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// let t = UNIX_EPOCH + Duration::from_secs(1_704_067_200);
/// assert_eq!(acs_sign::rpc::timestamp(t), "2024-01-01T00:00:00Z");
/// ```
pub fn timestamp(time: std::time::SystemTime) -> String {
    crate::time::format_acs3_date(time)
}

/// The canonicalized query: every parameter except `Signature`, sorted by name (byte order; by
/// value for a repeated name), each name and value [`percent_encode`](crate::percent_encode)d,
/// joined as `name=value` with `&`.
///
/// ```
/// let params = [("RoleArn", "acs:ram::1:role/r"), ("Action", "AssumeRole"), ("Signature", "x")];
/// assert_eq!(
///     acs_sign::rpc::canonicalized_query(&params),
///     "Action=AssumeRole&RoleArn=acs%3Aram%3A%3A1%3Arole%2Fr"
/// );
/// ```
pub fn canonicalized_query<K: AsRef<str>, V: AsRef<str>>(params: &[(K, V)]) -> String {
    let mut pairs: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .filter(|(k, _)| *k != SIGNATURE_PARAMETER)
        .collect();
    pairs.sort_unstable();
    let estimate: usize = pairs.iter().map(|(k, v)| 3 * (k.len() + v.len()) + 2).sum();
    let mut out = String::with_capacity(estimate);
    for (i, (key, value)) in pairs.into_iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        push_percent_encoded(&mut out, key);
        out.push('=');
        push_percent_encoded(&mut out, value);
    }
    out
}

/// The string to sign: `METHOD&%2F&` followed by the canonicalized query encoded once more
/// (so `%3A` becomes `%253A`, `=` becomes `%3D` and `&` becomes `%26`).
///
/// `method` is the HTTP method actually sent (`GET`, or `POST` when parameters travel in a form
/// body).
pub fn string_to_sign(method: &str, canonicalized_query: &str) -> String {
    let mut out = String::with_capacity(method.len() + 5 + canonicalized_query.len() * 2);
    out.push_str(method);
    out.push_str("&%2F&");
    push_percent_encoded(&mut out, canonicalized_query);
    out
}

/// `Base64(HMAC-SHA1(secret + "&", string_to_sign))`, standard alphabet with `=` padding.
///
/// The `&` after the secret is part of the scheme (the empty half after it is a token secret
/// this API never uses). The STS security token is never part of the key.
pub fn signature(secret: &str, string_to_sign: &str) -> String {
    let mut key = Vec::with_capacity(secret.len() + 1);
    key.extend_from_slice(secret.as_bytes());
    key.push(b'&');
    let mac = hmac_sha1(&key, string_to_sign.as_bytes());
    // The key holds the secret: do not leave a copy behind in freed memory.
    zeroize::Zeroize::zeroize(&mut key);
    base64::engine::general_purpose::STANDARD.encode(mac)
}

/// The canonicalized query as the official **Python** library writes it: the same as the spec
/// form except that a space is `+` instead of `%20`.
///
/// Exact, because in the spec form every `%` starts an escape: a `%20` can only stand for a
/// space. Signing this with [`string_to_sign`] reproduces the Python library's signature (its
/// outer encoding turns the `+` into `%2B`). Clients should never use it; it is for a server that
/// wants to accept requests from that library too.
///
/// ```
/// assert_eq!(acs_sign::rpc::python_canonicalized_query("Policy=a%20b%2520"), "Policy=a+b%2520");
/// ```
pub fn python_canonicalized_query(canonicalized_query: &str) -> String {
    canonicalized_query.replace("%20", "+")
}

/// Every stage of one RPC v1 signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcSignature {
    /// The sorted, encoded parameters.
    pub canonicalized_query: String,
    /// What was MACed.
    pub string_to_sign: String,
    /// The value of the `Signature` parameter (not yet URL-encoded for the wire).
    pub signature: String,
}

/// Signs `params` (every parameter of the request, `Signature` excluded or ignored) sent with
/// HTTP `method`, with `secret`.
///
/// ```
/// let params = [
///     ("AccessKeyId", "LTAI5tExampleAccessKey01"),
///     ("Action", "AssumeRole"),
///     ("DurationSeconds", "3600"),
///     ("Format", "JSON"),
///     ("RoleArn", "acs:ram::1234567890123456:role/mms-migration-role"),
///     ("RoleSessionName", "mms-rust-sdk"),
///     ("SignatureMethod", "HMAC-SHA1"),
///     ("SignatureNonce", "3f6b1c2e-8a4d-5e7f-9b0c-1d2e3f4a5b6c"),
///     ("SignatureVersion", "1.0"),
///     ("Timestamp", "2024-01-01T00:00:00Z"),
///     ("Version", "2015-04-01"),
/// ];
/// let signed = acs_sign::rpc::sign("GET", &params, "ExampleSecretKey0123456789abcd");
/// assert_eq!(signed.signature, "6TgIYDBZVgiikJ+1RlFbtamkJMg=");
/// ```
pub fn sign<K: AsRef<str>, V: AsRef<str>>(
    method: &str,
    params: &[(K, V)],
    secret: &str,
) -> RpcSignature {
    let canonicalized_query = canonicalized_query(params);
    let string_to_sign = string_to_sign(method, &canonicalized_query);
    let signature = signature(secret, &string_to_sign);
    RpcSignature {
        canonicalized_query,
        string_to_sign,
        signature,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_parameter_is_left_out_and_order_does_not_matter() {
        let a = canonicalized_query(&[("b", "2"), ("a", "1"), ("Signature", "zzz")]);
        let b = canonicalized_query(&[("a", "1"), ("b", "2")]);
        assert_eq!(a, "a=1&b=2");
        assert_eq!(a, b);
    }

    #[test]
    fn names_sort_by_bytes_so_uppercase_comes_first() {
        assert_eq!(
            canonicalized_query(&[("a", "1"), ("B", "2"), ("A", "3")]),
            "A=3&B=2&a=1"
        );
    }

    #[test]
    fn space_is_percent_20_not_plus_and_star_is_encoded() {
        let q = canonicalized_query(&[("Policy", "a b*~+")]);
        assert_eq!(q, "Policy=a%20b%2A~%2B");
        assert_eq!(
            string_to_sign("GET", &q),
            "GET&%2F&Policy%3Da%2520b%252A~%252B"
        );
    }

    #[test]
    fn empty_params_give_an_empty_query() {
        let empty: [(&str, &str); 0] = [];
        assert_eq!(canonicalized_query(&empty), "");
        assert_eq!(string_to_sign("POST", ""), "POST&%2F&");
    }

    #[test]
    fn the_key_is_the_secret_followed_by_an_ampersand() {
        // HMAC-SHA1("key&", "msg") computed independently.
        let expected = base64::engine::general_purpose::STANDARD.encode(hmac_sha1(b"key&", b"msg"));
        assert_eq!(signature("key", "msg"), expected);
        assert_ne!(signature("key", "msg"), signature("key&", "msg"));
    }
}
