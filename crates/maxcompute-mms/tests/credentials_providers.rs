//! Each provider on its own, against the emulated STS and ECS metadata service (and a fixed
//! loopback server for the credentials URI and hostile answers).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

mod credentials_support;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use credentials_support::*;
use maxcompute_mms::credentials::{
    CliProfileCredentials, Credentials, CredentialsError, CredentialsUriCredentials,
    EcsRamRoleCredentials, Environment, IniFileCredentials, OidcRoleArnCredentials,
    ProvideCredentials, RamRoleArnCredentials, StaticCredentials,
};
use mms_emulator::{KeyStore, MetadataConfig};

fn no_env() -> Environment {
    Environment::from_vars(Vec::<(String, String)>::new())
}

fn source() -> Arc<dyn ProvideCredentials> {
    Arc::new(StaticCredentials::new(Credentials::new(
        SOURCE_ID,
        SOURCE_SECRET,
    )))
}

#[tokio::test]
async fn ram_role_arn_assumes_the_role_and_a_chained_role_sends_its_token() {
    let time = ManualClock::new();
    let s = services(time.clock(), |c| c).await;
    let role = RamRoleArnCredentials::builder(source())
        .role_arn(ROLE)
        .role_session_name("nightly")
        .duration(Duration::from_secs(900))
        .policy(r#"{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "odps:*", "Resource": "*"}]}"#)
        .external_id("ext-id_2024.v1")
        .sts_endpoint(s.sts.base_url())
        .environment(no_env())
        .clock(time.clock())
        .build()
        .unwrap();
    assert_eq!(role.name(), "ram_role_arn/static_ak");
    let first = role.provide().await.unwrap();
    assert!(first.access_key_id().starts_with("STS."));
    assert!(first.security_token().is_some());
    assert!(
        s.keys.get(first.access_key_id()).is_some(),
        "issued by the emulator"
    );
    // Cached: no second STS call.
    assert_eq!(role.provide().await.unwrap(), first);
    assert_eq!(s.sts.assume_role_count(), 1);

    // A role assumed with those STS credentials (the token goes along, or STS refuses).
    let chained = RamRoleArnCredentials::builder(Arc::new(role))
        .role_arn("acs:ram::1234567890123456:role/target")
        .sts_endpoint(s.sts.base_url())
        .environment(no_env())
        .clock(time.clock())
        .build()
        .unwrap();
    assert_eq!(chained.name(), "ram_role_arn/ram_role_arn/static_ak");
    let second = chained.provide().await.unwrap();
    assert_ne!(second.access_key_id(), first.access_key_id());
    assert_eq!(s.sts.assume_role_count(), 2);
}

#[tokio::test]
async fn ram_role_arn_settings_are_checked_before_anything_is_sent() {
    let build = |f: fn(
        maxcompute_mms::credentials::RamRoleArnCredentialsBuilder,
    ) -> maxcompute_mms::credentials::RamRoleArnCredentialsBuilder| {
        f(RamRoleArnCredentials::builder(source()).environment(no_env()))
            .build()
            .unwrap_err()
            .to_string()
    };
    let err = build(|b| b.role_arn(ROLE).duration(Duration::from_secs(899)));
    assert!(err.contains("899 s is below the minimum of 900 s"), "{err}");
    let err = build(|b| b);
    assert!(err.contains("ALIBABA_CLOUD_ROLE_ARN"), "{err}");
    let err = build(|b| b.role_arn("not-an-arn"));
    assert!(
        err.contains("acs:ram::<account id>:role/<role name>"),
        "{err}"
    );
    let err = build(|b| b.role_arn(ROLE).role_session_name("has space"));
    assert!(err.contains("role session name"), "{err}");
    let err = build(|b| b.role_arn(ROLE).sts_endpoint("ftp://sts"));
    assert!(err.contains("STS endpoint"), "{err}");
    // The role ARN, the session name and the endpoint can come from the environment.
    let from_env = RamRoleArnCredentials::builder(source())
        .environment(Environment::from_vars([
            ("ALIBABA_CLOUD_ROLE_ARN", ROLE),
            ("ALIBABA_CLOUD_ROLE_SESSION_NAME", "from-env"),
            ("MMS_STS_ENDPOINT", "http://127.0.0.1:9"),
        ]))
        .build()
        .unwrap();
    let debug = format!("{from_env:?}");
    assert!(
        debug.contains("from-env") && debug.contains("http://127.0.0.1:9"),
        "{debug}"
    );
}

#[tokio::test]
async fn a_source_that_is_not_configured_is_an_error_not_a_reason_to_move_on() {
    let role = RamRoleArnCredentials::builder(Arc::new(
        maxcompute_mms::credentials::EnvironmentCredentials::new(no_env()),
    ))
    .role_arn(ROLE)
    .sts_endpoint("http://127.0.0.1:9")
    .environment(no_env())
    .build()
    .unwrap();
    let err = role.provide().await.unwrap_err();
    assert!(!err.is_unavailable(), "{err:?}");
    assert!(err.to_string().contains("source credentials"), "{err}");
}

#[tokio::test]
async fn oidc_reads_the_token_file_again_at_every_refresh() {
    let time = ManualClock::new();
    let s = services(time.clock(), |c| {
        c.oidc_provider(OIDC_PROVIDER, "first-oidc-token-value")
            .lifetime(Duration::from_secs(900))
    })
    .await;
    let home = tempfile::tempdir().unwrap();
    // A trailing line break (an editor's) is not part of the token.
    let file = write(home.path(), "token", "first-oidc-token-value\n");
    let oidc = OidcRoleArnCredentials::builder()
        .environment(Environment::from_vars([
            ("ALIBABA_CLOUD_ROLE_ARN", ROLE),
            ("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", OIDC_PROVIDER),
            ("ALIBABA_CLOUD_OIDC_TOKEN_FILE", file.to_str().unwrap()),
            ("MMS_STS_ENDPOINT", s.sts.base_url().as_str()),
        ]))
        .clock(time.clock())
        .build()
        .unwrap();
    let first = oidc.provide().await.unwrap();
    assert_eq!(s.sts.oidc_count(), 1);
    // Kubernetes rotates the token; STS no longer accepts the old one.
    s.sts
        .accept_oidc_token(OIDC_PROVIDER, "second-oidc-token-value");
    s.sts.revoke_oidc_token("first-oidc-token-value");
    std::fs::write(&file, "second-oidc-token-value").unwrap();
    time.set_secs(600); // 900 s lifetime: refreshed a third ahead
    let second = oidc.provide().await.unwrap();
    assert_ne!(first.access_key_id(), second.access_key_id());
    assert_eq!(s.sts.oidc_count(), 2);
    // A token STS refuses is an error naming STS's answer, never the token.
    std::fs::write(&file, "revoked-oidc-token-value").unwrap();
    time.set_secs(1500);
    let err = oidc.provide().await.unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(
        text.contains("AuthenticationFail.OIDCToken.Invalid"),
        "{text}"
    );
    assert!(!text.contains("revoked-oidc-token-value"), "{text}");
}

async fn metadata(
    config: impl FnOnce(MetadataConfig) -> MetadataConfig,
) -> (KeyStore, mms_emulator::RunningMetadata) {
    let keys = KeyStore::new();
    let running = mms_emulator::start_metadata(config(MetadataConfig::new(keys.clone())))
        .await
        .unwrap();
    (keys, running)
}

fn ecs(endpoint: &str) -> maxcompute_mms::credentials::EcsRamRoleCredentialsBuilder {
    EcsRamRoleCredentials::builder()
        .environment(no_env())
        .metadata_endpoint(endpoint)
}

#[tokio::test]
async fn ecs_uses_an_imdsv2_token_and_discovers_the_role() {
    let (keys, imds) = metadata(|c| c.role_name("EcsMigration").require_token(true)).await;
    let provider = ecs(&imds.base_url()).build().unwrap();
    let credentials = provider.provide().await.unwrap();
    assert!(keys.get(credentials.access_key_id()).is_some());
    assert_eq!(imds.token_requests(), 1, "one token per refresh");
    assert_eq!(imds.metadata_requests(), 2, "role list, then the role");
    assert_eq!(imds.requests_without_token(), 0);
    // A given role skips discovery.
    let named = ecs(&imds.base_url())
        .role_name("EcsMigration")
        .build()
        .unwrap();
    named.provide().await.unwrap();
    assert_eq!(imds.metadata_requests(), 3);
    // A role the instance does not have.
    let wrong = ecs(&imds.base_url()).role_name("Other").build().unwrap();
    let err = wrong.provide().await.unwrap_err();
    assert!(
        err.to_string().contains("\"Other\" is not attached"),
        "{err}"
    );
}

#[tokio::test]
async fn ecs_falls_back_to_imdsv1_unless_that_is_disabled() {
    let (_keys, imds) = metadata(|c| c.token_endpoint_down(true)).await;
    ecs(&imds.base_url())
        .build()
        .unwrap()
        .provide()
        .await
        .unwrap();
    assert_eq!(imds.requests_without_token(), 2);

    let strict = ecs(&imds.base_url()).disable_imds_v1(true).build().unwrap();
    let err = strict.provide().await.unwrap_err();
    assert!(err.to_string().contains("IMDSv1 is disabled"), "{err}");
    let from_env = EcsRamRoleCredentials::builder()
        .environment(Environment::from_vars([
            ("ALIBABA_CLOUD_IMDSV1_DISABLED", "TRUE"),
            ("MMS_ECS_METADATA_ENDPOINT", imds.base_url().as_str()),
        ]))
        .build()
        .unwrap();
    assert!(from_env.provide().await.is_err());
    assert_eq!(
        imds.requests_without_token(),
        2,
        "nothing sent without a token"
    );
}

#[tokio::test]
async fn ecs_checks_the_code_and_the_fields_of_the_answer() {
    let expiration = SystemTime::now() + Duration::from_secs(3600);
    let server = FixedServer::start(200, &credentials_json("Failure", "STS.x", expiration)).await;
    let provider = ecs(&server.url("")).role_name("r").build().unwrap();
    let err = provider.provide().await.unwrap_err();
    assert!(err.to_string().contains("Code Some(\"Failure\")"), "{err}");
    server.set(200, r#"{"Code": "Success", "AccessKeyId": "STS.x"}"#);
    let err = provider.provide().await.unwrap_err();
    assert!(err.to_string().contains("AccessKeySecret"), "{err}");
    let date = acs_sign::format_acs3_date(expiration);
    server.set(
        200,
        &credentials_json("Success", "STS.x", expiration).replace(&date, &date.replace('T', " ")),
    );
    let err = provider.provide().await.unwrap_err();
    assert!(err.to_string().contains("Expiration"), "{err}");
    server.set(200, &credentials_json("Success", "STS.ok", expiration));
    assert_eq!(provider.provide().await.unwrap().access_key_id(), "STS.ok");
}

#[tokio::test]
async fn ecs_on_a_host_without_a_metadata_service_is_unavailable() {
    // Nothing listens on port 9 of loopback.
    let provider = ecs("http://127.0.0.1:9").build().unwrap();
    let err = provider.provide().await.unwrap_err();
    assert!(err.is_unavailable(), "{err:?}");
    assert!(
        err.to_string()
            .contains("cannot reach the ECS metadata service"),
        "{err}"
    );
    let disabled = EcsRamRoleCredentials::builder()
        .environment(Environment::from_vars([(
            "ALIBABA_CLOUD_ECS_METADATA_DISABLED",
            "true",
        )]))
        .build()
        .unwrap();
    let err = disabled.provide().await.unwrap_err();
    assert!(
        err.is_unavailable() && err.to_string().contains("disabled"),
        "{err}"
    );
}

#[tokio::test]
async fn the_credentials_uri_answers_credentials_with_a_success_code() {
    let expiration = SystemTime::now() + Duration::from_secs(3600);
    let server = FixedServer::start(200, &credentials_json("Success", "STS.uri", expiration)).await;
    let uri = server.url("/credentials?token=uri-query-secret");
    let provider = CredentialsUriCredentials::builder()
        .environment(Environment::from_vars([(
            "ALIBABA_CLOUD_CREDENTIALS_URI",
            uri.as_str(),
        )]))
        .build()
        .unwrap();
    assert_eq!(provider.name(), "credential_uri");
    assert_eq!(provider.provide().await.unwrap().access_key_id(), "STS.uri");
    assert!(!format!("{provider:?}").contains("uri-query-secret"));

    let failing = CredentialsUriCredentials::builder()
        .uri(uri.clone())
        .build()
        .unwrap();
    server.set(200, &credentials_json("Failure", "STS.uri", expiration));
    let err = failing.provide().await.unwrap_err();
    assert!(err.to_string().contains("not \"Success\""), "{err}");
    server.set(503, "{}");
    let err = failing.provide().await.unwrap_err();
    assert!(
        matches!(
            err,
            CredentialsError::Service {
                status: Some(503),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(!err.to_string().contains("uri-query-secret"), "{err}");

    let none = CredentialsUriCredentials::builder()
        .environment(no_env())
        .build()
        .unwrap();
    assert!(none.provide().await.unwrap_err().is_unavailable());
}

/// What the profile tests run against: STS, accepting `oidc_token` from the test OIDC provider,
/// and a metadata service; a home holding that token in `oidc-token`; and an environment of
/// that home sending STS and metadata calls to the two services.
struct ProfileWorld {
    services: Services,
    imds: mms_emulator::RunningMetadata,
    _imds_keys: KeyStore,
    home: tempfile::TempDir,
    token_file: std::path::PathBuf,
    env: Environment,
}

async fn profile_world(oidc_token: &str) -> ProfileWorld {
    let time = ManualClock::new();
    let services = services(time.clock(), |c| c.oidc_provider(OIDC_PROVIDER, oidc_token)).await;
    let (imds_keys, imds) = metadata(|c| c).await;
    let home = tempfile::tempdir().unwrap();
    let token_file = write(home.path(), "oidc-token", oidc_token);
    let env = env(
        home.path(),
        &[
            ("MMS_STS_ENDPOINT", &services.sts.base_url()),
            ("MMS_ECS_METADATA_ENDPOINT", &imds.base_url()),
        ],
    );
    ProfileWorld {
        services,
        imds,
        _imds_keys: imds_keys,
        home,
        token_file,
        env,
    }
}

const PROFILES: &str = r#"{
  "current": "role",
  "profiles": [
    {"name": "ak", "mode": "AK", "access_key_id": "source-key-id", "access_key_secret": "source-secret-value-0123"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "source-key-id", "access_key_secret": "source-secret-value-0123",
     "ram_role_arn": "acs:ram::1234567890123456:role/mms-migration", "ram_session_name": "cli-session", "expired_seconds": 0},
    {"name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "role",
     "ram_role_arn": "acs:ram::1234567890123456:role/target", "expired_seconds": 1800},
    {"name": "short", "mode": "RamRoleArn", "access_key_id": "a", "access_key_secret": "b",
     "ram_role_arn": "acs:ram::1234567890123456:role/mms-migration", "expired_seconds": 600},
    {"name": "loop-a", "mode": "ChainableRamRoleArn", "source_profile": "loop-b", "ram_role_arn": "acs:ram::1:role/a"},
    {"name": "loop-b", "mode": "ChainableRamRoleArn", "source_profile": "loop-a", "ram_role_arn": "acs:ram::1:role/b"},
    {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "mms-emulator-role"},
    {"name": "oidc", "mode": "OIDC", "ram_role_arn": "acs:ram::1234567890123456:role/mms-migration",
     "oidc_provider_arn": "acs:ram::1234567890123456:oidc-provider/ack-rrsa-test", "oidc_token_file": "TOKEN_FILE",
     "ram_session_name": "pod-session"},
    {"name": "external", "mode": "External", "process_command": "echo"},
    {"name": "oauth", "mode": "OAuth", "oauth_site_type": "CN"}
  ]
}"#;

#[tokio::test]
async fn every_supported_cli_profile_mode_works_and_the_others_are_named() {
    let w = profile_world("profile-oidc-token").await;
    write(
        w.home.path(),
        ".aliyun/config.json",
        &PROFILES.replace("TOKEN_FILE", w.token_file.to_str().unwrap()),
    );
    let profile = |name: &str| CliProfileCredentials::new(w.env.clone()).with_profile(name);

    for (name, expected_name) in [
        ("ak", "cli_profile/static_ak"),
        ("role", "cli_profile/ram_role_arn/static_ak"),
        ("chained", "cli_profile/ram_role_arn/ram_role_arn/static_ak"),
        ("ecs", "cli_profile/ecs_ram_role"),
        ("oidc", "cli_profile/oidc_role_arn"),
    ] {
        let provider = profile(name);
        assert_eq!(provider.name(), "cli_profile", "before the file is read");
        let credentials = provider
            .provide()
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!credentials.access_key_id().is_empty());
        assert_eq!(provider.name(), expected_name);
    }
    // The file's current profile.
    let current = CliProfileCredentials::new(w.env.clone());
    current.provide().await.unwrap();
    assert_eq!(current.name(), "cli_profile/ram_role_arn/static_ak");

    let err = profile("short").provide().await.unwrap_err().to_string();
    assert!(
        err.contains("profile \"short\"") && err.contains("below the minimum of 900 s"),
        "{err}"
    );
    let err = profile("loop-a").provide().await.unwrap_err().to_string();
    assert!(err.contains("loop: loop-a -> loop-b -> loop-a"), "{err}");
    for (name, mode) in [("external", "External"), ("oauth", "OAuth")] {
        let err = profile(name).provide().await.unwrap_err().to_string();
        assert!(
            err.contains(&format!("mode {mode:?} is not supported")),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1);
    }
}

#[tokio::test]
async fn the_ini_file_types_ram_role_arn_oidc_and_ecs_work() {
    let w = profile_world("ini-oidc-token").await;
    write(
        w.home.path(),
        ".alibabacloud/credentials.ini",
        &format!(
            "[default]\ntype = ram_role_arn\naccess_key_id = {SOURCE_ID}\naccess_key_secret = {SOURCE_SECRET}\nrole_arn = {ROLE}\nrole_session_name = ini-session\n\n\
             [oidc]\ntype = oidc_role_arn\nrole_arn = {ROLE}\noidc_provider_arn = {OIDC_PROVIDER}\noidc_token_file_path = {}\n\n\
             [ecs]\ntype = ecs_ram_role\nrole_name = mms-emulator-role\n",
            w.token_file.display()
        ),
    );
    for (section, expected) in [
        ("default", "ini_profile/ram_role_arn/static_ak"),
        ("oidc", "ini_profile/oidc_role_arn"),
        ("ecs", "ini_profile/ecs_ram_role"),
    ] {
        let provider = IniFileCredentials::new(w.env.clone()).with_profile(section);
        provider
            .provide()
            .await
            .unwrap_or_else(|e| panic!("{section}: {e}"));
        assert_eq!(provider.name(), expected);
    }
    assert_eq!(w.services.sts.assume_role_count(), 1);
    assert_eq!(w.services.sts.oidc_count(), 1);
    assert_eq!(w.imds.issued_count(), 1);
}
