//! AccessKey credentials, guarded against leaking into logs.

use std::fmt;

use zeroize::Zeroizing;

/// An AccessKey pair, optionally with an STS security token.
///
/// `Debug` prints the AccessKey ID but replaces the secret and the token with `** redacted **`;
/// there is deliberately no `Display`. The secret and the token are wiped from memory on drop.
///
/// ```
/// use acs_sign::Credentials;
///
/// let creds = Credentials::new("LTAI-example", "s3cr3t").with_security_token("CAIS-token");
/// assert_eq!(creds.access_key_id(), "LTAI-example");
/// assert_eq!(creds.security_token(), Some("CAIS-token"));
/// assert!(!format!("{creds:?}").contains("s3cr3t"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    access_key_secret: Zeroizing<String>,
    security_token: Option<Zeroizing<String>>,
}

impl Credentials {
    /// Long-lived AccessKey credentials (no security token).
    pub fn new(access_key_id: impl Into<String>, access_key_secret: impl Into<String>) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            access_key_secret: Zeroizing::new(access_key_secret.into()),
            security_token: None,
        }
    }

    /// Turns these into STS (temporary) credentials by attaching a security token.
    ///
    /// With a token, [`protocol_headers`](crate::protocol_headers) adds `x-acs-accesskey-id` and
    /// `x-acs-security-token`, which are then signed like every other `x-acs-*` header.
    #[must_use]
    pub fn with_security_token(mut self, token: impl Into<String>) -> Self {
        self.security_token = Some(Zeroizing::new(token.into()));
        self
    }

    /// The AccessKey ID (for STS credentials, the temporary ID).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The AccessKey secret. Use it only to compute a signature; never log or send it.
    pub fn access_key_secret(&self) -> &str {
        &self.access_key_secret
    }

    /// The STS security token, if these are temporary credentials.
    pub fn security_token(&self) -> Option<&str> {
        self.security_token.as_deref().map(String::as_str)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const REDACTED: &str = "** redacted **";
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &REDACTED)
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| REDACTED),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_secret_and_token() {
        let creds =
            Credentials::new("my-id", "my-secret-value").with_security_token("my-sts-token");
        let debug = format!("{creds:?}");
        assert!(debug.contains("my-id"), "{debug}");
        assert!(debug.contains("** redacted **"), "{debug}");
        assert!(!debug.contains("my-secret-value"), "{debug}");
        assert!(!debug.contains("my-sts-token"), "{debug}");
        let pretty = format!("{creds:#?}");
        assert!(!pretty.contains("my-secret-value") && !pretty.contains("my-sts-token"));
    }

    #[test]
    fn debug_without_token_shows_none() {
        let debug = format!("{:?}", Credentials::new("id", "secret"));
        assert!(debug.contains("security_token: None"), "{debug}");
        assert!(!debug.contains("\"secret\""), "{debug}");
    }

    #[test]
    fn accessors_return_what_was_given() {
        let creds = Credentials::new("id", "secret");
        assert_eq!(creds.access_key_id(), "id");
        assert_eq!(creds.access_key_secret(), "secret");
        assert_eq!(creds.security_token(), None);
        let sts = creds.clone().with_security_token("tok");
        assert_eq!(sts.security_token(), Some("tok"));
        assert_ne!(creds, sts);
    }
}
