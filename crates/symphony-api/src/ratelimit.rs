//! A client-side scheduler that keeps every request of a process under the API's rate limit.
//! Requests queue (await) instead of failing; the limit follows the server's `X-RateLimit-*`
//! headers, and a 429 blocks everyone until the server says the window has reset.

use crate::rate_headers::{parse_wait, MAX_WAIT};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

#[derive(Debug)]
struct State {
    limit: u32,
    window: Duration,
    sent: VecDeque<Instant>,
    blocked_until: Option<Instant>,
    /// What the server last said: requests left, and when its window resets. Authoritative
    /// while it lasts; our own sliding window is the fallback before the first response.
    server: Option<(u32, Instant)>,
}

/// Share one `RateLimiter` (it is cheap to clone) between every client that uses the same key.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    state: Arc<Mutex<State>>,
    waiting: Arc<AtomicUsize>,
}

impl RateLimiter {
    /// `limit` requests per `window` (the API's default is 100 per minute).
    pub fn new(limit: u32, window: Duration) -> Self {
        RateLimiter {
            state: Arc::new(Mutex::new(State {
                limit: limit.max(1),
                window,
                sent: VecDeque::new(),
                blocked_until: None,
                server: None,
            })),
            waiting: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// How many requests are queued, waiting for a slot (for progress display).
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::Relaxed)
    }

    pub async fn limit(&self) -> u32 {
        self.state.lock().await.limit
    }

    /// Waits until one more request may be sent, then books it.
    pub async fn acquire(&self) {
        // MAX_WAIT bounds every wait the limiter can hold, so this never gives up.
        let _ = self.acquire_within(Duration::MAX).await;
    }

    /// Like [`RateLimiter::acquire`], but a wait longer than `max_wait` is not slept: it is
    /// returned at once as `Err(wait)`, so the caller can report when to retry.
    pub async fn acquire_within(&self, max_wait: Duration) -> Result<(), Duration> {
        self.waiting.fetch_add(1, Ordering::Relaxed);
        let out = self.wait_for_slot(max_wait).await;
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        out
    }

    async fn wait_for_slot(&self, max_wait: Duration) -> Result<(), Duration> {
        loop {
            let wait = {
                let mut s = self.state.lock().await;
                let now = Instant::now();
                while s
                    .sent
                    .front()
                    .map(|t| now.duration_since(*t) >= s.window)
                    .unwrap_or(false)
                {
                    s.sent.pop_front();
                }
                match s.blocked_until {
                    Some(until) if until > now => until - now,
                    _ => {
                        s.blocked_until = None;
                        if s.server.is_some_and(|(_, reset)| now >= reset) {
                            // The server's window rolled over: its count starts again.
                            s.server = None;
                            s.sent.clear();
                        }
                        match s.server {
                            Some((0, reset)) => reset.saturating_duration_since(now),
                            Some((left, reset)) => {
                                s.server = Some((left - 1, reset));
                                s.sent.push_back(now);
                                return Ok(());
                            }
                            None if (s.sent.len() as u32) < s.limit => {
                                s.sent.push_back(now);
                                return Ok(());
                            }
                            None => {
                                let oldest = s.sent.front().copied().unwrap_or(now);
                                oldest
                                    .checked_add(s.window)
                                    .map(|t| t.saturating_duration_since(now))
                                    .unwrap_or(MAX_WAIT)
                            }
                        }
                    }
                }
            };
            if wait > max_wait {
                return Err(wait);
            }
            tokio::time::sleep(wait.max(Duration::from_millis(5))).await;
        }
    }

    /// Learns from a response's `X-RateLimit-Limit/Remaining/Reset` headers.
    pub async fn observe(
        &self,
        limit: Option<u32>,
        remaining: Option<u32>,
        reset: Option<Duration>,
    ) {
        let mut s = self.state.lock().await;
        if let Some(l) = limit.filter(|l| *l > 0) {
            s.limit = l;
        }
        if let (Some(left), Some(r)) = (remaining, reset) {
            let at = later(r);
            s.server = match s.server {
                // Concurrent answers arrive out of order. One from an older window (it resets
                // sooner) is out of date: taking it would "roll over" early and forget what was
                // sent in the current window, then burst into 429s.
                Some(known) if at + SAME_WINDOW < known.1 => Some(known),
                // The same window (resets are whole seconds, arrival adds jitter): the lowest
                // count is the latest.
                Some((known_left, known_at)) if at < known_at + SAME_WINDOW => {
                    Some((left.min(known_left), known_at.max(at)))
                }
                _ => Some((left, at)),
            };
        }
    }

    /// After a 429: nobody sends until `wait` has passed.
    pub async fn block_for(&self, wait: Duration) {
        let mut s = self.state.lock().await;
        let until = later(wait);
        s.blocked_until = Some(s.blocked_until.map(|b| b.max(until)).unwrap_or(until));
    }
}

/// Two resets closer than this are one server window (headers give whole seconds).
const SAME_WINDOW: Duration = Duration::from_millis(1500);

/// `now + wait`, with the wait clamped so the Instant cannot overflow.
fn later(wait: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(wait.min(MAX_WAIT)).unwrap_or(now)
}

/// `X-RateLimit-Reset` as a wait: seconds-from-now, a Unix timestamp or an HTTP date, clamped.
/// The same parser reads `Retry-After` (see [`crate::rate_headers`]).
pub fn parse_reset(raw: &str) -> Option<Duration> {
    parse_wait(raw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{SystemTime, UNIX_EPOCH};

    /// Found by the live-refresh benchmark (5 429s in 10 minutes): a late answer from the
    /// previous window must not make the limiter think the current one rolled over.
    #[tokio::test]
    async fn a_late_answer_from_an_older_window_is_ignored() {
        let rl = RateLimiter::new(100, Duration::from_secs(60));
        rl.observe(Some(100), Some(2), Some(Duration::from_secs(60)))
            .await;
        // Sent before the current window began, read after: it resets (almost) now.
        rl.observe(Some(100), Some(90), Some(Duration::from_millis(1)))
            .await;
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert_eq!(rl.acquire_within(Duration::ZERO).await, Ok(()));
        assert_eq!(rl.acquire_within(Duration::ZERO).await, Ok(()));
        assert!(
            rl.acquire_within(Duration::from_millis(50)).await.is_err(),
            "the current window has no request left"
        );
    }

    #[tokio::test]
    async fn answers_of_one_window_out_of_order_keep_the_lowest_count() {
        let rl = RateLimiter::new(100, Duration::from_secs(60));
        rl.observe(Some(100), Some(1), Some(Duration::from_secs(30)))
            .await;
        // Sent earlier in the same window, read later: it still counts more left.
        rl.observe(Some(100), Some(40), Some(Duration::from_millis(30_400)))
            .await;
        assert_eq!(rl.acquire_within(Duration::ZERO).await, Ok(()));
        assert!(rl.acquire_within(Duration::from_millis(50)).await.is_err());
    }

    #[tokio::test]
    async fn queues_instead_of_exceeding() {
        let rl = RateLimiter::new(3, Duration::from_millis(300));
        let t = Instant::now();
        for _ in 0..3 {
            rl.acquire().await;
        }
        assert!(t.elapsed() < Duration::from_millis(100));
        rl.acquire().await;
        assert!(
            t.elapsed() >= Duration::from_millis(290),
            "the 4th waited for the window"
        );
    }

    #[tokio::test]
    async fn the_servers_window_is_followed() {
        let rl = RateLimiter::new(2, Duration::from_secs(60));
        rl.acquire().await;
        rl.acquire().await;
        // The server says its window resets in 100 ms with 5 left: no 60 s wait.
        rl.observe(Some(5), Some(5), Some(Duration::from_millis(100)))
            .await;
        let t = Instant::now();
        for _ in 0..5 {
            rl.acquire().await;
        }
        assert!(t.elapsed() < Duration::from_millis(80));
        rl.acquire().await;
        assert!(
            t.elapsed() >= Duration::from_millis(90),
            "the 6th waited for the reset"
        );
    }

    #[tokio::test]
    async fn headers_lower_the_limit_and_block_until_reset() {
        let rl = RateLimiter::new(100, Duration::from_secs(60));
        rl.observe(Some(2), Some(0), Some(Duration::from_millis(200)))
            .await;
        assert_eq!(rl.limit().await, 2);
        let t = Instant::now();
        rl.acquire().await;
        assert!(t.elapsed() >= Duration::from_millis(190));
    }

    #[tokio::test]
    async fn absurd_waits_neither_overflow_nor_hang() {
        let rl = RateLimiter::new(100, Duration::from_secs(60));
        rl.block_for(Duration::MAX).await;
        let w = rl.acquire_within(Duration::from_secs(1)).await;
        assert!(
            w.is_err_and(|d| d <= MAX_WAIT && d > Duration::from_secs(60)),
            "{w:?}"
        );
        let rl = RateLimiter::new(100, Duration::from_secs(60));
        rl.observe(Some(u32::MAX), Some(0), Some(Duration::MAX))
            .await;
        let w = rl.acquire_within(Duration::from_secs(1)).await;
        assert!(
            w.is_err_and(|d| d <= MAX_WAIT && d > Duration::from_secs(60)),
            "{w:?}"
        );
        assert_eq!(rl.waiting(), 0, "a refused wait leaves the queue");
    }

    #[test]
    fn reset_accepts_delta_and_epoch() {
        assert_eq!(parse_reset("30"), Some(Duration::from_secs(30)));
        let epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() + 10)
            .unwrap_or(0);
        let d = parse_reset(&epoch.to_string()).unwrap_or_default();
        assert!(
            d <= Duration::from_secs(10) && d >= Duration::from_secs(8),
            "{d:?}"
        );
        assert_eq!(parse_reset("soon"), None);
    }
}
