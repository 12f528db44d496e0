//! The demo every emulator serves unless told otherwise: data source 2 with a scanned catalog,
//! the documented job 10, and jobs that finished, run and failed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use mms_emulator::{start, EmulatorConfig};
use support::*;

const DEMO: &str = "/api/v1/mms/datasources/2";

#[tokio::test]
async fn the_demo_source_has_a_catalog_and_jobs_in_every_state() {
    let emu = start(EmulatorConfig::default().speed(0.0)).await.unwrap();
    let api = Api::new(&emu);
    let source = api.data("GetMmsDataSource", DEMO, &[]).await;
    assert_eq!(
        (source["name"].as_str(), source["status"].as_str()),
        (Some("demo"), Some("STARTED"))
    );
    assert_eq!(
        (source["dbNum"].as_i64(), source["tableNum"].as_i64()),
        (Some(2), Some(8))
    );

    let jobs = api
        .data(
            "ListMmsJobs",
            &format!("{DEMO}/jobs"),
            &[("sorter.status", "asc")],
        )
        .await;
    let statuses: Vec<(i64, &str)> = jobs["objectList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| (j["id"].as_i64().unwrap(), j["status"].as_str().unwrap()))
        .collect();
    assert_eq!(jobs["total"], 4, "{statuses:?}");
    for status in ["DONE", "DOING", "FAILED"] {
        assert!(
            statuses.iter().any(|(id, s)| *s == status && *id != 10),
            "{statuses:?}"
        );
    }
    assert!(
        statuses.windows(2).all(|w| w[0].1 <= w[1].1),
        "sorted by status: {statuses:?}"
    );

    // The failed job's log says what went wrong.
    let failed = api
        .data(
            "ListMmsTasks",
            &format!("{DEMO}/tasks"),
            &[("status", "DATA_FAILED")],
        )
        .await;
    assert_eq!(failed["total"], 1);
    let task = &failed["objectList"][0];
    let logs = api
        .data(
            "ListMmsTaskLogs",
            &format!("{DEMO}/tasks/{}/logs", task["id"]),
            &[],
        )
        .await;
    let last = logs.as_array().unwrap().last().unwrap()["msg"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        last.contains("inventory") && last.contains("tunnel slots"),
        "{last}"
    );

    // The running job keeps running while the clock stands still, and finishes when it moves.
    let running = statuses
        .iter()
        .find(|(id, s)| *s == "DOING" && *id != 10)
        .unwrap()
        .0;
    let before = api
        .data("GetMmsJob", &format!("{DEMO}/jobs/{running}"), &[])
        .await;
    assert!(
        before["taskDone"].as_i64() < before["taskNum"].as_i64(),
        "{before}"
    );
    emu.advance_clock(Duration::from_secs(3600));
    let after = api
        .data("GetMmsJob", &format!("{DEMO}/jobs/{running}"), &[])
        .await;
    assert_eq!(after["status"], "DONE", "{after}");
    assert_eq!(after["taskDone"], after["taskNum"]);

    // The documented job is served as documented.
    let documented = api.data("GetMmsJob", &format!("{DEMO}/jobs/10"), &[]).await;
    assert_eq!(
        (documented["name"].as_str(), documented["dbId"].as_i64()),
        (Some("migrate_db_1"), Some(23))
    );
    let db = api.data("GetMmsDb", &format!("{DEMO}/dbs/23"), &[]).await;
    assert_eq!(db["name"], "mms_test");
}
