//! Checks and fixes every request gets before it is signed, whatever its operation.

use reqwest::header::{HeaderValue, CONTENT_LENGTH};

use crate::Error;

/// Refuses a request whose path ids are not positive integers: every id of this API is one, and
/// a request for id `-1` or `0` can only fail at the server after a round trip.
pub(crate) fn check_path_ids(
    request: &reqwest::Request,
    route: &mms_api::Route,
) -> Result<(), Error> {
    let path = request.url().path();
    // The base URL may carry a path prefix of its own: compare from the end.
    let template: Vec<&str> = route.path.split('/').collect();
    let actual: Vec<&str> = path.split('/').collect();
    let Some(offset) = actual.len().checked_sub(template.len()) else {
        return Ok(());
    };
    for (name, value) in template.iter().zip(&actual[offset..]) {
        let Some(name) = name.strip_prefix('{').and_then(|n| n.strip_suffix('}')) else {
            continue;
        };
        if !value.parse::<i64>().is_ok_and(|id| id > 0) {
            return Err(Error::InvalidInput {
                what: name.to_string(),
                problem: format!("{value} is not a positive integer"),
            });
        }
    }
    Ok(())
}

/// A `POST` or `PUT` without a body goes out with `content-length: 0`: without it some servers
/// and proxies wait for a body or refuse the request (HTTP 411).
pub(crate) fn set_empty_body_length(request: &mut reqwest::Request) {
    let method = request.method();
    let needs_length = *method == reqwest::Method::POST || *method == reqwest::Method::PUT;
    if needs_length && request.body().is_none() {
        request
            .headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: reqwest::Method, url: &str) -> reqwest::Request {
        reqwest::Request::new(method, reqwest::Url::parse(url).unwrap())
    }

    const ROUTE: mms_api::Route = mms_api::Route {
        method_name: "get_mms_job",
        action: "GetMmsJob",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
    };

    #[test]
    fn positive_ids_pass_and_others_are_named() {
        let ok = request(
            reqwest::Method::GET,
            "http://h/api/v1/mms/datasources/2/jobs/10",
        );
        assert!(check_path_ids(&ok, &ROUTE).is_ok());
        for (url, name) in [
            ("http://h/api/v1/mms/datasources/-1/jobs/10", "sourceId"),
            ("http://h/api/v1/mms/datasources/2/jobs/0", "jobId"),
            (
                "http://h/prefix/api/v1/mms/datasources/x/jobs/1",
                "sourceId",
            ),
        ] {
            let err = check_path_ids(&request(reqwest::Method::GET, url), &ROUTE).unwrap_err();
            assert!(err.to_string().contains(name), "{url}: {err}");
        }
    }

    #[test]
    fn bodyless_writes_get_a_zero_content_length_and_reads_do_not() {
        let mut post = request(reqwest::Method::POST, "http://h/x");
        set_empty_body_length(&mut post);
        assert_eq!(post.headers()[CONTENT_LENGTH], "0");
        let mut get = request(reqwest::Method::GET, "http://h/x");
        set_empty_body_length(&mut get);
        assert!(get.headers().get(CONTENT_LENGTH).is_none());
    }
}
