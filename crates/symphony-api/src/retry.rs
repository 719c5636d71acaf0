//! Retries with capped exponential backoff and full jitter, for requests that are safe to repeat.

use std::time::Duration;

#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    pub base: Duration,
    pub cap: Duration,
    /// The longest a 429 (or the limiter) may make a call wait: a longer wait is not slept,
    /// the call fails at once with `Error::RateLimited { retry_after }`.
    pub max_rate_limit_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base: Duration::from_millis(250),
            cap: Duration::from_secs(8),
            max_rate_limit_wait: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// The wait before retry number `attempt` (1-based): uniform in [0, min(cap, base·2^(attempt-1))].
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .base
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let ceiling = exp.min(self.cap);
        // Full jitter; checked so that even a cap near Duration::MAX cannot panic on rounding.
        Duration::try_from_secs_f64(ceiling.as_secs_f64() * fastrand::f64())
            .unwrap_or(ceiling)
            .min(ceiling)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_means_one_attempt_and_keeps_the_other_limits() {
        let none = RetryPolicy::none();
        let default = RetryPolicy::default();
        assert_eq!(none.max_retries, 0);
        assert_eq!(default.max_retries, 3);
        assert_eq!(none.base, default.base);
        assert_eq!(none.cap, default.cap);
        assert_eq!(none.max_rate_limit_wait, Duration::from_secs(60));
    }

    /// The largest of many samples: close to the ceiling of that attempt.
    fn highest(p: &RetryPolicy, attempt: u32) -> Duration {
        (0..400)
            .map(|_| p.backoff(attempt))
            .max()
            .unwrap_or_default()
    }

    #[test]
    fn backoff_doubles_per_attempt_until_the_cap() {
        let p = RetryPolicy {
            base: Duration::from_millis(100),
            cap: Duration::from_secs(10),
            ..RetryPolicy::default()
        };
        // Ceilings 100, 200, 400, ... ms. The highest of 400 uniform samples stays under its
        // ceiling and passes the previous one except with chance 2^-400.
        for (attempt, ceiling_ms) in [(1u32, 100u64), (2, 200), (3, 400), (4, 800), (5, 1600)] {
            let top = highest(&p, attempt);
            assert!(
                top <= Duration::from_millis(ceiling_ms),
                "attempt {attempt}: {top:?}"
            );
            assert!(
                top > Duration::from_millis(ceiling_ms / 2),
                "attempt {attempt} reaches past the previous ceiling: {top:?}"
            );
        }
        // Far attempts stop at the cap (and the shift stops at 2^16: no overflow).
        let capped = RetryPolicy {
            cap: Duration::from_millis(300),
            ..p.clone()
        };
        for attempt in [3, 10, 40, u32::MAX] {
            let top = highest(&capped, attempt);
            assert!(top <= Duration::from_millis(300), "{attempt}: {top:?}");
            assert!(top > Duration::from_millis(150), "{attempt}: {top:?}");
        }
    }

    #[test]
    fn backoff_is_jittered_over_the_whole_range() {
        let p = RetryPolicy {
            base: Duration::from_millis(1000),
            cap: Duration::from_secs(10),
            ..RetryPolicy::default()
        };
        let samples: Vec<Duration> = (0..400).map(|_| p.backoff(1)).collect();
        let low = samples
            .iter()
            .filter(|d| **d < Duration::from_millis(250))
            .count();
        let high = samples
            .iter()
            .filter(|d| **d > Duration::from_millis(750))
            .count();
        // Uniform in [0, 1 s]: about 100 of each; 20 leaves room for any honest randomness.
        assert!(low > 20, "full jitter reaches low waits: {low} of 400");
        assert!(high > 20, "and high ones: {high} of 400");
    }

    #[test]
    fn backoff_is_capped_and_grows() {
        let p = RetryPolicy {
            base: Duration::from_millis(100),
            cap: Duration::from_millis(500),
            ..RetryPolicy::default()
        };
        for attempt in 1..10 {
            let ceiling =
                Duration::from_millis(100 * (1 << (attempt - 1))).min(Duration::from_millis(500));
            for _ in 0..50 {
                assert!(p.backoff(attempt) <= ceiling);
            }
        }
        let big: Vec<Duration> = (0..50).map(|_| p.backoff(5)).collect();
        assert!(
            big.iter().any(|d| *d > Duration::from_millis(100)),
            "jitter spreads up to the cap"
        );
    }
}
