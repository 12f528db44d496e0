//! The row of `aliyun-openapi-core-rust-sdk`'s generic ROA client (feature `aliyun-sdk`): what a
//! Rust user would otherwise pick. It signs ROA HMAC-SHA1 itself; the MMS action and version
//! headers are given as extra headers, as its documentation shows for other products.

use std::collections::HashMap;

use aliyun_openapi_core_rust_sdk::client::roa::ROAClient;
use mms_emulator::{DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET};

/// A configured `ROAClient`, cloned per call as its API requires (`send` takes `self`).
#[derive(Debug)]
pub struct Caller {
    client: ROAClient,
    headers: HashMap<String, String>,
}

impl Caller {
    pub fn new(base_url: &str) -> Caller {
        let headers = [
            ("x-acs-action", "GetMmsJob"),
            ("x-acs-version", mms_api::API_VERSION),
            ("x-acs-signature-version", "1.0"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        Caller {
            client: ROAClient::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, base_url),
            headers,
        }
    }

    pub async fn call(&self) -> Result<(), String> {
        let value: serde_json::Value = self
            .client
            .clone()
            .version(mms_api::API_VERSION)
            .get("/api/v1/mms/datasources/2/jobs/10")
            .header(self.headers.clone())
            .map_err(|e| e.to_string())?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        match value["data"]["id"].as_i64() {
            Some(10) => Ok(()),
            _ => Err(format!("unexpected answer: {value}")),
        }
    }
}
