//! The two date forms the protocols use: RFC 1123 (`date`, ROA v1) and ACS3 (`x-acs-date`).
//!
//! Both have whole-second precision: fractions of a second are dropped when formatting. Both
//! can only express years 1970 to 9999, so a time outside that range is clamped to its nearest
//! end rather than panicking. Parsing is strict: only the exact form the SDK sends is accepted.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ::time::macros::format_description;
use ::time::{OffsetDateTime, PrimitiveDateTime};

use crate::error::Error;

/// 9999-12-31T23:59:59Z, the last second both forms can express.
const MAX_UNIX_SECONDS: u64 = 253_402_300_799;

const RFC1123_EXAMPLE: &str = "Thu, 02 Jan 2025 03:04:05 GMT";
const ACS3_EXAMPLE: &str = "2025-01-02T03:04:05Z";

/// Whole seconds since the epoch, clamped to the range both forms can express.
fn clamped_unix_seconds(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs().min(MAX_UNIX_SECONDS))
}

/// Formats `t` as an RFC 1123 date in GMT, e.g. `Thu, 02 Jan 2025 03:04:05 GMT`: the ROA v1
/// `date` header.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// let t = UNIX_EPOCH + Duration::from_secs(1_735_787_045);
/// assert_eq!(acs_sign::format_rfc1123(t), "Thu, 02 Jan 2025 03:04:05 GMT");
/// ```
pub fn format_rfc1123(t: SystemTime) -> String {
    httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(clamped_unix_seconds(t)))
}

/// Formats `t` as `YYYY-MM-DDTHH:MM:SSZ` in UTC, e.g. `2025-01-02T03:04:05Z`: the ACS3
/// `x-acs-date` header.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// let t = UNIX_EPOCH + Duration::from_millis(1_735_787_045_999);
/// assert_eq!(acs_sign::format_acs3_date(t), "2025-01-02T03:04:05Z");
/// ```
pub fn format_acs3_date(t: SystemTime) -> String {
    let secs = i64::try_from(clamped_unix_seconds(t)).unwrap_or(0);
    let dt = OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        dt.year(),
        u8::from(dt.month()),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

/// Parses an RFC 1123 date as [`format_rfc1123`] writes it (and the SDK sends it).
///
/// # Errors
/// [`Error::InvalidDate`] unless `s` is exactly in that form, with the right weekday.
pub fn parse_rfc1123(s: &str) -> Result<SystemTime, Error> {
    let invalid = || Error::InvalidDate {
        form: "RFC 1123",
        example: RFC1123_EXAMPLE,
        value: s.to_owned(),
    };
    let t = httpdate::parse_http_date(s).map_err(|_| invalid())?;
    // httpdate also accepts the obsolete RFC 850 and asctime forms; insist on the one we send.
    if format_rfc1123(t) == s {
        Ok(t)
    } else {
        Err(invalid())
    }
}

/// Parses an ACS3 date as [`format_acs3_date`] writes it, e.g. `2025-01-02T03:04:05Z`.
///
/// # Errors
/// [`Error::InvalidDate`] unless `s` is exactly in that form (UTC `Z`, no fraction) and in
/// 1970..=9999.
///
/// ```
/// let t = acs_sign::parse_acs3_date("2025-01-02T03:04:05Z")?;
/// assert_eq!(acs_sign::format_rfc1123(t), "Thu, 02 Jan 2025 03:04:05 GMT");
/// # Ok::<(), acs_sign::Error>(())
/// ```
pub fn parse_acs3_date(s: &str) -> Result<SystemTime, Error> {
    let invalid = || Error::InvalidDate {
        form: "ACS3",
        example: ACS3_EXAMPLE,
        value: s.to_owned(),
    };
    let dt = PrimitiveDateTime::parse(
        s,
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z"),
    )
    .map_err(|_| invalid())?;
    let secs = u64::try_from(dt.assume_utc().unix_timestamp()).map_err(|_| invalid())?;
    let t = UNIX_EPOCH
        .checked_add(Duration::from_secs(secs))
        .ok_or_else(invalid)?;
    if format_acs3_date(t) == s {
        Ok(t)
    } else {
        Err(invalid())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn formats_the_vector_instant() {
        assert_eq!(format_rfc1123(at(1_735_787_045)), RFC1123_EXAMPLE);
        assert_eq!(format_acs3_date(at(1_735_787_045)), ACS3_EXAMPLE);
    }

    #[test]
    fn round_trips() {
        for secs in [
            0,
            1,
            59,
            951_782_400,
            1_735_787_045,
            4_102_444_800,
            MAX_UNIX_SECONDS,
        ] {
            let t = at(secs);
            assert_eq!(parse_rfc1123(&format_rfc1123(t)), Ok(t), "rfc1123 {secs}");
            assert_eq!(parse_acs3_date(&format_acs3_date(t)), Ok(t), "acs3 {secs}");
        }
    }

    #[test]
    fn fractions_are_dropped() {
        let t = at(1_735_787_045) + Duration::from_nanos(999_999_999);
        assert_eq!(format_acs3_date(t), ACS3_EXAMPLE);
        assert_eq!(format_rfc1123(t), RFC1123_EXAMPLE);
    }

    #[test]
    fn out_of_range_times_are_clamped() {
        let before = UNIX_EPOCH - Duration::from_secs(10);
        assert_eq!(format_acs3_date(before), "1970-01-01T00:00:00Z");
        assert_eq!(format_rfc1123(before), "Thu, 01 Jan 1970 00:00:00 GMT");
        let after = at(MAX_UNIX_SECONDS + 1_000_000);
        assert_eq!(format_acs3_date(after), "9999-12-31T23:59:59Z");
        assert_eq!(format_rfc1123(after), "Fri, 31 Dec 9999 23:59:59 GMT");
    }

    #[test]
    fn rejects_other_forms() {
        for bad in [
            "",
            "Thursday, 02-Jan-25 03:04:05 GMT",
            "Thu Jan  2 03:04:05 2025",
            "Fri, 02 Jan 2025 03:04:05 GMT",
            "Thu, 2 Jan 2025 03:04:05 GMT",
            "Thu, 02 Jan 2025 03:04:05 UTC",
            " Thu, 02 Jan 2025 03:04:05 GMT",
            "2025-01-02T03:04:05Z",
        ] {
            let err = parse_rfc1123(bad).expect_err(bad);
            assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
        }
        for bad in [
            "",
            "2025-01-02T03:04:05",
            "2025-01-02T03:04:05.123Z",
            "2025-01-02T03:04:05+00:00",
            "2025-01-02 03:04:05Z",
            "2025-1-2T3:4:5Z",
            "2025-13-02T03:04:05Z",
            "1969-12-31T23:59:59Z",
            "+2025-01-02T03:04:05Z",
            "Thu, 02 Jan 2025 03:04:05 GMT",
        ] {
            let err = parse_acs3_date(bad).expect_err(bad);
            assert!(
                matches!(err, Error::InvalidDate { form: "ACS3", .. }),
                "{err}"
            );
        }
    }
}
