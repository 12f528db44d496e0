//! The operations the emulator serves are exactly those of the spec, each under its method,
//! path and `x-acs-action`, and a request naming another action is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::BTreeSet;

use mms_emulator::{operations, start, EmulatorConfig};
use support::*;

/// `(action, method, path)` of every operation of the spec, from the route table generated
/// from it.
fn spec_operations() -> BTreeSet<(String, String, String)> {
    mms_api::ROUTES
        .iter()
        .map(|r| (r.action.to_owned(), r.method.to_owned(), r.path.to_owned()))
        .collect()
}

#[test]
fn the_emulator_serves_every_operation_of_the_spec_and_no_other() {
    let served: BTreeSet<(String, String, String)> = operations()
        .map(|o| (o.action.to_owned(), o.method.to_owned(), o.path.to_owned()))
        .collect();
    let spec = spec_operations();
    assert_eq!(spec.len(), 36);
    let missing: Vec<_> = spec.difference(&served).collect();
    let extra: Vec<_> = served.difference(&spec).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "not served: {missing:?}\nnot in the spec: {extra:?}"
    );
}

/// A concrete path of a template, with ids that exist nowhere.
fn concrete(template: &str) -> String {
    template
        .split('/')
        .map(|s| if s.starts_with('{') { "987654" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

#[tokio::test]
async fn every_route_checks_its_action_and_answers_its_own() {
    let emulator = start(EmulatorConfig::default().without_demo())
        .await
        .unwrap();
    let api = Api::new(&emulator);
    for op in operations() {
        let path = concrete(op.path);
        let wrong = if op.action == "GetMmsJob" {
            "ListMmsJobs"
        } else {
            "GetMmsJob"
        };
        let message = api
            .call(wrong, op.method, &path, &[], None)
            .await
            .assert_gateway_error(400, "InvalidAction");
        assert!(message.contains(op.action), "{}: {message}", op.action);

        // With its own action the request reaches the operation: an unknown data source, a
        // body field it needs, or (outside a source) an answer.
        let answer = api.call(op.action, op.method, &path, &[], None).await;
        let code = answer.body["code"].as_str().unwrap_or_default().to_owned();
        let reached = match (answer.status, code.as_str()) {
            (404, "NoSuchMmsDataSource") => op.path.contains("{sourceId}"),
            (400, "MissingParameter") => true,
            (200, _) => !op.path.contains("{sourceId}"),
            _ => false,
        };
        assert!(reached, "{}: {:#}", op.action, answer.body);
        answer.request_id();
    }
}
