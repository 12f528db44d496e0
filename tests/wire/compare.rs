//! What two requests are compared on, and every difference between them: method, decoded path,
//! query as a multiset of decoded pairs, body as a JSON value, content type, the set of signed
//! headers, and whether each signature verifies.

use std::collections::{BTreeMap, BTreeSet};

use acs_sign::{parse_authorization, Authorization, SignableRequest};
use maxcompute_mms::Credentials;
use mms_contract_tests::RecordedRequest;
use serde_json::Value;

/// The part of a request two sides are compared on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Method,
    Path,
    Query,
    Body,
    ContentType,
    SignedHeaders,
    /// A signature that does not verify.
    Signature,
    /// A request that did not arrive once, or a call that failed.
    Exchange,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Method => "method",
            Field::Path => "path",
            Field::Query => "query",
            Field::Body => "body",
            Field::ContentType => "content type",
            Field::SignedHeaders => "signed headers",
            Field::Signature => "signature",
            Field::Exchange => "exchange",
        }
    }
}

/// One difference between the Python SDK's request and ours.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Difference {
    pub field: Field,
    /// The query name, header name or JSON pointer the difference is at ("" for the whole).
    pub at: String,
    /// What the Python SDK sent there (`None`: nothing).
    pub python: Option<String>,
    /// What this client sent there (`None`: nothing).
    pub ours: Option<String>,
}

impl Difference {
    pub fn describe(&self) -> String {
        let at = if self.at.is_empty() {
            String::new()
        } else {
            format!(" {}", self.at)
        };
        if matches!(self.field, Field::Signature | Field::Exchange) {
            let side = |v: &Option<String>| v.clone().unwrap_or_else(|| "fine".into());
            return format!(
                "{}{at}: Python SDK side {}; our side {}",
                self.field.name(),
                side(&self.python),
                side(&self.ours)
            );
        }
        let side = |v: &Option<String>| v.clone().unwrap_or_else(|| "(nothing)".into());
        format!(
            "{}{at}: Python SDK sent {}, we sent {}",
            self.field.name(),
            side(&self.python),
            side(&self.ours)
        )
    }
}

/// The parts of one request that are compared.
#[derive(Debug)]
pub struct Shape {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
    pub content_type: Option<String>,
    pub signed_headers: BTreeSet<String>,
}

/// `application/x-www-form-urlencoded` decoding, as the service reads a query.
fn decode_query(query: &str) -> Vec<(String, String)> {
    let url = reqwest::Url::parse(&format!("http://x/?{query}")).expect("a query parses");
    let mut pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    pairs.sort();
    pairs
}

/// Headers ROA HMAC-SHA1 signs by position whenever they are present.
const ROA_POSITIONAL: [&str; 4] = ["accept", "content-md5", "content-type", "date"];

pub fn shape(request: &RecordedRequest) -> Result<Shape, String> {
    let (raw_path, query) = request.uri.split_once('?').unwrap_or((&request.uri, ""));
    let path = percent_encoding::percent_decode_str(raw_path)
        .decode_utf8()
        .map_err(|e| format!("path {raw_path:?} is not UTF-8 once decoded: {e}"))?
        .into_owned();
    let body = if request.body.is_empty() {
        None
    } else {
        Some(
            serde_json::from_slice(&request.body)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&request.body).into())),
        )
    };
    let authorization = request
        .header("authorization")
        .ok_or("no authorization header")?;
    let signed_headers = match parse_authorization(authorization).map_err(|e| e.to_string())? {
        Authorization::Acs3 { signed_headers, .. } => {
            signed_headers.into_iter().map(str::to_owned).collect()
        }
        // ROA signs every `x-acs-*` header and a few standard ones by position.
        _ => request
            .headers
            .iter()
            .map(|(name, _)| name.as_str())
            .filter(|name| name.starts_with("x-acs-") || ROA_POSITIONAL.contains(name))
            .map(str::to_owned)
            .collect(),
    };
    Ok(Shape {
        method: request.method.clone(),
        path,
        query: decode_query(query),
        body,
        content_type: request.header("content-type").map(str::to_owned),
        signed_headers,
    })
}

/// Recomputes the signature from what the server received, as the service does.
fn verify(request: &RecordedRequest, credentials: &Credentials) -> Result<(), String> {
    let authorization = request
        .header("authorization")
        .ok_or("no authorization header")?;
    let parsed = parse_authorization(authorization).map_err(|e| e.to_string())?;
    if parsed.access_key_id() != credentials.access_key_id() {
        return Err(format!("signed with key {}", parsed.access_key_id()));
    }
    let (path, query) = request.uri.split_once('?').unwrap_or((&request.uri, ""));
    let mut signable = SignableRequest::new(&request.method, path).body(&request.body);
    signable.query = decode_query(query)
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect();
    let signed: Option<Vec<&str>> = match &parsed {
        Authorization::Acs3 { signed_headers, .. } => Some(signed_headers.clone()),
        _ => None,
    };
    for (name, value) in &request.headers {
        if name != "authorization" && signed.as_ref().is_none_or(|s| s.contains(&name.as_str())) {
            signable = signable.header(name.as_str(), value.as_str());
        }
    }
    let expected = acs_sign::sign(parsed.algorithm(), &signable, credentials);
    if acs_sign::signatures_match(&expected.authorization, authorization) {
        Ok(())
    } else {
        Err(format!(
            "does not verify; the string to sign is {:?}",
            expected.string_to_sign
        ))
    }
}

/// Every difference between the JSON values `python` and `ours`, by JSON pointer.
fn json_differences(
    at: &str,
    python: Option<&Value>,
    ours: Option<&Value>,
    out: &mut Vec<Difference>,
) {
    match (python, ours) {
        (Some(Value::Object(p)), Some(Value::Object(o))) => {
            let keys: BTreeSet<&String> = p.keys().chain(o.keys()).collect();
            for key in keys {
                let pointer = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                json_differences(&pointer, p.get(key), o.get(key), out);
            }
        }
        (Some(Value::Array(p)), Some(Value::Array(o))) if p.len() == o.len() => {
            for (i, (p, o)) in p.iter().zip(o).enumerate() {
                json_differences(&format!("{at}/{i}"), Some(p), Some(o), out);
            }
        }
        (p, o) if p == o => {}
        (p, o) => out.push(Difference {
            field: Field::Body,
            at: at.to_owned(),
            python: p.map(Value::to_string),
            ours: o.map(Value::to_string),
        }),
    }
}

/// Every difference between the multisets of pairs `python` and `ours`, by name.
fn pair_differences(
    field: Field,
    python: &[(String, String)],
    ours: &[(String, String)],
    out: &mut Vec<Difference>,
) {
    fn count(pairs: &[(String, String)]) -> BTreeMap<&str, BTreeMap<&str, usize>> {
        let mut counts: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for (k, v) in pairs {
            *counts.entry(k).or_default().entry(v).or_default() += 1;
        }
        counts
    }
    let (p, o) = (count(python), count(ours));
    let names: BTreeSet<&str> = p.keys().chain(o.keys()).copied().collect();
    for name in names {
        let only = |a: &BTreeMap<&str, BTreeMap<&str, usize>>,
                    b: &BTreeMap<&str, BTreeMap<&str, usize>>| {
            let empty = BTreeMap::new();
            let (a, b) = (a.get(name).unwrap_or(&empty), b.get(name).unwrap_or(&empty));
            let mut extra = Vec::new();
            for (value, n) in a {
                for _ in b.get(value).copied().unwrap_or(0)..*n {
                    extra.push(format!("{name}={value}"));
                }
            }
            (!extra.is_empty()).then(|| extra.join(" "))
        };
        let (python, ours) = (only(&p, &o), only(&o, &p));
        if python.is_some() || ours.is_some() {
            out.push(Difference {
                field,
                at: name.to_owned(),
                python,
                ours,
            });
        }
    }
}

/// Every difference between the request the Python SDK sent and ours, both signed with
/// `credentials`.
pub fn differences(
    python: &RecordedRequest,
    ours: &RecordedRequest,
    credentials: &Credentials,
) -> Vec<Difference> {
    let mut out = Vec::new();
    let (python_signature, our_signature) = (
        verify(python, credentials).err(),
        verify(ours, credentials).err(),
    );
    if python_signature.is_some() || our_signature.is_some() {
        // Each side's own failure to verify, in its column.
        out.push(Difference {
            field: Field::Signature,
            at: String::new(),
            python: python_signature,
            ours: our_signature,
        });
    }
    let (p, o) = match (shape(python), shape(ours)) {
        (Ok(p), Ok(o)) => (p, o),
        (p, o) => {
            out.push(Difference {
                field: Field::Exchange,
                at: String::new(),
                python: p.err(),
                ours: o.err(),
            });
            return out;
        }
    };
    let mut scalar = |field, python: &Option<String>, ours: &Option<String>| {
        if python != ours {
            out.push(Difference {
                field,
                at: String::new(),
                python: python.clone(),
                ours: ours.clone(),
            });
        }
    };
    scalar(Field::Method, &Some(p.method), &Some(o.method));
    scalar(Field::Path, &Some(p.path), &Some(o.path));
    scalar(Field::ContentType, &p.content_type, &o.content_type);
    pair_differences(Field::Query, &p.query, &o.query, &mut out);
    json_differences("", p.body.as_ref(), o.body.as_ref(), &mut out);
    let names = |set: &BTreeSet<String>| -> Vec<(String, String)> {
        set.iter().map(|n| (n.clone(), String::new())).collect()
    };
    let mut headers = Vec::new();
    pair_differences(
        Field::SignedHeaders,
        &names(&p.signed_headers),
        &names(&o.signed_headers),
        &mut headers,
    );
    // A header is in the set or not: name it without the `=` of a pair.
    out.extend(headers.into_iter().map(|d| Difference {
        python: d.python.map(|v| v.trim_end_matches('=').to_owned()),
        ours: d.ours.map(|v| v.trim_end_matches('=').to_owned()),
        ..d
    }));
    out
}
