//! The environment variables the providers read: the official libraries' `ALIBABA_CLOUD_*` set,
//! and two of this client's own, `MMS_STS_ENDPOINT` and `MMS_ECS_METADATA_ENDPOINT`.

/// AccessKey ID (environment provider).
pub const ACCESS_KEY_ID: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
/// AccessKey secret (environment provider).
pub const ACCESS_KEY_SECRET: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
/// STS security token (environment provider); makes the environment's keys STS credentials.
pub const SECURITY_TOKEN: &str = "ALIBABA_CLOUD_SECURITY_TOKEN";

/// The profile of `~/.aliyun/config.json` and the section of the INI file.
pub const PROFILE: &str = "ALIBABA_CLOUD_PROFILE";
/// `true` (any case) skips `~/.aliyun/config.json`.
pub const CLI_PROFILE_DISABLED: &str = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";
/// The INI file instead of `~/.alibabacloud/credentials.ini`.
pub const CREDENTIALS_FILE: &str = "ALIBABA_CLOUD_CREDENTIALS_FILE";

/// The ECS RAM role's name; without it the role is discovered from the metadata service.
pub const ECS_METADATA: &str = "ALIBABA_CLOUD_ECS_METADATA";
/// `true` (any case) leaves the ECS RAM role provider out.
pub const ECS_METADATA_DISABLED: &str = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
/// `true` (any case) makes the IMDSv2 token mandatory: no fallback to IMDSv1.
pub const IMDSV1_DISABLED: &str = "ALIBABA_CLOUD_IMDSV1_DISABLED";

/// The role to assume (OIDC, and the default of RamRoleArn).
pub const ROLE_ARN: &str = "ALIBABA_CLOUD_ROLE_ARN";
/// The OIDC identity provider's ARN.
pub const OIDC_PROVIDER_ARN: &str = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
/// The file holding the OIDC token (in ACK with RRSA, the projected service account token).
pub const OIDC_TOKEN_FILE: &str = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
/// The default role session name of RamRoleArn and OIDC.
pub const ROLE_SESSION_NAME: &str = "ALIBABA_CLOUD_ROLE_SESSION_NAME";
/// The region of the STS endpoint: `sts.<region>.aliyuncs.com`.
pub const STS_REGION: &str = "ALIBABA_CLOUD_STS_REGION";
/// `true` (any case), with a region: the VPC endpoint `sts-vpc.<region>.aliyuncs.com`.
pub const VPC_ENDPOINT_ENABLED: &str = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";

/// A URL answering credentials as JSON (the credentials URI provider, last in the chain).
pub const CREDENTIALS_URI: &str = "ALIBABA_CLOUD_CREDENTIALS_URI";

/// This client's own: where STS requests go instead of the region's endpoint, as a host
/// (HTTPS) or a URL with scheme and port, such as `http://127.0.0.1:9100` for an emulator.
pub const MMS_STS_ENDPOINT: &str = "MMS_STS_ENDPOINT";
/// This client's own: where ECS metadata requests go instead of `http://100.100.100.200`, as a
/// host (HTTP) or a URL with scheme and port.
pub const MMS_ECS_METADATA_ENDPOINT: &str = "MMS_ECS_METADATA_ENDPOINT";

/// The home directory (then `USERPROFILE`).
pub const HOME: &str = "HOME";
