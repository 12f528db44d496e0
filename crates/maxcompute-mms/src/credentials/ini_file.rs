//! The credentials INI file of the official SDKs, `~/.alibabacloud/credentials.ini`.

use std::path::PathBuf;

use super::{
    cli_profile::PROFILE_VARIABLE, file_error as profile_file_error, Credentials, CredentialsError,
    Environment, ProvideCredentials,
};

/// Names another INI file.
pub const FILE_VARIABLE: &str = "ALIBABA_CLOUD_CREDENTIALS_FILE";

/// Credentials of a section of type `access_key` of the INI file: `ALIBABA_CLOUD_CREDENTIALS_FILE`
/// or `~/.alibabacloud/credentials.ini`, section `ALIBABA_CLOUD_PROFILE` or `default`.
#[derive(Debug, Clone)]
pub struct IniFileCredentials {
    env: Environment,
    profile: Option<String>,
}

impl IniFileCredentials {
    /// Reads the file `env` points to.
    pub fn new(env: Environment) -> IniFileCredentials {
        IniFileCredentials { env, profile: None }
    }

    /// Uses section `profile` whatever the environment says.
    pub fn with_profile(mut self, profile: impl Into<String>) -> IniFileCredentials {
        self.profile = Some(profile.into());
        self
    }

    /// The file and whether it was named explicitly (then it must exist).
    fn path(&self) -> Option<(PathBuf, bool)> {
        match self.env.var(FILE_VARIABLE) {
            Some(path) => Some((PathBuf::from(path), true)),
            None => self
                .env
                .home()
                .map(|h| (h.join(".alibabacloud").join("credentials.ini"), false)),
        }
    }
}

impl ProvideCredentials for IniFileCredentials {
    fn provide(&self) -> Result<Option<Credentials>, CredentialsError> {
        let Some((path, explicit)) = self.path() else {
            return Ok(None);
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => return Ok(None),
            Err(e) => return Err(profile_file_error(&path, None, format!("cannot read: {e}"))),
        };
        let ini = ini::Ini::load_from_str(&text)
            .map_err(|e| profile_file_error(&path, None, format!("not a valid INI file: {e}")))?;
        let section = self
            .profile
            .clone()
            .or_else(|| self.env.var(PROFILE_VARIABLE))
            .unwrap_or_else(|| "default".to_string());
        let Some(props) = ini.section(Some(section.as_str())) else {
            let known: Vec<&str> = ini.sections().flatten().collect();
            return Err(profile_file_error(
                &path,
                Some(&section),
                format!("no such section; the file has {known:?}"),
            ));
        };
        let get = |key: &str| props.get(key).map(str::trim).filter(|v| !v.is_empty());
        match get("type") {
            Some("access_key") => {
                let id = get("access_key_id").ok_or_else(|| {
                    profile_file_error(
                        &path,
                        Some(&section),
                        "type access_key needs access_key_id".into(),
                    )
                })?;
                let secret = get("access_key_secret").ok_or_else(|| {
                    profile_file_error(
                        &path,
                        Some(&section),
                        "type access_key needs access_key_secret".into(),
                    )
                })?;
                Ok(Some(Credentials::new(id, secret)))
            }
            Some(other) => Err(profile_file_error(
                &path,
                Some(&section),
                format!("type {other:?} is not supported; use access_key"),
            )),
            None => Err(profile_file_error(
                &path,
                Some(&section),
                "no type given".into(),
            )),
        }
    }

    fn name(&self) -> String {
        match self.path() {
            Some((path, _)) => path.display().to_string(),
            None => "~/.alibabacloud/credentials.ini (no home directory)".to_string(),
        }
    }
}
