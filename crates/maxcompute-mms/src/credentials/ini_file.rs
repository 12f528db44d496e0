//! The credentials INI file of the official SDKs, `~/.alibabacloud/credentials.ini`.

use std::{path::PathBuf, sync::Arc};

use futures::future::BoxFuture;

use super::{
    error::{file_error, unavailable},
    settings::{ProfileRole, Settings},
    variables::{CREDENTIALS_FILE, PROFILE},
    Credentials, CredentialsError, Environment, ProvideCredentials, StaticCredentials,
};

/// The provider name of the INI file.
pub(crate) const NAME: &str = "ini_profile";

/// The types this client builds, for messages.
const SUPPORTED_TYPES: &str = "access_key, ram_role_arn, oidc_role_arn, ecs_ram_role";

/// Credentials of a section of the INI file: `ALIBABA_CLOUD_CREDENTIALS_FILE` or
/// `~/.alibabacloud/credentials.ini`, section `ALIBABA_CLOUD_PROFILE` or `default`.
///
/// Types `access_key` (`access_key_id`, `access_key_secret`), `ram_role_arn` (those plus
/// `role_arn`, `role_session_name`, `policy`), `oidc_role_arn` (`role_arn`,
/// `oidc_provider_arn`, `oidc_token_file_path`, `role_session_name`, `policy`) and
/// `ecs_ram_role` (`role_name`). The file is read once, at the first call that finds it.
#[derive(Debug)]
pub struct IniFileCredentials {
    settings: Settings,
    profile: Option<String>,
    resolved: tokio::sync::OnceCell<Arc<dyn ProvideCredentials>>,
}

impl IniFileCredentials {
    /// Reads the file `env` points to.
    pub fn new(env: Environment) -> IniFileCredentials {
        IniFileCredentials::with_settings(Settings::new(env))
    }

    pub(crate) fn with_settings(settings: Settings) -> IniFileCredentials {
        IniFileCredentials {
            settings,
            profile: None,
            resolved: tokio::sync::OnceCell::new(),
        }
    }

    /// Uses section `profile` whatever the environment says.
    pub fn with_profile(mut self, profile: impl Into<String>) -> IniFileCredentials {
        self.profile = Some(profile.into());
        self
    }

    /// The file and whether it was named explicitly (then it must exist).
    fn path(&self) -> Option<(PathBuf, bool)> {
        match self.settings.env.var(CREDENTIALS_FILE) {
            Some(path) => Some((PathBuf::from(path), true)),
            None => self
                .settings
                .env
                .home()
                .map(|h| (h.join(".alibabacloud").join("credentials.ini"), false)),
        }
    }

    /// Reads the file (without blocking the runtime) and builds the provider of the section.
    async fn resolve(&self) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let Some((path, explicit)) = self.path() else {
            return Err(unavailable(NAME, "no home directory (HOME is not set)"));
        };
        let text = match tokio::fs::read_to_string(&path).await {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                return Err(unavailable(
                    NAME,
                    format!("{} does not exist", path.display()),
                ))
            }
            Err(e) => return Err(file_error(&path, None, format!("cannot read: {e}"))),
        };
        self.build(&path, &text)
    }

    fn build(
        &self,
        path: &std::path::Path,
        text: &str,
    ) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let ini = ini::Ini::load_from_str(text)
            .map_err(|e| file_error(path, None, format!("not a valid INI file: {e}")))?;
        let section = self
            .profile
            .clone()
            .or_else(|| self.settings.env.var(PROFILE))
            .unwrap_or_else(|| "default".to_string());
        let Some(props) = ini.section(Some(section.as_str())) else {
            let known: Vec<&str> = ini.sections().flatten().collect();
            return Err(file_error(
                path,
                Some(&section),
                format!("no such section; the file has {known:?}"),
            ));
        };
        let get = |key: &str| {
            props
                .get(key)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let error = |problem: String| file_error(path, Some(&section), problem);
        let in_section = |e: CredentialsError| error(e.to_string());
        let kind = get("type").ok_or_else(|| error("no type given".into()))?;
        let required =
            |key: &str| get(key).ok_or_else(|| error(format!("type {kind} needs {key}")));
        let role = || ProfileRole {
            role_arn: get("role_arn"),
            session_name: get("role_session_name"),
            policy: get("policy"),
            ..ProfileRole::default()
        };
        let provider: Arc<dyn ProvideCredentials> = match kind.as_str() {
            "access_key" => Arc::new(StaticCredentials::new(Credentials::new(
                required("access_key_id")?,
                required("access_key_secret")?,
            ))),
            "ram_role_arn" => {
                let source = Arc::new(StaticCredentials::new(Credentials::new(
                    required("access_key_id")?,
                    required("access_key_secret")?,
                )));
                required("role_arn")?;
                let builder = role().apply(self.settings.ram_role_arn(source));
                Arc::new(builder.build().map_err(in_section)?)
            }
            "oidc_role_arn" => {
                required("role_arn")?;
                let builder = role()
                    .apply_oidc(self.settings.oidc())
                    .oidc_provider_arn(required("oidc_provider_arn")?)
                    .oidc_token_file(required("oidc_token_file_path")?);
                Arc::new(builder.build().map_err(in_section)?)
            }
            "ecs_ram_role" => {
                let mut builder = self.settings.ecs();
                if let Some(role) = get("role_name") {
                    builder = builder.role_name(role);
                }
                Arc::new(builder.build().map_err(in_section)?)
            }
            other => {
                return Err(error(format!(
                    "type {other:?} is not supported; use one of {SUPPORTED_TYPES}"
                )))
            }
        };
        Ok(provider)
    }
}

impl ProvideCredentials for IniFileCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            let provider = self.resolved.get_or_try_init(|| self.resolve()).await?;
            provider.provide().await
        })
    }

    /// `ini_profile`, then the section's provider once the file was read.
    fn name(&self) -> String {
        match self.resolved.get() {
            Some(provider) => format!("{NAME}/{}", provider.name()),
            None => NAME.to_string(),
        }
    }
}
