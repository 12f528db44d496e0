//! `mms` picks up every credential provider through the default chain, and `-v` names the one
//! in use (never a secret): environment keys, a RamRoleArn profile through the emulated STS, the
//! ECS RAM role from the emulated metadata service, and OIDC (RRSA) from the environment.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::process::Output;

use mms_emulator::{
    EmulatorConfig, KeyStore, MetadataConfig, RunningEmulator, RunningSts, StsConfig,
};

const SOURCE_ID: &str = "cli-source-id";
const SOURCE_SECRET: &str = "cli-source-secret-value";
const ROLE: &str = "acs:ram::1234567890123456:role/mms-migration";
const OIDC_PROVIDER: &str = "acs:ram::1234567890123456:oidc-provider/ack-rrsa-cli";
const OIDC_TOKEN: &str = "cli-oidc-token-value-0123456789";

struct Emulated {
    keys: KeyStore,
    sts: RunningSts,
    mms: RunningEmulator,
}

async fn emulated() -> Emulated {
    let keys = KeyStore::new();
    let sts = mms_emulator::start_sts(
        StsConfig::new(keys.clone())
            .access_key(SOURCE_ID, SOURCE_SECRET)
            .oidc_provider(OIDC_PROVIDER, OIDC_TOKEN),
    )
    .await
    .unwrap();
    let mms = mms_emulator::start(
        EmulatorConfig::default()
            .access_key(SOURCE_ID, SOURCE_SECRET)
            .key_store(keys.clone()),
    )
    .await
    .unwrap();
    Emulated { keys, sts, mms }
}

/// `mms <flags> --endpoint <mms> job get 2 10` with only `vars` (and HOME) in its
/// environment.
async fn job_get(
    mms: &RunningEmulator,
    flags: &[&str],
    home: &std::path::Path,
    vars: &[(&str, &str)],
) -> Output {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_mms"));
    command
        .args(flags)
        .args(["--endpoint", &mms.base_url(), "job", "get", "2", "10"])
        .env_clear()
        .env("HOME", home)
        .kill_on_drop(true);
    for (name, value) in vars {
        command.env(name, value);
    }
    command.output().await.unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_ran_with(out: &Output, provider: &str) {
    let err = stderr(out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!("credentials from {provider}")),
        "no -v line naming {provider}: {err}"
    );
}

#[tokio::test]
async fn minus_v_names_the_environment_provider_and_no_secret() {
    let e = emulated().await;
    let home = tempfile::tempdir().unwrap();
    let out = job_get(
        &e.mms,
        &["-v"],
        home.path(),
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", SOURCE_ID),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SOURCE_SECRET),
        ],
    )
    .await;
    assert_ran_with(&out, "default/environment");
    assert!(!stderr(&out).contains(SOURCE_SECRET));
}

#[tokio::test]
async fn a_ram_role_arn_profile_goes_through_the_emulated_sts() {
    let e = emulated().await;
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join(".aliyun/config.json");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!(
            r#"{{"current": "migration", "profiles": [{{"name": "migration", "mode": "RamRoleArn",
                "access_key_id": "{SOURCE_ID}", "access_key_secret": "{SOURCE_SECRET}",
                "ram_role_arn": "{ROLE}", "ram_session_name": "mms-cli", "expired_seconds": 900}}]}}"#
        ),
    )
    .unwrap();
    let sts = e.sts.base_url();
    let vars = [
        ("MMS_STS_ENDPOINT", sts.as_str()),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
    ];
    let out = job_get(&e.mms, &["-vvv"], home.path(), &vars).await;
    assert_ran_with(&out, "default/cli_profile/ram_role_arn/static_ak");
    assert_eq!(e.sts.assume_role_count(), 1);
    let err = stderr(&out);
    assert!(
        !err.contains(SOURCE_SECRET),
        "the source secret in a TRACE log"
    );
    assert!(!err.contains("Signature="), "a signature in a TRACE log");
    assert!(String::from_utf8_lossy(&out.stdout).contains("migrate_db_1"));
}

#[tokio::test]
async fn on_an_ecs_instance_the_role_comes_from_the_metadata_service() {
    let e = emulated().await;
    let imds =
        mms_emulator::start_metadata(MetadataConfig::new(e.keys.clone()).require_token(true))
            .await
            .unwrap();
    let home = tempfile::tempdir().unwrap();
    let endpoint = imds.base_url();
    let out = job_get(
        &e.mms,
        &["-v"],
        home.path(),
        &[("MMS_ECS_METADATA_ENDPOINT", &endpoint)],
    )
    .await;
    assert_ran_with(&out, "default/ecs_ram_role");
    assert_eq!(imds.issued_count(), 1);
}

#[tokio::test]
async fn in_an_ack_pod_rrsa_comes_from_the_environment() {
    let e = emulated().await;
    let home = tempfile::tempdir().unwrap();
    let token = home.path().join("token");
    std::fs::write(&token, OIDC_TOKEN).unwrap();
    let sts = e.sts.base_url();
    let out = job_get(
        &e.mms,
        &["-v"],
        home.path(),
        &[
            ("ALIBABA_CLOUD_ROLE_ARN", ROLE),
            ("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", OIDC_PROVIDER),
            ("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.to_str().unwrap()),
            ("MMS_STS_ENDPOINT", &sts),
        ],
    )
    .await;
    assert_ran_with(&out, "default/oidc_role_arn");
    assert_eq!(e.sts.oidc_count(), 1);
    assert!(!stderr(&out).contains(OIDC_TOKEN));
}

#[tokio::test]
async fn sts_refusing_the_role_is_one_clear_line() {
    let e = emulated().await;
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join(".aliyun/config.json");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!(
            r#"{{"current": "p", "profiles": [{{"name": "p", "mode": "RamRoleArn",
                "access_key_id": "{SOURCE_ID}", "access_key_secret": "wrong-secret-value",
                "ram_role_arn": "{ROLE}"}}]}}"#
        ),
    )
    .unwrap();
    let sts = e.sts.base_url();
    let out = job_get(
        &e.mms,
        &[],
        home.path(),
        &[
            ("MMS_STS_ENDPOINT", &sts),
            ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
        ],
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("ram_role_arn") && err.contains("SignatureDoesNotMatch"),
        "{err}"
    );
    assert!(!err.contains("wrong-secret-value"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(e.mms.request_count(), 0);
}
