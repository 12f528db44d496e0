//! What the emulated credential services share: POP error answers, request ids, random
//! credentials, form decoding and the request log line.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use percent_encoding::percent_decode_str;
use rand::Rng;

/// A request id in the service's form: uppercase hex, 8-4-4-4-12.
pub(crate) fn request_id() -> String {
    let b: [u8; 16] = rand::rng().random();
    let hex: String = b.iter().map(|x| format!("{x:02X}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// `len` random characters of `A-Z a-z 0-9`.
pub(crate) fn random_alphanumeric(len: usize) -> String {
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..len)
        .map(|_| char::from(CHARS[rng.random_range(0..CHARS.len())]))
        .collect()
}

/// An error answer of a POP service: `{"RequestId","HostId","Code","Message","Recommend"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PopError {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

impl PopError {
    pub(crate) fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    pub(crate) fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub(crate) fn into_response(self, request_id: &str, host: &str) -> Response {
        let body = serde_json::json!({
            "RequestId": request_id,
            "HostId": host,
            "Code": self.code,
            "Message": self.message,
            "Recommend": format!("https://api.aliyun.com/troubleshoot?q={}", self.code),
        });
        (self.status, Json(body)).into_response()
    }
}

/// `application/x-www-form-urlencoded` text (a query string or a form body) decoded to pairs:
/// `+` is a space, `%XX` a byte, a part without `=` a name with an empty value.
pub(crate) fn decode_form(text: &str) -> Result<Vec<(String, String)>, String> {
    let decode = |s: &str| -> Result<String, String> {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8()
            .map(|c| c.into_owned())
            .map_err(|_| format!("{s:?} does not decode to UTF-8"))
    };
    text.split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            Ok((decode(name)?, decode(value)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_decode_plus_and_percent() {
        assert_eq!(
            decode_form("a=x+y%20z&b&c=%2B").unwrap(),
            [
                ("a".to_owned(), "x y z".to_owned()),
                ("b".to_owned(), String::new()),
                ("c".to_owned(), "+".to_owned())
            ]
        );
        assert!(decode_form("a=%FF").is_err());
    }

    #[test]
    fn random_values_have_their_form() {
        let id = request_id();
        assert_eq!(id.len(), 36);
        let s = random_alphanumeric(30);
        assert_eq!(s.len(), 30);
        assert!(s.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_ne!(s, random_alphanumeric(30));
    }
}
