//! Decoding answers into the generated types, each beside its floor measured in the same run: an
//! untyped `serde_json::Value` parse of the same bytes.
//!
//! - `decode`: the documented GetMmsJob answer;
//! - `decode_list_mms_tables_1000`: a ListMmsTables page of 1,000 tables, made of the documented
//!   example's two tables repeated with their ids and names changed.
//!
//! `cargo bench -p mms-api --bench decode` (or `cargo xtask bench`, which also prints ratios).

#![allow(clippy::expect_used)] // a bench that cannot build its input has nothing to measure

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mms_api::types::{GetMmsJobResponse, ListMmsTablesResponse};
use serde_json::{json, Value};

/// Tables in the page of `decode_list_mms_tables_1000`.
const TABLES: usize = 1_000;

fn documented(file: &str) -> &'static str {
    mms_api::example(file).expect("a documented example")
}

/// A ListMmsTables answer with `TABLES` tables, built from the documented page.
fn thousand_tables() -> Vec<u8> {
    let page: Value =
        serde_json::from_str(documented("ListMmsTables.200.json")).expect("documented JSON");
    let Some(Value::Array(tables)) = page.pointer("/data/objectList").cloned() else {
        panic!("the documented ListMmsTables page has no data.objectList");
    };
    let list: Vec<Value> = (0..TABLES)
        .map(|i| {
            let mut table = tables[i % tables.len()].clone();
            table["id"] = json!(1_000 + i);
            table["name"] = json!(format!("table_{i:04}"));
            table["dstName"] = json!(format!("table_{i:04}"));
            table
        })
        .collect();
    serde_json::to_vec(&json!({
        "requestId": "D1433AA0-2F9E-496E-519B-48B9A8F90304",
        "data": {"total": 100_000, "pageNum": 1, "pageSize": TABLES, "objectList": list},
    }))
    .expect("serializable")
}

fn decode(c: &mut Criterion) {
    let example = documented("GetMmsJob.200.json").as_bytes();
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Bytes(example.len() as u64));
    group.bench_function("typed_get_mms_job_response", |b| {
        b.iter(|| serde_json::from_slice::<GetMmsJobResponse>(black_box(example)))
    });
    group.bench_function("floor_serde_json_value", |b| {
        b.iter(|| serde_json::from_slice::<Value>(black_box(example)))
    });
    group.finish();
}

fn decode_list_page(c: &mut Criterion) {
    let page = thousand_tables();
    let typed: ListMmsTablesResponse = serde_json::from_slice(&page).expect("the page decodes");
    assert_eq!(typed.data.map(|d| d.object_list.len()), Some(TABLES));
    let mut group = c.benchmark_group("decode_list_mms_tables_1000");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("typed_list_mms_tables_response", |b| {
        b.iter(|| serde_json::from_slice::<ListMmsTablesResponse>(black_box(&page)))
    });
    group.bench_function("floor_serde_json_value", |b| {
        b.iter(|| serde_json::from_slice::<Value>(black_box(&page)))
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
    targets = decode, decode_list_page
}
criterion_main!(benches);
