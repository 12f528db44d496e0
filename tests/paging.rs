//! Paging streams of the client against a loopback page server: lazy, every filter sent again with
//! each page, page size and item limit honoured, and a typed error — never an endless loop — when
//! the server's pages do not add up.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
};

use axum::{
    extract::{Query, State},
    routing::get,
    Json, Router,
};
use futures::{StreamExt, TryStreamExt};
use maxcompute_mms::{
    prelude::*, types::SortOrder, Credentials, MigrationStatus, PagingError, RetryPolicy,
};
use serde_json::{json, Value};

/// How the server answers page `n` of a list of `total` tables.
#[derive(Debug, Clone, Copy)]
enum Script {
    /// Honest pages.
    Honest { total: i64 },
    /// Answers page 1 for every page.
    RepeatsFirstPage { total: i64 },
    /// Says `total` is 100 on page 1 and 3 afterwards.
    ShrinksTotal,
    /// Answers `pageSize: 0`.
    ZeroPageSize,
    /// Answers the page number plus one.
    WrongPageNumber,
    /// Leaves `total` out; serves `total` items.
    NoTotal { total: i64 },
    /// Page 2 is a 404.
    FailsOnPage2 { total: i64 },
}

#[derive(Clone)]
struct Server {
    script: Script,
    queries: Arc<Mutex<Vec<BTreeMap<String, String>>>>,
}

fn table(id: i64) -> Value {
    json!({"id": id, "name": format!("t{id:05}"), "dbName": "sales", "status": "INIT"})
}

async fn tables(
    State(server): State<Server>,
    Query(query): Query<BTreeMap<String, String>>,
) -> (axum::http::StatusCode, Json<Value>) {
    server.queries.lock().unwrap().push(query.clone());
    let num: i64 = query
        .get("pageNum")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let size: i64 = query
        .get("pageSize")
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let page = |num: i64, total: i64| -> Vec<Value> {
        let start = (num - 1) * size;
        (start..(start + size).min(total))
            .map(|i| table(i + 1))
            .collect()
    };
    let data = match server.script {
        Script::Honest { total } => {
            json!({"total": total, "pageNum": num, "pageSize": size, "objectList": page(num, total)})
        }
        Script::RepeatsFirstPage { total } => {
            json!({"total": total, "pageNum": num, "pageSize": size, "objectList": page(1, total)})
        }
        Script::ShrinksTotal => {
            let total = if num == 1 { 100 } else { 3 };
            json!({"total": total, "pageNum": num, "pageSize": size, "objectList": page(num, 100)})
        }
        Script::ZeroPageSize => {
            json!({"total": 50, "pageNum": num, "pageSize": 0, "objectList": page(num, 50)})
        }
        Script::WrongPageNumber => {
            json!({"total": 50, "pageNum": num + 1, "pageSize": size, "objectList": page(num, 50)})
        }
        Script::NoTotal { total } => {
            json!({"pageNum": num, "pageSize": size, "objectList": page(num, total)})
        }
        Script::FailsOnPage2 { total } => {
            if num == 2 {
                return (
                    axum::http::StatusCode::NOT_FOUND,
                    Json(
                        json!({"requestId": "r-404", "code": "NoSuchMmsDataSource", "message": "gone"}),
                    ),
                );
            }
            json!({"total": total, "pageNum": num, "pageSize": size, "objectList": page(num, total)})
        }
    };
    (
        axum::http::StatusCode::OK,
        Json(json!({"requestId": format!("r-{num}"), "data": data})),
    )
}

struct Running {
    client: Client,
    queries: Arc<Mutex<Vec<BTreeMap<String, String>>>>,
}

impl Running {
    fn requests(&self) -> usize {
        self.queries.lock().unwrap().len()
    }

    fn pages_asked(&self) -> Vec<String> {
        self.queries
            .lock()
            .unwrap()
            .iter()
            .map(|q| q.get("pageNum").cloned().unwrap_or_default())
            .collect()
    }
}

async fn serve(script: Script) -> Running {
    let server = Server {
        script,
        queries: Arc::default(),
    };
    let queries = server.queries.clone();
    let app = Router::new()
        .route("/api/v1/mms/datasources/{source}/tables", get(tables))
        .with_state(server);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let client = Client::builder()
        .endpoint(format!("http://{addr}"))
        .credentials(Credentials::new("paging-key", "paging-secret"))
        .retry_policy(RetryPolicy::default().with_max_attempts(1))
        .build()
        .unwrap();
    Running { client, queries }
}

#[tokio::test]
async fn items_arrive_in_order_and_every_filter_is_sent_with_each_page() {
    let server = serve(Script::Honest { total: 25 }).await;
    let tables: Vec<_> = server
        .client
        .list_mms_tables()
        .source_id(2)
        .db_name("sales & marketing")
        .has_partitions(true)
        .status([MigrationStatus::Init, MigrationStatus::Failed])
        .sorter_num_rows(SortOrder::Desc)
        .items()
        .page_size(10)
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<i64> = tables.iter().map(|t| t.id.unwrap()).collect();
    assert_eq!(ids, (1..=25).collect::<Vec<_>>());
    assert_eq!(server.pages_asked(), ["1", "2", "3"]);
    for query in server.queries.lock().unwrap().iter() {
        assert_eq!(query["dbName"], "sales & marketing");
        assert_eq!(query["hasPartitions"], "true");
        assert_eq!(query["status"], r#"["INIT","FAILED"]"#);
        assert_eq!(query["sorter.numRows"], "desc");
        assert_eq!(query["pageSize"], "10");
    }
}

#[tokio::test]
async fn nothing_is_sent_until_the_stream_is_read_and_reading_stops_early() {
    let server = serve(Script::Honest { total: 1000 }).await;
    let stream = server
        .client
        .list_mms_tables()
        .source_id(2)
        .items()
        .page_size(10);
    tokio::task::yield_now().await;
    assert_eq!(
        server.requests(),
        0,
        "a stream not yet polled sends nothing"
    );
    let first: Vec<_> = stream.take(3).try_collect().await.unwrap();
    assert_eq!(first.len(), 3);
    assert_eq!(server.requests(), 1, "three items need one page");
}

#[tokio::test]
async fn the_item_limit_cuts_the_last_page() {
    let server = serve(Script::Honest { total: 100 }).await;
    let pages: Vec<_> = server
        .client
        .list_mms_tables()
        .source_id(2)
        .pages()
        .page_size(10)
        .limit(12)
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages.iter().map(|p| p.items.len()).collect();
    assert_eq!(sizes, [10, 2]);
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn an_empty_list_is_one_empty_page_and_no_items() {
    let server = serve(Script::Honest { total: 0 }).await;
    let pages: Vec<_> = server
        .client
        .list_mms_tables()
        .source_id(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].total, Some(0));
    assert!(pages[0].items.is_empty());
    let items: Vec<_> = server
        .client
        .list_mms_tables()
        .source_id(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(items.is_empty());
}

#[tokio::test]
async fn without_a_total_a_short_page_is_the_last() {
    let server = serve(Script::NoTotal { total: 23 }).await;
    let items: Vec<_> = server
        .client
        .list_mms_tables()
        .source_id(2)
        .items()
        .page_size(10)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 23);
    assert_eq!(server.pages_asked(), ["1", "2", "3"]);
}

/// Reads the whole list; returns the items served before the error, and the error.
async fn read_until_error(server: &Running) -> (usize, Error) {
    let mut items = server
        .client
        .list_mms_tables()
        .source_id(2)
        .items()
        .page_size(10);
    let mut served = 0;
    while let Some(item) = items.next().await {
        match item {
            Ok(_) => served += 1,
            Err(error) => {
                assert!(
                    items.next().await.is_none(),
                    "the stream ends after an error"
                );
                return (served, error);
            }
        }
    }
    panic!("the list ended without an error after {served} items");
}

#[tokio::test]
async fn a_repeated_page_ends_with_a_typed_error() {
    let server = serve(Script::RepeatsFirstPage { total: 50 }).await;
    let (served, error) = read_until_error(&server).await;
    assert_eq!(served, 10);
    assert!(
        matches!(
            error,
            Error::Paging(PagingError::RepeatedPage { page_num: 2, .. })
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("ListMmsTables"), "{error}");
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn a_total_that_shrinks_below_what_was_served_ends_with_a_typed_error() {
    let server = serve(Script::ShrinksTotal).await;
    let (served, error) = read_until_error(&server).await;
    assert_eq!(served, 10);
    assert!(
        matches!(
            error,
            Error::Paging(PagingError::TotalShrank {
                total: 3,
                served: 20,
                ..
            })
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_page_size_of_zero_ends_with_a_typed_error() {
    let server = serve(Script::ZeroPageSize).await;
    let (served, error) = read_until_error(&server).await;
    assert_eq!(served, 0);
    assert!(
        matches!(error, Error::Paging(PagingError::ZeroPageSize { .. })),
        "{error:?}"
    );
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn another_page_than_asked_ends_with_a_typed_error() {
    let server = serve(Script::WrongPageNumber).await;
    let (_, error) = read_until_error(&server).await;
    assert!(
        matches!(
            error,
            Error::Paging(PagingError::WrongPage {
                asked: 1,
                answered: 2,
                ..
            })
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_invalid_page_size_is_refused_before_sending() {
    let server = serve(Script::Honest { total: 5 }).await;
    let result: Result<Vec<_>, _> = server
        .client
        .list_mms_tables()
        .source_id(2)
        .items()
        .page_size(0)
        .try_collect()
        .await;
    let error = result.unwrap_err();
    assert!(
        matches!(error, Error::Paging(PagingError::InvalidPageSize { .. })),
        "{error:?}"
    );
    assert_eq!(server.requests(), 0);
}

#[tokio::test]
async fn a_failing_page_ends_the_stream_after_the_items_already_served() {
    let server = serve(Script::FailsOnPage2 { total: 30 }).await;
    let (served, error) = read_until_error(&server).await;
    assert_eq!(served, 10);
    assert_eq!(error.code(), Some("NoSuchMmsDataSource"));
    assert_eq!(error.request_id(), Some("r-404"));
}
