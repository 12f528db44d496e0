//! Walks every case in `testdata/signing-vectors.json` (computed with the official Alibaba Cloud
//! Python SDK) and checks each signing stage separately. All mismatches are collected and
//! reported together, each naming the case, the algorithm and the stage.

use std::borrow::Cow;
use std::time::SystemTime;

use acs_sign::{
    acs3, parse_acs3_date, parse_authorization, parse_rfc1123, protocol_headers, roa, rpc, sign,
    Authorization, Credentials, SignableRequest, SignatureAlgorithm, SigningParams,
};
use serde_json::{Map, Value};

const VECTORS: &str = include_str!("../testdata/signing-vectors.json");

/// Mismatches found so far, and how many stages were checked.
#[derive(Default)]
struct Report {
    failures: Vec<String>,
    checks: usize,
}

impl Report {
    fn check(&mut self, case: &str, algorithm: &str, stage: &str, expected: &str, actual: &str) {
        self.checks += 1;
        if expected != actual {
            self.failures.push(format!(
                "case `{case}` / {algorithm} / {stage}\n  expected: {expected:?}\n  actual:   {actual:?}"
            ));
        }
    }

    fn fail(&mut self, case: &str, algorithm: &str, stage: &str, problem: String) {
        self.checks += 1;
        self.failures.push(format!(
            "case `{case}` / {algorithm} / {stage}\n  {problem}"
        ));
    }
}

fn str_field<'v>(value: &'v Value, key: &str) -> &'v str {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("vector file: missing string field {key:?} in {value}"))
}

fn pairs(object: Option<&Value>) -> Vec<(Cow<'_, str>, Cow<'_, str>)> {
    object
        .and_then(Value::as_object)
        .map(Map::iter)
        .into_iter()
        .flatten()
        .map(|(k, v)| {
            let v = v
                .as_str()
                .unwrap_or_else(|| panic!("vector file: value of {k:?} is not a string"));
            (Cow::from(k.as_str()), Cow::from(v))
        })
        .collect()
}

/// One signature to check: the request inputs plus the section with the expected stages.
struct Case<'v> {
    id: &'v str,
    action: Option<&'v str>,
    inputs: &'v Value,
    headers: &'v Value,
    expected: &'v Value,
    algorithm: SignatureAlgorithm,
}

struct Fixed {
    time: SystemTime,
    nonce: String,
    version: String,
}

fn check_case(case: &Case<'_>, fixed: &Fixed, report: &mut Report) {
    let alg = case.algorithm.protocol_name();
    let id = case.id;
    let inputs = case.inputs;
    let body = inputs
        .get("body")
        .and_then(Value::as_str)
        .map_or(&b""[..], str::as_bytes);
    let mut credentials = Credentials::new(
        str_field(inputs, "access_key_id"),
        str_field(inputs, "access_key_secret"),
    );
    if let Some(token) = inputs.get("security_token").and_then(Value::as_str) {
        credentials = credentials.with_security_token(token);
    }
    let secret = credentials.access_key_secret();
    let request = SignableRequest {
        method: str_field(inputs, "method"),
        path: str_field(inputs, "pathname"),
        query: pairs(inputs.get("query")),
        headers: pairs(Some(case.headers)),
        body,
    };
    let expected = |stage: &str| str_field(case.expected, stage);

    // Stage by stage, through the per-stage functions. Each stage is fed the EXPECTED output of
    // the stage before it, so one wrong stage shows up once, under its own name.
    match case.algorithm {
        SignatureAlgorithm::RoaHmacSha1 => {
            let sts = roa::string_to_sign(&request);
            report.check(id, alg, "string_to_sign", expected("string_to_sign"), &sts);
            let sig = roa::signature(secret, expected("string_to_sign"));
            report.check(id, alg, "signature", expected("signature"), &sig);
            let auth = roa::authorization(credentials.access_key_id(), expected("signature"));
            report.check(id, alg, "authorization", expected("authorization"), &auth);
        }
        SignatureAlgorithm::Acs3HmacSha256 => {
            let hp = acs3::hashed_payload(body);
            report.check(id, alg, "hashed_payload", expected("hashed_payload"), &hp);
            let cr = acs3::canonical_request(&request);
            report.check(
                id,
                alg,
                "canonical_request",
                expected("canonical_request"),
                &cr,
            );
            let hcr = acs3::hashed_canonical_request(expected("canonical_request"));
            let expected_hcr = expected("hashed_canonical_request");
            report.check(id, alg, "hashed_canonical_request", expected_hcr, &hcr);
            let sts = acs3::string_to_sign(expected("canonical_request"));
            let sts_hash = sts.split_once('\n').map_or("", |(_, hash)| hash);
            report.check(
                id,
                alg,
                "string_to_sign (hash line)",
                expected_hcr,
                sts_hash,
            );
            report.check(id, alg, "string_to_sign", expected("string_to_sign"), &sts);
            let sig = acs3::signature(secret, expected("string_to_sign"));
            report.check(id, alg, "signature", expected("signature"), &sig);
            let sh = acs3::signed_headers(&request.headers);
            let auth = acs3::authorization(credentials.access_key_id(), &sh, expected("signature"));
            report.check(id, alg, "authorization", expected("authorization"), &auth);
        }
    }

    // The high-level signer, end to end.
    let signed = sign(case.algorithm, &request, &credentials);
    for (stage, actual) in [
        ("string_to_sign", Some(&signed.string_to_sign)),
        ("canonical_request", signed.canonical_request.as_ref()),
        ("signature", Some(&signed.signature)),
        ("authorization", Some(&signed.authorization)),
    ] {
        if let Some(expected_value) = case.expected.get(stage).and_then(Value::as_str) {
            let actual = actual.map_or("<none>", String::as_str);
            report.check(id, alg, &format!("sign().{stage}"), expected_value, actual);
        }
    }
    if signed.algorithm != case.algorithm {
        report.fail(
            id,
            alg,
            "sign().algorithm",
            format!("got {:?}", signed.algorithm),
        );
    }

    // Order of query parameters and headers does not matter.
    let mut shuffled = request.clone();
    shuffled.query.reverse();
    shuffled.headers.reverse();
    let reordered = sign(case.algorithm, &shuffled, &credentials);
    report.check(
        id,
        alg,
        "reordered input",
        expected("authorization"),
        &reordered.authorization,
    );

    // A server parses the expected Authorization back into its parts.
    match parse_authorization(expected("authorization")) {
        Ok(parsed) => {
            report.check(
                id,
                alg,
                "parse_authorization id",
                credentials.access_key_id(),
                parsed.access_key_id(),
            );
            report.check(
                id,
                alg,
                "parse_authorization signature",
                expected("signature"),
                parsed.signature(),
            );
            if let Authorization::Acs3 { signed_headers, .. } = &parsed {
                let sh = acs3::signed_headers(&request.headers);
                report.check(
                    id,
                    alg,
                    "parse_authorization signed_headers",
                    &sh,
                    &signed_headers.join(";"),
                );
            }
            if parsed.algorithm() != case.algorithm {
                report.fail(
                    id,
                    alg,
                    "parse_authorization algorithm",
                    format!("got {:?}", parsed.algorithm()),
                );
            }
        }
        Err(err) => report.fail(id, alg, "parse_authorization", err.to_string()),
    }

    // protocol_headers reproduces the vector's own protocol headers from the fixed inputs.
    let action = case
        .action
        .unwrap_or_else(|| str_field(case.headers, "x-acs-action"));
    let params = SigningParams {
        credentials: &credentials,
        time: fixed.time,
        nonce: &fixed.nonce,
        action,
        version: &fixed.version,
    };
    let produced = protocol_headers(case.algorithm, &params, body);
    for (name, value) in &produced {
        let stage = format!("protocol_headers {name}");
        match case.headers.get(*name).and_then(Value::as_str) {
            Some(expected_value) => report.check(id, alg, &stage, expected_value, value),
            None => report.fail(
                id,
                alg,
                &stage,
                format!("produced {value:?}, but the vector has no such header"),
            ),
        }
    }
    let protocol_names = case
        .headers
        .as_object()
        .into_iter()
        .flat_map(Map::keys)
        .filter(|name| {
            name.as_str() == "date"
                || (name.starts_with("x-acs-") && name.as_str() != "x-acs-credentials-provider")
        });
    for name in protocol_names {
        if !produced.iter().any(|(n, _)| n == name) {
            report.fail(
                id,
                alg,
                &format!("protocol_headers {name}"),
                "the vector has it, protocol_headers did not produce it".to_owned(),
            );
        }
    }
}

#[test]
fn official_sdk_vectors() {
    let file: Value = serde_json::from_str(VECTORS).expect("testdata/signing-vectors.json is JSON");
    let fixed_inputs = &file["fixed_inputs"];
    let time = parse_rfc1123(str_field(fixed_inputs, "roa_v1_date_header")).expect("fixed date");
    let acs3_time =
        parse_acs3_date(str_field(fixed_inputs, "acs3_x_acs_date_header")).expect("fixed date");
    assert_eq!(time, acs3_time, "the two fixed dates name the same instant");
    let fixed = Fixed {
        time,
        nonce: str_field(fixed_inputs, "x_acs_signature_nonce").to_owned(),
        version: str_field(fixed_inputs, "api_version").to_owned(),
    };

    let mut cases = Vec::new();
    for (list, headers_key) in [
        ("vectors", "signed_headers_input"),
        ("unit_vectors", "headers"),
    ] {
        for vector in file[list].as_array().expect("a list of vectors") {
            let inputs = &vector["inputs"];
            for (section, algorithm) in [
                ("roa_v1", SignatureAlgorithm::RoaHmacSha1),
                ("acs3", SignatureAlgorithm::Acs3HmacSha256),
            ] {
                let Some(expected) = vector.get(section) else {
                    continue;
                };
                let headers = expected.get(headers_key).unwrap_or(&inputs[headers_key]);
                cases.push(Case {
                    id: str_field(vector, "id"),
                    action: vector.get("action").and_then(Value::as_str),
                    inputs,
                    headers,
                    expected,
                    algorithm,
                });
            }
        }
    }
    // 7 end-to-end vectors with both algorithms, plus one unit vector per algorithm.
    assert_eq!(
        cases.len(),
        16,
        "number of (case, algorithm) pairs in the vector file"
    );

    let mut report = Report::default();
    for case in &cases {
        check_case(case, &fixed, &mut report);
    }
    assert!(
        report.failures.is_empty(),
        "{} of {} checks failed:\n\n{}",
        report.failures.len(),
        report.checks,
        report.failures.join("\n\n")
    );
}

const RPC_VECTORS: &str = include_str!("../testdata/rpc-signing-vectors.json");

/// The value of query parameter `name` in `url`, percent-decoded.
fn url_parameter(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        if key != name {
            return None;
        }
        let mut bytes = Vec::new();
        let raw = value.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            match (raw[i], raw.get(i + 1..i + 3)) {
                (b'%', Some(hex)) => {
                    let hex = std::str::from_utf8(hex).ok()?;
                    bytes.push(u8::from_str_radix(hex, 16).ok()?);
                    i += 3;
                }
                (b'+', _) => {
                    bytes.push(b' ');
                    i += 1;
                }
                (b, _) => {
                    bytes.push(b);
                    i += 1;
                }
            }
        }
        String::from_utf8(bytes).ok()
    })
}

/// Walks every vector of `testdata/rpc-signing-vectors.json` (computed with the official Python
/// credentials library, cross-checked against the Java one): canonicalized query, string to sign
/// and signature, for GET (Python and Java) and POST (Go), each stage fed the expected output of
/// the stage before it.
///
/// The spec and this crate write a space as `%20`; the Python library writes `+`. Where a value
/// holds a space (vector V4) the expected spec values are the vector's `DIVERGENCE.rfc3986_*`
/// fields (which the Java library also produced), and the Python values are reproduced through
/// `rpc::python_canonicalized_query` and checked to differ from ours.
#[test]
fn official_rpc_v1_vectors() {
    let file: Value =
        serde_json::from_str(RPC_VECTORS).expect("testdata/rpc-signing-vectors.json is JSON");
    let vectors = file["vectors"].as_array().expect("a list of vectors");
    assert_eq!(vectors.len(), 4, "number of RPC v1 vectors in the file");
    const ALG: &str = "RPC v1 HMAC-SHA1";
    let mut report = Report::default();
    let mut divergent = 0;
    for vector in vectors {
        let id = str_field(vector, "id");
        let inputs = &vector["inputs"];
        let secret = str_field(inputs, "access_key_secret");
        let params: Vec<(String, String)> = pairs(Some(&vector["signed_params"]))
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let get = &vector["GET"];
        let post = &vector["POST_same_params (Go-library style)"];
        let java = &vector["cross_checks"];
        report.check(
            id,
            ALG,
            "hmac key",
            str_field(vector, "hmac_key"),
            &format!("{secret}&"),
        );

        // The Python library's own output, reproduced in the Python form.
        let python = |stage: &str| str_field(get, stage);
        // The spec values: the Python values where they agree, the RFC 3986 ones where not.
        let (spec_query, spec_get_sts, spec_post_sts) = match vector.get("DIVERGENCE") {
            Some(d) => {
                divergent += 1;
                (
                    str_field(d, "rfc3986_canonicalized_query"),
                    str_field(d, "rfc3986_string_to_sign_GET"),
                    str_field(d, "rfc3986_string_to_sign_POST"),
                )
            }
            None => (
                python("canonicalized_query"),
                python("string_to_sign"),
                str_field(post, "string_to_sign"),
            ),
        };
        let spec_get_sig = str_field(java, "java_credentials_1.0.6_ParameterHelper_GET");
        let spec_post_sig = str_field(java, "java_credentials_1.0.6_ParameterHelper_POST");

        // Stage by stage, spec form.
        let query = rpc::canonicalized_query(&params);
        report.check(id, ALG, "canonicalized_query", spec_query, &query);
        for (method, sts, sig) in [
            ("GET", spec_get_sts, spec_get_sig),
            ("POST", spec_post_sts, spec_post_sig),
        ] {
            let actual = rpc::string_to_sign(method, spec_query);
            report.check(id, ALG, &format!("{method} string_to_sign"), sts, &actual);
            let actual = rpc::signature(secret, sts);
            report.check(id, ALG, &format!("{method} signature"), sig, &actual);
            let signed = rpc::sign(method, &params, secret);
            report.check(id, ALG, &format!("{method} sign()"), sig, &signed.signature);
            // A Signature parameter among the inputs is ignored.
            let mut with_signature = params.clone();
            with_signature.push(("Signature".into(), sig.into()));
            let again = rpc::sign(method, &with_signature, secret);
            report.check(
                id,
                ALG,
                &format!("{method} sign() ignores Signature"),
                sig,
                &again.signature,
            );
        }

        // The Python form, stage by stage: the canonicalized query with `+` for a space.
        let py_query = rpc::python_canonicalized_query(spec_query);
        report.check(
            id,
            ALG,
            "python canonicalized_query",
            python("canonicalized_query"),
            &py_query,
        );
        for (method, sts, sig) in [
            ("GET", python("string_to_sign"), python("signature")),
            (
                "POST",
                str_field(post, "string_to_sign"),
                str_field(post, "signature"),
            ),
        ] {
            let actual = rpc::string_to_sign(method, &py_query);
            report.check(
                id,
                ALG,
                &format!("python {method} string_to_sign"),
                sts,
                &actual,
            );
            let actual = rpc::signature(secret, sts);
            report.check(id, ALG, &format!("python {method} signature"), sig, &actual);
        }
        // The Python provider sent exactly the signature its helper computed.
        let wire = str_field(&vector["python_provider_wire_request"], "url");
        let on_the_wire = url_parameter(wire, "Signature").unwrap_or_default();
        report.check(
            id,
            ALG,
            "python wire Signature",
            python("signature"),
            &on_the_wire,
        );

        // Where no value holds a space, the two forms agree; where one does, they must not.
        let same = spec_get_sig == python("signature");
        if same == vector.get("DIVERGENCE").is_some() {
            report.fail(
                id,
                ALG,
                "spec vs python",
                format!(
                    "spec {spec_get_sig} and python {} should {}",
                    python("signature"),
                    if same { "differ" } else { "agree" }
                ),
            );
        }
    }
    assert_eq!(divergent, 1, "one vector (V4) shows the Python difference");
    assert!(
        report.failures.is_empty(),
        "{} of {} checks failed:\n\n{}",
        report.failures.len(),
        report.checks,
        report.failures.join("\n\n")
    );
    // 16 stages per vector: the key, the query, 4 per method, the Python query, 2 per method
    // in the Python form, and the signature on the Python library's wire.
    assert_eq!(report.checks, 4 * 16, "checks made");
}
