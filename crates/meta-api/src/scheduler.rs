//! The request scheduler shared by every client of one token: it spaces requests out as
//! Graph's usage headers climb past 75%, blocks everyone while the headers (or a throttling
//! error) say access is lost, and lets a caller refuse a wait longer than it accepts.

use crate::usage::{Usage, MAX_WAIT};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// From this usage percentage on, requests are spaced out.
pub const PACE_FROM_PCT: f64 = 75.0;

#[derive(Debug)]
struct State {
    blocked_until: Option<Instant>,
    gap: Duration,
    max_gap: Duration,
    next_slot: Option<Instant>,
}

/// Cheap to clone; clones share the state. Share one between the clients of a token.
#[derive(Debug, Clone)]
pub struct Scheduler {
    state: Arc<Mutex<State>>,
}

impl Default for Scheduler {
    fn default() -> Self {
        Scheduler::new(Duration::from_secs(2))
    }
}

impl Scheduler {
    /// `max_gap`: the spacing between requests when usage reaches 100%.
    pub fn new(max_gap: Duration) -> Self {
        Scheduler {
            state: Arc::new(Mutex::new(State {
                blocked_until: None,
                gap: Duration::ZERO,
                max_gap: max_gap.min(MAX_WAIT),
                next_slot: None,
            })),
        }
    }

    /// Waits for the next slot, unless the wait is longer than `max_wait`: then it returns
    /// at once with `Err(wait)` and books nothing.
    pub async fn acquire_within(&self, max_wait: Duration) -> Result<(), Duration> {
        loop {
            let wait = {
                let mut s = self.state.lock().await;
                let now = Instant::now();
                let blocked = s.blocked_until.filter(|u| *u > now);
                let paced = s.next_slot.filter(|t| *t > now);
                match blocked.max(paced) {
                    Some(until) => until - now,
                    None => {
                        s.blocked_until = None;
                        s.next_slot = now.checked_add(s.gap);
                        return Ok(());
                    }
                }
            };
            if wait > max_wait {
                return Err(wait);
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// Learns from a response's usage headers.
    pub async fn observe(&self, usage: &Usage) {
        let mut s = self.state.lock().await;
        if let Some(p) = usage.max_pct {
            let share = ((p - PACE_FROM_PCT) / (100.0 - PACE_FROM_PCT)).clamp(0.0, 1.0);
            s.gap = s.max_gap.mul_f64(share);
        }
        if usage.exhausted() {
            if let Some(w) = usage.wait() {
                block(&mut s, w);
            }
        }
    }

    /// After a throttling error: nobody sends until `wait` has passed.
    pub async fn block_for(&self, wait: Duration) {
        block(&mut *self.state.lock().await, wait);
    }

    /// How long requests are currently held back (for progress display).
    pub async fn blocked_for(&self) -> Duration {
        let s = self.state.lock().await;
        s.blocked_until
            .map(|u| u.saturating_duration_since(Instant::now()))
            .unwrap_or_default()
    }
}

fn block(s: &mut State, wait: Duration) {
    let now = Instant::now();
    let until = now.checked_add(wait.min(MAX_WAIT)).unwrap_or(now);
    s.blocked_until = Some(s.blocked_until.map_or(until, |b| b.max(until)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_block_holds_everyone_and_a_long_one_is_refused() {
        let s = Scheduler::new(Duration::from_millis(100));
        s.block_for(Duration::from_millis(120)).await;
        let t = Instant::now();
        assert_eq!(s.acquire_within(Duration::from_secs(1)).await, Ok(()));
        assert!(t.elapsed() >= Duration::from_millis(110));
        s.block_for(Duration::MAX).await;
        let w = s.acquire_within(Duration::from_secs(1)).await;
        assert!(
            w.is_err_and(|d| d <= MAX_WAIT && d > Duration::from_secs(3600)),
            "{w:?}"
        );
    }

    #[tokio::test]
    async fn high_usage_spaces_requests_out() {
        let s = Scheduler::new(Duration::from_millis(200));
        s.observe(&Usage {
            max_pct: Some(87.5),
            ..Usage::default()
        })
        .await;
        let t = Instant::now();
        for _ in 0..3 {
            s.acquire_within(Duration::from_secs(1))
                .await
                .expect("slot");
        }
        // A gap of 100 ms (half the way from 75% to 100%) between the three.
        assert!(
            t.elapsed() >= Duration::from_millis(190),
            "{:?}",
            t.elapsed()
        );
        s.observe(&Usage {
            max_pct: Some(10.0),
            ..Usage::default()
        })
        .await;
        tokio::time::sleep(Duration::from_millis(110)).await;
        let t = Instant::now();
        for _ in 0..3 {
            s.acquire_within(Duration::from_secs(1))
                .await
                .expect("slot");
        }
        assert!(
            t.elapsed() < Duration::from_millis(50),
            "calm again: no gap"
        );
    }

    #[tokio::test]
    async fn headers_that_say_access_is_lost_block() {
        let s = Scheduler::default();
        let lost = Usage {
            max_pct: Some(100.0),
            regain: Some(Duration::from_secs(600)),
            reset: None,
        };
        s.observe(&lost).await;
        assert!(s.blocked_for().await > Duration::from_secs(590));
        assert!(s.acquire_within(Duration::from_secs(1)).await.is_err());
    }
}
