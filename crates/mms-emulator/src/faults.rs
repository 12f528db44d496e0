//! Fault injection: latency, throttling, unavailability and dropped connections, on demand.

use std::sync::Mutex;
use std::time::Duration;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::error::Error;

/// Faults the emulator injects into its answers, to test how a client copes. All off by default.
///
/// Every request first waits `latency`. Then three independent draws decide, in this order,
/// whether the connection is dropped (`drop_rate`), the request is throttled (`throttle_rate`:
/// 429 `Throttling.User` with an `x-acs-retry-after` header of `retry_after_ms`), or the service
/// is unavailable (`unavailable_rate`: 503 `ServiceUnavailable`). The first that hits wins; a
/// request none hits is served normally. Faults come before signature checks, as they would at
/// the gateway.
///
/// With a `seed`, the draws come from a seeded generator, so a sequential client sees the same
/// faults on every run (concurrent requests take draws in arrival order).
///
/// ```
/// use std::time::Duration;
/// use mms_emulator::FaultInjection;
///
/// let faults = FaultInjection { throttle_rate: 0.2, seed: Some(7), ..FaultInjection::default() };
/// assert_eq!(faults.latency, Duration::ZERO);
/// assert_eq!(faults.unavailable_rate, 0.0);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FaultInjection {
    /// Delay added before every answer.
    pub latency: Duration,
    /// Share of requests (0.0 to 1.0) answered 429 `Throttling.User` with `x-acs-retry-after`.
    pub throttle_rate: f64,
    /// Share of requests (0.0 to 1.0) answered 503 `ServiceUnavailable`.
    pub unavailable_rate: f64,
    /// Share of requests (0.0 to 1.0) whose connection is dropped: the response is aborted so
    /// the client sees a transport error, not an HTTP answer.
    pub drop_rate: f64,
    /// The `x-acs-retry-after` value of throttled answers, in milliseconds.
    pub retry_after_ms: u64,
    /// Seed of the draws; `None` draws from the operating system's randomness.
    pub seed: Option<u64>,
}

impl Default for FaultInjection {
    fn default() -> Self {
        Self {
            latency: Duration::ZERO,
            throttle_rate: 0.0,
            unavailable_rate: 0.0,
            drop_rate: 0.0,
            retry_after_ms: 1000,
            seed: None,
        }
    }
}

impl FaultInjection {
    /// Checks that every rate is a number from 0.0 to 1.0.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        for (name, rate) in [
            ("throttle_rate", self.throttle_rate),
            ("unavailable_rate", self.unavailable_rate),
            ("drop_rate", self.drop_rate),
        ] {
            if !(0.0..=1.0).contains(&rate) {
                return Err(Error::InvalidConfig(format!(
                    "fault injection {name} must be from 0.0 to 1.0, got {rate}"
                )));
            }
        }
        Ok(())
    }
}

/// The fault chosen for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fault {
    Drop,
    Throttle { retry_after_ms: u64 },
    Unavailable,
}

/// Draws faults for requests, deterministically when seeded.
#[derive(Debug)]
pub(crate) struct FaultDice {
    settings: FaultInjection,
    rng: Mutex<StdRng>,
}

impl FaultDice {
    pub(crate) fn new(settings: FaultInjection) -> Self {
        let rng = match settings.seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => StdRng::from_os_rng(),
        };
        Self {
            settings,
            rng: Mutex::new(rng),
        }
    }

    pub(crate) fn latency(&self) -> Duration {
        self.settings.latency
    }

    /// The fault for the next request, if any. Always takes three draws, so the sequence of
    /// faults for a given seed does not depend on which rates are set.
    pub(crate) fn roll(&self) -> Option<Fault> {
        let s = &self.settings;
        let draws: [f64; 3] = {
            // A poisoned lock only means another request panicked mid-draw; the generator
            // state is still usable.
            let mut rng = self.rng.lock().unwrap_or_else(|p| p.into_inner());
            [rng.random(), rng.random(), rng.random()]
        };
        if draws[0] < s.drop_rate {
            Some(Fault::Drop)
        } else if draws[1] < s.throttle_rate {
            Some(Fault::Throttle {
                retry_after_ms: s.retry_after_ms,
            })
        } else if draws[2] < s.unavailable_rate {
            Some(Fault::Unavailable)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_injects_nothing() {
        let dice = FaultDice::new(FaultInjection::default());
        assert!((0..1000).all(|_| dice.roll().is_none()));
    }

    #[test]
    fn rate_one_always_hits() {
        let dice = FaultDice::new(FaultInjection {
            unavailable_rate: 1.0,
            ..FaultInjection::default()
        });
        assert!((0..1000).all(|_| dice.roll() == Some(Fault::Unavailable)));
    }

    #[test]
    fn same_seed_same_faults() {
        let settings = FaultInjection {
            throttle_rate: 0.3,
            drop_rate: 0.2,
            seed: Some(42),
            ..FaultInjection::default()
        };
        let a = FaultDice::new(settings.clone());
        let b = FaultDice::new(settings);
        let seq_a: Vec<_> = (0..200).map(|_| a.roll()).collect();
        let seq_b: Vec<_> = (0..200).map(|_| b.roll()).collect();
        assert_eq!(seq_a, seq_b);
        assert!(seq_a.contains(&None) && seq_a.contains(&Some(Fault::Drop)));
    }

    #[test]
    fn rates_outside_zero_to_one_are_rejected() {
        for bad in [-0.1, 1.5, f64::NAN] {
            let f = FaultInjection {
                drop_rate: bad,
                ..FaultInjection::default()
            };
            let err = f.validate().unwrap_err().to_string();
            assert!(err.contains("drop_rate"), "{err}");
        }
    }
}
