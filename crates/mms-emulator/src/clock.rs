//! The emulator's clock: virtual time that runs `speed` times faster than the wall clock, and can
//! be pushed forward by hand, so a job of a hundred tasks finishes in seconds in a test or demo.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// A moment of virtual time: milliseconds since the Unix epoch, UTC.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub(crate) struct Millis(pub(crate) i64);

impl Millis {
    /// This moment plus `ms` milliseconds (saturating).
    pub(crate) fn plus(self, ms: i64) -> Self {
        Self(self.0.saturating_add(ms))
    }

    /// Milliseconds from `earlier` to this moment; 0 if `earlier` is later.
    pub(crate) fn since(self, earlier: Millis) -> i64 {
        self.0.saturating_sub(earlier.0).max(0)
    }

    /// `YYYY-MM-DD HH:mm:ss` in UTC, the form of every time in the API.
    pub(crate) fn text(self) -> String {
        let format =
            time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
        time::OffsetDateTime::from_unix_timestamp(self.0.div_euclid(1000))
            .ok()
            .and_then(|t| t.format(&format).ok())
            .unwrap_or_default()
    }

    /// Parses `YYYY-MM-DD HH:mm:ss` (UTC), the form [`text`](Self::text) writes.
    pub(crate) fn parse(text: &str) -> Option<Self> {
        let format =
            time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
        let at = time::PrimitiveDateTime::parse(text.trim(), &format).ok()?;
        Some(Self(at.assume_utc().unix_timestamp().saturating_mul(1000)))
    }

    /// The current wall-clock time.
    pub(crate) fn wall_now() -> Self {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
        Self(ms)
    }
}

/// Milliseconds in a duration, saturating.
pub(crate) fn millis_of(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// Virtual time: `base + speed × (wall time since start) + pushed`, never going back.
#[derive(Debug)]
pub(crate) struct Clock {
    origin: Instant,
    base: Millis,
    speed: f64,
    pushed: AtomicI64,
}

impl Clock {
    /// A clock that reads `base` now and runs `speed` times as fast as the wall clock (0 stops
    /// it: only [`push`](Self::push) moves it).
    pub(crate) fn new(base: Millis, speed: f64) -> Self {
        Self {
            origin: Instant::now(),
            base,
            speed,
            pushed: AtomicI64::new(0),
        }
    }

    /// The virtual time now.
    pub(crate) fn now(&self) -> Millis {
        let elapsed = self.origin.elapsed().as_secs_f64() * 1000.0 * self.speed;
        // `as` saturates; the product is finite since speed is validated.
        #[allow(clippy::cast_possible_truncation)]
        let scaled = elapsed as i64;
        self.base
            .plus(scaled)
            .plus(self.pushed.load(Ordering::SeqCst))
    }

    /// Moves virtual time forward by `by`, at once.
    pub(crate) fn push(&self, by: Duration) {
        self.pushed.fetch_add(millis_of(by), Ordering::SeqCst);
    }

    /// How many times faster than the wall clock it runs.
    pub(crate) fn speed(&self) -> f64 {
        self.speed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_the_api_form_in_utc() {
        let t = Millis(1_734_450_257_000); // 2024-12-17 15:44:17 UTC
        assert_eq!(t.text(), "2024-12-17 15:44:17");
        assert_eq!(Millis::parse("2024-12-17 15:44:17"), Some(t));
        assert_eq!(Millis::parse(" 2024-12-17 15:44:17\n"), Some(t));
        assert_eq!(Millis::parse("17/12/2024"), None);
    }

    #[test]
    fn a_stopped_clock_moves_only_when_pushed() {
        let clock = Clock::new(Millis(1_000), 0.0);
        assert_eq!(clock.now(), Millis(1_000));
        clock.push(Duration::from_secs(90));
        assert_eq!(clock.now(), Millis(91_000));
    }

    #[test]
    fn a_fast_clock_never_goes_back() {
        let clock = Clock::new(Millis(0), 1000.0);
        let a = clock.now();
        let b = clock.now();
        assert!(b >= a);
    }
}
