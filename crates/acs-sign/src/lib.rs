#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::fmt;
use std::str::FromStr;

pub mod acs3;
mod authorization;
mod credentials;
mod encoding;
mod error;
mod hash;
mod request;
pub mod roa;
pub mod rpc;
mod signer;
pub mod time;

pub use crate::authorization::{parse_authorization, Authorization};
pub use crate::credentials::Credentials;
pub use crate::encoding::percent_encode;
pub use crate::error::Error;
pub use crate::request::SignableRequest;
pub use crate::signer::{protocol_headers, sign, signatures_match, Signature, SigningParams};
pub use crate::time::{format_acs3_date, format_rfc1123, parse_acs3_date, parse_rfc1123};

/// Which of the two Alibaba Cloud ROA signature schemes to use.
///
/// `Display` writes the short names `acs3` and `roa`; `FromStr` accepts those and the protocol
/// names `ACS3-HMAC-SHA256` and `HMAC-SHA1`, in any case.
///
/// ```
/// use acs_sign::SignatureAlgorithm;
///
/// assert_eq!(SignatureAlgorithm::default(), SignatureAlgorithm::Acs3HmacSha256);
/// assert_eq!("HMAC-SHA1".parse(), Ok(SignatureAlgorithm::RoaHmacSha1));
/// assert_eq!(SignatureAlgorithm::RoaHmacSha1.to_string(), "roa");
/// assert!("sigv4".parse::<SignatureAlgorithm>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SignatureAlgorithm {
    /// ACS3-HMAC-SHA256 (signature V3): the official SDK's default, signs every header and the body.
    #[default]
    Acs3HmacSha256,
    /// ROA signature v1, HMAC-SHA1: signs `x-acs-*` headers, four standard headers and the
    /// resource, but not the body.
    RoaHmacSha1,
}

impl SignatureAlgorithm {
    /// The short name, as written by `Display`: `acs3` or `roa`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Acs3HmacSha256 => "acs3",
            Self::RoaHmacSha1 => "roa",
        }
    }

    /// The protocol's own name: `ACS3-HMAC-SHA256` or `HMAC-SHA1` (the `x-acs-signature-method`
    /// value of ROA v1).
    pub fn protocol_name(self) -> &'static str {
        match self {
            Self::Acs3HmacSha256 => acs3::ALGORITHM,
            Self::RoaHmacSha1 => roa::SIGNATURE_METHOD,
        }
    }
}

impl fmt::Display for SignatureAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SignatureAlgorithm {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Self::Acs3HmacSha256, Self::RoaHmacSha1]
            .into_iter()
            .find(|a| {
                s.eq_ignore_ascii_case(a.as_str()) || s.eq_ignore_ascii_case(a.protocol_name())
            })
            .ok_or_else(|| Error::UnknownAlgorithm {
                value: s.to_owned(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn algorithm_from_str_accepts_both_names_in_any_case() {
        use SignatureAlgorithm::*;
        for (input, expected) in [
            ("acs3", Acs3HmacSha256),
            ("ACS3", Acs3HmacSha256),
            ("ACS3-HMAC-SHA256", Acs3HmacSha256),
            ("acs3-hmac-sha256", Acs3HmacSha256),
            ("roa", RoaHmacSha1),
            ("ROA", RoaHmacSha1),
            ("HMAC-SHA1", RoaHmacSha1),
            ("hmac-sha1", RoaHmacSha1),
        ] {
            assert_eq!(
                input.parse::<SignatureAlgorithm>(),
                Ok(expected),
                "{input:?}"
            );
        }
    }

    #[test]
    fn algorithm_from_str_error_names_input_and_choices() {
        for bad in ["", "v2", "acs3 ", "HMAC-SHA256", "sigv4"] {
            let err = bad.parse::<SignatureAlgorithm>().unwrap_err();
            assert_eq!(
                err,
                Error::UnknownAlgorithm {
                    value: bad.to_owned()
                }
            );
            let msg = err.to_string();
            assert!(msg.contains(&format!("{bad:?}")), "{msg}");
            for accepted in ["acs3", "ACS3-HMAC-SHA256", "roa", "HMAC-SHA1"] {
                assert!(msg.contains(accepted), "{msg}");
            }
        }
    }

    #[test]
    fn algorithm_display_round_trips() {
        for algorithm in [
            SignatureAlgorithm::Acs3HmacSha256,
            SignatureAlgorithm::RoaHmacSha1,
        ] {
            assert_eq!(algorithm.to_string().parse(), Ok(algorithm));
            assert_eq!(algorithm.protocol_name().parse(), Ok(algorithm));
        }
        assert_eq!(SignatureAlgorithm::Acs3HmacSha256.to_string(), "acs3");
        assert_eq!(SignatureAlgorithm::RoaHmacSha1.to_string(), "roa");
    }
}
