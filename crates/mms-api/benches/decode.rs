//! Decoding the documented GetMmsJob answer into the generated types, beside its floor measured
//! in the same run: an untyped `serde_json::Value` parse of the same bytes.
//!
//! `cargo bench -p mms-api --bench decode` (or `cargo xtask bench`, which also prints ratios).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mms_api::types::GetMmsJobResponse;

/// The documented example answer, verbatim.
const EXAMPLE: &[u8] = include_bytes!("../../../openapi/examples/GetMmsJob.200.json");

fn decode(c: &mut Criterion) {
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Bytes(EXAMPLE.len() as u64));
    group.bench_function("typed_get_mms_job_response", |b| {
        b.iter(|| serde_json::from_slice::<GetMmsJobResponse>(black_box(EXAMPLE)))
    });
    group.bench_function("floor_serde_json_value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(EXAMPLE)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // Short measurements: the whole suite must run in a few minutes on 2 cores.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(40);
    targets = decode
}
criterion_main!(benches);
