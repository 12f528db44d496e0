//! A loopback server of ListMmsTables pages, for the streaming bench: data source `S` has `S`
//! tables with ids `0..S`, each the documented example's first table with its own id and name.
//! Pages are rendered from a pre-serialized table, so the server costs little next to the client.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use serde_json::Value;

/// One table as JSON, split around the fields that change per table.
#[derive(Debug, Clone)]
pub struct TableTemplate {
    /// Every field of the documented table but `id` and `name`, as `"k":v,…` without braces.
    rest: String,
}

impl TableTemplate {
    /// From the first table of the documented ListMmsTables answer.
    pub fn documented() -> Result<TableTemplate, String> {
        let text = mms_api::example("ListMmsTables.200.json")
            .ok_or("the spec documents no ListMmsTables.200.json")?;
        let page: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let Some(Value::Object(mut table)) = page.pointer("/data/objectList/0").cloned() else {
            return Err("the documented ListMmsTables page has no table".into());
        };
        table.remove("id");
        table.remove("name");
        let rest = serde_json::to_string(&Value::Object(table)).map_err(|e| e.to_string())?;
        let rest = rest
            .strip_prefix('{')
            .and_then(|r| r.strip_suffix('}'))
            .unwrap_or_default()
            .to_owned();
        Ok(TableTemplate { rest })
    }

    /// The answer to page `page_num` of `page_size` tables of a list of `total`.
    pub fn page(&self, total: i64, page_num: i64, page_size: i64) -> String {
        let first = page_num.saturating_sub(1).saturating_mul(page_size).max(0);
        let end = first.saturating_add(page_size).min(total);
        let count = usize::try_from(end.saturating_sub(first)).unwrap_or(0);
        let mut body = String::with_capacity(128 + count * (self.rest.len() + 48));
        body.push_str(&format!(
            r#"{{"requestId":"bench-page-{page_num}","data":{{"total":{total},"pageNum":{page_num},"pageSize":{page_size},"objectList":["#
        ));
        for id in first..end {
            if id > first {
                body.push(',');
            }
            body.push_str(&format!(r#"{{"id":{id},"name":"table_{id}","#));
            body.push_str(&self.rest);
            body.push('}');
        }
        body.push_str("]}}");
        body
    }
}

async fn list_tables(
    State(template): State<Arc<TableTemplate>>,
    Path(source): Path<i64>,
    RawQuery(query): RawQuery,
) -> impl IntoResponse {
    // `pageNum` and `pageSize` are plain numbers: no percent-decoding needed.
    let number = |key: &str, default: i64| {
        query
            .as_deref()
            .unwrap_or_default()
            .split('&')
            .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('=')?.parse().ok())
            .unwrap_or(default)
    };
    let body = template.page(source, number("pageNum", 1), number("pageSize", 10));
    ([(header::CONTENT_TYPE, "application/json")], body)
}

/// Serves on an ephemeral loopback port; returns the port and the server's task.
pub async fn start(template: TableTemplate) -> Result<(u16, tokio::task::JoinHandle<()>), String> {
    let app = Router::new()
        .route("/api/v1/mms/datasources/{source}/tables", get(list_tables))
        .with_state(Arc::new(template));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| format!("cannot listen on loopback: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok((port, server))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_list_once_and_decode_as_the_spec_says() {
        let template = TableTemplate::documented().unwrap();
        let mut ids = Vec::new();
        for page_num in 1..=4 {
            let body = template.page(7, page_num, 3);
            let page: mms_api::types::ListMmsTablesResponse = serde_json::from_str(&body).unwrap();
            let data = page.data.unwrap();
            assert_eq!(
                (data.total, data.page_num, data.page_size),
                (Some(7), Some(page_num), Some(3))
            );
            for table in data.object_list {
                assert_eq!(
                    table.name.as_deref(),
                    Some(format!("table_{}", table.id.unwrap()).as_str())
                );
                assert_eq!(
                    table.db_name.as_deref(),
                    Some("mms_test"),
                    "the documented fields are kept"
                );
                ids.push(table.id.unwrap());
            }
        }
        assert_eq!(ids, (0..7).collect::<Vec<_>>(), "page 4 is empty");
    }
}
