//! Contract test: the official Python credentials library (`alibabacloud-credentials`, pinned
//! in `tests/python/requirements.txt`) obtains credentials from the emulated STS (`AssumeRole`,
//! `AssumeRoleWithOIDC`) and ECS metadata service (IMDSv2, and IMDSv1 when the token endpoint
//! is down), and the official MMS SDK is then served with them: the emulation is faithful to a
//! real client.
//!
//! The library is installed by the shared venv builder (`python/interop_venv.rs`); a failed
//! install fails this test, it is never skipped.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use mms_emulator::{EmulatorConfig, KeyStore, MetadataConfig, StsConfig};

#[path = "python/interop_venv.rs"]
mod interop_venv;

use interop_venv::{interop_venv, show};

const KEY_ID: &str = "py-source-key";
const KEY_SECRET: &str = "py-source-secret";
const ROLE: &str = "acs:ram::1234567890123456:role/mms-migration";
const OIDC_PROVIDER: &str = "acs:ram::1234567890123456:oidc-provider/ack-rrsa-python";
const OIDC_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJweXRob24ifQ.c2lnbmF0dXJl";

#[tokio::test(flavor = "multi_thread")]
async fn the_official_python_credentials_library_gets_credentials_from_the_emulation() {
    let venv = tokio::task::spawn_blocking(interop_venv)
        .await
        .unwrap()
        .unwrap_or_else(|e| panic!("{e}"));
    let keys = KeyStore::new();
    let mms = mms_emulator::start(
        EmulatorConfig::default()
            .access_key(KEY_ID, KEY_SECRET)
            .key_store(keys.clone()),
    )
    .await
    .unwrap();
    let sts = mms_emulator::start_sts(
        StsConfig::new(keys.clone()).oidc_provider(OIDC_PROVIDER, OIDC_TOKEN),
    )
    .await
    .unwrap();
    let imds_v2 =
        mms_emulator::start_metadata(MetadataConfig::new(keys.clone()).require_token(true))
            .await
            .unwrap();
    let imds_v1 =
        mms_emulator::start_metadata(MetadataConfig::new(keys.clone()).token_endpoint_down(true))
            .await
            .unwrap();
    let home = tempfile::tempdir().unwrap();
    let token_file = home.path().join("token");
    std::fs::write(&token_file, OIDC_TOKEN).unwrap();

    let script =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/python/credentials_client.py");
    let args = [
        mms.addr().port().to_string(),
        sts.base_url(),
        imds_v2.base_url(),
        imds_v1.base_url(),
        KEY_ID.to_owned(),
        KEY_SECRET.to_owned(),
        ROLE.to_owned(),
        OIDC_PROVIDER.to_owned(),
        token_file.display().to_string(),
    ];
    let output = tokio::task::spawn_blocking(move || {
        interop_venv::command(&venv, &script)
            .args(&args)
            // The library reads these at import; none may point it elsewhere.
            .env_remove("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
            .env_remove("ALIBABA_CLOUD_IMDSV1_DISABLED")
            .env_remove("ALIBABA_CLOUD_STS_REGION")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    // Shown with --nocapture: which cases ran.
    println!("{stdout}");
    assert!(output.status.success(), "{}", show(&output));
    let ok: Vec<&str> = stdout.lines().filter(|l| l.starts_with("ok ")).collect();
    assert_eq!(ok.len(), 8, "{stdout}");

    // Every key the library reported was issued by the emulation and is still accepted.
    for line in &ok {
        let key = line.rsplit(' ').next().unwrap();
        if key != "-" {
            assert!(
                keys.get(key).is_some(),
                "{key} was not issued by the emulation: {line}"
            );
        }
    }
    // AssumeRole: an AccessKey source, a policy with spaces (the Python form of the signature),
    // an STS source with its token; AssumeRoleWithOIDC once.
    assert_eq!(sts.assume_role_count(), 3);
    assert_eq!(sts.oidc_count(), 1);
    // The library asks for a token before each metadata request; IMDSv2 only here.
    assert_eq!(imds_v2.issued_count(), 1);
    assert_eq!(imds_v2.requests_without_token(), 0);
    assert!(
        imds_v2.token_requests() >= 2,
        "{}",
        imds_v2.token_requests()
    );
    // Token endpoint down: IMDSv1, and nothing at all with IMDSv1 disabled.
    assert_eq!(imds_v1.issued_count(), 1);
    assert_eq!(imds_v1.requests_without_token(), 2);
    // The MMS SDK was served with four of those credentials.
    assert_eq!(mms.request_count(), 4);
}
