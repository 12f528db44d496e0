//! Each rule of the spec, broken once in a copy of the workspace's spec and examples.

use super::{
    tests::{edit, workspace_copy},
    *,
};

fn errors(spec_path: &Path) -> String {
    check_spec(&spec::load(spec_path).expect("load")).unwrap_err()
}

#[test]
fn an_action_that_is_not_the_operation_id_fails() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "x-acs-action: ListMmsTimers",
        "x-acs-action: ListMmsTimer",
    );
    let err = errors(&spec);
    assert!(err.contains("/x-acs-action: "), "{err}");
    assert!(
        err.contains("rule: x-acs-action equals the operationId"),
        "{err}"
    );
}

#[test]
fn an_answer_not_named_after_its_operation_fails() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "$ref: \"#/components/schemas/StopMmsJobResponse\"",
        "$ref: \"#/components/schemas/StartMmsJobResponse\"",
    );
    let err = errors(&spec);
    assert!(
        err.contains("~1stop/post/responses/200: schema is Some(\"StartMmsJobResponse\")"),
        "{err}"
    );
    assert!(
        err.contains("rule: the 200 answer is the named schema"),
        "{err}"
    );
}

#[test]
fn an_error_answer_that_is_not_error_body_fails() {
    let (_dir, spec) = workspace_copy();
    // Both error answers change, or progenitor refuses two error types first.
    for _ in 0..2 {
        edit(
            &spec,
            "            $ref: \"#/components/schemas/ErrorBody\"",
            "            $ref: \"#/components/schemas/GatewayErrorBody\"",
        );
    }
    let err = errors(&spec);
    assert!(
        err.contains(
            "/responses/4XX: schema is Some(\"GatewayErrorBody\") (rule: errors answer ErrorBody)"
        ),
        "{err}"
    );
    assert_eq!(err.lines().count(), 72, "two lines per operation:\n{err}");
}

#[test]
fn an_example_file_of_no_operation_fails() {
    let (dir, spec) = workspace_copy();
    let stray = dir.path().join("openapi/examples/GetMmsJobs.200.json");
    std::fs::write(&stray, "{}").expect("write");
    let err = errors(&spec);
    assert!(
        err.contains("GetMmsJobs.200.json: not the example of any operation"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn an_operation_without_its_example_file_fails() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "                  externalValue: examples/RetryMmsTask.200.json\n",
        "                  value: {requestId: r, data: 0}\n",
    );
    let err = errors(&spec);
    assert!(
        err.contains("~1retry/post/responses/200: example files []"),
        "{err}"
    );
    assert!(
        err.contains("RetryMmsTask.200.json: not the example of any operation"),
        "{err}"
    );
}

#[test]
fn an_object_schema_no_example_reaches_fails() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "      example:\n        numRows: desc\n        size: desc\n        updateTime: asc\n",
        "",
    );
    let err = errors(&spec);
    assert!(
        err.contains("/components/schemas/DbSorter: no example contains this schema"),
        "{err}"
    );
}

#[test]
fn a_field_no_example_shows_fails() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "        scanErrMsg:\n",
        "        scanErrMsg:\n          description: x\n          type: string\n        scanWarnings:\n",
    );
    let err = errors(&spec);
    assert!(
        err.contains(
            "/components/schemas/DataSource/properties/scanWarnings: no example shows this field"
        ),
        "{err}"
    );
}

#[test]
fn a_page_with_another_field_fails() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "    TimerPage:\n",
        "    TimerPage:\n      required: [total]\n",
    );
    edit(
        &spec,
        "          description: The timers of this page.\n",
        "          description: The timers of this page.\n          type: array\n          items:\n            $ref: \"#/components/schemas/Timer\"\n        hasMore:\n          description: x.\n",
    );
    let err = errors(&spec);
    assert!(
        err.contains("/components/schemas/TimerPage: not a page"),
        "{err}"
    );
}

#[test]
fn a_json_text_example_that_breaks_its_schema_fails() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "example: '[\"DONE\",\"FAILED\"]'",
        "example: '[\"DONE\",\"GONE\"]'",
    );
    let err = errors(&spec);
    assert!(
        err.contains("/paths/~1api~1v1~1mms~1datasources~1{sourceId}~1tables/get/parameters/"),
        "{err}"
    );
    assert!(err.contains("at /1:"), "{err}");
    assert!(
        err.contains("rule: enum; the decoded text matches x-mms-json-text"),
        "{err}"
    );
}

#[test]
fn a_schema_that_lets_unknown_fields_pass_is_reported() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "    TaskLog:\n      description: One step a migration task went through, with what it reported.\n      type: object\n",
        "    TaskLog:\n      description: One step a migration task went through, with what it reported.\n      type: object\n      additionalProperties: {}\n",
    );
    let err = errors(&spec);
    assert!(
        err.contains("/components/schemas/TaskLog: an unknown field at ")
            && err.contains("ListMmsTaskLogs.200.json /data/0 is not reported"),
        "{err}"
    );
}

#[test]
fn a_field_without_a_type_is_reported() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "    CreatedTimer:\n      description: The result of creating a timer.\n      type: object\n      properties:\n        timerId:\n          description: Identifier of the new timer.\n          type: integer\n          format: int64\n",
        "    CreatedTimer:\n      description: The result of creating a timer.\n      type: object\n      properties:\n        timerId:\n          description: Identifier of the new timer.\n",
    );
    let err = errors(&spec);
    assert!(
        err.contains("/components/schemas/CreatedTimer: a wrong type (no field of the example has a type to break)"),
        "{err}"
    );
}

#[test]
fn a_property_named_nullable_is_a_property() {
    let (dir, spec) = workspace_copy();
    let example = dir.path().join("openapi/examples/GetMmsTable.200.json");
    edit(&example, "\"nullable\": false", "\"nullable\": \"no\"");
    let err = errors(&spec);
    assert!(
        err.contains("GetMmsTable.200.json: /data/schema/columns/0/nullable: "),
        "{err}"
    );
    assert!(err.contains("rule: type"), "{err}");
}

#[test]
fn a_field_without_a_description_fails() {
    let (_dir, spec) = workspace_copy();
    edit(
        &spec,
        "        scanId:\n          description: Identifier of the latest metadata scan.\n",
        "        scanId:\n",
    );
    let err = errors(&spec);
    assert!(
        err.contains("/components/schemas/DataSource/properties/scanId: no description"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}
