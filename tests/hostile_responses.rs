//! A corpus of hostile or broken answers. Each one ends in a typed error (or a lenient decode),
//! in bounded time and memory, and never in a panic. RELIABILITY.md lists them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use maxcompute_mms::Operations;
use std::time::Duration;

use maxcompute_mms::{Client, Credentials, Error, RetryPolicy};
use mms_contract_tests::{http_response, json_200, Behaviour, RawServer, RecordingServer};

fn client(base_url: &str) -> Client {
    Client::builder()
        .endpoint(base_url)
        .credentials(Credentials::new("hostile-test-id", "hostile-test-secret"))
        .retry_policy(RetryPolicy::none())
        .read_timeout(Duration::from_secs(2))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// Fetches job 2/10 from a server behaving as `behaviour`; a hang guard turns a hang into a
/// failure rather than a stuck suite.
async fn fetch(behaviour: Behaviour) -> (Result<maxcompute_mms::Job, Error>, RawServer) {
    let server = RawServer::start(behaviour).await;
    let result = tokio::time::timeout(
        Duration::from_secs(30),
        client(&server.base_url())
            .get_mms_job()
            .source_id(2)
            .job_id(10)
            .send(),
    )
    .await
    .expect("the client must not hang");
    (result, server)
}

async fn fetch_body(body: &[u8]) -> Result<maxcompute_mms::Job, Error> {
    fetch(Behaviour::Raw(json_200(body))).await.0
}

fn assert_decode(result: Result<maxcompute_mms::Job, Error>, needle: &str) {
    match result {
        Err(Error::Decode {
            message, status, ..
        }) => {
            assert_eq!(status, 200);
            assert!(message.contains(needle), "{needle:?} not in {message:?}");
        }
        other => panic!("expected a decode error containing {needle:?}, got {other:?}"),
    }
}

#[tokio::test]
async fn html_502_page() {
    let page = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
    let (result, _) = fetch(Behaviour::Raw(http_response(
        "502 Bad Gateway",
        &[("content-type", "text/html")],
        page,
    )))
    .await;
    let err = result.expect_err("502");
    let Error::Service(service) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(service.status, 502);
    assert!(service
        .body_snippet
        .as_deref()
        .is_some_and(|s| s.contains("502 Bad Gateway")));
    assert!(err.is_retryable());
}

#[tokio::test]
async fn empty_200_body() {
    assert_decode(fetch_body(b"").await, "EOF");
}

#[tokio::test]
async fn truncated_json() {
    assert_decode(
        fetch_body(br#"{"requestId":"r","data":{"id":1,"name":"x"#).await,
        "EOF",
    );
}

#[tokio::test]
async fn data_null_and_data_missing() {
    assert_decode(
        fetch_body(br#"{"requestId":"r","data":null}"#).await,
        "carries no data",
    );
    assert_decode(fetch_body(br#"{"requestId":"r"}"#).await, "carries no data");
}

#[tokio::test]
async fn wrong_types_in_every_field_kind() {
    for (body, needle) in [
        (
            r#"{"data":{"id":"ten"}}"#,
            "data.id: invalid type: string \"ten\", expected i64",
        ),
        (r#"{"data":{"id":1,"name":5}}"#, "expected a string"),
        (r#"{"data":{"id":1,"stopped":"yes"}}"#, "expected a boolean"),
        (
            r#"{"data":{"id":1,"status":5}}"#,
            "data.status: invalid type: integer `5`, expected a string",
        ),
        (
            r#"{"data":{"id":1,"config":{"tables":{"a":1}}}}"#,
            "expected a sequence",
        ),
        (
            r#"{"data":{"id":1,"config":{"tableMapping":{"a":1}}}}"#,
            "expected a string",
        ),
        (
            r#"{"data":{"id":1,"config":{"others":[1]}}}"#,
            "expected a map",
        ),
        (
            r#"{"data":{"id":1,"config":"none"}}"#,
            "expected struct JobConfig",
        ),
        (r#"{"requestId":7,"data":{"id":1}}"#, "expected a string"),
        (r#"{"data":"job"}"#, "expected struct Job"),
        (r#"[{"data":{"id":1}}]"#, "[0]: missing field `id`"),
    ] {
        let result = fetch_body(body.as_bytes()).await;
        assert!(
            matches!(result, Err(Error::Decode { .. })),
            "{body}: {result:?}"
        );
        assert_decode(result, needle);
    }
}

#[tokio::test]
async fn integers_beyond_i64() {
    assert_decode(
        fetch_body(br#"{"data":{"id":99999999999999999999}}"#).await,
        "expected i64",
    );
    assert_decode(
        fetch_body(br#"{"data":{"id":1,"taskNum":-99999999999999999999}}"#).await,
        "expected i64",
    );
}

#[tokio::test]
async fn invalid_utf8() {
    let mut body = br#"{"requestId":"r","data":{"id":1,"name":""#.to_vec();
    body.extend_from_slice(&[0xff, 0xfe, 0x80]);
    body.extend_from_slice(br#""}}"#);
    assert_decode(fetch_body(&body).await, "invalid unicode");
}

#[tokio::test]
async fn duplicate_keys_are_refused_not_guessed() {
    assert_decode(
        fetch_body(br#"{"requestId":"a","requestId":"b","data":{"id":1}}"#).await,
        "duplicate field `requestId`",
    );
    assert_decode(
        fetch_body(br#"{"data":{"id":1,"id":2}}"#).await,
        "duplicate field `id`",
    );
}

#[tokio::test]
async fn others_nested_ten_thousand_deep() {
    let depth = 10_000;
    let body = format!(
        r#"{{"data":{{"id":1,"config":{{"others":{}1{}}}}}}}"#,
        r#"{"a":"#.repeat(depth),
        "}".repeat(depth)
    );
    assert_decode(
        fetch_body(body.as_bytes()).await,
        "recursion limit exceeded",
    );
}

#[tokio::test]
async fn a_200_mb_body_is_refused_without_reading_it() {
    // Declared up front: refused before a byte of body is read.
    let head =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 209715200\r\n\r\n"
            .to_vec();
    let (result, server) = fetch(Behaviour::Flood {
        head,
        total: 200 * 1024 * 1024,
    })
    .await;
    assert!(
        matches!(
            result,
            Err(Error::ResponseTooLarge {
                limit: 8_388_608,
                ..
            })
        ),
        "{result:?}"
    );
    // Sent without a length: refused once the limit is passed, long before the end.
    let head =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n".to_vec();
    let (result, server2) = fetch(Behaviour::Flood {
        head,
        total: 200 * 1024 * 1024,
    })
    .await;
    assert!(
        matches!(result, Err(Error::ResponseTooLarge { .. })),
        "{result:?}"
    );
    drop(server);
    // The socket buffers hold a few MiB at most beyond what the client read.
    assert!(
        server2.body_bytes_written() < 64 * 1024 * 1024,
        "server wrote {} bytes",
        server2.body_bytes_written()
    );
}

#[tokio::test]
async fn the_size_limit_is_configurable() {
    let body = br#"{"requestId":"r","data":{"id":1,"name":"a name longer than the limit"}}"#;
    let server = RawServer::start(Behaviour::Raw(json_200(body))).await;
    let result = Client::builder()
        .endpoint(server.base_url())
        .credentials(Credentials::new("id", "secret"))
        .max_response_bytes(32)
        .build()
        .expect("client")
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await;
    assert!(
        matches!(result, Err(Error::ResponseTooLarge { limit: 32, .. })),
        "{result:?}"
    );
}

#[tokio::test]
async fn a_body_trickling_one_byte_a_second_hits_the_read_timeout() {
    let body = br#"{"requestId":"r","data":{"id":1}}"#.to_vec();
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    let (result, _) = fetch(Behaviour::Trickle {
        head,
        body,
        every: Duration::from_secs(3),
    })
    .await;
    assert!(matches!(result, Err(Error::Timeout { .. })), "{result:?}");
}

#[tokio::test]
async fn a_server_that_never_answers_hits_the_timeout() {
    let (result, _) = fetch(Behaviour::Silent).await;
    assert!(matches!(result, Err(Error::Timeout { .. })), "{result:?}");
}

#[tokio::test]
async fn a_reset_mid_body() {
    let head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n"
        .to_vec();
    let (result, _) = fetch(Behaviour::ResetAfter {
        head,
        partial: br#"{"requestId":"r","da"#.to_vec(),
    })
    .await;
    assert!(matches!(result, Err(Error::Transport { .. })), "{result:?}");
    assert!(result.unwrap_err().to_string().contains("cut short"));
}

#[tokio::test]
async fn a_body_shorter_than_its_content_length() {
    let mut raw = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\nconnection: close\r\n\r\n".to_vec();
    raw.extend_from_slice(br#"{"requestId":"r","data":{"id":1}}"#);
    let (result, _) = fetch(Behaviour::Raw(raw)).await;
    assert!(matches!(result, Err(Error::Transport { .. })), "{result:?}");
}

#[tokio::test]
async fn a_redirect_to_another_host_is_not_followed() {
    let elsewhere = RecordingServer::start(vec![], None).await;
    let location = format!("{}/api/v1/mms/datasources/2/jobs/10", elsewhere.base_url());
    for status in [
        "301 Moved Permanently",
        "302 Found",
        "307 Temporary Redirect",
        "308 Permanent Redirect",
    ] {
        let (result, _) = fetch(Behaviour::Raw(http_response(
            status,
            &[("location", &location)],
            b"",
        )))
        .await;
        match result {
            Err(Error::Redirect {
                location: Some(l), ..
            }) => assert_eq!(l, location),
            other => panic!("{status}: {other:?}"),
        }
    }
    assert!(
        elsewhere.requests().is_empty(),
        "the signed request went to the other host"
    );
}

#[tokio::test]
async fn answers_without_a_request_id() {
    let job = fetch(Behaviour::Raw(http_response(
        "200 OK",
        &[("content-type", "application/json")],
        br#"{"data":{"id":3}}"#,
    )))
    .await
    .0
    .expect("a job without request ids still decodes");
    assert_eq!(job.id, 3);
    let (result, _) = fetch(Behaviour::Raw(http_response(
        "404 Not Found",
        &[],
        br#"{"code":"NoSuchMmsJob"}"#,
    )))
    .await;
    let err = result.expect_err("404");
    assert_eq!(err.code(), Some("NoSuchMmsJob"));
    assert_eq!(err.request_id(), None);
}

#[tokio::test]
async fn the_request_id_header_stands_in_for_the_body() {
    let (result, _) = fetch(Behaviour::Raw(http_response(
        "403 Forbidden",
        &[("x-acs-request-id", "from-header")],
        b"denied",
    )))
    .await;
    assert_eq!(result.expect_err("403").request_id(), Some("from-header"));
}

#[tokio::test]
async fn error_fields_of_unexpected_types_are_kept_as_text() {
    let (result, _) = fetch(Behaviour::Raw(http_response(
        "500 Internal Server Error",
        &[],
        br#"{"code":500,"message":{"x":1},"requestId":null}"#,
    )))
    .await;
    let err = result.expect_err("500");
    assert_eq!(err.code(), Some("500"));
    assert_eq!(err.request_id(), None);
    assert!(err.is_retryable());
}

#[tokio::test]
async fn garbage_retry_after_is_ignored_and_huge_ones_are_capped() {
    let (result, _) = fetch(Behaviour::Raw(http_response(
        "429 Too Many Requests",
        &[("x-acs-retry-after", "soon")],
        b"{}",
    )))
    .await;
    let err = result.expect_err("429");
    assert_eq!(err.retry_after(), None);
    assert!(err.is_retryable());

    let server = RawServer::start(Behaviour::Raw(http_response(
        "429 Too Many Requests",
        &[("x-acs-retry-after", "999999999999")],
        b"{}",
    )))
    .await;
    let started = std::time::Instant::now();
    let result = Client::builder()
        .endpoint(server.base_url())
        .credentials(Credentials::new("id", "secret"))
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(2)
                .with_max_backoff(Duration::from_millis(50)),
        )
        .build()
        .expect("client")
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await;
    assert!(result.is_err());
    assert_eq!(server.requests(), 2);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "the server's wait was not capped"
    );
}

#[tokio::test]
async fn not_http_at_all() {
    let (result, _) = fetch(Behaviour::Raw(b"SSH-2.0-OpenSSH_9.6\r\n".to_vec())).await;
    assert!(matches!(result, Err(Error::Transport { .. })), "{result:?}");
}

#[tokio::test]
async fn a_204_and_a_gzip_body_we_did_not_ask_for() {
    let (result, _) = fetch(Behaviour::Raw(http_response("204 No Content", &[], b""))).await;
    assert!(matches!(result, Err(Error::Decode { .. })), "{result:?}");
    let gzip_magic = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00];
    let (result, _) = fetch(Behaviour::Raw(http_response(
        "200 OK",
        &[("content-encoding", "gzip")],
        &gzip_magic,
    )))
    .await;
    assert!(matches!(result, Err(Error::Decode { .. })), "{result:?}");
}

#[tokio::test]
async fn a_flood_of_headers() {
    let mut raw = b"HTTP/1.1 200 OK\r\n".to_vec();
    for i in 0..20_000 {
        raw.extend_from_slice(format!("x-junk-{i}: {}\r\n", "v".repeat(50)).as_bytes());
    }
    raw.extend_from_slice(b"content-length: 2\r\n\r\n{}");
    let (result, _) = fetch(Behaviour::Raw(raw)).await;
    assert!(matches!(result, Err(Error::Transport { .. })), "{result:?}");
}
