//! The two date forms the protocols use: RFC 1123 (`date`, ROA v1) and ACS3 (`x-acs-date`).
//!
//! Both have whole-second precision: fractions of a second are dropped when formatting. Both
//! can only express years 1970 to 9999, so a time outside that range is clamped to its nearest
//! end rather than panicking. Parsing is strict: only the exact form the SDK sends is accepted.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ::time::macros::format_description;
use ::time::PrimitiveDateTime;

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
    let secs = clamped_unix_seconds(t);
    let (year, month, day) = civil_from_days(secs / 86_400);
    let in_day = secs % 86_400;
    let mut out = String::with_capacity(ACS3_EXAMPLE.len());
    // Written digit by digit: this runs for every signed request, and `format!` through the
    // calendar types cost more than the HMAC it feeds.
    push_digits(&mut out, year, 4);
    out.push('-');
    push_digits(&mut out, month, 2);
    out.push('-');
    push_digits(&mut out, day, 2);
    out.push('T');
    push_digits(&mut out, in_day / 3600, 2);
    out.push(':');
    push_digits(&mut out, in_day / 60 % 60, 2);
    out.push(':');
    push_digits(&mut out, in_day % 60, 2);
    out.push('Z');
    out
}

/// Year, month (1–12) and day (1–31) of the proleptic Gregorian calendar, `days` after
/// 1970-01-01. Howard Hinnant's `civil_from_days`, for non-negative days only.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

/// Appends the last `width` decimal digits of `value`, zero-padded.
fn push_digits(out: &mut String, value: u64, width: u32) {
    for position in (0..width).rev() {
        let digit = value / 10_u64.pow(position) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
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
    fn acs3_dates_agree_with_the_calendar_of_the_time_crate() {
        // Every day of 1970..2101 at a varying time of day, then sparse steps to 9999.
        let days = (0..48_000_u64).chain((48_000..2_932_896).step_by(997));
        for (i, day) in days.enumerate() {
            let secs = (day * 86_400 + (i as u64 * 7_919) % 86_400).min(MAX_UNIX_SECONDS);
            let expected = ::time::OffsetDateTime::from_unix_timestamp(secs as i64).unwrap();
            let expected = format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
                expected.year(),
                u8::from(expected.month()),
                expected.day(),
                expected.hour(),
                expected.minute(),
                expected.second()
            );
            assert_eq!(format_acs3_date(at(secs)), expected, "{secs}");
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
