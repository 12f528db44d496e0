//! Parsing a received `Authorization` header (the server side).

use crate::acs3;
use crate::error::Error;
use crate::roa;
use crate::SignatureAlgorithm;

/// A parsed `Authorization` header value, borrowing from it.
///
/// ```
/// use acs_sign::{parse_authorization, Authorization, SignatureAlgorithm};
///
/// let auth = parse_authorization("acs testid:vyUKeMv080ugiUCWmqIh+haNr5Y=")?;
/// assert_eq!(
///     auth,
///     Authorization::Roa { access_key_id: "testid", signature: "vyUKeMv080ugiUCWmqIh+haNr5Y=" }
/// );
///
/// let auth = parse_authorization(
///     "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-date,Signature=abc123",
/// )?;
/// assert_eq!(auth.algorithm(), SignatureAlgorithm::Acs3HmacSha256);
/// assert_eq!(auth.access_key_id(), "testid");
/// assert_eq!(auth.signature(), "abc123");
/// # Ok::<(), acs_sign::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Authorization<'a> {
    /// `acs <AccessKeyId>:<Signature>` (ROA v1, HMAC-SHA1).
    Roa {
        /// The AccessKey ID that claims to have signed.
        access_key_id: &'a str,
        /// The Base64 signature.
        signature: &'a str,
    },
    /// `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`.
    Acs3 {
        /// The AccessKey ID that claims to have signed.
        access_key_id: &'a str,
        /// The lowercase names of the signed headers, in the order given.
        signed_headers: Vec<&'a str>,
        /// The hex signature.
        signature: &'a str,
    },
}

impl<'a> Authorization<'a> {
    /// The algorithm this header claims.
    pub fn algorithm(&self) -> SignatureAlgorithm {
        match self {
            Self::Roa { .. } => SignatureAlgorithm::RoaHmacSha1,
            Self::Acs3 { .. } => SignatureAlgorithm::Acs3HmacSha256,
        }
    }

    /// The AccessKey ID that claims to have signed.
    pub fn access_key_id(&self) -> &'a str {
        match self {
            Self::Roa { access_key_id, .. } | Self::Acs3 { access_key_id, .. } => access_key_id,
        }
    }

    /// The signature as received.
    pub fn signature(&self) -> &'a str {
        match self {
            Self::Roa { signature, .. } | Self::Acs3 { signature, .. } => signature,
        }
    }
}

/// Parses an `Authorization` header value of either scheme.
///
/// Scheme words are matched case-insensitively; surrounding whitespace and spaces after the
/// commas of an ACS3 header are tolerated. Everything else must be exact.
///
/// # Errors
/// [`Error::EmptyAuthorization`], [`Error::UnknownAuthorizationScheme`],
/// [`Error::MissingAuthorizationField`] (ACS3 without `Credential`, `SignedHeaders` or
/// `Signature`) or [`Error::MalformedAuthorization`] (anything else that does not fit).
pub fn parse_authorization(value: &str) -> Result<Authorization<'_>, Error> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::EmptyAuthorization);
    }
    let (scheme, rest) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
    let rest = rest.trim();
    let malformed = |reason: String| Error::MalformedAuthorization {
        reason,
        value: value.to_owned(),
    };
    if scheme.eq_ignore_ascii_case(roa::AUTHORIZATION_SCHEME) {
        parse_roa(rest).map_err(malformed)
    } else if scheme.eq_ignore_ascii_case(acs3::ALGORITHM) {
        parse_acs3(rest, value, malformed)
    } else {
        Err(Error::UnknownAuthorizationScheme {
            scheme: scheme.to_owned(),
        })
    }
}

fn parse_roa(rest: &str) -> Result<Authorization<'_>, String> {
    let problem = if rest.is_empty() {
        "no credentials after the scheme"
    } else if rest.chars().any(char::is_whitespace) {
        "unexpected whitespace"
    } else {
        match rest.split_once(':') {
            None => "no ':' between AccessKeyId and signature",
            Some(("", _)) => "empty AccessKeyId",
            Some((_, "")) => "empty signature",
            Some((_, signature)) if signature.contains(':') => "more than one ':'",
            Some((access_key_id, signature)) => {
                return Ok(Authorization::Roa {
                    access_key_id,
                    signature,
                })
            }
        }
    };
    Err(format!(
        "{problem}; expected \"acs <AccessKeyId>:<Signature>\""
    ))
}

fn parse_acs3<'v>(
    rest: &'v str,
    value: &str,
    malformed: impl Fn(String) -> Error,
) -> Result<Authorization<'v>, Error> {
    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    if !rest.is_empty() {
        for part in rest.split(',').map(str::trim) {
            let Some((name, field_value)) = part.split_once('=') else {
                return Err(malformed(format!(
                    "field {part:?} is not of the form Name=value"
                )));
            };
            let slot = match name {
                "Credential" => &mut credential,
                "SignedHeaders" => &mut signed_headers,
                "Signature" => &mut signature,
                _ => {
                    return Err(malformed(format!(
                        "unknown field {name:?}; expected Credential, SignedHeaders and Signature"
                    )))
                }
            };
            if slot.replace(field_value).is_some() {
                return Err(malformed(format!("field {name} appears more than once")));
            }
        }
    }
    let missing = |field: &'static str| Error::MissingAuthorizationField {
        field,
        value: value.to_owned(),
    };
    let access_key_id = credential.ok_or_else(|| missing("Credential"))?;
    let signed_headers = signed_headers.ok_or_else(|| missing("SignedHeaders"))?;
    let signature = signature.ok_or_else(|| missing("Signature"))?;
    if access_key_id.is_empty() {
        return Err(malformed("empty Credential".to_owned()));
    }
    if signature.is_empty() {
        return Err(malformed("empty Signature".to_owned()));
    }
    let signed_headers: Vec<&str> = if signed_headers.is_empty() {
        Vec::new()
    } else {
        signed_headers.split(';').collect()
    };
    if signed_headers.iter().any(|h| h.is_empty()) {
        return Err(malformed(
            "SignedHeaders has an empty name; expected names separated by ';'".to_owned(),
        ));
    }
    Ok(Authorization::Acs3 {
        access_key_id,
        signed_headers,
        signature,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACS3_OK: &str =
        "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-date,Signature=ab12";

    #[test]
    fn parses_roa() {
        assert_eq!(
            parse_authorization("acs testid:Er7LkU/luMti9E8zCHovyGJNEPo="),
            Ok(Authorization::Roa {
                access_key_id: "testid",
                signature: "Er7LkU/luMti9E8zCHovyGJNEPo="
            })
        );
        // Scheme case and surrounding whitespace are tolerated.
        let auth = parse_authorization("  ACS id:sig  ").map_err(|e| e.to_string());
        assert_eq!(
            auth.map(|a| (a.access_key_id(), a.signature())),
            Ok(("id", "sig"))
        );
    }

    #[test]
    fn parses_acs3() {
        assert_eq!(
            parse_authorization(ACS3_OK),
            Ok(Authorization::Acs3 {
                access_key_id: "testid",
                signed_headers: vec!["host", "x-acs-date"],
                signature: "ab12"
            })
        );
        // Spaces after commas and a lowercase scheme are tolerated; field order is free.
        let auth =
            parse_authorization("acs3-hmac-sha256 Signature=ff, SignedHeaders=host, Credential=id");
        assert_eq!(
            auth,
            Ok(Authorization::Acs3 {
                access_key_id: "id",
                signed_headers: vec!["host"],
                signature: "ff"
            })
        );
        let empty_list =
            parse_authorization("ACS3-HMAC-SHA256 Credential=i,SignedHeaders=,Signature=s");
        assert!(
            matches!(empty_list, Ok(Authorization::Acs3 { ref signed_headers, .. }) if signed_headers.is_empty())
        );
    }

    #[test]
    fn rejects_empty() {
        assert_eq!(parse_authorization(""), Err(Error::EmptyAuthorization));
        assert_eq!(parse_authorization(" \t "), Err(Error::EmptyAuthorization));
    }

    #[test]
    fn rejects_unknown_scheme() {
        for (value, scheme) in [
            ("Bearer abc", "Bearer"),
            ("AWS4-HMAC-SHA256 Credential=x", "AWS4-HMAC-SHA256"),
            ("acs:id:sig", "acs:id:sig"),
        ] {
            let err = parse_authorization(value);
            assert_eq!(
                err,
                Err(Error::UnknownAuthorizationScheme {
                    scheme: scheme.to_owned()
                })
            );
        }
        let msg = parse_authorization("Bearer x")
            .map(|_| ())
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("\"Bearer\"") && msg.contains("ACS3-HMAC-SHA256"),
            "{msg}"
        );
    }

    #[test]
    fn rejects_malformed_roa() {
        for (value, reason) in [
            ("acs", "no credentials"),
            ("acs   ", "no credentials"),
            ("acs idsig", "no ':'"),
            ("acs :sig", "empty AccessKeyId"),
            ("acs id:", "empty signature"),
            ("acs id:si:g", "more than one ':'"),
            ("acs id: sig", "whitespace"),
        ] {
            match parse_authorization(value) {
                Err(err @ Error::MalformedAuthorization { .. }) => {
                    let msg = err.to_string();
                    assert!(msg.contains(reason), "{value:?}: {msg}");
                    assert!(msg.contains(&format!("{value:?}")), "{value:?}: {msg}");
                }
                other => panic!("{value:?}: expected MalformedAuthorization, got {other:?}"),
            }
        }
    }

    #[test]
    fn rejects_acs3_missing_fields() {
        for (value, field) in [
            ("ACS3-HMAC-SHA256", "Credential"),
            (
                "ACS3-HMAC-SHA256 SignedHeaders=host,Signature=ff",
                "Credential",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=id,Signature=ff",
                "SignedHeaders",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host",
                "Signature",
            ),
        ] {
            assert_eq!(
                parse_authorization(value),
                Err(Error::MissingAuthorizationField {
                    field,
                    value: value.to_owned()
                }),
                "{value:?}"
            );
        }
    }

    #[test]
    fn rejects_malformed_acs3() {
        for (value, reason) in [
            ("ACS3-HMAC-SHA256 Credential", "not of the form Name=value"),
            (
                "ACS3-HMAC-SHA256 Credential=id,,SignedHeaders=h,Signature=s",
                "not of the form",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=h,Signature=s,Extra=1",
                "unknown field \"Extra\"",
            ),
            (
                "ACS3-HMAC-SHA256 credential=id,SignedHeaders=h,Signature=s",
                "unknown field",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=a,Credential=b,SignedHeaders=h,Signature=s",
                "more than once",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=,SignedHeaders=h,Signature=s",
                "empty Credential",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=h,Signature=",
                "empty Signature",
            ),
            (
                "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=a;;b,Signature=s",
                "empty name",
            ),
        ] {
            match parse_authorization(value) {
                Err(err @ Error::MalformedAuthorization { .. }) => {
                    let msg = err.to_string();
                    assert!(msg.contains(reason), "{value:?}: {msg}");
                }
                other => panic!("{value:?}: expected MalformedAuthorization, got {other:?}"),
            }
        }
    }
}
