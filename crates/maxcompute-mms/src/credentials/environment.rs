//! The process environment, injectable so tests never touch the real one.

use std::{collections::HashMap, fmt, path::PathBuf, sync::Arc};

use futures::future::BoxFuture;

use super::{
    error::unavailable,
    variables::{ACCESS_KEY_ID, ACCESS_KEY_SECRET, SECURITY_TOKEN},
    Credentials, CredentialsError, ProvideCredentials,
};

/// Looks up one variable.
type Lookup = dyn Fn(&str) -> Option<String> + Send + Sync;

/// Environment variables and the home directory, as credential sources read them.
#[derive(Clone)]
pub struct Environment {
    vars: Arc<Lookup>,
}

impl Environment {
    /// The real process environment.
    pub fn process() -> Environment {
        Environment {
            vars: Arc::new(|name| std::env::var(name).ok()),
        }
    }

    /// A fixed set of variables, for tests and embedding. `HOME` is read from it too.
    ///
    /// ```
    /// use maxcompute_mms::credentials::Environment;
    /// let env = Environment::from_vars([("HOME", "/tmp/x")]);
    /// assert_eq!(env.home().unwrap(), std::path::PathBuf::from("/tmp/x"));
    /// ```
    pub fn from_vars<K: Into<String>, V: Into<String>>(
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Environment {
        let map: HashMap<String, String> = vars
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        Environment {
            vars: Arc::new(move |name| map.get(name).cloned()),
        }
    }

    /// The value of `name`, if set and not empty.
    pub fn var(&self, name: &str) -> Option<String> {
        (self.vars)(name).filter(|v| !v.is_empty())
    }

    /// Whether `name` is set to `true` (any case).
    pub fn flag(&self, name: &str) -> bool {
        self.var(name)
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    }

    /// The home directory: `HOME`, else `USERPROFILE`.
    pub fn home(&self) -> Option<PathBuf> {
        self.var("HOME")
            .or_else(|| self.var("USERPROFILE"))
            .map(PathBuf::from)
    }
}

impl fmt::Debug for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Variables may hold secrets: never print them.
        f.write_str("Environment { .. }")
    }
}

/// `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and, for STS,
/// `ALIBABA_CLOUD_SECURITY_TOKEN`. Half a pair is an error naming the missing variable.
#[derive(Debug, Clone)]
pub struct EnvironmentCredentials {
    env: Environment,
}

impl EnvironmentCredentials {
    /// Reads the variables from `env`.
    pub fn new(env: Environment) -> EnvironmentCredentials {
        EnvironmentCredentials { env }
    }

    fn read(&self) -> Result<Credentials, CredentialsError> {
        let id = self.env.var(ACCESS_KEY_ID);
        let secret = self.env.var(ACCESS_KEY_SECRET);
        let (id, secret) = match (id, secret) {
            (None, None) => {
                return Err(unavailable(
                    "environment",
                    format!("{ACCESS_KEY_ID} and {ACCESS_KEY_SECRET} are not set"),
                ))
            }
            (Some(id), Some(secret)) => (id, secret),
            (Some(_), None) => return Err(missing_pair(ACCESS_KEY_SECRET, ACCESS_KEY_ID)),
            (None, Some(_)) => return Err(missing_pair(ACCESS_KEY_ID, ACCESS_KEY_SECRET)),
        };
        let credentials = Credentials::new(id.trim(), secret.trim());
        Ok(match self.env.var(SECURITY_TOKEN) {
            Some(token) => credentials.with_security_token(token.trim()),
            None => credentials,
        })
    }
}

impl ProvideCredentials for EnvironmentCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let result = self.read();
        Box::pin(async move { result })
    }

    fn name(&self) -> String {
        "environment".to_string()
    }
}

fn missing_pair(missing: &str, present: &str) -> CredentialsError {
    CredentialsError::Environment {
        variable: missing.to_string(),
        problem: format!("not set, but {present} is; set both or neither"),
    }
}
