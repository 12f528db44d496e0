//! The hash and MAC primitives both algorithms build on.

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

/// Lowercase hex SHA-256 of `data`.
pub(crate) fn sha256_hex(data: &[u8]) -> String {
    let mut out = String::with_capacity(64);
    push_hex(&mut out, &Sha256::digest(data));
    out
}

/// Appends the lowercase hex SHA-256 of `data` to `out`.
pub(crate) fn push_sha256_hex(out: &mut String, data: &[u8]) {
    push_hex(out, &Sha256::digest(data));
}

/// Appends `bytes` as lowercase hex digits to `out`, without an intermediate string.
pub(crate) fn push_hex(out: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    out.reserve(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
}

/// HMAC-SHA1 of `msg` under `key`.
pub(crate) fn hmac_sha1(key: &[u8], msg: &[u8]) -> [u8; 20] {
    match Hmac::<Sha1>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(msg);
            mac.finalize().into_bytes().into()
        }
        // HMAC hashes or pads the key to the block size, so every key length is valid.
        Err(_) => unreachable!("HMAC accepts keys of any length"),
    }
}

/// HMAC-SHA256 of `msg` under `key`.
pub(crate) fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(msg);
            mac.finalize().into_bytes().into()
        }
        // HMAC hashes or pads the key to the block size, so every key length is valid.
        Err(_) => unreachable!("HMAC accepts keys of any length"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 2202 / RFC 4231 test case 2 ("Jefe").
    #[test]
    fn rfc_test_vectors() {
        assert_eq!(
            hex::encode(hmac_sha1(b"Jefe", b"what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        assert_eq!(
            hex::encode(hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn hex_is_lowercase_and_matches_the_hex_crate() {
        let bytes: Vec<u8> = (0..=255).collect();
        let mut out = String::from("x");
        push_hex(&mut out, &bytes);
        assert_eq!(out, format!("x{}", hex::encode(&bytes)));
    }

    #[test]
    fn long_keys_are_accepted() {
        let key = [0xaa_u8; 200];
        assert_eq!(hmac_sha1(&key, b"m").len(), 20);
        assert_eq!(hmac_sha256(&key, b"m").len(), 32);
    }
}
