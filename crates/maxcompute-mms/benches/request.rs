//! The client-side work of one GetMmsJob request, without a network: the `reqwest::Request`
//! built as the generated client builds it, then the signing hook's `prepare` (protocol headers,
//! nonce, date, signature), as a real call runs them. Beside it, building alone.
//!
//! `cargo bench -p maxcompute-mms --bench request` (or `cargo xtask bench`).
#![allow(
    clippy::expect_used,
    reason = "a benchmark: a failing setup is reported at once"
)]

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use futures::FutureExt as _;
use maxcompute_mms::{bench_support, Credentials, SignatureAlgorithm};
use mms_api::{Operation, RequestHooks};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT};

const BASE_URL: &str = "https://maxcompute.cn-hangzhou.aliyuncs.com";
const HOST: &str = "maxcompute.cn-hangzhou.aliyuncs.com";

/// What `builder::GetMmsJob::send` in `crates/mms-api/generated/codegen.rs` does before it
/// calls the hooks.
fn build(http: &reqwest::Client, source_id: i64, job_id: i64) -> reqwest::Request {
    let url = format!(
        "{}/api/v1/mms/datasources/{}/jobs/{}",
        BASE_URL,
        progenitor_client::encode_path(&source_id.to_string()),
        progenitor_client::encode_path(&job_id.to_string()),
    );
    let mut header_map = HeaderMap::with_capacity(1);
    header_map.append(
        HeaderName::from_static("api-version"),
        HeaderValue::from_static(mms_api::API_VERSION),
    );
    http.get(url)
        .header(ACCEPT, HeaderValue::from_static("application/json"))
        .headers(header_map)
        .build()
        .expect("the request builds")
}

fn build_and_sign(
    http: &reqwest::Client,
    hooks: &Arc<dyn RequestHooks>,
    operation: &Operation,
) -> reqwest::Request {
    let mut request = build(http, black_box(2), black_box(10));
    // The signing hook never waits: its future is ready at the first poll.
    hooks
        .prepare(&mut request, operation)
        .now_or_never()
        .expect("prepare completes at once")
        .expect("the request signs");
    request
}

fn request(c: &mut Criterion) {
    let http = reqwest::Client::new();
    let operation = Operation::from_method("get_mms_job").expect("get_mms_job is generated");
    let credentials = Credentials::new("mms-demo-key", "mms-demo-secret");
    let user_agent = "maxcompute-mms/0.1.0 (linux; x86_64) Rust";
    let mut group = c.benchmark_group("request");
    group.bench_function("build", |b| {
        b.iter(|| build(&http, black_box(2), black_box(10)))
    });
    for (name, algorithm) in [
        ("build_and_sign_roa", SignatureAlgorithm::RoaHmacSha1),
        ("build_and_sign_acs3", SignatureAlgorithm::Acs3HmacSha256),
    ] {
        let hooks = bench_support::signing_hooks(credentials.clone(), algorithm, HOST, user_agent);
        group.bench_function(name, |b| {
            b.iter(|| build_and_sign(&http, &hooks, &operation))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    // Short measurements: the whole suite must run in a few minutes on 2 cores.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(40);
    targets = request
}
criterion_main!(benches);
