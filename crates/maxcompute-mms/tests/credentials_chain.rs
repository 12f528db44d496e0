//! The default chain: the official order, the provider that succeeded remembered, and one error
//! listing every provider's reason when none has credentials.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

mod credentials_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use credentials_support::*;
use maxcompute_mms::credentials::{
    BoxFuture, Credentials, CredentialsChain, CredentialsError, Environment, ProvideCredentials,
    StaticCredentials,
};
use mms_emulator::{KeyStore, MetadataConfig};

/// Every provider of the chain configured at once, each giving a key id of its own.
struct Everything {
    _home: tempfile::TempDir,
    vars: Vec<(String, String)>,
    _services: Services,
    _imds: mms_emulator::RunningMetadata,
    _uri: FixedServer,
}

async fn everything() -> Everything {
    let time = ManualClock::new();
    let services = services(time.clock(), |c| {
        c.oidc_provider(OIDC_PROVIDER, "chain-oidc-token")
    })
    .await;
    let imds = mms_emulator::start_metadata(MetadataConfig::new(KeyStore::new()))
        .await
        .unwrap();
    let uri = FixedServer::start(
        200,
        &credentials_json(
            "Success",
            "STS.from-uri",
            SystemTime::now() + Duration::from_secs(3600),
        ),
    )
    .await;
    let home = tempfile::tempdir().unwrap();
    let token = write(home.path(), "token", "chain-oidc-token");
    write(
        home.path(),
        ".aliyun/config.json",
        r#"{"current": "p", "profiles": [{"name": "p", "mode": "AK", "access_key_id": "cli-id", "access_key_secret": "cli-secret"}]}"#,
    );
    write(
        home.path(),
        ".alibabacloud/credentials.ini",
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = ini-secret\n",
    );
    let vars = [
        ("HOME", home.path().to_str().unwrap()),
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"),
        ("ALIBABA_CLOUD_ROLE_ARN", ROLE),
        ("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", OIDC_PROVIDER),
        ("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.to_str().unwrap()),
        ("MMS_STS_ENDPOINT", &services.sts.base_url()),
        ("MMS_ECS_METADATA_ENDPOINT", &imds.base_url()),
        ("ALIBABA_CLOUD_CREDENTIALS_URI", &uri.url("/credentials")),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    Everything {
        _home: home,
        vars,
        _services: services,
        _imds: imds,
        _uri: uri,
    }
}

impl Everything {
    /// The chosen provider and key id with the variables `without` taken away and `with` added.
    async fn chosen(&self, without: &[&str], with: &[(&str, &str)]) -> (String, String) {
        let mut vars: Vec<(String, String)> = self
            .vars
            .iter()
            .filter(|(k, _)| !without.contains(&k.as_str()))
            .cloned()
            .collect();
        vars.extend(with.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
        let chain = CredentialsChain::default_chain(Environment::from_vars(vars));
        let credentials = chain.provide().await.unwrap();
        (
            chain.active_provider().unwrap(),
            credentials.access_key_id().to_owned(),
        )
    }
}

#[tokio::test]
async fn providers_are_tried_in_the_official_order() {
    let all = everything().await;
    const ENV: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    const SECRET: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    const OIDC: &str = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
    let (name, id) = all.chosen(&[], &[]).await;
    assert_eq!((name.as_str(), id.as_str()), ("environment", "env-id"));
    let (name, id) = all.chosen(&[ENV, SECRET], &[]).await;
    assert_eq!(name, "oidc_role_arn");
    assert!(id.starts_with("STS."));
    let (name, id) = all.chosen(&[ENV, SECRET, OIDC], &[]).await;
    assert_eq!(
        (name.as_str(), id.as_str()),
        ("cli_profile/static_ak", "cli-id")
    );
    let disabled = [("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "True")];
    let (name, id) = all.chosen(&[ENV, SECRET, OIDC], &disabled).await;
    assert_eq!(
        (name.as_str(), id.as_str()),
        ("ini_profile/static_ak", "ini-id")
    );
    // Without a home directory, neither file: the ECS role comes next.
    let (name, id) = all.chosen(&[ENV, SECRET, OIDC, "HOME"], &[]).await;
    assert_eq!(name, "ecs_ram_role");
    assert!(id.starts_with("STS."));
    // And the credentials URI last.
    let no_ecs = [("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")];
    let (name, id) = all.chosen(&[ENV, SECRET, OIDC, "HOME"], &no_ecs).await;
    assert_eq!(
        (name.as_str(), id.as_str()),
        ("credential_uri", "STS.from-uri")
    );
}

#[tokio::test]
async fn when_every_provider_passes_the_error_lists_each_reason() {
    let home = tempfile::tempdir().unwrap();
    // Nothing listens on port 9 of loopback: the ECS provider cannot reach its service.
    let chain = CredentialsChain::default_chain(env(
        home.path(),
        &[("MMS_ECS_METADATA_ENDPOINT", "http://127.0.0.1:9")],
    ));
    let err = chain.provide().await.unwrap_err();
    let CredentialsError::NotFound { tried } = &err else {
        panic!("expected NotFound, got {err:?}");
    };
    let names: Vec<&str> = tried.iter().map(|t| t.split(' ').next().unwrap()).collect();
    assert_eq!(
        names,
        [
            "environment",
            "oidc_role_arn",
            "cli_profile",
            "ini_profile",
            "ecs_ram_role",
            "credential_uri"
        ]
    );
    let text = err.to_string();
    for reason in [
        "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set",
        "ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE not set",
        ".aliyun/config.json does not exist",
        ".alibabacloud/credentials.ini does not exist",
        "cannot reach the ECS metadata service at http://127.0.0.1:9",
        "ALIBABA_CLOUD_CREDENTIALS_URI is not set",
    ] {
        assert!(text.contains(reason), "{reason:?} missing from: {text}");
    }
    assert!(text.starts_with("no credentials found; tried: "), "{text}");
    assert_eq!(chain.active_provider(), None);
}

/// Counts its calls; unavailable, or giving fixed keys.
#[derive(Debug)]
struct Counting {
    calls: AtomicUsize,
    gives: Option<Credentials>,
    fail_after: Option<usize>,
}

impl ProvideCredentials for Counting {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        let result = match (&self.gives, self.fail_after) {
            (Some(_), Some(limit)) if n > limit => Err(CredentialsError::Service {
                provider: "counting".into(),
                endpoint: "http://x".into(),
                status: Some(503),
                problem: "gone".into(),
            }),
            (Some(c), _) => Ok(c.clone()),
            (None, _) => Err(CredentialsError::Unavailable {
                provider: "counting".into(),
                reason: "not configured".into(),
            }),
        };
        Box::pin(async move { result })
    }

    fn name(&self) -> String {
        "counting".into()
    }
}

#[tokio::test]
async fn the_provider_that_succeeded_is_remembered_and_its_later_errors_returned() {
    let skipped = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        gives: None,
        fail_after: None,
    });
    let winner = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        gives: Some(Credentials::new("winner", "s")),
        fail_after: Some(3),
    });
    let never = Arc::new(StaticCredentials::new(Credentials::new("never", "s")));
    let chain = CredentialsChain::new(vec![skipped.clone(), winner.clone(), never]);
    for _ in 0..3 {
        assert_eq!(chain.provide().await.unwrap().access_key_id(), "winner");
    }
    assert_eq!(skipped.calls.load(Ordering::SeqCst), 1, "walked once");
    assert_eq!(winner.calls.load(Ordering::SeqCst), 3);
    // The winner fails: its error, not the next provider's keys.
    let err = chain.provide().await.unwrap_err();
    assert!(err.to_string().contains("gone"), "{err}");
    assert_eq!(skipped.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_configured_but_broken_provider_stops_the_chain() {
    let home = tempfile::tempdir().unwrap();
    write(home.path(), ".aliyun/config.json", "{ not json");
    write(
        home.path(),
        ".alibabacloud/credentials.ini",
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = ini-secret\n",
    );
    let err = CredentialsChain::default_chain(env(home.path(), &[]))
        .provide()
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("not a valid CLI config file"),
        "{err}"
    );
}

#[tokio::test]
async fn the_chain_builder_sets_the_endpoints_and_the_profile() {
    let time = ManualClock::new();
    let s = services(time.clock(), |c| c).await;
    let home = tempfile::tempdir().unwrap();
    write(
        home.path(),
        ".aliyun/config.json",
        &format!(
            r#"{{"current": "ak", "profiles": [
                {{"name": "ak", "mode": "AK", "access_key_id": "a", "access_key_secret": "b"}},
                {{"name": "role", "mode": "RamRoleArn", "access_key_id": "{SOURCE_ID}",
                  "access_key_secret": "{SOURCE_SECRET}", "ram_role_arn": "{ROLE}"}}]}}"#
        ),
    );
    let chain = CredentialsChain::builder(env(home.path(), &[]))
        .profile("role")
        .sts_endpoint(s.sts.base_url())
        .clock(time.clock())
        .build();
    let credentials = chain.provide().await.unwrap();
    assert!(s.keys.get(credentials.access_key_id()).is_some());
    assert_eq!(chain.name(), "default/cli_profile/ram_role_arn/static_ak");
}
