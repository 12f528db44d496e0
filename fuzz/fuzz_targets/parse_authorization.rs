//! Arbitrary text into the server-side `Authorization` header parser.
//!
//! Checks: parsing never panics; every slice it returns lies inside the input (pointer range,
//! not just equal text); the fields obey the documented shape; and formatting the parsed value
//! with `roa::authorization` / `acs3::authorization` parses back to the same value.
#![no_main]

use acs_sign::{acs3, parse_authorization, roa, Authorization};
use libfuzzer_sys::fuzz_target;

/// `part` is a sub-slice of `whole` (same allocation, within bounds).
fn is_subslice(whole: &str, part: &str) -> bool {
    let start = whole.as_ptr() as usize;
    let end = start + whole.len();
    let p = part.as_ptr() as usize;
    p >= start && p + part.len() <= end && whole.contains(part)
}

fuzz_target!(|input: &str| {
    let Ok(auth) = parse_authorization(input) else {
        return;
    };
    match &auth {
        Authorization::Roa {
            access_key_id,
            signature,
        } => {
            assert!(is_subslice(input, access_key_id), "{auth:?} / {input:?}");
            assert!(is_subslice(input, signature), "{auth:?} / {input:?}");
            assert!(!access_key_id.is_empty() && !signature.is_empty());
            assert!(!access_key_id.contains(':') && !signature.contains(':'));
            assert!(!access_key_id.chars().any(char::is_whitespace));
            assert!(!signature.chars().any(char::is_whitespace));
            let again = roa::authorization(access_key_id, signature);
            assert_eq!(
                parse_authorization(&again).ok(),
                Some(auth.clone()),
                "{again:?}"
            );
        }
        Authorization::Acs3 {
            access_key_id,
            signed_headers,
            signature,
        } => {
            assert!(is_subslice(input, access_key_id), "{auth:?} / {input:?}");
            assert!(is_subslice(input, signature), "{auth:?} / {input:?}");
            for header in signed_headers {
                assert!(is_subslice(input, header), "{auth:?} / {input:?}");
                assert!(!header.is_empty() && !header.contains(';') && !header.contains(','));
            }
            assert!(!access_key_id.is_empty() && !signature.is_empty());
            assert!(!access_key_id.contains(',') && !signature.contains(','));
            let again = acs3::authorization(access_key_id, &signed_headers.join(";"), signature);
            assert_eq!(
                parse_authorization(&again).ok(),
                Some(auth.clone()),
                "{again:?}"
            );
        }
    }
    assert!(is_subslice(input, auth.access_key_id()));
    assert!(is_subslice(input, auth.signature()));
});
