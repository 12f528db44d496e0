//! Calls per second and latency percentiles of a batch of calls.

use std::time::Duration;

/// The calls of one row in one mode, possibly gathered over several rounds.
#[derive(Debug, Default, Clone)]
pub struct Sample {
    /// Wall time spent, summed over rounds.
    pub elapsed: Duration,
    /// One latency per call.
    pub latencies: Vec<Duration>,
    /// CPU time (user + system) the caller spent on these calls, summed over rounds.
    pub cpu: Duration,
}

impl Sample {
    pub fn add(&mut self, other: Sample) {
        self.elapsed += other.elapsed;
        self.latencies.extend(other.latencies);
        self.cpu += other.cpu;
    }

    pub fn calls(&self) -> usize {
        self.latencies.len()
    }

    pub fn calls_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.calls() as f64 / secs
        } else {
            0.0
        }
    }

    /// The caller's CPU time per call.
    pub fn cpu_per_call(&self) -> Duration {
        match u32::try_from(self.calls()) {
            Ok(calls) if calls > 0 => self.cpu / calls,
            _ => Duration::ZERO,
        }
    }

    /// The nearest-rank percentile `p` (0–100) of the latencies.
    pub fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort_unstable();
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }
}

/// A duration for a table: µs below 10 ms, else ms.
pub fn micros(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us < 10_000.0 {
        format!("{us:.0} µs")
    } else {
        format!("{:.1} ms", us / 1000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let sample = Sample {
            elapsed: Duration::from_secs(1),
            latencies: (1..=100).map(Duration::from_millis).collect(),
            cpu: Duration::from_millis(50),
        };
        assert_eq!(sample.percentile(50.0), Duration::from_millis(50));
        assert_eq!(sample.percentile(99.0), Duration::from_millis(99));
        assert_eq!(sample.percentile(100.0), Duration::from_millis(100));
        assert!((sample.calls_per_second() - 100.0).abs() < 1e-9);
        assert_eq!(sample.cpu_per_call(), Duration::from_micros(500));
        assert_eq!(Sample::default().cpu_per_call(), Duration::ZERO);
    }
}
