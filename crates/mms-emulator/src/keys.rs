//! The AccessKeys the verifier accepts. One small type, so that other sources of keys (keys
//! issued at run time) plug in here without touching the verifier.

use std::collections::HashMap;

use acs_sign::Credentials;

/// Credentials by AccessKey ID.
#[derive(Debug, Default)]
pub(crate) struct KeyStore {
    keys: HashMap<String, Credentials>,
}

impl KeyStore {
    /// A store of `keys`; a later key replaces an earlier one of the same ID.
    pub(crate) fn new(keys: Vec<Credentials>) -> Self {
        Self {
            keys: keys
                .into_iter()
                .map(|c| (c.access_key_id().to_owned(), c))
                .collect(),
        }
    }

    /// The credentials of `access_key_id`, if it is accepted.
    pub(crate) fn lookup(&self, access_key_id: &str) -> Option<Credentials> {
        self.keys.get(access_key_id).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_keys_up_by_id() {
        let store = KeyStore::new(vec![
            Credentials::new("a", "1"),
            Credentials::new("b", "2").with_security_token("t"),
        ]);
        assert!(store.lookup("a").is_some());
        assert_eq!(
            store
                .lookup("b")
                .and_then(|c| c.security_token().map(str::to_owned)),
            Some("t".to_owned())
        );
        assert!(store.lookup("c").is_none());
    }
}
