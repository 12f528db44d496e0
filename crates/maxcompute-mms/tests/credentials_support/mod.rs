//! What the credential tests share: a clock moved by hand, emulated STS / metadata / MMS
//! services sharing one key store, and a small server answering fixed JSON.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::http::StatusCode;
use axum::response::IntoResponse;
use maxcompute_mms::credentials::{Clock, Environment};
use maxcompute_mms::{Client, Error, Operations};
use mms_emulator::{EmulatorConfig, KeyStore, RunningEmulator, RunningSts, StsConfig};

pub const SOURCE_ID: &str = "source-key-id";
pub const SOURCE_SECRET: &str = "source-secret-value-0123";
pub const ROLE: &str = "acs:ram::1234567890123456:role/mms-migration";
pub const OIDC_PROVIDER: &str = "acs:ram::1234567890123456:oidc-provider/ack-rrsa-test";

/// GetMmsJob of the documented job (2/10) through `client`: the one place these tests name the
/// client's call, so a change of its request API is one edit here.
pub async fn get_job(client: &Client) -> Result<i64, Error> {
    client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .map(|job| job.id)
}

/// A clock that starts at the real now and moves only when told.
#[derive(Clone)]
pub struct ManualClock {
    start: SystemTime,
    offset_ms: Arc<AtomicU64>,
}

impl ManualClock {
    pub fn new() -> ManualClock {
        ManualClock {
            start: SystemTime::now(),
            offset_ms: Arc::new(AtomicU64::new(0)),
        }
    }

    pub fn clock(&self) -> Clock {
        let (start, offset) = (self.start, self.offset_ms.clone());
        Arc::new(move || start + Duration::from_millis(offset.load(Ordering::SeqCst)))
    }

    /// Moves to `secs` after the start.
    pub fn set_secs(&self, secs: u64) {
        self.offset_ms.store(secs * 1000, Ordering::SeqCst);
    }
}

/// An emulated STS and MMS endpoint sharing a key store on `clock`; the source key is
/// accepted by both.
pub struct Services {
    pub keys: KeyStore,
    pub sts: RunningSts,
    pub mms: RunningEmulator,
}

pub async fn services(clock: Clock, sts: impl FnOnce(StsConfig) -> StsConfig) -> Services {
    let keys = KeyStore::with_clock(clock);
    let sts = mms_emulator::start_sts(sts(
        StsConfig::new(keys.clone()).access_key(SOURCE_ID, SOURCE_SECRET)
    ))
    .await
    .unwrap();
    let mms = mms_emulator::start(
        EmulatorConfig::default()
            .access_key(SOURCE_ID, SOURCE_SECRET)
            .key_store(keys.clone()),
    )
    .await
    .unwrap();
    Services { keys, sts, mms }
}

/// An environment of exactly `vars`, with the ECS metadata service disabled unless `vars`
/// points it somewhere (no test leaves loopback).
pub fn env(home: &Path, vars: &[(&str, &str)]) -> Environment {
    let mut all: Vec<(String, String)> = vec![("HOME".into(), home.display().to_string())];
    if !vars.iter().any(|(k, _)| *k == "MMS_ECS_METADATA_ENDPOINT") {
        all.push(("ALIBABA_CLOUD_ECS_METADATA_DISABLED".into(), "true".into()));
    }
    all.extend(vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
    Environment::from_vars(all)
}

pub fn write(home: &Path, relative: &str, text: &str) -> std::path::PathBuf {
    let path = home.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

/// A loopback server answering every request with `status` and `body` (JSON), counting them.
pub struct FixedServer {
    pub addr: SocketAddr,
    pub hits: Arc<Mutex<u64>>,
    answer: Arc<Mutex<(u16, String)>>,
}

impl FixedServer {
    pub async fn start(status: u16, body: &str) -> FixedServer {
        let hits = Arc::new(Mutex::new(0));
        let answer = Arc::new(Mutex::new((status, body.to_owned())));
        let (h, a) = (hits.clone(), answer.clone());
        let router = axum::Router::new().fallback(move || {
            let (h, a) = (h.clone(), a.clone());
            async move {
                *h.lock().unwrap() += 1;
                let (status, body) = a.lock().unwrap().clone();
                (
                    StatusCode::from_u16(status).unwrap(),
                    [("content-type", "application/json")],
                    body,
                )
                    .into_response()
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router).await });
        FixedServer { addr, hits, answer }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn set(&self, status: u16, body: &str) {
        *self.answer.lock().unwrap() = (status, body.to_owned());
    }

    pub fn hits(&self) -> u64 {
        *self.hits.lock().unwrap()
    }
}

/// A credentials JSON as the metadata service and credentials URIs answer it.
pub fn credentials_json(code: &str, id: &str, expiration: SystemTime) -> String {
    serde_json::json!({
        "Code": code,
        "AccessKeyId": id,
        "AccessKeySecret": "issued-secret-value-xyz",
        "SecurityToken": "issued-token-value-xyz",
        "Expiration": acs_sign_date(expiration),
        "LastUpdated": acs_sign_date(SystemTime::now()),
    })
    .to_string()
}

fn acs_sign_date(t: SystemTime) -> String {
    acs_sign::format_acs3_date(t)
}
