//! The signing client on the wire, against a loopback server that records what it receives.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use maxcompute_mms::Operations;
use std::{
    borrow::Cow,
    time::{Duration, Instant},
};

use acs_sign::{parse_authorization, Authorization, SignableRequest};
use maxcompute_mms::{Client, Credentials, Error, JobStatus, RetryPolicy, SignatureAlgorithm};
use mms_contract_tests::{CannedResponse, RecordedRequest, RecordingServer, DOCUMENTED_EXAMPLE};

const ID: &str = "test-key-id";
const SECRET: &str = "test-key-secret-do-not-leak";
const TOKEN: &str = "CAIS+sts/token==";

fn client(
    server: &RecordingServer,
    algorithm: SignatureAlgorithm,
    credentials: Credentials,
) -> Client {
    Client::builder()
        .endpoint(server.base_url())
        .credentials(credentials)
        .signature_algorithm(algorithm)
        .retry_policy(RetryPolicy::default().with_initial_backoff(Duration::from_millis(10)))
        .build()
        .expect("client builds")
}

/// Fetches job 2/`job_id` from a server that answers `canned`, expecting an error.
async fn error_from(canned: CannedResponse, job_id: i64) -> (Error, RecordingServer) {
    let server = RecordingServer::start(vec![canned], None).await;
    let err = client(
        &server,
        SignatureAlgorithm::default(),
        Credentials::new(ID, SECRET),
    )
    .get_mms_job()
    .source_id(2)
    .job_id(job_id)
    .send()
    .await
    .expect_err("an error answer");
    (err, server)
}

/// Recomputes the signature from what the server received, as the service does.
fn verify(request: &RecordedRequest, credentials: &Credentials) -> Result<(), String> {
    let authorization = request
        .header("authorization")
        .ok_or("no authorization header")?;
    let parsed = parse_authorization(authorization).map_err(|e| e.to_string())?;
    if parsed.access_key_id() != credentials.access_key_id() {
        return Err(format!("signed with key {}", parsed.access_key_id()));
    }
    let (path, query) = request.uri.split_once('?').unwrap_or((&request.uri, ""));
    let mut signable = SignableRequest::new(&request.method, path).body(&request.body);
    signable.query = url_pairs(query);
    let signed_headers: Option<Vec<&str>> = match &parsed {
        Authorization::Acs3 { signed_headers, .. } => Some(signed_headers.clone()),
        _ => None,
    };
    for (name, value) in &request.headers {
        if name == "authorization" {
            continue;
        }
        if let Some(list) = &signed_headers {
            if !list.contains(&name.as_str()) {
                continue;
            }
        }
        signable = signable.header(name.as_str(), value.as_str());
    }
    if let Some(list) = &signed_headers {
        for name in list {
            if request.header(name).is_none() {
                return Err(format!("signed header {name} is not on the wire"));
            }
        }
    }
    let expected = acs_sign::sign(parsed.algorithm(), &signable, credentials);
    if acs_sign::signatures_match(&expected.authorization, authorization) {
        Ok(())
    } else {
        Err(format!(
            "signature mismatch; server computed string to sign {:?}",
            expected.string_to_sign
        ))
    }
}

fn url_pairs(query: &str) -> Vec<(Cow<'static, str>, Cow<'static, str>)> {
    if query.is_empty() {
        return Vec::new();
    }
    reqwest::Url::parse(&format!("http://x/?{query}"))
        .map(|u| {
            u.query_pairs()
                .map(|(k, v)| (Cow::Owned(k.into_owned()), Cow::Owned(v.into_owned())))
                .collect()
        })
        .unwrap_or_default()
}

fn header_names(request: &RecordedRequest) -> Vec<&str> {
    let mut names: Vec<&str> = request.headers.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    names
}

#[tokio::test]
async fn acs3_request_carries_every_header_and_a_valid_signature() {
    let server =
        RecordingServer::start(vec![CannedResponse::json(200, DOCUMENTED_EXAMPLE)], None).await;
    let credentials = Credentials::new(ID, SECRET);
    let job = client(
        &server,
        SignatureAlgorithm::Acs3HmacSha256,
        credentials.clone(),
    )
    .get_mms_job()
    .source_id(2)
    .job_id(10)
    .send()
    .await
    .expect("job");
    assert_eq!(job.id, 10);
    assert_eq!(job.status, Some(JobStatus::Doing));

    let request = &server.requests()[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.uri, "/api/v1/mms/datasources/2/jobs/10");
    assert_eq!(
        header_names(request),
        vec![
            "accept",
            "authorization",
            "host",
            "user-agent",
            "x-acs-action",
            "x-acs-content-sha256",
            "x-acs-date",
            "x-acs-signature-nonce",
            "x-acs-version",
        ]
    );
    assert_eq!(request.header("host"), Some(server.host().as_str()));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("x-acs-action"), Some("GetMmsJob"));
    assert_eq!(request.header("x-acs-version"), Some("2022-01-04"));
    assert_eq!(
        request.header("x-acs-content-sha256"),
        Some(acs_sign::acs3::EMPTY_PAYLOAD_SHA256)
    );
    let date = request.header("x-acs-date").expect("date");
    let sent = acs_sign::parse_acs3_date(date).expect("x-acs-date parses");
    let skew = sent
        .duration_since(std::time::SystemTime::now())
        .or_else(|e| Ok::<_, ()>(e.duration()))
        .unwrap_or_default();
    assert!(
        skew < Duration::from_secs(60),
        "x-acs-date {date} is not now"
    );
    let nonce = request.header("x-acs-signature-nonce").expect("nonce");
    assert_eq!(nonce.len(), 32);
    assert!(nonce.chars().all(|c| c.is_ascii_hexdigit()));
    assert!(request
        .header("user-agent")
        .is_some_and(|ua| ua.starts_with("maxcompute-mms/")));
    let authorization = request.header("authorization").expect("authorization");
    assert!(authorization.starts_with(&format!("ACS3-HMAC-SHA256 Credential={ID},SignedHeaders=accept;host;user-agent;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=")), "{authorization}");
    verify(request, &credentials).expect("signature verifies");
}

#[tokio::test]
async fn roa_request_carries_every_header_and_a_valid_signature() {
    let server =
        RecordingServer::start(vec![CannedResponse::json(200, DOCUMENTED_EXAMPLE)], None).await;
    let credentials = Credentials::new(ID, SECRET);
    client(
        &server,
        SignatureAlgorithm::RoaHmacSha1,
        credentials.clone(),
    )
    .get_mms_job()
    .source_id(2)
    .job_id(10)
    .send()
    .await
    .expect("job");
    let request = &server.requests()[0];
    assert_eq!(
        header_names(request),
        vec![
            "accept",
            "authorization",
            "date",
            "host",
            "user-agent",
            "x-acs-action",
            "x-acs-signature-method",
            "x-acs-signature-nonce",
            "x-acs-signature-version",
            "x-acs-version",
        ]
    );
    assert_eq!(request.header("x-acs-signature-method"), Some("HMAC-SHA1"));
    assert_eq!(request.header("x-acs-signature-version"), Some("1.0"));
    let date = request.header("date").expect("date");
    acs_sign::parse_rfc1123(date).expect("date is RFC 1123");
    let authorization = request.header("authorization").expect("authorization");
    assert!(
        authorization.starts_with(&format!("acs {ID}:")),
        "{authorization}"
    );
    verify(request, &credentials).expect("signature verifies");
}

#[tokio::test]
async fn sts_credentials_send_and_sign_the_token_with_both_algorithms() {
    for algorithm in [
        SignatureAlgorithm::Acs3HmacSha256,
        SignatureAlgorithm::RoaHmacSha1,
    ] {
        let server =
            RecordingServer::start(vec![CannedResponse::json(200, DOCUMENTED_EXAMPLE)], None).await;
        let credentials = Credentials::new(ID, SECRET).with_security_token(TOKEN);
        client(&server, algorithm, credentials.clone())
            .get_mms_job()
            .source_id(2)
            .job_id(10)
            .send()
            .await
            .expect("job");
        let request = &server.requests()[0];
        assert_eq!(
            request.header("x-acs-security-token"),
            Some(TOKEN),
            "{algorithm}"
        );
        assert_eq!(
            request.header("x-acs-accesskey-id"),
            Some(ID),
            "{algorithm}"
        );
        verify(request, &credentials).expect("signature verifies");
        // The token is signed: changing it breaks the signature.
        let mut tampered = request.clone();
        for (name, value) in &mut tampered.headers {
            if name == "x-acs-security-token" {
                *value = "CAIS+other".into();
            }
        }
        assert!(
            verify(&tampered, &credentials).is_err(),
            "{algorithm}: token not signed"
        );
    }
}

#[tokio::test]
async fn a_4xx_service_error_is_decoded_into_its_fields() {
    let (err, server) = error_from(
        CannedResponse::json(
            404,
            r#"{"requestId":"req-404","code":"NoSuchMmsJob","message":"job 99 does not exist","httpCode":404}"#,
        ),
        99,
    )
    .await;
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.code(), Some("NoSuchMmsJob"));
    assert_eq!(err.request_id(), Some("req-404"));
    assert!(!err.is_retryable());
    let Error::Service(service) = &err else {
        panic!("expected a service error, got {err:?}")
    };
    assert_eq!(service.message.as_deref(), Some("job 99 does not exist"));
    assert_eq!(server.requests().len(), 1, "a 404 is not retried");
    let text = err.to_string();
    assert!(
        text.contains("HTTP 404 NoSuchMmsJob: job 99 does not exist (request id req-404)"),
        "{text}"
    );
}

#[tokio::test]
async fn a_gateway_error_in_pascal_case_is_decoded_too() {
    let (err, _server) = error_from(
        CannedResponse::json(
            403,
            r#"{"RequestId":"GW-1","HostId":"maxcompute.cn-hangzhou.aliyuncs.com","Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation. server string to sign is:GET...","Recommend":"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch"}"#,
        ),
        10,
    )
    .await;
    let Error::Service(service) = &err else {
        panic!("expected a service error, got {err:?}")
    };
    assert_eq!(service.status, 403);
    assert_eq!(service.code.as_deref(), Some("SignatureDoesNotMatch"));
    assert_eq!(service.request_id.as_deref(), Some("GW-1"));
    assert_eq!(
        service.host_id.as_deref(),
        Some("maxcompute.cn-hangzhou.aliyuncs.com")
    );
    assert_eq!(
        service.recommend.as_deref(),
        Some("https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch")
    );
    assert!(
        err.to_string()
            .contains("diagnosis: https://api.aliyun.com/troubleshoot"),
        "{err}"
    );
}

#[tokio::test]
async fn an_html_error_page_keeps_its_status_and_a_snippet() {
    let page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let canned = CannedResponse {
        status: 502,
        headers: vec![("content-type".into(), "text/html".into())],
        body: page.into(),
    };
    let server = RecordingServer::start(vec![], Some(canned)).await;
    let err = Client::builder()
        .endpoint(server.base_url())
        .credentials(Credentials::new(ID, SECRET))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("502");
    let Error::Service(service) = &err else {
        panic!("expected a service error, got {err:?}")
    };
    assert_eq!(service.status, 502);
    assert_eq!(service.code, None);
    assert!(
        service
            .body_snippet
            .as_deref()
            .is_some_and(|s| s.contains("502 Bad Gateway")),
        "{service:?}"
    );
    assert!(err.is_retryable());
}

#[tokio::test]
async fn a_503_is_retried_with_a_fresh_nonce_and_signature() {
    let server = RecordingServer::start(
        vec![
            CannedResponse::json(503, r#"{"code":"ServiceUnavailable","message":"busy"}"#),
            CannedResponse::json(200, DOCUMENTED_EXAMPLE),
        ],
        None,
    )
    .await;
    let credentials = Credentials::new(ID, SECRET);
    let answer = client(&server, SignatureAlgorithm::default(), credentials.clone())
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send_answer()
        .await
        .expect("second attempt succeeds");
    assert_eq!(answer.attempts, 2);
    assert_eq!(
        answer.request_id.as_deref(),
        Some("D9F872FD-5DDE-30A6-8C8A-1B8C6A81059F")
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_ne!(
        requests[0].header("x-acs-signature-nonce"),
        requests[1].header("x-acs-signature-nonce")
    );
    assert_ne!(
        requests[0].header("authorization"),
        requests[1].header("authorization")
    );
    for request in &requests {
        verify(request, &credentials).expect("each attempt is signed");
    }
}

#[tokio::test]
async fn throttling_honours_retry_after() {
    let server = RecordingServer::start(
        vec![
            CannedResponse::json(429, r#"{"Code":"Throttling.User","Message":"slow down"}"#)
                .with_header("x-acs-retry-after", "300"),
            CannedResponse::json(200, DOCUMENTED_EXAMPLE),
        ],
        None,
    )
    .await;
    let started = Instant::now();
    let answer = client(
        &server,
        SignatureAlgorithm::default(),
        Credentials::new(ID, SECRET),
    )
    .get_mms_job()
    .source_id(2)
    .job_id(10)
    .send_answer()
    .await
    .expect("retried");
    assert_eq!(answer.attempts, 2);
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "waited {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn retries_stop_at_the_attempt_limit() {
    let server = RecordingServer::start(
        vec![],
        Some(CannedResponse::json(
            503,
            r#"{"code":"ServiceUnavailable"}"#,
        )),
    )
    .await;
    let err = Client::builder()
        .endpoint(server.base_url())
        .credentials(Credentials::new(ID, SECRET))
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(4)
                .with_initial_backoff(Duration::from_millis(5)),
        )
        .build()
        .expect("client")
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("always 503");
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn a_silent_server_times_out() {
    // Accepts connections and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let _server = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let err = Client::builder()
        .endpoint(format!("http://{addr}"))
        .credentials(Credentials::new(ID, SECRET))
        .timeout(Duration::from_millis(300))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("timeout");
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    let err = Client::builder()
        .endpoint(format!("http://{addr}"))
        .credentials(Credentials::new(ID, SECRET))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot connect"), "{err}");
}

#[tokio::test]
async fn no_error_or_debug_output_carries_the_secret() {
    let server = RecordingServer::start(
        vec![CannedResponse::json(
            403,
            r#"{"Code":"SignatureDoesNotMatch","Message":"bad"}"#,
        )],
        None,
    )
    .await;
    let credentials = Credentials::new(ID, SECRET).with_security_token(TOKEN);
    let client = client(&server, SignatureAlgorithm::default(), credentials.clone());
    let err = client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("403");
    for text in [
        format!("{err}"),
        format!("{err:?}"),
        format!("{client:?}"),
        format!("{credentials:?}"),
    ] {
        assert!(!text.contains(SECRET), "secret in {text}");
        assert!(!text.contains(TOKEN), "token in {text}");
    }
}

#[tokio::test]
async fn a_token_echoed_across_the_snippet_cut_of_an_error_page_is_not_shown() {
    // A long token that an HTML error page echoes so that the 200-byte snippet cut falls inside
    // it: cutting first and redacting after would leave its first characters visible.
    let token = format!("CAIS{}", "sts-token-part-".repeat(8));
    let mut page = "<html>".to_string();
    page.push_str(&"x".repeat(200 - page.len() - 20));
    page.push_str(&token);
    page.push_str("</html>");
    let server = RecordingServer::start(
        vec![CannedResponse::json(403, page).with_header("content-type", "text/html")],
        None,
    )
    .await;
    let credentials = Credentials::new(ID, SECRET).with_security_token(token.clone());
    let client = client(&server, SignatureAlgorithm::default(), credentials);
    let err = client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("403");
    let shown = format!("{err} {err:?}");
    assert!(
        !shown.contains(&token[..20]),
        "start of the token in {shown}"
    );
    assert!(
        shown.contains("xxxx"),
        "the snippet is still shown: {shown}"
    );
}

#[tokio::test]
async fn invalid_ids_are_refused_before_sending() {
    let server = RecordingServer::start(vec![], None).await;
    let client = client(
        &server,
        SignatureAlgorithm::default(),
        Credentials::new(ID, SECRET),
    );
    let err = client
        .get_mms_job()
        .source_id(-1)
        .job_id(10)
        .send()
        .await
        .expect_err("negative id");
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert!(err.to_string().contains("sourceId"), "{err}");
    assert!(server.requests().is_empty());
}
