//! What adding an operation costs: an edit of the spec. An operation the spec gains gets its
//! route, its typed request, its page stream and its method on `Operations` from the generator,
//! without a line of hand-written Rust.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use serde_json::{json, Value};

fn spec() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../openapi/maxcompute-mms.yaml"
    ))
    .unwrap();
    serde_norway::from_str(&text).unwrap()
}

/// The spec with a 37th operation: a list of widgets, paged like every list.
fn spec_with_widgets() -> String {
    let mut spec = spec();
    spec["paths"]["/api/v1/mms/datasources/{sourceId}/widgets"] = json!({
        "get": {
            "operationId": "ListMmsWidgets",
            "x-acs-action": "ListMmsWidgets",
            "summary": "List the widgets of a data source.",
            "parameters": [
                {"name": "sourceId", "in": "path", "required": true,
                 "schema": {"type": "integer", "format": "int64"}},
                {"name": "colour", "in": "query", "schema": {"type": "string"}},
                {"$ref": "#/components/parameters/PageNum"},
                {"$ref": "#/components/parameters/PageSize"}
            ],
            "responses": {
                "200": {"description": "A page of widgets.", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ListMmsWidgetsResponse"}}}},
                "4XX": {"$ref": "#/components/responses/Refused"},
                "5XX": {"$ref": "#/components/responses/Failed"}
            }
        }
    });
    let schemas = &mut spec["components"]["schemas"];
    schemas["Widget"] = json!({"type": "object", "properties": {
        "id": {"type": "integer", "format": "int64"}, "colour": {"type": "string"}}});
    schemas["WidgetPage"] = json!({"type": "object", "properties": {
        "total": {"type": "integer", "format": "int64"},
        "pageNum": {"type": "integer", "format": "int64"},
        "pageSize": {"type": "integer", "format": "int64"},
        "objectList": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}}});
    schemas["ListMmsWidgetsResponse"] = json!({"type": "object", "properties": {
        "requestId": {"type": "string"},
        "data": {"$ref": "#/components/schemas/WidgetPage"}}});
    serde_json::to_string(&spec).unwrap()
}

#[test]
fn a_new_list_operation_gets_its_whole_typed_layer_from_the_spec() {
    let before = mms_codegen::generate(&serde_json::to_string(&spec()).unwrap()).unwrap();
    let after = mms_codegen::generate(&spec_with_widgets()).unwrap();
    assert_eq!(after.routes.len(), before.routes.len() + 1);
    let route = after
        .routes
        .iter()
        .find(|r| r.action == "ListMmsWidgets")
        .unwrap();
    assert_eq!(route.method_name, "list_mms_widgets");
    assert_eq!(route.http_method, "GET");
    for expected in [
        "impl<'a> crate::Call<'a> for builder::ListMmsWidgets<'a>",
        "impl crate::Envelope for types::ListMmsWidgetsResponse",
        "impl<'a> crate::PagedCall<'a> for builder::ListMmsWidgets<'a>",
        "type Item = types::Widget;",
        "impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsWidgets<'a>>",
        "pub fn colour<V>(self, value: V) -> Self",
        "fn list_mms_widgets(&self) -> crate::Request<'_, Self, builder::ListMmsWidgets<'_>>",
        "action: \"ListMmsWidgets\"",
    ] {
        assert!(after.source.contains(expected), "missing: {expected}");
        assert!(
            !before.source.contains(expected),
            "already there: {expected}"
        );
    }
}

#[test]
fn an_answer_that_is_not_an_envelope_is_refused_naming_the_operation() {
    let mut spec: Value = serde_json::from_str(&spec_with_widgets()).unwrap();
    spec["components"]["schemas"]["ListMmsWidgetsResponse"]["properties"]
        .as_object_mut()
        .unwrap()
        .remove("data");
    let error = mms_codegen::generate(&serde_json::to_string(&spec).unwrap()).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("ListMmsWidgets"), "{message}");
    assert!(message.contains("`data`"), "{message}");
}
