//! The credential sources and their order, with a temporary HOME and a fake environment: no real
//! file or variable is read, and the ECS metadata service is disabled (no test leaves loopback).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::path::Path;

use maxcompute_mms::credentials::{
    CliProfileCredentials, CredentialsChain, CredentialsError, Environment, EnvironmentCredentials,
    IniFileCredentials, ProvideCredentials,
};

const CLI_CONFIG: &str = r#"{
  "current": "work",
  "profiles": [
    {"name": "work", "mode": "AK", "access_key_id": "cli-ak-id", "access_key_secret": "cli-ak-secret", "region_id": "cn-hangzhou"},
    {"name": "sts", "mode": "StsToken", "access_key_id": "cli-sts-id", "access_key_secret": "cli-sts-secret", "sts_token": "cli-sts-token"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "x", "access_key_secret": "y", "ram_role_arn": "acs:ram::1:role/r"},
    {"name": "sso", "mode": "CloudSSO", "cloud_sso_sign_in_url": "https://signin.example.com/device/login"},
    {"name": "broken", "mode": "AK", "access_key_id": "only-id"}
  ]
}"#;

const INI: &str = "[default]\n# a comment\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = ini-secret\n\n[other]\ntype = access_key\naccess_key_id = ini-other-id\naccess_key_secret = ini-other-secret\n\n[ecs]\ntype = ecs_ram_role\nrole_name = r\n\n[rsa]\ntype = rsa_key_pair\npublic_key_id = k\n";

fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp home")
}

fn write(home: &Path, relative: &str, text: &str) {
    let path = home.join(relative);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn env(home: &Path, vars: &[(&str, &str)]) -> Environment {
    let mut all = vec![
        ("HOME".to_string(), home.display().to_string()),
        (
            "ALIBABA_CLOUD_ECS_METADATA_DISABLED".to_string(),
            "true".to_string(),
        ),
    ];
    all.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Environment::from_vars(all)
}

async fn id_of(chain: &CredentialsChain) -> String {
    chain
        .provide()
        .await
        .expect("credentials")
        .access_key_id()
        .to_string()
}

#[tokio::test]
async fn the_environment_comes_first() {
    let home = home();
    write(home.path(), ".aliyun/config.json", CLI_CONFIG);
    write(home.path(), ".alibabacloud/credentials.ini", INI);
    let env = env(
        home.path(),
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"),
        ],
    );
    assert_eq!(id_of(&CredentialsChain::default_chain(env)).await, "env-id");
}

#[tokio::test]
async fn the_environment_security_token_makes_sts_credentials() {
    let env = env(
        home().path(),
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"),
            ("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token"),
        ],
    );
    let creds = EnvironmentCredentials::new(env)
        .provide()
        .await
        .expect("credentials");
    assert_eq!(creds.security_token(), Some("env-token"));
}

#[tokio::test]
async fn half_an_environment_pair_is_an_error_naming_the_variable() {
    let env = env(home().path(), &[("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id")]);
    let err = CredentialsChain::default_chain(env)
        .provide()
        .await
        .expect_err("half a pair");
    assert!(matches!(err, CredentialsError::Environment { .. }));
    assert!(
        err.to_string().contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
        "{err}"
    );
}

#[tokio::test]
async fn the_cli_profile_file_uses_its_current_profile() {
    let home = home();
    write(home.path(), ".aliyun/config.json", CLI_CONFIG);
    assert_eq!(
        id_of(&CredentialsChain::default_chain(env(home.path(), &[]))).await,
        "cli-ak-id"
    );
}

#[tokio::test]
async fn alibaba_cloud_profile_selects_another_profile_and_sts_mode_works() {
    let home = home();
    write(home.path(), ".aliyun/config.json", CLI_CONFIG);
    let chain =
        CredentialsChain::default_chain(env(home.path(), &[("ALIBABA_CLOUD_PROFILE", "sts")]));
    let creds = chain.provide().await.expect("credentials");
    assert_eq!(creds.access_key_id(), "cli-sts-id");
    assert_eq!(creds.security_token(), Some("cli-sts-token"));
}

#[tokio::test]
async fn an_explicit_profile_wins_over_the_environment_variable() {
    let home = home();
    write(home.path(), ".aliyun/config.json", CLI_CONFIG);
    let env = env(home.path(), &[("ALIBABA_CLOUD_PROFILE", "work")]);
    assert_eq!(
        id_of(&CredentialsChain::with_profile(env, "sts")).await,
        "cli-sts-id"
    );
}

#[tokio::test]
async fn a_missing_profile_names_the_file_and_the_profile() {
    let home = home();
    write(home.path(), ".aliyun/config.json", CLI_CONFIG);
    let err = CredentialsChain::with_profile(env(home.path(), &[]), "nope")
        .provide()
        .await
        .expect_err("missing");
    let text = err.to_string();
    assert!(text.contains(".aliyun/config.json"), "{text}");
    assert!(text.contains("profile \"nope\""), "{text}");
    assert!(text.contains("work"), "lists the profiles there: {text}");
}

#[tokio::test]
async fn an_unsupported_mode_and_a_missing_field_are_named() {
    let home = home();
    write(home.path(), ".aliyun/config.json", CLI_CONFIG);
    let err = CliProfileCredentials::new(env(home.path(), &[]))
        .with_profile("sso")
        .provide()
        .await
        .expect_err("mode");
    let text = err.to_string();
    assert!(
        text.contains("mode \"CloudSSO\" is not supported"),
        "{text}"
    );
    assert!(text.contains("profile \"sso\""), "{text}");
    assert_eq!(text.lines().count(), 1, "{text}");
    let err = CliProfileCredentials::new(env(home.path(), &[]))
        .with_profile("broken")
        .provide()
        .await
        .expect_err("field");
    assert!(err.to_string().contains("needs access_key_secret"), "{err}");
    assert!(err.to_string().contains("profile \"broken\""), "{err}");
}

#[tokio::test]
async fn a_garbled_cli_file_is_an_error_naming_the_file_and_position() {
    let home = home();
    write(
        home.path(),
        ".aliyun/config.json",
        "{\"current\": \"work\", \"profiles\": [",
    );
    let err = CredentialsChain::default_chain(env(home.path(), &[]))
        .provide()
        .await
        .expect_err("garbled");
    let text = err.to_string();
    assert!(text.contains(".aliyun/config.json"), "{text}");
    assert!(text.contains("not a valid CLI config file"), "{text}");
    assert!(text.contains("line"), "names the position: {text}");
}

#[tokio::test]
async fn the_cli_file_can_be_disabled() {
    let home = home();
    write(home.path(), ".aliyun/config.json", CLI_CONFIG);
    write(home.path(), ".alibabacloud/credentials.ini", INI);
    let env = env(
        home.path(),
        &[("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true")],
    );
    assert_eq!(id_of(&CredentialsChain::default_chain(env)).await, "ini-id");
}

#[tokio::test]
async fn the_ini_file_is_read_by_section() {
    let home = home();
    write(home.path(), ".alibabacloud/credentials.ini", INI);
    assert_eq!(
        id_of(&CredentialsChain::default_chain(env(home.path(), &[]))).await,
        "ini-id"
    );
    let env = env(home.path(), &[("ALIBABA_CLOUD_PROFILE", "other")]);
    assert_eq!(
        id_of(&CredentialsChain::default_chain(env)).await,
        "ini-other-id"
    );
}

#[tokio::test]
async fn the_ini_file_can_be_named_and_must_then_exist() {
    let home = home();
    write(home.path(), "elsewhere.ini", INI);
    let named = home.path().join("elsewhere.ini").display().to_string();
    let env1 = env(
        home.path(),
        &[("ALIBABA_CLOUD_CREDENTIALS_FILE", named.as_str())],
    );
    assert_eq!(
        id_of(&CredentialsChain::default_chain(env1)).await,
        "ini-id"
    );
    let missing = home.path().join("missing.ini").display().to_string();
    let env2 = env(
        home.path(),
        &[("ALIBABA_CLOUD_CREDENTIALS_FILE", missing.as_str())],
    );
    let err = IniFileCredentials::new(env2)
        .provide()
        .await
        .expect_err("missing file");
    assert!(err.to_string().contains("missing.ini"), "{err}");
}

#[tokio::test]
async fn an_unsupported_ini_type_is_named() {
    let home = home();
    write(home.path(), ".alibabacloud/credentials.ini", INI);
    let err = IniFileCredentials::new(env(home.path(), &[]))
        .with_profile("rsa")
        .provide()
        .await
        .expect_err("type");
    assert!(
        err.to_string()
            .contains("type \"rsa_key_pair\" is not supported"),
        "{err}"
    );
}

#[tokio::test]
async fn nothing_configured_lists_every_source_tried() {
    let home = home();
    let err = CredentialsChain::default_chain(env(home.path(), &[]))
        .provide()
        .await
        .expect_err("none");
    let text = err.to_string();
    assert!(text.contains("environment"), "{text}");
    assert!(text.contains(".aliyun/config.json"), "{text}");
    assert!(text.contains("credentials.ini"), "{text}");
}

#[tokio::test]
async fn secrets_never_appear_in_debug_or_errors() {
    let home = home();
    write(home.path(), ".aliyun/config.json", CLI_CONFIG);
    let env = env(
        home.path(),
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret-value"),
        ],
    );
    let chain = CredentialsChain::default_chain(env.clone());
    let creds = chain.provide().await.expect("credentials");
    for text in [
        format!("{creds:?}"),
        format!("{chain:?}"),
        format!("{env:?}"),
    ] {
        assert!(!text.contains("env-secret-value"), "{text}");
    }
    let err = CliProfileCredentials::new(env)
        .with_profile("broken")
        .provide()
        .await
        .expect_err("broken");
    assert!(!format!("{err} {err:?}").contains("only-id-secret"));
    let sts = CliProfileCredentials::new(Environment::from_vars([(
        "HOME",
        home.path().display().to_string(),
    )]))
    .with_profile("sts")
    .provide()
    .await
    .expect("credentials");
    let text = format!("{sts:?}");
    assert!(
        !text.contains("cli-sts-secret") && !text.contains("cli-sts-token"),
        "{text}"
    );
}
