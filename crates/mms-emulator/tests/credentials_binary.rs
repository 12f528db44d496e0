//! The `mms-emulator` binary with its emulated STS and ECS metadata service: the flags start
//! them, print where they listen, and what STS issues is accepted; bad flags are one line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::SystemTime;

use acs_sign::rpc;

const BIN: &str = env!("CARGO_BIN_EXE_mms-emulator");

/// Kills the child even when an assertion fails.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn url_in(line: &str) -> String {
    line.split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_flags_start_an_sts_and_a_metadata_service_sharing_the_keys() {
    let child = Command::new(BIN)
        .args([
            "--port",
            "0",
            "--access-key",
            "bin-id:bin-secret",
            "--sts-port",
            "0",
            "--sts-lifetime-secs",
            "120",
            "--metadata-port",
            "0",
            "--ecs-role",
            "BinRole",
            "--metadata-require-token",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut running = Running(child);
    let stdout = running.0.stdout.take().unwrap();
    let lines = tokio::task::spawn_blocking(move || {
        let mut reader = BufReader::new(stdout);
        (0..3)
            .map(|_| {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                line.trim_end().to_owned()
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    assert!(
        lines[0].starts_with("mms-emulator listening on http://127.0.0.1:"),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with("mms-emulator STS listening on http://127.0.0.1:"),
        "{lines:?}"
    );
    assert!(
        lines[2].starts_with("mms-emulator ECS metadata listening on http://127.0.0.1:")
            && lines[2].ends_with("(role BinRole)"),
        "{lines:?}"
    );
    assert!(!lines.concat().contains("bin-secret"));
    let (sts, metadata) = (url_in(&lines[1]), url_in(&lines[2]));
    let http = reqwest::Client::builder().no_proxy().build().unwrap();

    let mut params: Vec<(String, String)> = [
        ("Action", "AssumeRole"),
        ("Format", "JSON"),
        ("Version", "2015-04-01"),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureVersion", "1.0"),
        ("SignatureNonce", "binary-test-nonce-1"),
        ("AccessKeyId", "bin-id"),
        ("RoleArn", "acs:ram::1234567890123456:role/r"),
        ("RoleSessionName", "binary"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    params.push(("Timestamp".into(), rpc::timestamp(SystemTime::now())));
    let signature = rpc::sign("GET", &params, "bin-secret").signature;
    params.push(("Signature".into(), signature));
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", acs_sign::percent_encode(v)))
        .collect();
    let answer: serde_json::Value = http
        .get(format!("{sts}/?{}", query.join("&")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let expiration = answer["Credentials"]["Expiration"].as_str().unwrap();
    let left = acs_sign::parse_acs3_date(expiration)
        .unwrap()
        .duration_since(SystemTime::now())
        .unwrap();
    assert!(left.as_secs() <= 120 && left.as_secs() >= 100, "{answer}");

    let token = http
        .put(format!("{metadata}/latest/api/token"))
        .header("X-aliyun-ecs-metadata-token-ttl-seconds", "60")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let roles = format!("{metadata}/latest/meta-data/ram/security-credentials/");
    let role = http
        .get(&roles)
        .header("X-aliyun-ecs-metadata-token", token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(role, "BinRole");
    let status = http.get(&roles).send().await.unwrap().status();
    assert_eq!(status, 403, "IMDSv2 only");
}

#[test]
fn bad_credential_service_flags_are_one_line_naming_the_flag() {
    for (args, flag) in [
        (
            vec!["--sts-port", "0", "--sts-fault", "sometimes"],
            "--sts-fault",
        ),
        (
            vec!["--sts-port", "0", "--oidc-provider", "no-equals-sign"],
            "--oidc-provider",
        ),
        (
            vec![
                "--sts-port",
                "0",
                "--oidc-provider",
                "acs:ram::1:oidc-provider/p=/no/such/file",
            ],
            "--oidc-provider",
        ),
        (vec!["--metadata-port", "x"], "--metadata-port"),
    ] {
        let output = Command::new(BIN).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(flag), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}
