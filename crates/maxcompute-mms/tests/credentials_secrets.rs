//! No secret of the credential flow — the source secret, the issued secret and token, the OIDC
//! token, a source's STS token — reaches a log line at TRACE (every crate, the HTTP stack's
//! too), an error, or a `Debug`, whether the flow succeeds or STS refuses it.
//!
//! One test in its own binary: it installs the process-wide subscriber.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

mod credentials_support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use credentials_support::*;
use maxcompute_mms::credentials::{
    Credentials, Environment, OidcRoleArnCredentials, ProvideCredentials, RamRoleArnCredentials,
    StaticCredentials,
};
use maxcompute_mms::{Client, RetryPolicy};

const OIDC_TOKEN: &str = "oidc-token-secret-value-0123456789";
const REVOKED_OIDC_TOKEN: &str = "revoked-oidc-token-secret-987654";
const SOURCE_STS_ID: &str = "STS.source-with-token";
const SOURCE_STS_TOKEN: &str = "CAIS-source-token-secret-0123456789";
const WRONG_SECRET: &str = "wrong-source-secret-456789";

/// Everything written to the log.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

fn no_env() -> Environment {
    Environment::from_vars(Vec::<(String, String)>::new())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_reaches_a_trace_log_an_error_or_a_debug() {
    let log = Captured::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .try_init()
        .unwrap();

    let time = ManualClock::new();
    let s = services(time.clock(), |c| {
        c.oidc_provider(OIDC_PROVIDER, OIDC_TOKEN)
            .lifetime(Duration::from_secs(900))
    })
    .await;
    s.keys.insert(
        Credentials::new(SOURCE_STS_ID, "right-secret-of-the-source")
            .with_security_token(SOURCE_STS_TOKEN),
    );
    let mut secrets: Vec<String> = vec![
        SOURCE_SECRET.into(),
        OIDC_TOKEN.into(),
        REVOKED_OIDC_TOKEN.into(),
        SOURCE_STS_TOKEN.into(),
        WRONG_SECRET.into(),
        "right-secret-of-the-source".into(),
    ];
    let mut shown: Vec<String> = Vec::new();

    // A role, through refreshes, signing MMS calls.
    let role = Arc::new(
        RamRoleArnCredentials::builder(Arc::new(StaticCredentials::new(Credentials::new(
            SOURCE_ID,
            SOURCE_SECRET,
        ))))
        .role_arn(ROLE)
        .sts_endpoint(s.sts.base_url())
        .environment(no_env())
        .clock(time.clock())
        .build()
        .unwrap(),
    );
    let client = Client::builder()
        .endpoint(s.mms.base_url())
        .credentials_provider(role.clone())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    for at in [0, 700, 1400] {
        time.set_secs(at);
        get_job(&client).await.unwrap();
        let issued = role.provide().await.unwrap();
        secrets.push(issued.access_key_secret().to_owned());
        secrets.push(issued.security_token().unwrap().to_owned());
    }
    assert_eq!(s.sts.assume_role_count(), 3);
    shown.push(format!("{role:?} {client:?}"));

    // OIDC, the token read from a file.
    let home = tempfile::tempdir().unwrap();
    let token_file = write(home.path(), "token", OIDC_TOKEN);
    let oidc = OidcRoleArnCredentials::builder()
        .role_arn(ROLE)
        .oidc_provider_arn(OIDC_PROVIDER)
        .oidc_token_file(&token_file)
        .sts_endpoint(s.sts.base_url())
        .environment(no_env())
        .clock(time.clock())
        .build()
        .unwrap();
    let issued = oidc.provide().await.unwrap();
    secrets.push(issued.access_key_secret().to_owned());
    secrets.push(issued.security_token().unwrap().to_owned());
    shown.push(format!("{oidc:?} {issued:?}"));

    // Refusals: STS echoes its string to sign, which holds the source's token.
    let mismatched = RamRoleArnCredentials::builder(Arc::new(StaticCredentials::new(
        Credentials::new(SOURCE_STS_ID, WRONG_SECRET).with_security_token(SOURCE_STS_TOKEN),
    )))
    .role_arn(ROLE)
    .sts_endpoint(s.sts.base_url())
    .environment(no_env())
    .clock(time.clock())
    .build()
    .unwrap();
    let err = mismatched.provide().await.unwrap_err();
    assert!(err.to_string().contains("SignatureDoesNotMatch"), "{err}");
    assert!(err.to_string().contains("** redacted **"), "{err}");
    shown.push(format!("{err} {err:?} {mismatched:?}"));
    let failing_client = Client::builder()
        .endpoint(s.mms.base_url())
        .credentials_provider(Arc::new(mismatched))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let err = get_job(&failing_client).await.unwrap_err();
    shown.push(format!("{err} {err:?}"));
    std::fs::write(&token_file, REVOKED_OIDC_TOKEN).unwrap();
    time.set_secs(100_000);
    let err = oidc.provide().await.unwrap_err();
    shown.push(format!("{err} {err:?}"));

    let logged = log.text();
    assert!(
        logged.contains("credentials refreshed"),
        "the log ran at all"
    );
    assert!(logged.contains("TRACE"), "TRACE lines were written");
    shown.push(logged);
    for text in &shown {
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "a secret ({}…) appears in:\n{text}",
                &secret[..6]
            );
        }
        assert!(
            !text.contains("Signature="),
            "a signature appears in:\n{text}"
        );
    }
}
