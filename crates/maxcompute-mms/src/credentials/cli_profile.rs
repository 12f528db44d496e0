//! The Alibaba Cloud CLI's profile file, `~/.aliyun/config.json`.

use std::path::PathBuf;

use serde::Deserialize;

use super::{file_error, Credentials, CredentialsError, Environment, ProvideCredentials};

/// Selects the profile (also of the INI file).
pub const PROFILE_VARIABLE: &str = "ALIBABA_CLOUD_PROFILE";
/// Set to `true` to skip the CLI profile file.
pub const DISABLED_VARIABLE: &str = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

/// Credentials of a profile of `~/.aliyun/config.json` in mode `AK` or `StsToken`: the profile
/// named explicitly, else by `ALIBABA_CLOUD_PROFILE`, else the file's `current` one.
#[derive(Debug, Clone)]
pub struct CliProfileCredentials {
    env: Environment,
    path: Option<PathBuf>,
    profile: Option<String>,
}

#[derive(Deserialize)]
struct ConfigFile {
    #[serde(default)]
    current: Option<String>,
    #[serde(default)]
    profiles: Vec<Profile>,
}

#[derive(Deserialize)]
struct Profile {
    name: String,
    #[serde(default)]
    mode: Option<String>,
    #[serde(default)]
    access_key_id: Option<String>,
    #[serde(default)]
    access_key_secret: Option<String>,
    #[serde(default)]
    sts_token: Option<String>,
}

impl CliProfileCredentials {
    /// The file below the home directory of `env`.
    pub fn new(env: Environment) -> CliProfileCredentials {
        let path = env.home().map(|h| h.join(".aliyun").join("config.json"));
        CliProfileCredentials {
            env,
            path,
            profile: None,
        }
    }

    /// Reads `path` instead of `~/.aliyun/config.json`.
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> CliProfileCredentials {
        self.path = Some(path.into());
        self
    }

    /// Uses `profile` whatever the environment and the file say.
    pub fn with_profile(mut self, profile: impl Into<String>) -> CliProfileCredentials {
        self.profile = Some(profile.into());
        self
    }

    fn requested_profile(&self) -> Option<String> {
        self.profile
            .clone()
            .or_else(|| self.env.var(PROFILE_VARIABLE))
    }
}

impl ProvideCredentials for CliProfileCredentials {
    fn provide(&self) -> Result<Option<Credentials>, CredentialsError> {
        if self.env.flag(DISABLED_VARIABLE) {
            return Ok(None);
        }
        let Some(path) = &self.path else {
            return Ok(None);
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(file_error(path, None, format!("cannot read: {e}"))),
        };
        let file: ConfigFile = serde_json::from_str(&text)
            .map_err(|e| file_error(path, None, format!("not a valid CLI config file: {e}")))?;
        let requested = self.requested_profile();
        let name = match requested.clone().or(file.current.clone()) {
            Some(name) => name,
            None => {
                return Err(file_error(
                    path,
                    None,
                    "no profile is current and none was named (set ALIBABA_CLOUD_PROFILE)".into(),
                ))
            }
        };
        let Some(profile) = file.profiles.iter().find(|p| p.name == name) else {
            let known: Vec<&str> = file.profiles.iter().map(|p| p.name.as_str()).collect();
            return Err(file_error(
                path,
                Some(&name),
                format!("no such profile; the file has {known:?}"),
            ));
        };
        let mode = profile.mode.as_deref().unwrap_or("AK");
        let field = |value: &Option<String>, field: &str| -> Result<String, CredentialsError> {
            value
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .ok_or_else(|| file_error(path, Some(&name), format!("mode {mode} needs {field}")))
        };
        match mode {
            "AK" => Ok(Some(Credentials::new(
                field(&profile.access_key_id, "access_key_id")?,
                field(&profile.access_key_secret, "access_key_secret")?,
            ))),
            "StsToken" => Ok(Some(
                Credentials::new(
                    field(&profile.access_key_id, "access_key_id")?,
                    field(&profile.access_key_secret, "access_key_secret")?,
                )
                .with_security_token(field(&profile.sts_token, "sts_token")?),
            )),
            other => Err(file_error(
                path,
                Some(&name),
                format!("mode {other:?} is not supported; use AK or StsToken"),
            )),
        }
    }

    fn name(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => "~/.aliyun/config.json (no home directory)".to_string(),
        }
    }
}
