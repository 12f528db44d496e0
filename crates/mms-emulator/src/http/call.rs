//! One request as handlers see it: path ids, query parameters and body, with parsers that
//! answer 400 naming the parameter, in the encodings the official SDK uses (flattened
//! `sorter.<key>` pairs, JSON text in one value, booleans as `true` or `True`).

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::http::api_error::{code, ApiError};
use crate::http::context::RequestContext;
use crate::state::page::PageRequest;
use crate::state::problem::Problem;
use crate::state::store::Snapshot;
use crate::state::values::SortOrder;

/// The default `pageSize` of lists.
pub(crate) const DEFAULT_PAGE_SIZE: i64 = 10;
/// The largest `pageSize` accepted.
pub(crate) const MAX_PAGE_SIZE: i64 = 1000;

/// A request routed to a handler.
#[derive(Debug)]
pub(crate) struct Call<'a> {
    pub(crate) ctx: &'a RequestContext,
    pub(crate) path: Vec<(&'static str, i64)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: &'a [u8],
}

/// A successful answer: its body, and the change to save before it is sent.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) body: Vec<u8>,
    pub(crate) snapshot: Option<Snapshot>,
}

impl Reply {
    /// The JSON of `value`.
    pub(crate) fn json<T: Serialize>(value: &T) -> Result<Self, ApiError> {
        let body = serde_json::to_vec(value).map_err(|e| {
            ApiError::service(
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                code::INTERNAL_ERROR,
                format!("The answer cannot be encoded: {e}."),
            )
        })?;
        Ok(Self {
            body,
            snapshot: None,
        })
    }

    /// The same answer, sent only once `snapshot` is saved.
    pub(crate) fn saving(mut self, snapshot: Option<Snapshot>) -> Self {
        self.snapshot = snapshot;
        self
    }
}

impl Call<'_> {
    /// The request id, for the `requestId` of the answer.
    pub(crate) fn request_id(&self) -> Option<String> {
        Some(self.ctx.request_id.clone())
    }

    /// The path parameter `name` (the route guarantees it is there and an int64).
    pub(crate) fn id(&self, name: &str) -> i64 {
        self.path
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(0, |(_, v)| *v)
    }

    /// Checks that the `sourceId` a create request's body may repeat is the data source of the
    /// path.
    pub(crate) fn check_body_source_id(&self, body_source_id: Option<i64>) -> Result<(), Problem> {
        let source_id = self.id("sourceId");
        match body_source_id.filter(|id| *id != source_id) {
            Some(id) => Err(Problem::invalid(
                "sourceId",
                format!("The body's sourceId {id} is not the data source {source_id} of the path."),
            )),
            None => Ok(()),
        }
    }

    /// The query parameter `name` as sent, `None` when absent or empty.
    pub(crate) fn text(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// An int64 query parameter.
    pub(crate) fn int(&self, name: &str) -> Result<Option<i64>, Problem> {
        self.text(name)
            .map(|v| {
                v.parse::<i64>().map_err(|_| {
                    Problem::invalid(
                        name,
                        format!(
                            "The parameter {name} must be an integer (int64), but it is {v:?}."
                        ),
                    )
                })
            })
            .transpose()
    }

    /// A boolean query parameter: `true` or `false` in any case (the Python SDK sends `True`).
    pub(crate) fn boolean(&self, name: &str) -> Result<Option<bool>, Problem> {
        self.text(name)
            .map(|v| match v.to_ascii_lowercase().as_str() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(Problem::invalid(
                    name,
                    format!("The parameter {name} must be true or false, but it is {v:?}."),
                )),
            })
            .transpose()
    }

    /// A query parameter that takes one of a fixed set of values.
    pub(crate) fn one_of<T>(
        &self,
        name: &str,
        parse: fn(&str) -> Option<T>,
        choices: &str,
    ) -> Result<Option<T>, Problem> {
        self.text(name)
            .map(|v| {
                parse(v).ok_or_else(|| {
                    Problem::invalid(
                        name,
                        format!("The parameter {name} must be {choices}, but it is {v:?}."),
                    )
                })
            })
            .transpose()
    }

    /// A query parameter holding JSON text of an array of values (`["DONE","FAILED"]`); a
    /// bare value is taken as an array of one.
    pub(crate) fn list_of<T>(
        &self,
        name: &str,
        parse: fn(&str) -> Option<T>,
        choices: &str,
    ) -> Result<Option<Vec<T>>, Problem> {
        let Some(text) = self.text(name) else {
            return Ok(None);
        };
        let values: Vec<String> = if text.trim_start().starts_with('[') {
            serde_json::from_str(text).map_err(|e| {
                Problem::invalid(
                    name,
                    format!(
                        "The parameter {name} must be JSON text of an array of strings, such as \
                         [\"DONE\",\"FAILED\"]: {e}."
                    ),
                )
            })?
        } else {
            vec![text.to_owned()]
        };
        values
            .iter()
            .map(|v| {
                parse(v).ok_or_else(|| {
                    Problem::invalid(
                        name,
                        format!("The parameter {name} holds {v:?}; each value must be {choices}."),
                    )
                })
            })
            .collect::<Result<Vec<T>, Problem>>()
            .map(Some)
    }

    /// `pageNum` (from 1, default 1) and `pageSize` (1 to 1000, default `default_size`).
    pub(crate) fn page(&self, default_size: i64) -> Result<PageRequest, Problem> {
        let num = self.int("pageNum")?.unwrap_or(1);
        if num < 1 {
            return Err(Problem::invalid(
                "pageNum",
                format!("The parameter pageNum counts from 1, but it is {num}."),
            ));
        }
        let size = self.int("pageSize")?.unwrap_or(default_size);
        if !(1..=MAX_PAGE_SIZE).contains(&size) {
            return Err(Problem::invalid(
                "pageSize",
                format!(
                    "The parameter pageSize must be from 1 to {MAX_PAGE_SIZE}, but it is {size}."
                ),
            ));
        }
        Ok(PageRequest { num, size })
    }

    /// A sort order value.
    fn order(name: &str, value: &str) -> Result<SortOrder, Problem> {
        SortOrder::parse(&value.to_ascii_lowercase()).ok_or_else(|| {
            Problem::invalid(
                name,
                format!("The parameter {name} must be asc or desc, but it is {value:?}."),
            )
        })
    }

    fn sort_key<K: Copy>(name: &str, field: &str, keys: &[(&str, K)]) -> Result<K, Problem> {
        keys.iter()
            .find(|(k, _)| *k == field)
            .map(|(_, key)| *key)
            .ok_or_else(|| {
                let known: Vec<String> = keys.iter().map(|(k, _)| format!("sorter.{k}")).collect();
                Problem::invalid(
                    name,
                    format!(
                        "The list cannot be sorted by {name}; it can be sorted by {}.",
                        known.join(", ")
                    ),
                )
            })
    }

    /// A sorter sent flattened, as `sorter.<field>=asc|desc` pairs, in the order sent.
    pub(crate) fn flat_sorter<K: Copy>(
        &self,
        keys: &[(&str, K)],
    ) -> Result<Vec<(K, SortOrder)>, Problem> {
        let mut sorter = Vec::new();
        for (name, value) in &self.query {
            let Some(field) = name.strip_prefix("sorter.") else {
                continue;
            };
            if value.is_empty() {
                continue;
            }
            let key = Self::sort_key(name, field, keys)?;
            sorter.push((key, Self::order(name, value)?));
        }
        Ok(sorter)
    }

    /// A sorter sent as JSON text in `sorter` (`{"numRows":"desc"}`), as ListMmsDbs takes it;
    /// flattened pairs are accepted too.
    pub(crate) fn json_sorter<K: Copy>(
        &self,
        keys: &[(&str, K)],
    ) -> Result<Vec<(K, SortOrder)>, Problem> {
        let mut sorter = self.flat_sorter(keys)?;
        if let Some(text) = self.text("sorter") {
            let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text)
                .map_err(|e| {
                    Problem::invalid(
                        "sorter",
                        format!(
                            "The parameter sorter must be JSON text of an object such as \
                             {{\"numRows\":\"desc\"}}: {e}."
                        ),
                    )
                })?;
            for (field, value) in object {
                let name = format!("sorter.{field}");
                let key = Self::sort_key(&name, &field, keys)?;
                let value = value.as_str().unwrap_or_default();
                sorter.push((key, Self::order(&name, value)?));
            }
        }
        Ok(sorter)
    }

    /// The JSON body as `T` (an absent body is `{}`): a missing required field is 400
    /// MissingParameter, a value of the wrong type 400 InvalidParameter, both naming the field.
    pub(crate) fn body<T: DeserializeOwned>(&self) -> Result<T, Problem> {
        let text: &[u8] = if self.body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            self.body
        };
        let mut de = serde_json::Deserializer::from_slice(text);
        let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner().to_string();
            if let Some(field) = inner
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split('`').next())
            {
                let name = if path == "." {
                    field.to_owned()
                } else {
                    format!("{path}.{field}")
                };
                return Problem::missing(name);
            }
            let name = if path == "." { "body".to_owned() } else { path };
            Problem::invalid(
                name.clone(),
                format!("The body field {name} cannot be used: {inner}."),
            )
        })?;
        de.end().map_err(|e| {
            Problem::invalid("body", format!("The body is not one JSON object: {e}."))
        })?;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call<'a>(ctx: &'a RequestContext, query: &[(&str, &str)], body: &'a [u8]) -> Call<'a> {
        Call {
            ctx,
            path: vec![("sourceId", 2)],
            query: query
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            body,
        }
    }

    fn ctx() -> RequestContext {
        RequestContext {
            request_id: "r".into(),
            host_id: "h".into(),
        }
    }

    #[test]
    fn booleans_in_either_case_and_bad_values_named() {
        let ctx = ctx();
        let c = call(
            &ctx,
            &[("a", "True"), ("b", "false"), ("c", "yes"), ("d", "")],
            b"",
        );
        assert_eq!(c.boolean("a"), Ok(Some(true)));
        assert_eq!(c.boolean("b"), Ok(Some(false)));
        assert_eq!(c.boolean("d"), Ok(None));
        assert!(c
            .boolean("c")
            .unwrap_err()
            .message()
            .contains("c must be true or false"));
        assert_eq!(c.id("sourceId"), 2);
    }

    #[test]
    fn pages_default_and_are_bounded() {
        let ctx = ctx();
        assert_eq!(
            call(&ctx, &[], b"").page(10),
            Ok(PageRequest { num: 1, size: 10 })
        );
        for (k, v) in [
            ("pageNum", "0"),
            ("pageSize", "0"),
            ("pageSize", "5000"),
            ("pageNum", "x"),
        ] {
            let err = call(&ctx, &[(k, v)], b"").page(10).unwrap_err();
            assert!(err.message().contains(k), "{k}={v}: {err:?}");
        }
    }

    #[test]
    fn sorters_flattened_or_as_json() {
        let ctx = ctx();
        let keys = [("numRows", 1), ("size", 2)];
        let c = call(
            &ctx,
            &[("sorter.size", "DESC"), ("sorter.numRows", "asc")],
            b"",
        );
        assert_eq!(
            c.flat_sorter(&keys),
            Ok(vec![(2, SortOrder::Desc), (1, SortOrder::Asc)])
        );
        let c = call(&ctx, &[("sorter", r#"{"numRows":"desc"}"#)], b"");
        assert_eq!(c.json_sorter(&keys), Ok(vec![(1, SortOrder::Desc)]));
        let bad = call(&ctx, &[("sorter.owner", "asc")], b"");
        assert!(bad
            .flat_sorter(&keys)
            .unwrap_err()
            .message()
            .contains("sorter.owner"));
        let bad = call(&ctx, &[("sorter.size", "up")], b"");
        assert!(bad
            .flat_sorter(&keys)
            .unwrap_err()
            .message()
            .contains("asc or desc"));
    }

    #[test]
    fn status_lists_as_json_text() {
        let ctx = ctx();
        let parse = |s: &str| (s == "DONE" || s == "FAILED").then(|| s.to_owned());
        let c = call(
            &ctx,
            &[
                ("status", r#"["DONE","FAILED"]"#),
                ("one", "DONE"),
                ("bad", "[1"),
            ],
            b"",
        );
        assert_eq!(
            c.list_of("status", parse, "DONE or FAILED"),
            Ok(Some(vec!["DONE".to_owned(), "FAILED".to_owned()]))
        );
        assert_eq!(
            c.list_of("one", parse, "x"),
            Ok(Some(vec!["DONE".to_owned()]))
        );
        assert!(c.list_of("bad", parse, "x").is_err());
    }

    #[test]
    fn bodies_name_missing_and_bad_fields() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct B {
            action: String,
            #[serde(default)]
            n: Option<i64>,
        }
        let ctx = ctx();
        assert_eq!(
            call(&ctx, &[], b"").body::<B>().unwrap_err(),
            Problem::missing("action")
        );
        let c = Call {
            body: br#"{"action":"x","n":"many"}"#,
            ..call(&ctx, &[], b"")
        };
        assert!(c.body::<B>().unwrap_err().message().contains('n'));
    }
}
