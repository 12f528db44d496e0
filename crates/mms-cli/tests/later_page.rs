//! A list whose second page fails: what was printed stays well-formed, and the error is one
//! line. The server is a few lines of loopback HTTP that answers page 1 and refuses page 2.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::process::Output;

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
};

const PAGE_ONE: &str = r#"{"requestId":"r-1","data":{"total":4,"pageNum":1,"pageSize":2,"objectList":[
  {"id":1,"name":"first","status":"DONE","taskNum":2,"taskDone":2},
  {"id":2,"name":"second","status":"FAILED","taskNum":3,"taskDone":1}]}}"#;
const REFUSED: &str = r#"{"RequestId":"r-2","Code":"Forbidden.RAM","Message":"not allowed"}"#;

/// Answers every GET: page 1 with two jobs, any other page with 403.
async fn serve(listener: TcpListener) {
    while let Ok((mut socket, _)) = listener.accept().await {
        tokio::spawn(async move {
            let mut received = Vec::new();
            let mut chunk = [0u8; 4096];
            loop {
                let Ok(n) = socket.read(&mut chunk).await else {
                    return;
                };
                if n == 0 {
                    return;
                }
                received.extend_from_slice(&chunk[..n]);
                while let Some(end) = received.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&received[..end]).into_owned();
                    received.drain(..end + 4);
                    let first = head.lines().next().unwrap_or_default();
                    let (status, body) =
                        if first.contains("pageNum=1&") || first.contains("pageNum=1 ") {
                            ("200 OK", PAGE_ONE)
                        } else {
                            ("403 Forbidden", REFUSED)
                        };
                    let answer = format!(
                        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if socket.write_all(answer.as_bytes()).await.is_err() {
                        return;
                    }
                }
            }
        });
    }
}

async fn list(format: &str) -> Output {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(serve(listener));
    let home = tempfile::tempdir().unwrap();
    tokio::process::Command::new(env!("CARGO_BIN_EXE_mms"))
        .args([
            "--endpoint",
            &url,
            "job",
            "list",
            "2",
            "--page-size",
            "2",
            "--output",
            format,
        ])
        .env_clear()
        .env("HOME", home.path())
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "id")
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret-of-the-test")
        .output()
        .await
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[tokio::test]
async fn a_failing_later_page_leaves_a_well_formed_json_array_and_one_error_line() {
    let out = list("json").await;
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON array");
    assert_eq!(items.as_array().unwrap().len(), 2, "{items}");
    assert_eq!(items[1]["name"], "second");
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("ListMmsJobs: HTTP 403 Forbidden.RAM") && err.contains("r-2"),
        "{err}"
    );
}

#[tokio::test]
async fn json_lines_and_tables_keep_the_items_of_the_pages_that_came() {
    let out = list("jsonl").await;
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(text.lines().count(), 2, "{text}");
    let out = list("table").await;
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.lines().nth(2).unwrap().contains("1/3 (33%)"), "{text}");
}
