//! Micro-benchmarks of the signing core on the GetMmsJob request, each beside its floor measured
//! in the same run: a bare HMAC over as many bytes as the string-to-sign (and, for ACS3, the
//! hashing the protocol itself requires).
//!
//! `cargo bench -p acs-sign --bench signing` (or `cargo xtask bench`, which also prints ratios).

use std::hint::black_box;
use std::time::{Duration, UNIX_EPOCH};

use acs_sign::{
    acs3, protocol_headers, sign, Credentials, SignableRequest, SignatureAlgorithm, SigningParams,
};
use criterion::{criterion_group, criterion_main, Criterion};
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

const SECRET: &str = "mms-demo-secret";

/// The GetMmsJob request exactly as `maxcompute-mms` hands it to the signer: the transport
/// headers the client sets, then the protocol headers of `algorithm`.
fn get_mms_job_request(
    algorithm: SignatureAlgorithm,
    creds: &Credentials,
) -> SignableRequest<'static> {
    let params = SigningParams {
        credentials: creds,
        time: UNIX_EPOCH + Duration::from_secs(1_735_787_045),
        nonce: "3f2b6e5c9a1d4e7f8b0c2d4e6f8a0b1c",
        action: "GetMmsJob",
        version: "2022-01-04",
    };
    let mut request = SignableRequest::new("GET", "/api/v1/mms/datasources/2/jobs/10")
        .header("accept", "application/json")
        .header("host", "maxcompute.cn-hangzhou.aliyuncs.com")
        .header("user-agent", "maxcompute-mms/0.1.0 (linux; x86_64) Rust");
    for (name, value) in protocol_headers(algorithm, &params, b"") {
        request = request.header(name, value);
    }
    request
}

fn hmac_sha1(key: &[u8], msg: &[u8]) -> [u8; 20] {
    let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

fn roa(c: &mut Criterion) {
    let creds = Credentials::new("mms-demo-key", SECRET);
    let request = get_mms_job_request(SignatureAlgorithm::RoaHmacSha1, &creds);
    let string_to_sign = sign(SignatureAlgorithm::RoaHmacSha1, &request, &creds).string_to_sign;
    let mut group = c.benchmark_group("roa");
    group.bench_function("sign", |b| {
        b.iter(|| sign(SignatureAlgorithm::RoaHmacSha1, black_box(&request), &creds))
    });
    group.bench_function(format!("floor_hmac_sha1_{}B", string_to_sign.len()), |b| {
        b.iter(|| hmac_sha1(SECRET.as_bytes(), black_box(string_to_sign.as_bytes())))
    });
    group.finish();
}

fn acs3(c: &mut Criterion) {
    let creds = Credentials::new("mms-demo-key", SECRET);
    let request = get_mms_job_request(SignatureAlgorithm::Acs3HmacSha256, &creds);
    let signed = sign(SignatureAlgorithm::Acs3HmacSha256, &request, &creds);
    let string_to_sign = signed.string_to_sign;
    let canonical_request = signed.canonical_request.unwrap_or_default();
    let mut group = c.benchmark_group("acs3");
    group.bench_function("sign", |b| {
        b.iter(|| {
            sign(
                SignatureAlgorithm::Acs3HmacSha256,
                black_box(&request),
                &creds,
            )
        })
    });
    group.bench_function(
        format!("floor_hmac_sha256_{}B", string_to_sign.len()),
        |b| b.iter(|| hmac_sha256(SECRET.as_bytes(), black_box(string_to_sign.as_bytes()))),
    );
    // What the protocol itself makes every signer compute: SHA-256 of the canonical request,
    // then the HMAC of the string-to-sign. No ACS3 signer can go below this.
    group.bench_function(
        format!(
            "floor_sha256_{}B_plus_hmac_sha256_{}B",
            canonical_request.len(),
            string_to_sign.len()
        ),
        |b| {
            b.iter(|| {
                let digest = Sha256::digest(black_box(canonical_request.as_bytes()));
                (
                    digest,
                    hmac_sha256(SECRET.as_bytes(), black_box(string_to_sign.as_bytes())),
                )
            })
        },
    );
    group.bench_function("canonical_request", |b| {
        b.iter(|| acs3::canonical_request(black_box(&request)))
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
    targets = roa, acs3
}
criterion_main!(benches);
