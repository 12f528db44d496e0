//! The emulated STS and ECS metadata service: what they accept and refuse, what they issue, that
//! the MMS endpoint accepts it (security token checked) until it expires, and their faults.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use acs_sign::{rpc, Credentials, SignableRequest, SignatureAlgorithm, SigningParams};
use mms_emulator::{
    EmulatorConfig, KeyStore, MetadataConfig, RunningEmulator, RunningSts, StsConfig, StsFault,
};
use serde_json::Value;

const SOURCE_ID: &str = "source-key";
const SOURCE_SECRET: &str = "source-secret-value";
const ROLE: &str = "acs:ram::1234567890123456:role/mms-migration";
const OIDC_PROVIDER: &str = "acs:ram::1234567890123456:oidc-provider/ack-rrsa-test";
const OIDC_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl";

fn http() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// An STS and an MMS endpoint sharing `keys`, the source key accepted by both.
async fn services(keys: KeyStore, sts: StsConfig) -> (RunningSts, RunningEmulator) {
    let sts = mms_emulator::start_sts(sts.access_key(SOURCE_ID, SOURCE_SECRET))
        .await
        .unwrap();
    let mms = mms_emulator::start(
        EmulatorConfig::default()
            .access_key(SOURCE_ID, SOURCE_SECRET)
            .key_store(keys),
    )
    .await
    .unwrap();
    (sts, mms)
}

fn nonce() -> String {
    format!("{:032x}", rand::random::<u128>())
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The parameters of an `AssumeRole` request by `source` at `time`, unsigned.
fn assume_role(source: &Credentials, time: SystemTime) -> Vec<(String, String)> {
    let mut params = pairs(&[
        ("Action", "AssumeRole"),
        ("Format", "JSON"),
        ("Version", "2015-04-01"),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureVersion", "1.0"),
        ("DurationSeconds", "3600"),
        ("RoleArn", ROLE),
        ("RoleSessionName", "emulator-test"),
        ("AccessKeyId", source.access_key_id()),
    ]);
    params.push(("SignatureNonce".into(), nonce()));
    params.push(("Timestamp".into(), rpc::timestamp(time)));
    if let Some(token) = source.security_token() {
        params.push(("SecurityToken".into(), token.to_owned()));
    }
    params
}

fn with_signature(
    mut params: Vec<(String, String)>,
    method: &str,
    secret: &str,
) -> Vec<(String, String)> {
    let signed = rpc::sign(method, &params, secret);
    params.push(("Signature".into(), signed.signature));
    params
}

fn encode(params: &[(String, String)]) -> String {
    params
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                acs_sign::percent_encode(k),
                acs_sign::percent_encode(v)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// GET with every parameter in the query (how the official Python library calls STS).
async fn sts_get(sts: &RunningSts, params: &[(String, String)]) -> (u16, Value) {
    let response = http()
        .get(format!("{}/?{}", sts.base_url(), encode(params)))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// POST with `query` in the query and `body` as a form (how the official Go library does).
async fn sts_post(
    sts: &RunningSts,
    query: &[(String, String)],
    body: &[(String, String)],
) -> (u16, Value) {
    let response = http()
        .post(format!("{}/?{}", sts.base_url(), encode(query)))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encode(body))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn issued(answer: &Value) -> Credentials {
    let c = &answer["Credentials"];
    Credentials::new(
        c["AccessKeyId"].as_str().unwrap(),
        c["AccessKeySecret"].as_str().unwrap(),
    )
    .with_security_token(c["SecurityToken"].as_str().unwrap())
}

fn code(answer: &Value) -> &str {
    answer["Code"].as_str().unwrap_or("<no code>")
}

/// GetMmsJob 2/10 signed with `credentials` (ACS3, the token sent when there is one).
async fn get_mms_job(mms: &RunningEmulator, credentials: &Credentials) -> (u16, Value) {
    let algorithm = SignatureAlgorithm::Acs3HmacSha256;
    let path = "/api/v1/mms/datasources/2/jobs/10";
    let host = mms.addr().to_string();
    let nonce = nonce();
    let params = SigningParams {
        credentials,
        time: SystemTime::now(),
        nonce: &nonce,
        action: "GetMmsJob",
        version: "2022-01-04",
    };
    let mut request = SignableRequest::new("GET", path).header("host", host.as_str());
    for (name, value) in acs_sign::protocol_headers(algorithm, &params, b"") {
        request = request.header(name, value);
    }
    let signed = acs_sign::sign(algorithm, &request, credentials);
    let mut call = http().get(format!("{}{path}", mms.base_url()));
    for (name, value) in &request.headers {
        call = call.header(name.as_ref(), value.as_ref());
    }
    let response = call
        .header("authorization", signed.authorization)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn assume_role_by_get_issues_credentials_the_mms_endpoint_accepts_with_their_token() {
    let keys = KeyStore::new();
    let (sts, mms) = services(keys.clone(), StsConfig::new(keys.clone())).await;
    let source = Credentials::new(SOURCE_ID, SOURCE_SECRET);
    let params = with_signature(
        assume_role(&source, SystemTime::now()),
        "GET",
        SOURCE_SECRET,
    );
    let (status, answer) = sts_get(&sts, &params).await;
    assert_eq!(status, 200, "{answer}");
    assert!(answer["RequestId"].is_string());
    assert_eq!(
        answer["AssumedRoleUser"]["Arn"],
        "acs:ram::1234567890123456:assumed-role/mms-migration/emulator-test"
    );
    let expiration = answer["Credentials"]["Expiration"].as_str().unwrap();
    let expires = acs_sign::parse_acs3_date(expiration).unwrap();
    let lifetime = expires.duration_since(SystemTime::now()).unwrap();
    assert!(
        lifetime > Duration::from_secs(3500) && lifetime <= Duration::from_secs(3600),
        "{expiration}"
    );
    let credentials = issued(&answer);
    assert!(credentials.access_key_id().starts_with("STS."));
    assert_eq!(sts.assume_role_count(), 1);

    let (status, job) = get_mms_job(&mms, &credentials).await;
    assert_eq!(status, 200, "{job}");
    assert_eq!(job["data"]["id"], 10);
    // The same key without its token is refused: the token is checked.
    let without_token =
        Credentials::new(credentials.access_key_id(), credentials.access_key_secret());
    let (status, refusal) = get_mms_job(&mms, &without_token).await;
    assert_eq!(status, 403, "{refusal}");
    assert_eq!(code(&refusal), "InvalidSecurityToken");
}

#[tokio::test]
async fn assume_role_by_post_with_a_form_body_is_accepted_and_chains_with_a_token() {
    let keys = KeyStore::new();
    let (sts, mms) = services(keys.clone(), StsConfig::new(keys.clone())).await;
    let source = Credentials::new(SOURCE_ID, SOURCE_SECRET);
    let split = |params: Vec<(String, String)>| {
        let body_names = ["DurationSeconds", "RoleArn", "RoleSessionName", "Policy"];
        let (body, query): (Vec<_>, Vec<_>) = params
            .into_iter()
            .partition(|(k, _)| body_names.contains(&k.as_str()));
        (query, body)
    };
    let mut params = assume_role(&source, SystemTime::now());
    params.push((
        "Policy".into(),
        r#"{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "odps:*", "Resource": "*"}]}"#
            .into(),
    ));
    let (query, body) = split(with_signature(params, "POST", SOURCE_SECRET));
    let (status, answer) = sts_post(&sts, &query, &body).await;
    assert_eq!(status, 200, "{answer}");
    let first = issued(&answer);

    // Chained: the issued STS credentials assume a role again, sending their token.
    let (query, body) = split(with_signature(
        assume_role(&first, SystemTime::now()),
        "POST",
        first.access_key_secret(),
    ));
    let (status, answer) = sts_post(&sts, &query, &body).await;
    assert_eq!(status, 200, "{answer}");
    let second = issued(&answer);
    assert_eq!(get_mms_job(&mms, &second).await.0, 200);

    // Without the token, or with another, the STS source is refused.
    let mut params = assume_role(&first, SystemTime::now());
    params.retain(|(k, _)| k != "SecurityToken");
    let (status, answer) = sts_get(
        &sts,
        &with_signature(params, "GET", first.access_key_secret()),
    )
    .await;
    assert_eq!((status, code(&answer)), (400, "MissingSecurityToken"));
    let mut params = assume_role(&first, SystemTime::now());
    for (k, v) in &mut params {
        if k == "SecurityToken" {
            *v = "CAIS-not-the-token".into();
        }
    }
    let (status, answer) = sts_get(
        &sts,
        &with_signature(params, "GET", first.access_key_secret()),
    )
    .await;
    assert_eq!(
        (status, code(&answer)),
        (400, "InvalidSecurityToken.MismatchWithAccessKey")
    );
    assert_eq!(sts.assume_role_count(), 2);
}

#[tokio::test]
async fn the_python_form_of_a_space_is_accepted_too() {
    let keys = KeyStore::new();
    let (sts, _mms) = services(keys.clone(), StsConfig::new(keys.clone())).await;
    let source = Credentials::new(SOURCE_ID, SOURCE_SECRET);
    let mut params = assume_role(&source, SystemTime::now());
    params.push(("Policy".into(), r#"{"Version": "1"}"#.into()));
    let spec = rpc::sign("GET", &params, SOURCE_SECRET);
    let python = rpc::signature(
        SOURCE_SECRET,
        &rpc::string_to_sign(
            "GET",
            &rpc::python_canonicalized_query(&spec.canonicalized_query),
        ),
    );
    assert_ne!(spec.signature, python, "the two forms differ for a space");
    params.push(("Signature".into(), python));
    let (status, answer) = sts_get(&sts, &params).await;
    assert_eq!(status, 200, "{answer}");
}

#[tokio::test]
async fn assume_role_refusals_name_their_reason() {
    let keys = KeyStore::new();
    let (sts, _mms) = services(keys.clone(), StsConfig::new(keys.clone())).await;
    let source = Credentials::new(SOURCE_ID, SOURCE_SECRET);
    let now = SystemTime::now();
    let change = |name: &str, value: &str| {
        let mut params = assume_role(&source, now);
        params.retain(|(k, _)| k != name);
        params.push((name.into(), value.into()));
        params
    };

    // A wrong secret: the message shows the string to sign, never a secret.
    let (status, answer) = sts_get(
        &sts,
        &with_signature(assume_role(&source, now), "GET", "wrong"),
    )
    .await;
    assert_eq!((status, code(&answer)), (400, "SignatureDoesNotMatch"));
    let message = answer["Message"].as_str().unwrap();
    assert!(
        message.contains("server string to sign is:GET&%2F&"),
        "{message}"
    );
    assert!(!message.contains(SOURCE_SECRET), "{message}");
    // Signed as POST, sent as GET.
    let (status, answer) = sts_get(
        &sts,
        &with_signature(assume_role(&source, now), "POST", SOURCE_SECRET),
    )
    .await;
    assert_eq!((status, code(&answer)), (400, "SignatureDoesNotMatch"));

    // Replay.
    let params = with_signature(assume_role(&source, now), "GET", SOURCE_SECRET);
    assert_eq!(sts_get(&sts, &params).await.0, 200);
    let (status, answer) = sts_get(&sts, &params).await;
    assert_eq!((status, code(&answer)), (400, "SignatureNonceUsed"));

    for (params, status, expected) in [
        (
            change("AccessKeyId", "unknown-key"),
            404,
            "InvalidAccessKeyId.NotFound",
        ),
        (
            change("DurationSeconds", "899"),
            400,
            "InvalidParameter.DurationSeconds",
        ),
        (
            change("RoleArn", "acs:ram::x:role/"),
            400,
            "InvalidParameter.RoleArn",
        ),
        (
            change("RoleSessionName", "has space"),
            400,
            "InvalidParameter.RoleSessionName",
        ),
        (
            change("Timestamp", "2024-01-01 00:00:00"),
            400,
            "InvalidTimeStamp.Format",
        ),
        (
            change(
                "Timestamp",
                &rpc::timestamp(now - Duration::from_secs(16 * 60)),
            ),
            400,
            "InvalidTimeStamp.Expired",
        ),
        (
            change("SignatureMethod", "HMAC-SHA256"),
            400,
            "InvalidSignatureMethod",
        ),
        (change("Version", "2022-01-04"), 400, "InvalidVersion"),
        (
            change("Action", "GetCallerIdentity"),
            404,
            "InvalidAction.NotFound",
        ),
        (
            change("ExternalId", "x"),
            400,
            "InvalidParameter.ExternalId",
        ),
        (
            change("Policy", "{not json"),
            400,
            "InvalidParameter.PolicyGrammar",
        ),
        (
            change("SecurityToken", "CAIS-for-a-long-lived-key"),
            400,
            "InvalidSecurityToken.Malformed",
        ),
    ] {
        let (actual_status, answer) =
            sts_get(&sts, &with_signature(params, "GET", SOURCE_SECRET)).await;
        assert_eq!(
            (actual_status, code(&answer)),
            (status, expected),
            "{answer}"
        );
        assert!(answer["RequestId"].is_string() && answer["Message"].is_string());
    }
    let mut missing = assume_role(&source, now);
    missing.retain(|(k, _)| k != "RoleArn");
    let (status, answer) = sts_get(&sts, &with_signature(missing, "GET", SOURCE_SECRET)).await;
    assert_eq!((status, code(&answer)), (400, "MissingParameter"));
    assert!(answer["Message"].as_str().unwrap().contains("RoleArn"));
    assert_eq!(
        sts.assume_role_count(),
        1,
        "only the one good request issued"
    );
}

fn oidc_params(provider: &str, token: &str) -> Vec<(String, String)> {
    pairs(&[
        ("Action", "AssumeRoleWithOIDC"),
        ("Format", "JSON"),
        ("Version", "2015-04-01"),
        ("RoleArn", ROLE),
        ("OIDCProviderArn", provider),
        ("OIDCToken", token),
        ("RoleSessionName", "rrsa-pod"),
        ("DurationSeconds", "3600"),
    ])
}

#[tokio::test]
async fn assume_role_with_oidc_checks_the_provider_and_the_token() {
    let keys = KeyStore::new();
    let (sts, mms) = services(
        keys.clone(),
        StsConfig::new(keys.clone()).oidc_provider(OIDC_PROVIDER, OIDC_TOKEN),
    )
    .await;
    let (status, answer) = sts_get(&sts, &oidc_params(OIDC_PROVIDER, OIDC_TOKEN)).await;
    assert_eq!(status, 200, "{answer}");
    assert!(answer["OIDCTokenInfo"]["Subject"].is_string());
    assert_eq!(get_mms_job(&mms, &issued(&answer)).await.0, 200);
    // Go-style: the token in a form body.
    let all = oidc_params(OIDC_PROVIDER, OIDC_TOKEN);
    let (query, body): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(k, _)| ["Action", "Format", "Version"].contains(&k.as_str()));
    assert_eq!(sts_post(&sts, &query, &body).await.0, 200);

    let (status, answer) = sts_get(&sts, &oidc_params(OIDC_PROVIDER, "another-token")).await;
    assert_eq!(
        (status, code(&answer)),
        (400, "AuthenticationFail.OIDCToken.Invalid")
    );
    assert!(!answer["Message"]
        .as_str()
        .unwrap()
        .contains("another-token"));
    let unknown = "acs:ram::1234567890123456:oidc-provider/unknown";
    let (status, answer) = sts_get(&sts, &oidc_params(unknown, OIDC_TOKEN)).await;
    assert_eq!(
        (status, code(&answer)),
        (404, "EntityNotExist.OIDCProvider")
    );
    // A rotated token: the old one is refused once revoked, the new one accepted.
    sts.accept_oidc_token(OIDC_PROVIDER, "rotated-token");
    sts.revoke_oidc_token(OIDC_TOKEN);
    assert_eq!(
        sts_get(&sts, &oidc_params(OIDC_PROVIDER, OIDC_TOKEN))
            .await
            .0,
        400
    );
    assert_eq!(
        sts_get(&sts, &oidc_params(OIDC_PROVIDER, "rotated-token"))
            .await
            .0,
        200
    );
    assert_eq!(sts.oidc_count(), 3);
}

/// A clock the test moves by hand.
fn manual_clock() -> (Arc<AtomicU64>, mms_emulator::EmulatorClock) {
    let offset = Arc::new(AtomicU64::new(0));
    let start = SystemTime::now();
    let clock_offset = offset.clone();
    let clock = Arc::new(move || start + Duration::from_secs(clock_offset.load(Ordering::SeqCst)));
    (offset, clock)
}

#[tokio::test]
async fn issued_credentials_live_the_configured_lifetime_then_are_refused_everywhere() {
    let (offset, clock) = manual_clock();
    let keys = KeyStore::with_clock(clock.clone());
    let (sts, mms) = services(
        keys.clone(),
        StsConfig::new(keys.clone()).lifetime(Duration::from_secs(60)),
    )
    .await;
    let source = Credentials::new(SOURCE_ID, SOURCE_SECRET);
    let (status, answer) = sts_get(
        &sts,
        &with_signature(assume_role(&source, clock()), "GET", SOURCE_SECRET),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let expires =
        acs_sign::parse_acs3_date(answer["Credentials"]["Expiration"].as_str().unwrap()).unwrap();
    let lifetime = expires.duration_since(clock()).unwrap();
    assert!(
        lifetime > Duration::from_secs(59) && lifetime <= Duration::from_secs(60),
        "60 s, in whole seconds of the answer: {lifetime:?}"
    );
    let credentials = issued(&answer);
    assert_eq!(get_mms_job(&mms, &credentials).await.0, 200);
    offset.store(60, Ordering::SeqCst);
    let (status, refusal) = get_mms_job(&mms, &credentials).await;
    assert_eq!(
        (status, code(&refusal)),
        (404, "InvalidAccessKeyId.NotFound")
    );
    let (status, answer) = sts_get(
        &sts,
        &with_signature(
            assume_role(&credentials, clock()),
            "GET",
            credentials.access_key_secret(),
        ),
    )
    .await;
    assert_eq!(
        (status, code(&answer)),
        (403, "InvalidSecurityToken.Expired")
    );
}

#[tokio::test]
async fn sts_faults_down_slow_5xx_and_malformed() {
    let keys = KeyStore::new();
    let (sts, _mms) = services(keys.clone(), StsConfig::new(keys.clone())).await;
    let source = Credentials::new(SOURCE_ID, SOURCE_SECRET);
    let fresh = || {
        with_signature(
            assume_role(&source, SystemTime::now()),
            "GET",
            SOURCE_SECRET,
        )
    };

    sts.set_fault(StsFault::Down);
    let result = http()
        .get(format!("{}/?{}", sts.base_url(), encode(&fresh())))
        .send()
        .await;
    assert!(result.is_err(), "a down STS answers nothing: {result:?}");

    sts.set_fault(StsFault::ServerError);
    let (status, answer) = sts_get(&sts, &fresh()).await;
    assert_eq!((status, code(&answer)), (500, "InternalError"));

    sts.set_fault(StsFault::Malformed);
    let response = http()
        .get(format!("{}/?{}", sts.base_url(), encode(&fresh())))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    assert!(serde_json::from_str::<Value>(&body).is_err(), "{body}");

    sts.set_fault(StsFault::Slow(Duration::from_secs(30)));
    let impatient = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let result = impatient
        .get(format!("{}/?{}", sts.base_url(), encode(&fresh())))
        .send()
        .await;
    assert!(result.is_err_and(|e| e.is_timeout()));

    sts.set_fault(StsFault::None);
    assert_eq!(sts_get(&sts, &fresh()).await.0, 200);
    assert_eq!(sts.assume_role_count(), 1);
}

const ROLES: &str = "/latest/meta-data/ram/security-credentials/";

async fn metadata_token(base: &str) -> reqwest::Result<reqwest::Response> {
    http()
        .put(format!("{base}/latest/api/token"))
        .header("X-aliyun-ecs-metadata-token-ttl-seconds", "21600")
        .send()
        .await
}

async fn metadata_get(base: &str, path: &str, token: Option<&str>) -> (u16, String) {
    let mut request = http().get(format!("{base}{path}"));
    if let Some(token) = token {
        request = request.header("X-aliyun-ecs-metadata-token", token);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn the_metadata_service_issues_the_role_credentials_with_imdsv2_tokens() {
    let keys = KeyStore::new();
    let mms = mms_emulator::start(EmulatorConfig::default().key_store(keys.clone()))
        .await
        .unwrap();
    let metadata = mms_emulator::start_metadata(
        MetadataConfig::new(keys.clone())
            .role_name("EcsMigrationRole")
            .require_token(true),
    )
    .await
    .unwrap();
    let base = metadata.base_url();
    let token = metadata_token(&base).await.unwrap().text().await.unwrap();
    assert!(token.len() >= 32);
    let (status, role) = metadata_get(&base, ROLES, Some(&token)).await;
    assert_eq!((status, role.as_str()), (200, "EcsMigrationRole"));
    let (status, body) =
        metadata_get(&base, &format!("{ROLES}EcsMigrationRole"), Some(&token)).await;
    assert_eq!(status, 200, "{body}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["Code"], "Success");
    for field in [
        "AccessKeyId",
        "AccessKeySecret",
        "SecurityToken",
        "Expiration",
        "LastUpdated",
    ] {
        assert!(answer[field].is_string(), "{field} in {answer}");
    }
    let credentials = Credentials::new(
        answer["AccessKeyId"].as_str().unwrap(),
        answer["AccessKeySecret"].as_str().unwrap(),
    )
    .with_security_token(answer["SecurityToken"].as_str().unwrap());
    assert_eq!(get_mms_job(&mms, &credentials).await.0, 200);

    // IMDSv2 only: no token, or a made-up one, is refused.
    assert_eq!(metadata_get(&base, ROLES, None).await.0, 403);
    assert_eq!(metadata_get(&base, ROLES, Some("made-up")).await.0, 403);
    assert_eq!(
        metadata_get(&base, &format!("{ROLES}OtherRole"), Some(&token))
            .await
            .0,
        404
    );
    // The token request must say how long the token lives.
    let response = http()
        .put(format!("{base}/latest/api/token"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(metadata.token_requests(), 2);
    assert_eq!(metadata.requests_without_token(), 1);
    assert_eq!(metadata.issued_count(), 1);
}

#[tokio::test]
async fn with_the_token_endpoint_down_imdsv1_still_works() {
    let keys = KeyStore::new();
    let metadata =
        mms_emulator::start_metadata(MetadataConfig::new(keys.clone()).token_endpoint_down(true))
            .await
            .unwrap();
    let base = metadata.base_url();
    let failed = match metadata_token(&base).await {
        Err(_) => true,
        Ok(response) => response.text().await.is_err(),
    };
    assert!(failed, "the token endpoint answers nothing usable");
    let (status, role) = metadata_get(&base, ROLES, None).await;
    assert_eq!(
        (status, role.as_str()),
        (200, mms_emulator::DEFAULT_ECS_ROLE)
    );
    metadata.set_token_endpoint_down(false);
    assert!(metadata_token(&base).await.unwrap().status().is_success());
}
