//! The one error type of this crate.

/// Everything that can go wrong when parsing what a peer sent.
///
/// Signing itself cannot fail; only parsing (dates, `Authorization` headers, algorithm names) can.
/// Every variant names the offending input so the message is actionable. No variant ever carries
/// an AccessKey secret or a security token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date header value is not in the exact form the protocol uses.
    #[error("invalid {form} date {value:?}: expected the form {example:?}")]
    InvalidDate {
        /// Which form was expected: `"RFC 1123"` (ROA `date`) or `"ACS3"` (`x-acs-date`).
        form: &'static str,
        /// An example of the expected form.
        example: &'static str,
        /// The value that was received.
        value: String,
    },

    /// A signature algorithm name is not one this crate knows.
    #[error(
        "unknown signature algorithm {value:?}: expected one of \"acs3\", \"ACS3-HMAC-SHA256\", \
         \"roa\", \"HMAC-SHA1\" (case-insensitive)"
    )]
    UnknownAlgorithm {
        /// The name that was given.
        value: String,
    },

    /// The `Authorization` header is empty (or only whitespace).
    #[error("empty Authorization header")]
    EmptyAuthorization,

    /// The `Authorization` header starts with a scheme other than `acs` or `ACS3-HMAC-SHA256`.
    #[error(
        "unknown Authorization scheme {scheme:?}: expected \"acs\" (ROA v1 HMAC-SHA1) or \
         \"ACS3-HMAC-SHA256\""
    )]
    UnknownAuthorizationScheme {
        /// The scheme that was received (the text before the first space).
        scheme: String,
    },

    /// An `ACS3-HMAC-SHA256` `Authorization` header lacks one of its three fields.
    #[error("Authorization header {value:?} has no {field} field")]
    MissingAuthorizationField {
        /// `"Credential"`, `"SignedHeaders"` or `"Signature"`.
        field: &'static str,
        /// The header value that was received.
        value: String,
    },

    /// The `Authorization` header has the right scheme but a malformed body.
    #[error("malformed Authorization header {value:?}: {reason}")]
    MalformedAuthorization {
        /// What is wrong, and what was expected.
        reason: String,
        /// The header value that was received.
        value: String,
    },
}
