//! Every check the gateway makes on a request, each refused with its own status and code.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::{Duration, SystemTime};

use acs_sign::Credentials;
use mms_emulator::{
    start, EmulatorConfig, RunningEmulator, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET,
};
use support::*;

async fn emulator() -> RunningEmulator {
    start(
        EmulatorConfig::default()
            .access_key(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET)
            .sts_credential("sts-id", "sts-secret", "the-token"),
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn wrong_secret_is_403_and_shows_the_server_string_to_sign() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        let mut spec = RequestSpec::example(algorithm);
        spec.credentials = Credentials::new(DEMO_ACCESS_KEY_ID, "not-the-secret");
        let signed = spec.sign(emulator.addr());
        let answer = call_signed(&emulator, &signed).await;
        let message = answer.assert_gateway_error(403, "SignatureDoesNotMatch");
        // The string-to-sign does not depend on the secret, so the client's equals the server's.
        assert!(
            message.contains(&signed.signature.string_to_sign),
            "{algorithm}: {message}\n--- expected to contain ---\n{}",
            signed.signature.string_to_sign
        );
        if let Some(canonical_request) = &signed.signature.canonical_request {
            assert!(message.contains(canonical_request), "{message}");
        }
        assert!(!message.contains("mms-demo-secret"), "{message}");
    }
}

#[tokio::test]
async fn tampering_with_a_signed_part_breaks_the_signature() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        // A signed x-acs-* header changed in transit.
        let signed = RequestSpec::example(algorithm)
            .sign(emulator.addr())
            .with_header("x-acs-signature-nonce", &fresh_nonce());
        call_signed(&emulator, &signed)
            .await
            .assert_gateway_error(403, "SignatureDoesNotMatch");
        // The path changed in transit.
        let mut signed = RequestSpec::example(algorithm).sign(emulator.addr());
        signed.path_and_query = "/api/v1/mms/datasources/2/jobs/11".into();
        call_signed(&emulator, &signed)
            .await
            .assert_gateway_error(403, "SignatureDoesNotMatch");
    }
}

#[tokio::test]
async fn unknown_access_key_is_404_invalid_access_key_id() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        let spec = RequestSpec::new(algorithm, Credentials::new("nobody", "x"), EXAMPLE_PATH);
        let message = call(&emulator, &spec)
            .await
            .assert_gateway_error(404, "InvalidAccessKeyId.NotFound");
        assert!(message.contains("nobody"), "{message}");
    }
}

#[tokio::test]
async fn missing_or_empty_authorization_is_400() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        let signed = RequestSpec::example(algorithm)
            .sign(emulator.addr())
            .without_header("authorization");
        call_signed(&emulator, &signed)
            .await
            .assert_gateway_error(400, "MissingAuthorization");
    }
    let signed = RequestSpec::example(ACS3)
        .sign(emulator.addr())
        .with_header("authorization", "");
    call_signed(&emulator, &signed)
        .await
        .assert_gateway_error(400, "MissingAuthorization");
}

#[tokio::test]
async fn malformed_authorization_is_400_saying_what_is_wrong() {
    let emulator = emulator().await;
    for (value, what) in [
        ("Bearer abc", "Bearer"),
        ("acs mms-demo-key", "no ':'"),
        ("acs :sig", "empty AccessKeyId"),
        (
            "ACS3-HMAC-SHA256 Credential=mms-demo-key,Signature=ff",
            "SignedHeaders",
        ),
        (
            "ACS3-HMAC-SHA256 Credential=mms-demo-key,SignedHeaders=host,Signature=ff,Extra=1",
            "Extra",
        ),
    ] {
        let signed = RequestSpec::example(ACS3)
            .sign(emulator.addr())
            .with_header("authorization", value);
        let message = call_signed(&emulator, &signed)
            .await
            .assert_gateway_error(400, "InvalidAuthorization");
        assert!(message.contains(what), "{value:?}: {message}");
    }
}

#[tokio::test]
async fn skewed_dates_are_403_showing_both_times() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        for offset in [-1, 1] {
            let mut spec = RequestSpec::example(algorithm);
            let twenty_minutes = Duration::from_secs(20 * 60);
            spec.time = if offset < 0 {
                SystemTime::now() - twenty_minutes
            } else {
                SystemTime::now() + twenty_minutes
            };
            let request_time = match algorithm {
                ROA => acs_sign::format_rfc1123(spec.time),
                ACS3 => acs_sign::format_acs3_date(spec.time),
            };
            let message = call(&emulator, &spec)
                .await
                .assert_gateway_error(403, "RequestTimeTooSkewed");
            assert!(message.contains(&request_time), "{message}");
            assert!(message.contains("server time"), "{message}");
        }
        // Ten minutes off is within the default fifteen.
        let mut spec = RequestSpec::example(algorithm);
        spec.time = SystemTime::now() - Duration::from_secs(10 * 60);
        assert_eq!(call(&emulator, &spec).await.status, 200, "{algorithm}");
    }
}

#[tokio::test]
async fn the_allowed_skew_is_configurable() {
    let emulator = start(EmulatorConfig::default().clock_skew(Duration::from_secs(30)))
        .await
        .unwrap();
    let mut spec = RequestSpec::example(ACS3);
    spec.time = SystemTime::now() - Duration::from_secs(120);
    call(&emulator, &spec)
        .await
        .assert_gateway_error(403, "RequestTimeTooSkewed");
}

#[tokio::test]
async fn missing_or_unparsable_dates_are_400() {
    let emulator = emulator().await;
    for (algorithm, header) in [(ROA, "date"), (ACS3, "x-acs-date")] {
        let signed = RequestSpec::example(algorithm)
            .sign(emulator.addr())
            .without_header(header);
        let message = call_signed(&emulator, &signed)
            .await
            .assert_gateway_error(400, "MissingDate");
        assert!(message.contains(header), "{message}");

        let mut spec = RequestSpec::example(algorithm);
        spec.extra_headers = vec![];
        let signed = spec.sign(emulator.addr()).with_header(header, "yesterday");
        let message = call_signed(&emulator, &signed)
            .await
            .assert_gateway_error(400, "InvalidDate");
        assert!(message.contains("yesterday"), "{message}");
    }
}

#[tokio::test]
async fn missing_nonce_is_400_and_a_reused_nonce_is_403() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        let signed = RequestSpec::example(algorithm)
            .sign(emulator.addr())
            .without_header("x-acs-signature-nonce");
        call_signed(&emulator, &signed)
            .await
            .assert_gateway_error(400, "MissingSignatureNonce");

        let spec = RequestSpec::example(algorithm);
        let signed = spec.sign(emulator.addr());
        assert_eq!(call_signed(&emulator, &signed).await.status, 200);
        let message = call_signed(&emulator, &signed)
            .await
            .assert_gateway_error(403, "SignatureNonceUsed");
        assert!(message.contains(&spec.nonce), "{message}");
        // The same nonce, freshly signed (another date), is still refused.
        let mut again = spec.clone();
        again.time = spec.time - Duration::from_secs(1);
        call(&emulator, &again)
            .await
            .assert_gateway_error(403, "SignatureNonceUsed");
    }
}

#[tokio::test]
async fn a_refused_request_does_not_burn_its_nonce() {
    let emulator = emulator().await;
    let mut spec = RequestSpec::example(ACS3);
    spec.credentials = Credentials::new(DEMO_ACCESS_KEY_ID, "wrong");
    call(&emulator, &spec)
        .await
        .assert_gateway_error(403, "SignatureDoesNotMatch");
    spec.credentials = demo_credentials();
    assert_eq!(call(&emulator, &spec).await.status, 200);
}

#[tokio::test]
async fn nonce_memory_is_bounded() {
    let emulator = start(EmulatorConfig::default().nonce_capacity(2))
        .await
        .unwrap();
    let first = RequestSpec::example(ACS3).sign(emulator.addr());
    assert_eq!(call_signed(&emulator, &first).await.status, 200);
    for _ in 0..2 {
        assert_eq!(
            call(&emulator, &RequestSpec::example(ACS3)).await.status,
            200
        );
    }
    // The first nonce was forgotten to make room: memory stays bounded under load.
    assert_eq!(call_signed(&emulator, &first).await.status, 200);
}

#[tokio::test]
async fn acs3_body_hash_must_match_the_body() {
    let emulator = emulator().await;
    let mut spec = RequestSpec::example(ACS3);
    spec.body = br#"{"a":1}"#.to_vec();
    let mut signed = spec.sign(emulator.addr());
    signed.body = br#"{"a":2}"#.to_vec();
    let message = call_signed(&emulator, &signed)
        .await
        .assert_gateway_error(400, "ContentSha256Mismatch");
    assert!(
        message.contains(&acs_sign::acs3::hashed_payload(br#"{"a":2}"#)),
        "{message}"
    );

    let mut spec = RequestSpec::example(ACS3);
    spec.unsigned_headers = vec!["x-acs-content-sha256".into()];
    let signed = spec
        .sign(emulator.addr())
        .without_header("x-acs-content-sha256");
    call_signed(&emulator, &signed)
        .await
        .assert_gateway_error(400, "MissingContentSha256");
}

#[tokio::test]
async fn acs3_must_sign_host_and_every_acs_header() {
    let emulator = emulator().await;
    for header in ["host", "x-acs-action", "x-acs-signature-nonce"] {
        let mut spec = RequestSpec::example(ACS3);
        spec.unsigned_headers = vec![header.to_owned()];
        let message = call(&emulator, &spec)
            .await
            .assert_gateway_error(400, "IncompleteSignature");
        assert!(message.contains(header), "{header}: {message}");
    }
}

#[tokio::test]
async fn acs3_signed_headers_must_be_present() {
    let emulator = emulator().await;
    let mut spec = RequestSpec::example(ACS3);
    spec.extra_headers = vec![("user-agent".into(), "mms-emulator-tests".into())];
    let signed = spec.sign(emulator.addr()).without_header("user-agent");
    let message = call_signed(&emulator, &signed)
        .await
        .assert_gateway_error(400, "MissingSignedHeader");
    assert!(message.contains("user-agent"), "{message}");
}

#[tokio::test]
async fn sts_needs_its_own_signed_token() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        for (creds, what) in [
            (
                Credentials::new("sts-id", "sts-secret").with_security_token("another-token"),
                "not the security token",
            ),
            (Credentials::new("sts-id", "sts-secret"), "must carry"),
        ] {
            let spec = RequestSpec::new(algorithm, creds, EXAMPLE_PATH);
            let message = call(&emulator, &spec)
                .await
                .assert_gateway_error(403, "InvalidSecurityToken");
            assert!(message.contains(what), "{algorithm}: {message}");
            assert!(!message.contains("the-token"), "{message}");
        }
        // A long-lived key must not claim a token.
        let spec = RequestSpec::new(
            algorithm,
            demo_credentials().with_security_token("the-token"),
            EXAMPLE_PATH,
        );
        call(&emulator, &spec)
            .await
            .assert_gateway_error(403, "InvalidSecurityToken");
    }
    // The x-acs-accesskey-id sent with the token must name the signing key.
    for algorithm in ALGORITHMS {
        let mut spec = RequestSpec::new(
            algorithm,
            Credentials::new("sts-id", "sts-secret").with_security_token("the-token"),
            EXAMPLE_PATH,
        );
        spec.extra_headers = vec![("x-acs-accesskey-id".into(), "someone-else".into())];
        let message = call(&emulator, &spec)
            .await
            .assert_gateway_error(403, "InvalidSecurityToken");
        assert!(message.contains("someone-else"), "{algorithm}: {message}");
    }
    // ACS3: the token must be signed.
    let mut spec = RequestSpec::new(
        ACS3,
        Credentials::new("sts-id", "sts-secret").with_security_token("the-token"),
        EXAMPLE_PATH,
    );
    spec.unsigned_headers = vec!["x-acs-security-token".into()];
    call(&emulator, &spec)
        .await
        .assert_gateway_error(400, "IncompleteSignature");
}

#[tokio::test]
async fn action_and_version_must_name_get_mms_job() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        let mut spec = RequestSpec::example(algorithm);
        spec.action = "ListMmsJobs".into();
        let message = call(&emulator, &spec)
            .await
            .assert_gateway_error(400, "InvalidAction");
        assert!(
            message.contains("ListMmsJobs") && message.contains("GetMmsJob"),
            "{message}"
        );

        let mut spec = RequestSpec::example(algorithm);
        spec.version = "2019-06-12".into();
        let message = call(&emulator, &spec)
            .await
            .assert_gateway_error(400, "InvalidVersion");
        assert!(
            message.contains("2019-06-12") && message.contains("2022-01-04"),
            "{message}"
        );
    }
}

#[tokio::test]
async fn roa_signature_method_must_be_hmac_sha1() {
    let emulator = emulator().await;
    let mut spec = RequestSpec::example(ROA);
    spec.extra_headers = vec![("x-acs-signature-method".into(), "HMAC-SHA256".into())];
    // protocol_headers already set HMAC-SHA1; replace it after signing.
    let signed = spec
        .sign(emulator.addr())
        .with_header("x-acs-signature-method", "HMAC-SHA256");
    call_signed(&emulator, &signed)
        .await
        .assert_gateway_error(400, "InvalidSignatureMethod");
}
