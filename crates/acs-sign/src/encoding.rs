//! The protocol's one percent-encoder ("ENC" in the signing fact sheet, §c).

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Every byte except the RFC 3986 unreserved set `A-Z a-z 0-9 - _ . ~` is encoded.
const ENC: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes `s` the way Alibaba Cloud signatures expect.
///
/// The UTF-8 bytes in `A-Z a-z 0-9 - _ . ~` are kept; every other byte becomes `%XX` with
/// uppercase hex. A space is `%20` (never `+`), `*` is `%2A`, `/` is `%2F`.
/// Used for path parameters (by the caller, before signing) and for ACS3 canonical query values.
///
/// ```
/// assert_eq!(acs_sign::percent_encode("my job/1*~"), "my%20job%2F1%2A~");
/// assert_eq!(acs_sign::percent_encode("库"), "%E5%BA%93");
/// ```
pub fn percent_encode(s: &str) -> String {
    utf8_percent_encode(s, ENC).to_string()
}

/// Appends the [`percent_encode`]d form of `s` to `out`, without an intermediate string.
pub(crate) fn push_percent_encoded(out: &mut String, s: &str) {
    for part in utf8_percent_encode(s, ENC) {
        out.push_str(part);
    }
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn encodes_like_the_fact_sheet() {
        let cases = [
            (" ", "%20"),
            ("*", "%2A"),
            ("~", "~"),
            ("/", "%2F"),
            ("+", "%2B"),
            ("&", "%26"),
            ("=", "%3D"),
            ("%", "%25"),
            ("ü", "%C3%BC"),
            ("库", "%E5%BA%93"),
            ("AZaz09-_.~", "AZaz09-_.~"),
            ("", ""),
            ("库 db+x&y=z", "%E5%BA%93%20db%2Bx%26y%3Dz"),
        ];
        for (input, expected) in cases {
            assert_eq!(percent_encode(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn every_ascii_byte_outside_the_unreserved_set_is_encoded_uppercase() {
        for b in 0u8..0x80 {
            let s = char::from(b).to_string();
            let unreserved = b.is_ascii_alphanumeric() || b"-_.~".contains(&b);
            let expected = if unreserved {
                s.clone()
            } else {
                format!("%{b:02X}")
            };
            assert_eq!(percent_encode(&s), expected, "byte {b:#04x}");
        }
    }
}
