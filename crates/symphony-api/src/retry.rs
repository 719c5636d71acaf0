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
