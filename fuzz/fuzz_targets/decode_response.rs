//! Arbitrary bytes into the `GetMmsJob` answer decoder.
//!
//! Checks: decoding never panics; whatever decodes re-encodes, decodes again to an equal value,
//! and re-encodes to the same bytes (encode ∘ decode is a fixed point after one round).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_api::types::GetMmsJobResponse;

fuzz_target!(|data: &[u8]| {
    let Ok(first) = serde_json::from_slice::<GetMmsJobResponse>(data) else {
        return;
    };
    let encoded = serde_json::to_vec(&first).expect("a decoded answer must encode");
    let second: GetMmsJobResponse = match serde_json::from_slice(&encoded) {
        Ok(v) => v,
        Err(e) => panic!(
            "re-encoded answer does not decode: {e}\n{}",
            String::from_utf8_lossy(&encoded)
        ),
    };
    assert_eq!(
        first,
        second,
        "decode(encode(x)) != x; encoded: {}",
        String::from_utf8_lossy(&encoded)
    );
    let reencoded = serde_json::to_vec(&second).expect("a decoded answer must encode");
    assert_eq!(
        String::from_utf8_lossy(&encoded),
        String::from_utf8_lossy(&reencoded),
        "encoding is not stable across a round trip"
    );
});
