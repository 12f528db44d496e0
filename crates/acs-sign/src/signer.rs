//! The high-level signer: which headers to add, and every stage of one signature.

use std::time::SystemTime;

use subtle::ConstantTimeEq;

use crate::credentials::Credentials;
use crate::request::SignableRequest;
use crate::time::{format_acs3_date, format_rfc1123};
use crate::{acs3, roa, SignatureAlgorithm};

/// What a signature depends on besides the request: who signs, when, and for which operation.
///
/// The time and the nonce are inputs, so the signer is deterministic; the caller takes them
/// from its clock and random source, and makes a new nonce for every attempt.
#[derive(Debug, Clone, Copy)]
pub struct SigningParams<'a> {
    /// The credentials to sign with.
    pub credentials: &'a Credentials,
    /// The signing time; sent as `date` (ROA v1) or `x-acs-date` (ACS3).
    pub time: SystemTime,
    /// A value unique to this attempt, sent as `x-acs-signature-nonce`.
    pub nonce: &'a str,
    /// The operation name, sent as `x-acs-action`, e.g. `GetMmsJob`.
    pub action: &'a str,
    /// The API version, sent as `x-acs-version`, e.g. `2022-01-04`.
    pub version: &'a str,
}

/// The headers the protocol requires for `algorithm`, which the caller must add to the request
/// **before** signing. Returned as lowercase `(name, value)` pairs.
///
/// * ROA v1: `date`, `x-acs-signature-nonce`, `x-acs-signature-method: HMAC-SHA1`,
///   `x-acs-signature-version: 1.0`, `x-acs-version`, `x-acs-action`.
/// * ACS3: `x-acs-date`, `x-acs-signature-nonce`, `x-acs-content-sha256` (of `body`),
///   `x-acs-version`, `x-acs-action`.
/// * Both, for STS credentials: `x-acs-accesskey-id` and `x-acs-security-token`.
///
/// Not included, because they depend on the transport rather than the protocol: `host`,
/// `accept`, `content-type` and `user-agent`. Add those too when you send them; ACS3 signs every
/// header present.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use acs_sign::{protocol_headers, Credentials, SignatureAlgorithm, SigningParams};
///
/// let creds = Credentials::new("testid", "testsecret");
/// let params = SigningParams {
///     credentials: &creds,
///     time: UNIX_EPOCH + Duration::from_secs(1_735_787_045),
///     nonce: "3f2b6e5c9a1d4e7f8b0c2d4e6f8a0b1c",
///     action: "GetMmsJob",
///     version: "2022-01-04",
/// };
/// let headers = protocol_headers(SignatureAlgorithm::RoaHmacSha1, &params, b"");
/// assert!(headers.contains(&("date", "Thu, 02 Jan 2025 03:04:05 GMT".to_owned())));
/// ```
pub fn protocol_headers(
    algorithm: SignatureAlgorithm,
    params: &SigningParams<'_>,
    body: &[u8],
) -> Vec<(&'static str, String)> {
    let mut headers = match algorithm {
        SignatureAlgorithm::RoaHmacSha1 => vec![
            ("date", format_rfc1123(params.time)),
            ("x-acs-signature-nonce", params.nonce.to_owned()),
            ("x-acs-signature-method", roa::SIGNATURE_METHOD.to_owned()),
            ("x-acs-signature-version", roa::SIGNATURE_VERSION.to_owned()),
            ("x-acs-version", params.version.to_owned()),
            ("x-acs-action", params.action.to_owned()),
        ],
        SignatureAlgorithm::Acs3HmacSha256 => vec![
            ("x-acs-date", format_acs3_date(params.time)),
            ("x-acs-signature-nonce", params.nonce.to_owned()),
            ("x-acs-content-sha256", acs3::hashed_payload(body)),
            ("x-acs-version", params.version.to_owned()),
            ("x-acs-action", params.action.to_owned()),
        ],
    };
    if let Some(token) = params.credentials.security_token() {
        headers.push((
            "x-acs-accesskey-id",
            params.credentials.access_key_id().to_owned(),
        ));
        headers.push(("x-acs-security-token", token.to_owned()));
    }
    headers
}

/// Every stage of one signature, so tests can check each and a server can explain a mismatch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The algorithm that produced it.
    pub algorithm: SignatureAlgorithm,
    /// The canonical request (ACS3 only; ROA v1 has no such stage).
    pub canonical_request: Option<String>,
    /// The string that was MACed.
    pub string_to_sign: String,
    /// The signature: Base64 (ROA v1) or lowercase hex (ACS3).
    pub signature: String,
    /// The `SignedHeaders` list (ACS3 only).
    pub signed_headers: Option<String>,
    /// The complete `Authorization` header value.
    pub authorization: String,
}

/// Signs `request` with `algorithm`. The request must already carry the protocol headers
/// (see [`protocol_headers`]) and every other header that will be sent and signed.
///
/// This reproduces the `unit_acs3_minimal_headers` vector computed with the official SDK:
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use acs_sign::{protocol_headers, sign, Credentials, SignableRequest, SignatureAlgorithm, SigningParams};
///
/// let creds = Credentials::new("testid", "testsecret");
/// let params = SigningParams {
///     credentials: &creds,
///     time: UNIX_EPOCH + Duration::from_secs(1_735_787_045),
///     nonce: "3f2b6e5c9a1d4e7f8b0c2d4e6f8a0b1c",
///     action: "GetMmsJob",
///     version: "2022-01-04",
/// };
/// let algorithm = SignatureAlgorithm::Acs3HmacSha256;
/// let mut request = SignableRequest::new("GET", "/api/v1/mms/datasources/2/jobs/10")
///     .header("host", "maxcompute.cn-hangzhou.aliyuncs.com");
/// for (name, value) in protocol_headers(algorithm, &params, request.body) {
///     request = request.header(name, value);
/// }
/// let signed = sign(algorithm, &request, &creds);
/// assert_eq!(
///     signed.authorization,
///     "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;\
///      x-acs-date;x-acs-signature-nonce;x-acs-version,\
///      Signature=1554ec58dcb767fe72d8e5c3125a86537ecc2a72d1a2fb1c6afa6a48ddefa097"
/// );
/// ```
pub fn sign(
    algorithm: SignatureAlgorithm,
    request: &SignableRequest<'_>,
    credentials: &Credentials,
) -> Signature {
    let secret = credentials.access_key_secret();
    let access_key_id = credentials.access_key_id();
    match algorithm {
        SignatureAlgorithm::RoaHmacSha1 => {
            let string_to_sign = roa::string_to_sign(request);
            let signature = roa::signature(secret, &string_to_sign);
            let authorization = roa::authorization(access_key_id, &signature);
            Signature {
                algorithm,
                canonical_request: None,
                string_to_sign,
                signature,
                signed_headers: None,
                authorization,
            }
        }
        SignatureAlgorithm::Acs3HmacSha256 => {
            let (canonical_request, signed_headers) =
                acs3::canonical_request_and_signed_headers(request);
            let string_to_sign = acs3::string_to_sign(&canonical_request);
            let signature = acs3::signature(secret, &string_to_sign);
            let authorization = acs3::authorization(access_key_id, &signed_headers, &signature);
            Signature {
                algorithm,
                canonical_request: Some(canonical_request),
                string_to_sign,
                signature,
                signed_headers: Some(signed_headers),
                authorization,
            }
        }
    }
}

/// Compares two signatures in constant time (for equal lengths), for servers verifying one.
///
/// ```
/// assert!(acs_sign::signatures_match("abc=", "abc="));
/// assert!(!acs_sign::signatures_match("abc=", "abd="));
/// ```
pub fn signatures_match(expected: &str, received: &str) -> bool {
    // The length of a signature is public (fixed by the algorithm), so an early length
    // mismatch leaks nothing.
    expected.len() == received.len() && bool::from(expected.as_bytes().ct_eq(received.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_match_compares_exactly() {
        assert!(signatures_match("", ""));
        assert!(signatures_match("ff00", "ff00"));
        assert!(!signatures_match("ff00", "FF00"));
        assert!(!signatures_match("ff00", "ff0"));
        assert!(!signatures_match("ff0", "ff00"));
    }

    #[test]
    fn sts_headers_follow_the_protocol_headers() {
        let creds = Credentials::new("id", "secret").with_security_token("tok");
        let params = SigningParams {
            credentials: &creds,
            time: SystemTime::UNIX_EPOCH,
            nonce: "n",
            action: "A",
            version: "v",
        };
        for algorithm in [
            SignatureAlgorithm::RoaHmacSha1,
            SignatureAlgorithm::Acs3HmacSha256,
        ] {
            let headers = protocol_headers(algorithm, &params, b"");
            assert!(headers.contains(&("x-acs-accesskey-id", "id".to_owned())));
            assert!(headers.contains(&("x-acs-security-token", "tok".to_owned())));
            assert!(headers.iter().all(|(n, _)| *n == n.to_ascii_lowercase()));
        }
    }

    #[test]
    fn roa_has_no_canonical_request_and_acs3_has_one() {
        let creds = Credentials::new("id", "secret");
        let req = SignableRequest::new("GET", "/");
        let roa = sign(SignatureAlgorithm::RoaHmacSha1, &req, &creds);
        assert!(roa.canonical_request.is_none() && roa.signed_headers.is_none());
        assert!(roa.authorization.starts_with("acs id:"));
        let acs3 = sign(SignatureAlgorithm::Acs3HmacSha256, &req, &creds);
        assert!(acs3.canonical_request.is_some() && acs3.signed_headers.is_some());
        assert!(acs3
            .authorization
            .starts_with("ACS3-HMAC-SHA256 Credential=id,"));
    }
}
