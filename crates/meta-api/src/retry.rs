//! Retries with capped exponential backoff and full jitter, for requests that are safe to repeat.

use std::time::Duration;

#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt (network failures, 5xx, Graph's transient codes 1 and 2).
    pub max_retries: u32,
    /// Resends after a throttling error (80004, 4, 17, 613, 80000-80014).
    pub max_throttled: u32,
    pub base: Duration,
    pub cap: Duration,
    /// The longest a throttle may make a call wait: a longer wait is not slept, the call fails
    /// at once with `Error::RateLimited { retry_after }` (the UI says when to try again).
    pub max_rate_limit_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            max_throttled: 3,
            base: Duration::from_millis(500),
            cap: Duration::from_secs(10),
            max_rate_limit_wait: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            max_throttled: 0,
            ..RetryPolicy::default()
        }
    }

    /// The wait before retry number `attempt` (1-based): uniform in [0, min(cap, base·2^(attempt-1))].
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .base
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let ceiling = exp.min(self.cap);
        Duration::try_from_secs_f64(ceiling.as_secs_f64() * fastrand::f64())
            .unwrap_or(ceiling)
            .min(ceiling)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_capped_jittered_and_never_overflows() {
        let p = RetryPolicy {
            base: Duration::from_millis(100),
            cap: Duration::from_millis(500),
            ..RetryPolicy::default()
        };
        for attempt in [1, 2, 3, 10, u32::MAX] {
            let ceiling = Duration::from_millis(100u64 << (attempt.min(4) - 1)).min(p.cap);
            let top = (0..300)
                .map(|_| p.backoff(attempt))
                .max()
                .unwrap_or_default();
            assert!(top <= ceiling, "{attempt}: {top:?}");
            assert!(top > ceiling / 2, "{attempt}: jitter reaches high: {top:?}");
        }
        let huge = RetryPolicy {
            base: Duration::MAX,
            cap: Duration::MAX,
            ..p
        };
        assert!(huge.backoff(u32::MAX) <= Duration::MAX);
        assert_eq!(RetryPolicy::none().max_retries, 0);
    }
}
