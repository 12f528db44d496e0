//! The Alibaba Cloud CLI's profile file, `~/.aliyun/config.json`.

use std::{path::PathBuf, sync::Arc};

use futures::future::BoxFuture;
use serde::Deserialize;

use super::{
    error::{file_error, unavailable},
    settings::{ProfileRole, Settings},
    variables::{CLI_PROFILE_DISABLED, PROFILE},
    Credentials, CredentialsError, Environment, ProvideCredentials, StaticCredentials,
};

/// The provider name of the CLI profile file.
pub(crate) const NAME: &str = "cli_profile";

/// The modes this client builds, for messages.
const SUPPORTED_MODES: &str = "AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC";

/// Credentials of a profile of `~/.aliyun/config.json`: the profile named explicitly, else by
/// `ALIBABA_CLOUD_PROFILE`, else the file's `current` one.
///
/// Modes `AK`, `StsToken`, `RamRoleArn` (an AccessKey assuming a role), `ChainableRamRoleArn`
/// (another profile's credentials assuming a role; a loop of profiles is refused), `EcsRamRole`
/// and `OIDC`. `CloudSSO`, `External` and `OAuth` are refused with a one-line error naming the
/// mode. The file is read once, at the first call that finds it; the provider it describes is
/// kept, so its credentials are cached and refreshed.
#[derive(Debug)]
pub struct CliProfileCredentials {
    settings: Settings,
    path: Option<PathBuf>,
    profile: Option<String>,
    resolved: tokio::sync::OnceCell<Arc<dyn ProvideCredentials>>,
}

#[derive(Deserialize)]
struct ConfigFile {
    #[serde(default)]
    current: Option<String>,
    #[serde(default)]
    profiles: Vec<Profile>,
}

/// One profile, with every field a supported mode reads. No `Debug`: it holds secrets.
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
    #[serde(default)]
    ram_role_arn: Option<String>,
    #[serde(default)]
    ram_session_name: Option<String>,
    /// What the Python library reads for OIDC; the CLI writes `ram_session_name`.
    #[serde(default)]
    role_session_name: Option<String>,
    #[serde(default)]
    expired_seconds: Option<u64>,
    #[serde(default)]
    sts_region: Option<String>,
    #[serde(default)]
    enable_vpc: Option<bool>,
    #[serde(default)]
    policy: Option<String>,
    #[serde(default)]
    external_id: Option<String>,
    #[serde(default)]
    source_profile: Option<String>,
    #[serde(default)]
    ram_role_name: Option<String>,
    #[serde(default)]
    oidc_provider_arn: Option<String>,
    #[serde(default)]
    oidc_token_file: Option<String>,
}

impl Profile {
    fn role(&self) -> ProfileRole {
        ProfileRole {
            role_arn: self.ram_role_arn.clone(),
            session_name: self
                .ram_session_name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .or_else(|| self.role_session_name.clone()),
            duration_seconds: self.expired_seconds,
            sts_region: self.sts_region.clone(),
            vpc: self.enable_vpc,
            policy: self.policy.clone(),
            external_id: self.external_id.clone(),
        }
    }
}

impl CliProfileCredentials {
    /// The file below the home directory of `env`.
    pub fn new(env: Environment) -> CliProfileCredentials {
        CliProfileCredentials::with_settings(Settings::new(env))
    }

    pub(crate) fn with_settings(settings: Settings) -> CliProfileCredentials {
        let path = settings
            .env
            .home()
            .map(|h| h.join(".aliyun").join("config.json"));
        CliProfileCredentials {
            settings,
            path,
            profile: None,
            resolved: tokio::sync::OnceCell::new(),
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

    /// Reads the file (without blocking the runtime) and builds the provider of the chosen
    /// profile.
    async fn resolve(&self) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        if self.settings.env.flag(CLI_PROFILE_DISABLED) {
            return Err(unavailable(
                NAME,
                format!("disabled by {CLI_PROFILE_DISABLED}=true"),
            ));
        }
        let Some(path) = &self.path else {
            return Err(unavailable(NAME, "no home directory (HOME is not set)"));
        };
        let text = match tokio::fs::read_to_string(path).await {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(unavailable(
                    NAME,
                    format!("{} does not exist", path.display()),
                ))
            }
            Err(e) => return Err(file_error(path, None, format!("cannot read: {e}"))),
        };
        self.build(path, &text)
    }

    fn build(
        &self,
        path: &std::path::Path,
        text: &str,
    ) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let file: ConfigFile = serde_json::from_str(text)
            .map_err(|e| file_error(path, None, format!("not a valid CLI config file: {e}")))?;
        let requested = self
            .profile
            .clone()
            .or_else(|| self.settings.env.var(PROFILE));
        let Some(name) = requested.or(file.current.clone()) else {
            return Err(file_error(
                path,
                None,
                format!("no profile is current and none was named (set {PROFILE})"),
            ));
        };
        let mut resolver = Resolver {
            settings: &self.settings,
            path,
            file: &file,
            visiting: Vec::new(),
        };
        resolver.build(&name)
    }
}

/// Builds the provider of a profile, following `source_profile` links.
struct Resolver<'a> {
    settings: &'a Settings,
    path: &'a std::path::Path,
    file: &'a ConfigFile,
    /// The profiles being built, outermost first, to refuse a loop.
    visiting: Vec<String>,
}

impl Resolver<'_> {
    fn build(&mut self, name: &str) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let path = self.path;
        let file = self.file;
        let Some(profile) = file.profiles.iter().find(|p| p.name == name) else {
            let known: Vec<&str> = file.profiles.iter().map(|p| p.name.as_str()).collect();
            return Err(file_error(
                path,
                Some(name),
                format!("no such profile; the file has {known:?}"),
            ));
        };
        if self.visiting.iter().any(|v| v == name) {
            let mut chain = self.visiting.clone();
            chain.push(name.to_string());
            return Err(file_error(
                path,
                Some(name),
                format!("source_profile links form a loop: {}", chain.join(" -> ")),
            ));
        }
        self.visiting.push(name.to_string());
        let mode = profile.mode.as_deref().unwrap_or("AK");
        let error = |problem: String| file_error(path, Some(name), problem);
        // An invalid role setting is reported against the profile that holds it.
        let in_profile = |e: CredentialsError| error(e.to_string());
        let field = |value: &Option<String>, field: &str| -> Result<String, CredentialsError> {
            value
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .ok_or_else(|| error(format!("mode {mode} needs {field}")))
        };
        let access_key = || -> Result<Credentials, CredentialsError> {
            Ok(Credentials::new(
                field(&profile.access_key_id, "access_key_id")?,
                field(&profile.access_key_secret, "access_key_secret")?,
            ))
        };
        let provider: Arc<dyn ProvideCredentials> = match mode {
            "AK" => Arc::new(StaticCredentials::new(access_key()?)),
            "StsToken" => Arc::new(StaticCredentials::new(
                access_key()?.with_security_token(field(&profile.sts_token, "sts_token")?),
            )),
            "RamRoleArn" => {
                field(&profile.ram_role_arn, "ram_role_arn")?;
                let source = Arc::new(StaticCredentials::new(access_key()?));
                let builder = profile.role().apply(self.settings.ram_role_arn(source));
                Arc::new(builder.build().map_err(in_profile)?)
            }
            "ChainableRamRoleArn" => {
                field(&profile.ram_role_arn, "ram_role_arn")?;
                let source_name = field(&profile.source_profile, "source_profile")?;
                let source = self.build(&source_name)?;
                let builder = profile.role().apply(self.settings.ram_role_arn(source));
                Arc::new(builder.build().map_err(in_profile)?)
            }
            "EcsRamRole" => {
                let mut builder = self.settings.ecs();
                if let Some(role) = profile
                    .ram_role_name
                    .as_deref()
                    .filter(|r| !r.trim().is_empty())
                {
                    builder = builder.role_name(role);
                }
                Arc::new(builder.build().map_err(in_profile)?)
            }
            "OIDC" => {
                field(&profile.ram_role_arn, "ram_role_arn")?;
                let provider_arn = field(&profile.oidc_provider_arn, "oidc_provider_arn")?;
                let token_file = field(&profile.oidc_token_file, "oidc_token_file")?;
                let builder = profile
                    .role()
                    .apply_oidc(self.settings.oidc())
                    .oidc_provider_arn(provider_arn)
                    .oidc_token_file(token_file);
                Arc::new(builder.build().map_err(in_profile)?)
            }
            "CloudSSO" | "External" | "OAuth" => {
                return Err(error(format!(
                    "mode {mode:?} is not supported by this client; use one of {SUPPORTED_MODES}"
                )))
            }
            other => {
                return Err(error(format!(
                    "mode {other:?} is not supported; use one of {SUPPORTED_MODES}"
                )))
            }
        };
        self.visiting.pop();
        Ok(provider)
    }
}

impl ProvideCredentials for CliProfileCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            let provider = self.resolved.get_or_try_init(|| self.resolve()).await?;
            provider.provide().await
        })
    }

    /// `cli_profile`, then the profile's provider once the file was read, e.g.
    /// `cli_profile/ram_role_arn/static_ak`.
    fn name(&self) -> String {
        match self.resolved.get() {
            Some(provider) => format!("{NAME}/{}", provider.name()),
            None => NAME.to_string(),
        }
    }
}
