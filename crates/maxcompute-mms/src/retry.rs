//! When and how long to wait before trying a read again.

use std::time::Duration;

/// Retries of idempotent reads: on throttling, server failures, lost connections and timeouts,
/// with exponential backoff and full jitter, bounded in attempts and in total time. Each attempt
/// is signed anew (fresh date and nonce).
///
/// ```
/// use std::time::Duration;
/// use maxcompute_mms::RetryPolicy;
/// let policy = RetryPolicy::default().with_max_attempts(5).with_max_elapsed(Duration::from_secs(10));
/// assert_eq!(policy.max_attempts(), 5);
/// assert_eq!(RetryPolicy::none().max_attempts(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, backoff from 200 ms doubling up to 5 s, at most 30 s in all.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_elapsed: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retry.
    pub fn none() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Attempts in all, the first included (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The first backoff; each later one doubles, up to [`RetryPolicy::with_max_backoff`].
    pub fn with_initial_backoff(mut self, backoff: Duration) -> RetryPolicy {
        self.initial_backoff = backoff;
        self
    }

    /// The longest single wait, also the cap on a server's `x-acs-retry-after`.
    pub fn with_max_backoff(mut self, backoff: Duration) -> RetryPolicy {
        self.max_backoff = backoff;
        self
    }

    /// No retry starts once this much time has passed since the first attempt, and no wait
    /// runs past it.
    pub fn with_max_elapsed(mut self, elapsed: Duration) -> RetryPolicy {
        self.max_elapsed = elapsed;
        self
    }

    /// Attempts in all.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The total time budget.
    pub fn max_elapsed(&self) -> Duration {
        self.max_elapsed
    }

    /// How long to wait after failed attempt `attempt` (1-based): the server's `retry_after`
    /// when it gave one, else a random wait up to the exponential backoff (full jitter).
    /// `None` when the budget does not allow another attempt.
    pub fn delay(
        &self,
        attempt: u32,
        elapsed: Duration,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts || elapsed >= self.max_elapsed {
            return None;
        }
        let delay = match retry_after {
            Some(after) => after.min(self.max_backoff),
            None => {
                let exp = self
                    .initial_backoff
                    .saturating_mul(1u32 << (attempt - 1).min(16))
                    .min(self.max_backoff);
                let millis = u64::try_from(exp.as_millis()).unwrap_or(u64::MAX);
                Duration::from_millis(rand::random_range(0..=millis))
            }
        };
        (elapsed + delay < self.max_elapsed).then_some(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_after_the_last_attempt() {
        let p = RetryPolicy::default();
        assert!(p.delay(1, Duration::ZERO, None).is_some());
        assert!(p.delay(2, Duration::ZERO, None).is_some());
        assert_eq!(p.delay(3, Duration::ZERO, None), None);
    }

    #[test]
    fn honours_retry_after_capped_by_max_backoff() {
        let p = RetryPolicy::default().with_max_backoff(Duration::from_secs(2));
        assert_eq!(
            p.delay(1, Duration::ZERO, Some(Duration::from_millis(700))),
            Some(Duration::from_millis(700))
        );
        assert_eq!(
            p.delay(1, Duration::ZERO, Some(Duration::from_secs(60))),
            Some(Duration::from_secs(2))
        );
    }

    #[test]
    fn backoff_grows_and_stays_within_its_cap() {
        let p = RetryPolicy::default().with_max_attempts(10);
        for attempt in 1..10 {
            let cap = Duration::from_millis(200 * (1 << (attempt - 1))).min(Duration::from_secs(5));
            let d = p
                .delay(attempt, Duration::ZERO, None)
                .unwrap_or(Duration::MAX);
            assert!(d <= cap, "attempt {attempt}: {d:?} > {cap:?}");
        }
    }

    #[test]
    fn the_total_budget_bounds_every_wait() {
        let p = RetryPolicy::default().with_max_elapsed(Duration::from_secs(1));
        assert_eq!(p.delay(1, Duration::from_secs(1), None), None);
        assert_eq!(
            p.delay(
                1,
                Duration::from_millis(900),
                Some(Duration::from_millis(500))
            ),
            None
        );
    }
}
