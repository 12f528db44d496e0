//! `config.others` is free-form JSON kept as the service sent it: numbers included, to the last
//! digit. (Found by fuzzing: without serde_json's `float_roundtrip`, 1.0000000574988386e308 came
//! back as a neighbouring float.) Run alone (`cargo test -p mms-api`) so no other crate's
//! features hide a regression.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use mms_api::types::GetMmsJobResponse;

#[test]
fn floats_in_others_survive_a_round_trip_exactly() {
    for number in [
        "1.0000000574988386e308",
        "0.1",
        "2.2250738585072014e-308",
        "123456789.12345679",
        "-0.30000000000000004",
    ] {
        let body = format!(r#"{{"data":{{"id":28,"config":{{"others":{{"g":{number}}}}}}}}}"#);
        let answer: GetMmsJobResponse = serde_json::from_str(&body).expect("decodes");
        let again = serde_json::to_string(&answer).expect("encodes");
        let back: serde_json::Value = serde_json::from_str(&again).expect("decodes again");
        let sent: serde_json::Value = serde_json::from_str(&body).expect("valid JSON");
        assert_eq!(
            back["data"]["config"]["others"]["g"], sent["data"]["config"]["others"]["g"],
            "{number} changed in a round trip: {again}"
        );
        let expected: f64 = number.parse().expect("a float");
        assert_eq!(
            back["data"]["config"]["others"]["g"].as_f64(),
            Some(expected),
            "{number}"
        );
    }
}
