//! The emulator's verifier, one flip at a time: a correctly signed GetMmsJob request (served 200)
//! has exactly one signed component changed **after** signing, and every such change must be
//! refused with the code that names the reason. Controls (changes to parts a scheme does not
//! sign) must still be served, so the matrix also shows what each scheme leaves open.
//!
//! `signature_checks.rs` tests each check of the gateway once; this file walks every component.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

mod support;

use std::fmt;
use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use acs_sign::{acs3, SignatureAlgorithm};
use mms_emulator::{
    start, EmulatorConfig, RunningEmulator, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET,
};
use serde_json::Value;
use support::*;

/// A second configured key: a request re-attributed to it must fail on the signature.
const OTHER_KEY_ID: &str = "other-key";
const OTHER_KEY_SECRET: &str = "other-secret";

/// The query every matrix request is signed with, as raw pairs.
const QUERY: [(&str, &str); 3] = [
    ("pageNum", "1"),
    ("pageSize", "10"),
    ("name", "nightly job"),
];

/// The user agent every matrix request carries: signed by ACS3, not by ROA.
const USER_AGENT: &str = "verifier-exhaustive/1.0";

async fn emulator() -> RunningEmulator {
    start(
        EmulatorConfig::default()
            .access_key(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET)
            .access_key(OTHER_KEY_ID, OTHER_KEY_SECRET),
    )
    .await
    .unwrap()
}

/// The request every flip starts from: the documented job, three query pairs and a user agent.
fn baseline(algorithm: SignatureAlgorithm) -> RequestSpec {
    let mut spec = RequestSpec::example(algorithm);
    spec.query = QUERY
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    spec.extra_headers = vec![("user-agent".to_owned(), USER_AGENT.to_owned())];
    spec
}

/// What the emulator must answer to a flipped request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// An error of the gateway: PascalCase body, `Code`.
    Gateway(u16, &'static str),
    /// An error of the service: camelCase body, `code`.
    Service(u16, &'static str),
    /// An error status with no body at all (an answer to HEAD).
    Bodiless(u16),
    /// Served: 200 with the documented job. Only for parts the scheme does not sign.
    Served,
}

const MISMATCH: Expect = Expect::Gateway(403, "SignatureDoesNotMatch");
const NOT_FOUND: Expect = Expect::Service(404, "NotFound");

type Tamper = Box<dyn Fn(&mut SignedRequest)>;
type Prepare = Box<dyn Fn(&mut RequestSpec)>;

/// One row of the matrix: how to sign, what to change afterwards, what must come back.
struct Flip {
    name: String,
    /// A change to the baseline before signing (a different but valid baseline); rarely used.
    prepare: Option<Prepare>,
    tamper: Tamper,
    expect: Expect,
}

impl Flip {
    fn new(
        name: impl Into<String>,
        expect: Expect,
        tamper: impl Fn(&mut SignedRequest) + 'static,
    ) -> Self {
        Self {
            name: name.into(),
            prepare: None,
            tamper: Box::new(tamper),
            expect,
        }
    }

    fn prepared(mut self, prepare: impl Fn(&mut RequestSpec) + 'static) -> Self {
        self.prepare = Some(Box::new(prepare));
        self
    }
}

fn header(req: &SignedRequest, name: &str) -> String {
    req.headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("the signed request has no {name} header"))
}

fn set_header(req: &mut SignedRequest, name: &str, value: &str) {
    *req = req.clone().with_header(name, value);
}

fn remove_header(req: &mut SignedRequest, name: &str) {
    *req = req.clone().without_header(name);
}

fn add_header(req: &mut SignedRequest, name: &str, value: &str) {
    req.headers.push((name.to_owned(), value.to_owned()));
}

/// Replaces the one occurrence of `from` in the Authorization value, checking it was there.
fn edit_authorization(req: &mut SignedRequest, from: &str, to: &str) {
    let value = header(req, "authorization");
    assert!(value.contains(from), "{from:?} is not in {value:?}");
    set_header(req, "authorization", &value.replacen(from, to, 1));
}

fn path_and_query(req: &SignedRequest) -> (String, String) {
    let (path, query) = req
        .path_and_query
        .split_once('?')
        .unwrap_or((&req.path_and_query, ""));
    (path.to_owned(), query.to_owned())
}

fn set_path(req: &mut SignedRequest, path: &str) {
    let (_, query) = path_and_query(req);
    req.path_and_query = if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    };
}

fn set_query(req: &mut SignedRequest, query: &str) {
    let (path, _) = path_and_query(req);
    req.path_and_query = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
}

/// The query pairs on the wire (still encoded), to edit one of them.
fn wire_pairs(req: &SignedRequest) -> Vec<String> {
    let (_, query) = path_and_query(req);
    query.split('&').map(str::to_owned).collect()
}

/// Changes one character of `s` into another of the same alphabet (hex or Base64).
fn one_char_changed(s: &str) -> String {
    let first = s.chars().next().expect("a non-empty signature");
    let replacement = if first == 'a' { 'b' } else { 'a' };
    format!("{replacement}{}", &s[first.len_utf8()..])
}

/// A different, valid-looking value for the signed header `name`, whose value is `current`.
fn another_value(name: &str, current: &str, addr: SocketAddr) -> String {
    let second = Duration::from_secs(1);
    match name {
        "accept" => "application/xml".to_owned(),
        "host" => format!("localhost:{}", addr.port()),
        "user-agent" => "verifier-exhaustive/1.1".to_owned(),
        "content-type" => "application/json".to_owned(),
        "date" => acs_sign::format_rfc1123(acs_sign::parse_rfc1123(current).unwrap() + second),
        "x-acs-date" => {
            acs_sign::format_acs3_date(acs_sign::parse_acs3_date(current).unwrap() + second)
        }
        "x-acs-action" => "ListMmsJobs".to_owned(),
        "x-acs-version" => "2019-06-12".to_owned(),
        "x-acs-signature-nonce" => fresh_nonce(),
        "x-acs-content-sha256" => acs3::hashed_payload(b"{}"),
        "x-acs-signature-method" => "HMAC-SHA256".to_owned(),
        "x-acs-signature-version" => "2.0".to_owned(),
        // A new signed header must get its own row, not slip through the matrix unflipped.
        other => panic!("no alternative value for the signed header {other}; add one"),
    }
}

/// Why a changed signed header is refused: most break the signature; a few fail an earlier,
/// more specific check of the gateway (see the order in the crate README).
fn changed_header_refusal(name: &str) -> Expect {
    match name {
        "x-acs-content-sha256" => Expect::Gateway(400, "ContentSha256Mismatch"),
        "x-acs-signature-method" | "x-acs-signature-version" => {
            Expect::Gateway(400, "InvalidSignatureMethod")
        }
        _ => MISMATCH,
    }
}

/// The headers each scheme signs in the baseline request, in the order they are flipped.
fn signed_header_names(algorithm: SignatureAlgorithm, signed: &SignedRequest) -> Vec<String> {
    match algorithm {
        // Exactly what the Authorization header lists.
        ACS3 => signed
            .signature
            .signed_headers
            .clone()
            .expect("ACS3 lists its signed headers")
            .split(';')
            .map(str::to_owned)
            .collect(),
        // The four standard headers that are present, and every x-acs-* header.
        ROA => {
            let mut names: Vec<String> = signed
                .headers
                .iter()
                .map(|(n, _)| n.to_ascii_lowercase())
                .filter(|n| {
                    n.starts_with("x-acs-")
                        || ["accept", "content-md5", "content-type", "date"].contains(&n.as_str())
                })
                .collect();
            names.sort();
            names
        }
    }
}

/// Every row of the matrix for `algorithm`.
fn flips(algorithm: SignatureAlgorithm, addr: SocketAddr) -> Vec<Flip> {
    let by_scheme = |acs3: Expect, roa: Expect| match algorithm {
        ACS3 => acs3,
        ROA => roa,
    };
    let mut rows = vec![Flip::new("nothing changed", Expect::Served, |_| {})];

    // The method. POST on the job's path is another operation (DeleteMmsJob), so the signature
    // no longer matches; the other methods answer no operation there and are refused before the
    // signature is looked at. That the method is signed shows in the reverse flip too.
    rows.push(Flip::new("method GET -> POST", MISMATCH, |r| {
        r.method = "POST".to_owned();
    }));
    for method in ["PUT", "DELETE", "PATCH"] {
        rows.push(Flip::new(
            format!("method GET -> {method}"),
            NOT_FOUND,
            move |r| {
                r.method = method.to_owned();
            },
        ));
    }
    rows.push(Flip::new(
        "method GET -> HEAD",
        Expect::Bodiless(404),
        |r| {
            r.method = "HEAD".to_owned();
        },
    ));
    rows.push(
        Flip::new("method signed as POST, sent as GET", MISMATCH, |r| {
            r.method = "GET".to_owned();
        })
        .prepared(|spec| spec.method = "POST".to_owned()),
    );

    // Each of the seven path segments, to another valid-looking value. Only the ids keep the
    // route; the others miss it and are refused by routing, before verification.
    let segments = ["api", "v1", "mms", "datasources", "2", "jobs", "10"];
    let replacements = ["apis", "v2", "mma", "datasource", "3", "job", "11"];
    for (i, replacement) in replacements.iter().enumerate() {
        let mut changed = segments;
        changed[i] = replacement;
        let path = format!("/{}", changed.join("/"));
        let expect = if matches!(i, 4 | 6) {
            MISMATCH
        } else {
            NOT_FOUND
        };
        rows.push(Flip::new(
            format!(
                "path segment {} {:?} -> {replacement:?}",
                i + 1,
                segments[i]
            ),
            expect,
            move |r| set_path(r, &path),
        ));
    }
    // Same ids once parsed, different bytes on the wire: the signature covers the path as sent.
    for (name, path) in [
        ("sourceId 2 -> 02", "/api/v1/mms/datasources/02/jobs/10"),
        (
            "jobId 10 -> %31%30",
            "/api/v1/mms/datasources/2/jobs/%31%30",
        ),
    ] {
        rows.push(Flip::new(format!("path {name}"), MISMATCH, move |r| {
            set_path(r, path)
        }));
    }
    rows.push(Flip::new("path with a trailing slash", NOT_FOUND, |r| {
        set_path(r, "/api/v1/mms/datasources/2/jobs/10/")
    }));

    // Each query pair: its key, its value, dropped; one added; all dropped.
    for (i, (key, value)) in QUERY.iter().enumerate() {
        let other_key = format!("{key}X");
        rows.push(Flip::new(
            format!("query key {key} -> {other_key}"),
            MISMATCH,
            move |r| {
                let mut pairs = wire_pairs(r);
                let (_, v) = pairs[i].split_once('=').unwrap();
                pairs[i] = format!("{other_key}={v}");
                set_query(r, &pairs.join("&"));
            },
        ));
        rows.push(Flip::new(
            format!("query value {key}={value:?} -> {:?}", format!("{value}0")),
            MISMATCH,
            move |r| {
                let mut pairs = wire_pairs(r);
                pairs[i].push('0');
                set_query(r, &pairs.join("&"));
            },
        ));
        rows.push(Flip::new(
            format!("query pair {key} dropped"),
            MISMATCH,
            move |r| {
                let mut pairs = wire_pairs(r);
                pairs.remove(i);
                set_query(r, &pairs.join("&"));
            },
        ));
    }
    for (name, extra) in [
        ("status=DONE", "status=DONE"),
        ("bare key status", "status"),
    ] {
        rows.push(Flip::new(
            format!("query pair {name} added"),
            MISMATCH,
            move |r| {
                let (_, query) = path_and_query(r);
                set_query(r, &format!("{query}&{extra}"));
            },
        ));
    }
    rows.push(Flip::new("query dropped entirely", MISMATCH, |r| {
        set_query(r, "")
    }));
    // Controls: the same raw pairs in another order or spelling are the same signed query.
    rows.push(Flip::new(
        "query pairs reordered (control)",
        Expect::Served,
        |r| {
            let mut pairs = wire_pairs(r);
            pairs.reverse();
            set_query(r, &pairs.join("&"));
        },
    ));
    rows.push(Flip::new(
        "query space as %20 instead of + (control)",
        Expect::Served,
        |r| {
            let (_, query) = path_and_query(r);
            set_query(r, &query.replace('+', "%20"));
        },
    ));
    // ROA signs the query raw (not encoded), so `&` and `=` inside a value cannot be told from
    // separators: two pairs folded into one value sign the same. A property of the protocol,
    // not of the emulator; ACS3 encodes values and tells them apart.
    rows.push(Flip::new(
        "query pageNum and pageSize folded into one value pageNum=1%26pageSize%3D10",
        by_scheme(MISMATCH, Expect::Served),
        |r| {
            let (_, query) = path_and_query(r);
            assert!(query.contains("pageNum=1&pageSize=10"), "{query}");
            set_query(
                r,
                &query.replace("pageNum=1&pageSize=10", "pageNum=1%26pageSize%3D10"),
            );
        },
    ));

    // Every signed header: changed, and (where the transport does not re-add it) removed.
    let probe = baseline(algorithm);
    let probe_signed = probe.sign(addr);
    let names = signed_header_names(algorithm, &probe_signed);
    let expected_names: &[&str] = match algorithm {
        ACS3 => &[
            "accept",
            "host",
            "user-agent",
            "x-acs-action",
            "x-acs-content-sha256",
            "x-acs-date",
            "x-acs-signature-nonce",
            "x-acs-version",
        ],
        ROA => &[
            "accept",
            "date",
            "x-acs-action",
            "x-acs-signature-method",
            "x-acs-signature-nonce",
            "x-acs-signature-version",
            "x-acs-version",
        ],
    };
    assert_eq!(
        names, expected_names,
        "{algorithm}: the signed headers of the baseline"
    );
    for name in names {
        let expect = changed_header_refusal(&name);
        let header_name = name.clone();
        rows.push(Flip::new(
            format!("signed header {name} changed"),
            expect,
            move |r| {
                let current = header(r, &header_name);
                let value = another_value(&header_name, &current, addr);
                assert_ne!(value, current, "{header_name}");
                set_header(r, &header_name, &value);
            },
        ));
        // reqwest puts back `host` (from the URL) and `accept` (`*/*`) when they are missing,
        // which makes a removal a change; the change rows above already cover those two.
        if name == "host" || name == "accept" {
            continue;
        }
        let expect = match (algorithm, name.as_str()) {
            (_, "date" | "x-acs-date") => Expect::Gateway(400, "MissingDate"),
            (_, "x-acs-signature-nonce") => Expect::Gateway(400, "MissingSignatureNonce"),
            (ACS3, _) => Expect::Gateway(400, "MissingSignedHeader"),
            (ROA, _) => MISMATCH,
        };
        let header_name = name.clone();
        rows.push(Flip::new(
            format!("signed header {name} removed"),
            expect,
            move |r| remove_header(r, &header_name),
        ));
    }
    // A repeated nonce could let a replay pass as new by swapping the values' order.
    rows.push(Flip::new(
        "second value sent for x-acs-signature-nonce",
        Expect::Gateway(400, "DuplicateHeader"),
        |r| add_header(r, "x-acs-signature-nonce", "another-nonce"),
    ));
    rows.push(Flip::new(
        "second value sent for the date",
        Expect::Gateway(400, "DuplicateHeader"),
        |r| {
            if r.headers.iter().any(|(n, _)| n == "date") {
                add_header(r, "date", "Thu, 02 Jan 2025 03:04:05 GMT");
            } else {
                add_header(r, "x-acs-date", "2025-01-02T03:04:05Z");
            }
        },
    ));
    // Headers a scheme would sign, added after signing.
    rows.push(Flip::new(
        "x-acs-extra header added",
        by_scheme(Expect::Gateway(400, "IncompleteSignature"), MISMATCH),
        |r| add_header(r, "x-acs-extra", "1"),
    ));
    rows.push(Flip::new(
        "content-type header added",
        by_scheme(Expect::Gateway(400, "IncompleteSignature"), MISMATCH),
        |r| add_header(r, "content-type", "application/json; charset=utf-8"),
    ));
    if algorithm == ROA {
        rows.push(Flip::new("content-md5 header added", MISMATCH, |r| {
            add_header(r, "content-md5", "1B2M2Y8AsgTpgAmY7PhCfg==")
        }));
        // Controls: ROA v1 signs neither host nor user-agent.
        rows.push(Flip::new(
            "host changed (control: ROA does not sign it)",
            Expect::Served,
            move |r| set_header(r, "host", &format!("localhost:{}", addr.port())),
        ));
        rows.push(Flip::new(
            "user-agent changed (control: ROA does not sign it)",
            Expect::Served,
            |r| set_header(r, "user-agent", "someone-else/2.0"),
        ));
    }

    // The body.
    const BODY: &[u8] = br#"{"a":1}"#;
    match algorithm {
        ACS3 => {
            rows.push(Flip::new(
                "body added to a request signed without one",
                Expect::Gateway(400, "ContentSha256Mismatch"),
                |r| r.body = BODY.to_vec(),
            ));
            let with_body = |spec: &mut RequestSpec| spec.body = BODY.to_vec();
            rows.push(
                Flip::new("signed body, nothing changed", Expect::Served, |_| {})
                    .prepared(with_body),
            );
            rows.push(
                Flip::new(
                    "signed body changed",
                    Expect::Gateway(400, "ContentSha256Mismatch"),
                    |r| r.body = br#"{"a":2}"#.to_vec(),
                )
                .prepared(with_body),
            );
            rows.push(
                Flip::new(
                    "signed body dropped",
                    Expect::Gateway(400, "ContentSha256Mismatch"),
                    |r| r.body.clear(),
                )
                .prepared(with_body),
            );
            // Recomputing the hash header for the new body does not help: the header is signed.
            rows.push(
                Flip::new(
                    "signed body changed with a matching x-acs-content-sha256",
                    MISMATCH,
                    |r| {
                        r.body = br#"{"a":2}"#.to_vec();
                        set_header(r, "x-acs-content-sha256", &acs3::hashed_payload(&r.body));
                    },
                )
                .prepared(with_body),
            );
            rows.push(
                Flip::new("signed content-type changed", MISMATCH, |r| {
                    set_header(r, "content-type", "application/json")
                })
                .prepared(with_body),
            );
        }
        ROA => {
            // ROA v1 does not sign the body: the emulator reads a GET body (up to 1 MiB),
            // ignores it and serves the job.
            rows.push(Flip::new(
                "body added to a GET (control: ROA does not sign the body)",
                Expect::Served,
                |r| r.body = BODY.to_vec(),
            ));
            rows.push(
                Flip::new(
                    "signed body changed (control: ROA does not sign the body)",
                    Expect::Served,
                    |r| r.body = br#"{"a":2}"#.to_vec(),
                )
                .prepared(|spec| spec.body = BODY.to_vec()),
            );
            // The content-type that comes with a body is signed, though.
            rows.push(
                Flip::new("content-type of a body changed", MISMATCH, |r| {
                    set_header(r, "content-type", "application/json")
                })
                .prepared(|spec| spec.body = BODY.to_vec()),
            );
        }
    }

    // The key id, and the signature itself.
    let (id_prefix, other_prefix, unknown_prefix) = match algorithm {
        ACS3 => (
            format!("Credential={DEMO_ACCESS_KEY_ID},"),
            format!("Credential={OTHER_KEY_ID},"),
            "Credential=nobody,".to_owned(),
        ),
        ROA => (
            format!("acs {DEMO_ACCESS_KEY_ID}:"),
            format!("acs {OTHER_KEY_ID}:"),
            "acs nobody:".to_owned(),
        ),
    };
    {
        let from = id_prefix.clone();
        rows.push(Flip::new(
            "key id -> another configured key",
            MISMATCH,
            move |r| edit_authorization(r, &from, &other_prefix),
        ));
        let from = id_prefix;
        rows.push(Flip::new(
            "key id -> an unknown key",
            Expect::Gateway(404, "InvalidAccessKeyId.NotFound"),
            move |r| edit_authorization(r, &from, &unknown_prefix),
        ));
    }
    rows.push(Flip::new(
        "signature: one character changed",
        MISMATCH,
        |r| {
            let signature = r.signature.signature.clone();
            edit_authorization(r, &signature, &one_char_changed(&signature));
        },
    ));
    rows.push(Flip::new(
        "signature: last character dropped",
        MISMATCH,
        |r| {
            let signature = r.signature.signature.clone();
            edit_authorization(r, &signature, &signature[..signature.len() - 1]);
        },
    ));
    if algorithm == ACS3 {
        rows.push(Flip::new("signature: hex in uppercase", MISMATCH, |r| {
            let signature = r.signature.signature.clone();
            edit_authorization(r, &signature, &signature.to_ascii_uppercase());
        }));
        // The SignedHeaders list of the Authorization header is part of what is checked too.
        rows.push(Flip::new(
            "SignedHeaders without user-agent",
            MISMATCH,
            |r| edit_authorization(r, "user-agent;", ""),
        ));
        rows.push(Flip::new(
            "SignedHeaders without x-acs-version",
            Expect::Gateway(400, "IncompleteSignature"),
            |r| edit_authorization(r, ";x-acs-version", ""),
        ));
        rows.push(Flip::new(
            "SignedHeaders without host",
            Expect::Gateway(400, "IncompleteSignature"),
            |r| edit_authorization(r, "host;", ""),
        ));
        rows.push(Flip::new(
            "SignedHeaders listing a header that is not sent",
            Expect::Gateway(400, "MissingSignedHeader"),
            |r| edit_authorization(r, "SignedHeaders=", "SignedHeaders=a-missing-header;"),
        ));
    }
    rows
}

/// An answer as received, whatever its shape.
struct Outcome {
    status: u16,
    text: String,
    body: Value,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {} {}", self.status, self.text)
    }
}

async fn send(emulator: &RunningEmulator, request: &SignedRequest) -> Outcome {
    let response = request.try_send(emulator).await.expect("an HTTP answer");
    let status = response.status().as_u16();
    let text = response.text().await.expect("a complete body");
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Outcome { status, text, body }
}

/// Whether `outcome` is what `expect` says, and if not, what was wrong.
fn check(expect: Expect, outcome: &Outcome) -> Result<(), String> {
    let fits = match expect {
        Expect::Gateway(status, code) => {
            outcome.status == status
                && outcome.body["Code"] == code
                && outcome.body["Message"]
                    .as_str()
                    .is_some_and(|m| !m.is_empty())
        }
        Expect::Service(status, code) => {
            outcome.status == status
                && outcome.body["code"] == code
                && outcome.body["message"]
                    .as_str()
                    .is_some_and(|m| !m.is_empty())
        }
        Expect::Bodiless(status) => outcome.status == status && outcome.text.is_empty(),
        Expect::Served => {
            outcome.status == 200
                && outcome.body["data"]["id"] == 10
                && outcome.body["data"]["sourceId"] == 2
        }
    };
    if fits {
        Ok(())
    } else {
        Err(format!("expected {expect:?}, got {outcome}"))
    }
}

/// Whether the tamper changed anything that goes on the wire.
fn same_on_the_wire(a: &SignedRequest, b: &SignedRequest) -> bool {
    let mut ha = a.headers.clone();
    let mut hb = b.headers.clone();
    ha.sort();
    hb.sort();
    a.method == b.method && a.path_and_query == b.path_and_query && ha == hb && a.body == b.body
}

/// Signs a fresh baseline for every row (so no row trips over another's nonce), applies the
/// row's change, sends it and collects every row that was answered otherwise than expected.
async fn run_matrix(algorithm: SignatureAlgorithm) {
    let emulator = emulator().await;
    let rows = flips(algorithm, emulator.addr());
    let mut failures = Vec::new();
    for flip in &rows {
        let mut spec = baseline(algorithm);
        if let Some(prepare) = &flip.prepare {
            prepare(&mut spec);
        }
        let original = spec.sign(emulator.addr());
        let mut tampered = original.clone();
        (flip.tamper)(&mut tampered);
        if flip.name != "nothing changed"
            && flip.name != "signed body, nothing changed"
            && same_on_the_wire(&original, &tampered)
        {
            failures.push(format!("{}: the flip changed nothing", flip.name));
            continue;
        }
        let outcome = send(&emulator, &tampered).await;
        if let Err(problem) = check(flip.expect, &outcome) {
            failures.push(format!("{}: {problem}", flip.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{algorithm}: {} of {} flips were answered wrongly:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    // Every row reached the emulator, and the matrix did not shrink unnoticed.
    assert_eq!(emulator.request_count(), rows.len() as u64);
    assert!(rows.len() >= 45, "{algorithm}: only {} rows", rows.len());
}

#[tokio::test]
async fn acs3_every_single_flip_of_a_signed_part_is_refused_with_its_reason() {
    run_matrix(ACS3).await;
}

#[tokio::test]
async fn roa_every_single_flip_of_a_signed_part_is_refused_with_its_reason() {
    run_matrix(ROA).await;
}

#[tokio::test]
async fn replaying_the_exact_signed_request_is_refused_after_it_was_served_once() {
    let emulator = emulator().await;
    for algorithm in ALGORITHMS {
        let signed = baseline(algorithm).sign(emulator.addr());
        let first = send(&emulator, &signed).await;
        check(Expect::Served, &first).unwrap_or_else(|p| panic!("{algorithm}: first: {p}"));
        // Another request in between does not make the nonce usable again.
        let other = send(&emulator, &baseline(algorithm).sign(emulator.addr())).await;
        check(Expect::Served, &other).unwrap_or_else(|p| panic!("{algorithm}: other: {p}"));
        for replay in 1..=2 {
            let again = send(&emulator, &signed).await;
            check(Expect::Gateway(403, "SignatureNonceUsed"), &again)
                .unwrap_or_else(|p| panic!("{algorithm}: replay {replay}: {p}"));
        }
    }
    assert_eq!(emulator.request_count(), 8);
}

#[tokio::test]
async fn dates_sixteen_minutes_off_are_refused_and_fourteen_are_not() {
    let emulator = emulator().await;
    let minutes = |m: u64| Duration::from_secs(m * 60);
    for algorithm in ALGORITHMS {
        for (label, time, expect) in [
            (
                "16 min in the past",
                SystemTime::now() - minutes(16),
                Expect::Gateway(403, "RequestTimeTooSkewed"),
            ),
            (
                "16 min in the future",
                SystemTime::now() + minutes(16),
                Expect::Gateway(403, "RequestTimeTooSkewed"),
            ),
            (
                "14 min in the past",
                SystemTime::now() - minutes(14),
                Expect::Served,
            ),
            (
                "14 min in the future",
                SystemTime::now() + minutes(14),
                Expect::Served,
            ),
        ] {
            let mut spec = baseline(algorithm);
            spec.time = time;
            let outcome = send(&emulator, &spec.sign(emulator.addr())).await;
            check(expect, &outcome).unwrap_or_else(|p| panic!("{algorithm}: {label}: {p}"));
        }
    }
}

#[tokio::test]
async fn an_unsigned_extra_header_changes_nothing_and_is_not_used() {
    let emulator = emulator().await;
    let addr = emulator.addr();
    let extras = [
        ("x-forwarded-host", "evil.example"),
        ("forwarded", "for=192.0.2.1;host=evil.example"),
        ("x-trace-id", "4bf92f3577b34da6"),
    ];
    // The parts of an answer that do not change from one request to the next.
    let stable = |outcome: &Outcome| {
        let mut body = outcome.body.clone();
        if let Some(map) = body.as_object_mut() {
            for volatile in ["requestId", "RequestId", "Recommend"] {
                map.remove(volatile);
            }
        }
        (outcome.status, body)
    };
    for algorithm in ALGORITHMS {
        let served = baseline(algorithm);
        let mut unknown_job = baseline(algorithm);
        unknown_job.path = "/api/v1/mms/datasources/2/jobs/11".into();
        let mut unknown_key = baseline(algorithm);
        unknown_key.credentials = acs_sign::Credentials::new("nobody", "x");
        for spec in [served, unknown_job, unknown_key] {
            let mut fresh = spec.clone();
            fresh.nonce = fresh_nonce();
            let without = send(&emulator, &fresh.sign(addr)).await;
            for (name, value) in extras {
                let mut fresh = spec.clone();
                fresh.nonce = fresh_nonce();
                let signed = fresh.sign(addr);
                if let Some(list) = &signed.signature.signed_headers {
                    assert!(!list.split(';').any(|n| n == name), "{list}");
                }
                let with = send(&emulator, &signed.with_header(name, value)).await;
                assert_eq!(
                    stable(&with),
                    stable(&without),
                    "{algorithm} {} with {name}: {value}",
                    spec.path
                );
            }
            assert!(!without.text.contains("evil.example"), "{without}");
        }
        // The gateway names the host the request was signed for, never a forwarded one.
        let mut spec = baseline(algorithm);
        spec.credentials = acs_sign::Credentials::new("nobody", "x");
        let signed = spec
            .sign(addr)
            .with_header("x-forwarded-host", "evil.example");
        let outcome = send(&emulator, &signed).await;
        check(
            Expect::Gateway(404, "InvalidAccessKeyId.NotFound"),
            &outcome,
        )
        .unwrap();
        assert_eq!(outcome.body["HostId"], addr.to_string());
    }
}

#[tokio::test]
async fn the_default_config_listens_on_loopback_only() {
    assert!(EmulatorConfig::default().bind_addr().ip().is_loopback());
    let emulator = start(EmulatorConfig::default()).await.unwrap();
    let addr = emulator.addr();
    assert!(addr.ip().is_loopback(), "{addr}");
    assert_ne!(addr.port(), 0, "the actual port, not the one asked for");
    assert_eq!(emulator.base_url(), format!("http://{addr}"));
    emulator.stop().await.unwrap();
}
