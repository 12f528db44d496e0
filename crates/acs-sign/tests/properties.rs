//! Property tests: every signed part of a request is covered by the signature, nothing else is,
//! and no function panics on arbitrary input.
//!
//! The case count is proptest's default (256); set `PROPTEST_CASES` to run more.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;

use acs_sign::{
    acs3, parse_acs3_date, parse_authorization, parse_rfc1123, percent_encode, roa, sign,
    Credentials, SignableRequest, SignatureAlgorithm,
};
use proptest::prelude::*;
use proptest::sample::Index;

/// An owned request that the tests mutate, then borrow as a [`SignableRequest`].
#[derive(Debug, Clone)]
struct Req {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Req {
    fn signable(&self) -> SignableRequest<'_> {
        SignableRequest {
            method: &self.method,
            path: &self.path,
            query: self
                .query
                .iter()
                .map(|(k, v)| (Cow::from(k.as_str()), Cow::from(v.as_str())))
                .collect(),
            headers: self
                .headers
                .iter()
                .map(|(k, v)| (Cow::from(k.as_str()), Cow::from(v.as_str())))
                .collect(),
            body: &self.body,
        }
    }

    fn signature(&self, algorithm: SignatureAlgorithm) -> String {
        sign(algorithm, &self.signable(), &credentials()).signature
    }
}

fn credentials() -> Credentials {
    Credentials::new("testid", "testsecret")
}

/// Header values as they appear on the wire: printable, no surrounding whitespace, no newline.
fn header_value() -> impl Strategy<Value = String> {
    "[!-~ü库]([ -~ü库]{0,20}[!-~ü库])?"
}

/// ROA v1 signs its query raw, so `&`, `=` and `?` would make different queries ambiguous; the
/// protocol cannot tell them apart either. Everything else, including spaces and UTF-8, is fair.
fn roa_query_text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 _./*~+%:ü库-]{0,12}"
}

fn method() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("GET".to_owned()),
        Just("POST".to_owned()),
        Just("PUT".to_owned()),
        Just("DELETE".to_owned()),
        "[A-Z]{1,8}",
    ]
}

fn path() -> impl Strategy<Value = String> {
    "/[a-zA-Z0-9%/._~-]{0,40}"
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..64)
}

/// A ROA v1 request: the four standard signed headers (each optional), some `x-acs-*` headers and
/// some unsigned ones, with unique lowercase names.
fn roa_request() -> impl Strategy<Value = Req> {
    let standard = prop::collection::btree_map(
        prop::sample::select(vec!["accept", "content-md5", "content-type", "date"]),
        header_value(),
        0..=4,
    );
    let acs = prop::collection::btree_map("x-acs-[a-z0-9-]{1,12}", header_value(), 1..6);
    let unsigned = prop::collection::btree_map(
        prop::sample::select(vec![
            "host",
            "user-agent",
            "content-length",
            "accept-encoding",
        ]),
        header_value(),
        0..=4,
    );
    (
        method(),
        path(),
        prop::collection::vec(("[a-zA-Z][a-zA-Z0-9.]{0,8}", roa_query_text()), 0..5),
        standard,
        acs,
        unsigned,
        body(),
    )
        .prop_map(|(method, path, query, standard, acs, unsigned, body)| {
            let mut headers: Vec<(String, String)> = standard
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect();
            headers.extend(acs);
            headers.extend(unsigned.into_iter().map(|(k, v)| (k.to_owned(), v)));
            Req {
                method,
                path,
                query,
                headers,
                body,
            }
        })
}

/// An ACS3 request: any headers (unique names), any UTF-8 in the query (it is percent-encoded).
fn acs3_request() -> impl Strategy<Value = Req> {
    (
        method(),
        path(),
        prop::collection::vec(("(?s).{0,8}", "(?s).{0,12}"), 0..5),
        prop::collection::btree_map("[a-z][a-z0-9-]{0,15}", header_value(), 1..8),
        body(),
    )
        .prop_map(
            |(method, path, query, headers, body): (_, _, _, BTreeMap<_, _>, _)| Req {
                method,
                path,
                query,
                headers: headers.into_iter().collect(),
                body,
            },
        )
}

fn is_roa_signed_header(name: &str) -> bool {
    name.starts_with("x-acs-") || ["accept", "content-md5", "content-type", "date"].contains(&name)
}

/// Replaces one signed part of `req` with `new`: which one is chosen by `part` and `index`.
/// Returns a description of the change, or `None` when it would be no change at all.
fn mutate(
    req: &mut Req,
    algorithm: SignatureAlgorithm,
    part: usize,
    index: Index,
    new: String,
    new_body: Vec<u8>,
) -> Option<String> {
    fn replace(slot: &mut String, new: String) -> Option<String> {
        (*slot != new).then(|| format!("{:?} -> {new:?}", std::mem::replace(slot, new.clone())))
    }
    match part {
        0 => replace(&mut req.method, new).map(|c| format!("method {c}")),
        1 => replace(&mut req.path, format!("/{new}")).map(|c| format!("path {c}")),
        2 if !req.query.is_empty() => {
            let i = index.index(req.query.len());
            replace(&mut req.query[i].0, new).map(|c| format!("query key {c}"))
        }
        3 if !req.query.is_empty() => {
            let i = index.index(req.query.len());
            replace(&mut req.query[i].1, new).map(|c| format!("query value {c}"))
        }
        4 => {
            let signed: Vec<usize> = (0..req.headers.len())
                .filter(|&i| {
                    algorithm == SignatureAlgorithm::Acs3HmacSha256
                        || is_roa_signed_header(&req.headers[i].0)
                })
                .collect();
            if signed.is_empty() {
                return None;
            }
            let i = signed[index.index(signed.len())];
            let name = req.headers[i].0.clone();
            replace(&mut req.headers[i].1, new).map(|c| format!("header {name} {c}"))
        }
        5 if algorithm == SignatureAlgorithm::Acs3HmacSha256 => (req.body != new_body).then(|| {
            req.body = new_body;
            "body".to_owned()
        }),
        _ => None,
    }
}

proptest! {
    // A few percent of drawn mutations change nothing and are skipped (`prop_assume`); allow
    // that share at any case count (PROPTEST_CASES=1000000 for the long run).
    #![proptest_config(ProptestConfig {
        max_global_rejects: ProptestConfig::default().cases.saturating_mul(4).max(1024),
        ..ProptestConfig::default()
    })]

    #[test]
    fn roa_signature_covers_every_signed_part(
        req in roa_request(),
        part in 0usize..5,
        index in any::<Index>(),
        new_text in prop_oneof![roa_query_text(), header_value()],
        new_header in header_value(),
    ) {
        let algorithm = SignatureAlgorithm::RoaHmacSha1;
        let mut changed = req.clone();
        // Header values must stay wire-shaped; query keys and values must stay unambiguous.
        let new = match part {
            2 => format!("k{}", new_text.replace(['&', '=', '?'], "")),
            3 => new_text.replace(['&', '=', '?'], ""),
            4 => new_header,
            _ => new_text,
        };
        let change = mutate(&mut changed, algorithm, part, index, new, Vec::new());
        prop_assume!(change.is_some());
        prop_assert_ne!(
            req.signature(algorithm),
            changed.signature(algorithm),
            "unchanged ROA signature after changing {}", change.unwrap_or_default()
        );
    }

    #[test]
    fn roa_signature_ignores_the_body(req in roa_request(), new_body in body()) {
        let algorithm = SignatureAlgorithm::RoaHmacSha1;
        let mut changed = req.clone();
        changed.body = new_body;
        prop_assert_eq!(req.signature(algorithm), changed.signature(algorithm));
    }

    #[test]
    fn roa_signature_ignores_unsigned_headers(
        req in roa_request(),
        name in prop::sample::select(vec!["host", "user-agent", "User-Agent", "content-length", "x-other", "authorization"]),
        value in header_value(),
    ) {
        let algorithm = SignatureAlgorithm::RoaHmacSha1;
        let mut changed = req.clone();
        changed.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        changed.headers.push((name.to_owned(), value));
        prop_assert_eq!(req.signature(algorithm), changed.signature(algorithm));
    }

    #[test]
    fn acs3_signature_covers_every_signed_part(
        req in acs3_request(),
        part in 0usize..6,
        index in any::<Index>(),
        new_text in "(?s).{0,12}",
        new_header in header_value(),
        new_body in body(),
    ) {
        let algorithm = SignatureAlgorithm::Acs3HmacSha256;
        let mut changed = req.clone();
        let new = if part == 4 { new_header } else { new_text };
        let change = mutate(&mut changed, algorithm, part, index, new, new_body);
        prop_assume!(change.is_some());
        prop_assert_ne!(
            req.signature(algorithm),
            changed.signature(algorithm),
            "unchanged ACS3 signature after changing {}", change.unwrap_or_default()
        );
    }

    #[test]
    fn acs3_signature_covers_adding_a_header(req in acs3_request(), value in header_value()) {
        let algorithm = SignatureAlgorithm::Acs3HmacSha256;
        let mut changed = req.clone();
        changed.headers.push(("x-added-after-signing".to_owned(), value));
        prop_assert_ne!(req.signature(algorithm), changed.signature(algorithm));
    }

    /// A server verifies over the headers named in SignedHeaders only; whatever was added in
    /// transit (content-length, accept-encoding, a proxy's headers) cannot change the result.
    #[test]
    fn acs3_headers_outside_the_signed_set_are_irrelevant(
        req in acs3_request(),
        extra in prop::collection::btree_map("[A-Za-z][A-Za-z0-9-]{0,15}", header_value(), 1..4),
    ) {
        let algorithm = SignatureAlgorithm::Acs3HmacSha256;
        let signed_request = req.signable();
        let signed = sign(algorithm, &signed_request, &credentials());
        let signed_names: Vec<&str> = signed.signed_headers.as_deref().unwrap_or("").split(';').collect();

        let mut received = req.clone();
        received.headers.extend(
            extra.into_iter().filter(|(n, _)| !signed_names.iter().any(|s| s.eq_ignore_ascii_case(n))),
        );
        let verified = sign(algorithm, &received.signable().retain_headers(&signed_names), &credentials());
        prop_assert_eq!(signed, verified);
    }

    #[test]
    fn header_name_case_does_not_matter(req in acs3_request(), flip in any::<Index>()) {
        let i = flip.index(req.headers.len());
        let mut changed = req.clone();
        changed.headers[i].0 = changed.headers[i].0.to_ascii_uppercase();
        for algorithm in [SignatureAlgorithm::Acs3HmacSha256, SignatureAlgorithm::RoaHmacSha1] {
            prop_assert_eq!(req.signature(algorithm), changed.signature(algorithm));
        }
    }

    #[test]
    fn signatures_round_trip_through_parse_authorization(
        req in acs3_request(),
        id in "[A-Za-z0-9._-]{1,24}",
    ) {
        let creds = Credentials::new(id.clone(), "secret");
        for algorithm in [SignatureAlgorithm::Acs3HmacSha256, SignatureAlgorithm::RoaHmacSha1] {
            let signed = sign(algorithm, &req.signable(), &creds);
            let parsed = parse_authorization(&signed.authorization);
            prop_assert!(parsed.is_ok(), "{:?}: {:?}", signed.authorization, parsed);
            let parsed = parsed.unwrap();
            prop_assert_eq!(parsed.algorithm(), algorithm);
            prop_assert_eq!(parsed.access_key_id(), id.as_str());
            prop_assert_eq!(parsed.signature(), signed.signature.as_str());
        }
    }

    #[test]
    fn percent_encode_is_unreserved_or_uppercase_escapes_and_decodes_back(s in "(?s).{0,32}") {
        let encoded = percent_encode(&s);
        let mut bytes = encoded.bytes();
        while let Some(b) = bytes.next() {
            if b == b'%' {
                let hex: Vec<u8> = bytes.by_ref().take(2).collect();
                prop_assert!(hex.len() == 2 && hex.iter().all(|h| h.is_ascii_digit() || (b'A'..=b'F').contains(h)), "{encoded}");
            } else {
                prop_assert!(b.is_ascii_alphanumeric() || b"-_.~".contains(&b), "{encoded}");
            }
        }
        let decoded = percent_encoding::percent_decode_str(&encoded).decode_utf8();
        prop_assert_eq!(decoded.as_deref().ok(), Some(s.as_str()));
    }

    /// Nothing panics on arbitrary UTF-8, signed or parsed.
    #[test]
    fn no_panic_on_arbitrary_input(
        a in "(?s).{0,40}",
        b in "(?s).{0,40}",
        c in "(?s).{0,40}",
        pairs in prop::collection::vec(("(?s).{0,10}", "(?s).{0,10}"), 0..6),
        body in body(),
    ) {
        let cow: Vec<(Cow<str>, Cow<str>)> =
            pairs.iter().map(|(k, v)| (Cow::from(k.as_str()), Cow::from(v.as_str()))).collect();
        let _ = percent_encode(&a);
        let _ = roa::canonicalized_headers(&cow);
        let _ = roa::canonicalized_resource(&a, &cow);
        let _ = acs3::canonical_query_string(&cow);
        let _ = acs3::canonical_headers(&cow);
        let _ = acs3::signed_headers(&cow);
        let req = SignableRequest { method: &a, path: &b, query: cow.clone(), headers: cow.clone(), body: &body };
        let creds = Credentials::new(c.as_str(), b.as_str()).with_security_token(a.as_str());
        for algorithm in [SignatureAlgorithm::Acs3HmacSha256, SignatureAlgorithm::RoaHmacSha1] {
            let _ = sign(algorithm, &req, &creds);
        }
        for s in [&a, &b, &c] {
            let _ = parse_authorization(s);
            let _ = parse_authorization(&format!("acs {s}"));
            let _ = parse_authorization(&format!("ACS3-HMAC-SHA256 {s}"));
            let _ = parse_authorization(&format!("ACS3-HMAC-SHA256 Credential={s},SignedHeaders={s},Signature={s}"));
            let _ = parse_rfc1123(s);
            let _ = parse_acs3_date(s);
            let _ = SignatureAlgorithm::from_str(s);
        }
    }
}
