//! What every request passes before its handler: the access token (Bearer header, or the
//! `access_token` parameter the curl example uses), injected faults, and per-ad-account
//! scoring with Graph's usage headers.

use crate::config::{RateConfig, TokenConfig};
use crate::graph::GraphError;
use chrono::{DateTime, Utc};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub fn authenticate<'a>(
    tokens: &'a [TokenConfig],
    given: Option<&str>,
    now: DateTime<Utc>,
) -> Result<&'a TokenConfig, GraphError> {
    let Some(given) = given.filter(|t| !t.is_empty()) else {
        return Err(GraphError::new(
            104,
            "An access token is required to request this resource.",
        ));
    };
    let Some(t) = tokens.iter().find(|t| t.token == given) else {
        return Err(GraphError::new(
            190,
            "Invalid OAuth access token - Cannot parse access token",
        ));
    };
    match t.expires_at {
        Some(at) if at <= now => Err(GraphError::new(
            190,
            format!(
                "Error validating access token: Session has expired on {}. The current time is {}.",
                at.format("%A, %d-%b-%y %H:%M:%S UTC"),
                now.format("%A, %d-%b-%y %H:%M:%S UTC")
            ),
        )
        .subcode(463)),
        _ => Ok(t),
    }
}

#[derive(Debug)]
struct Window {
    start: Instant,
    score: u32,
    blocked_until: Option<Instant>,
}

/// The verdict for one call and the numbers its headers carry.
#[derive(Debug, Clone, Copy)]
pub struct Verdict {
    pub allowed: bool,
    pub pct: f64,
    pub reset: Duration,
    pub regain: Duration,
}

#[derive(Debug, Default)]
pub struct Scores {
    accounts: Mutex<HashMap<String, Window>>,
    app_calls: Mutex<(Option<Instant>, u64)>,
    pub throttled: std::sync::atomic::AtomicU64,
}

impl Scores {
    /// Books `cost` points on `account`, or refuses. `forced` blocks for that long whatever
    /// the score (the throttle fault).
    pub fn check(
        &self,
        account: &str,
        cost: u32,
        cfg: &RateConfig,
        forced: Option<Duration>,
    ) -> Verdict {
        let mut map = self.accounts.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let w = map.entry(account.to_string()).or_insert(Window {
            start: now,
            score: 0,
            blocked_until: None,
        });
        if let Some(block) = forced {
            w.blocked_until = now.checked_add(block);
        }
        let blocked = w.blocked_until.filter(|u| *u > now);
        if blocked.is_none() && now.duration_since(w.start) >= cfg.window {
            *w = Window {
                start: now,
                score: 0,
                blocked_until: None,
            };
        }
        let max = cfg.max_score.max(1);
        let allowed = blocked.is_none() && w.score.saturating_add(cost) <= max;
        if allowed {
            w.score += cost;
        } else if blocked.is_none() {
            w.blocked_until = now.checked_add(cfg.block);
        }
        let regain = w
            .blocked_until
            .map(|u| u.saturating_duration_since(now))
            .unwrap_or_default();
        let reset = if regain > Duration::ZERO {
            regain
        } else {
            cfg.window.saturating_sub(now.duration_since(w.start))
        };
        let pct = if regain > Duration::ZERO {
            100.0
        } else {
            f64::from(w.score) * 100.0 / f64::from(max)
        };
        if !allowed {
            self.throttled
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Verdict {
            allowed,
            pct,
            reset,
            regain,
        }
    }

    /// The app's share of a generous hourly allowance (`X-App-Usage`).
    pub fn app_pct(&self) -> f64 {
        let mut g = self.app_calls.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        if g.0
            .is_none_or(|s| now.duration_since(s) >= Duration::from_secs(3600))
        {
            *g = (Some(now), 0);
        }
        g.1 += 1;
        (g.1 as f64 / 1000.0).min(100.0)
    }
}

/// `x` rounded to `places` decimals, as a JSON integer when whole (Graph's `0`, not `0.0`).
fn round(x: f64, places: i32) -> serde_json::Value {
    let f = 10f64.powi(places);
    let r = (x * f).round() / f;
    if r.fract() == 0.0 && r.abs() < 1e15 {
        json!(r as i64)
    } else {
        json!(r)
    }
}

/// Seconds, rounded up to the millisecond: a client that waits what the header says never
/// arrives before the window has turned.
fn ceil_ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0).ceil() / 1000.0
}

/// `X-Business-Use-Case-Usage` and `X-Ad-Account-Usage` for one verdict. The wait to regain
/// access is in minutes, as documented; below a minute the sandbox gives a fraction (Graph's
/// are whole minutes) so tests with sub-second windows need not sleep a minute.
pub fn usage_headers(account: &str, v: &Verdict) -> [(&'static str, String); 2] {
    let pct = v.pct;
    let buc = json!({ account: [{
        "type": "ads_management",
        "call_count": round(pct, 2),
        "total_cputime": round(pct / 4.0, 2),
        "total_time": round(pct / 3.0, 2),
        "estimated_time_to_regain_access": round(ceil_ms(v.regain) / 60.0, 6),
    }]});
    let acc = json!({
        "acc_id_util_pct": round(pct, 2),
        "reset_time_duration": round(ceil_ms(v.reset), 3),
        "ads_api_access_tier": "development_access",
    });
    [
        ("x-business-use-case-usage", buc.to_string()),
        ("x-ad-account-usage", acc.to_string()),
    ]
}

pub fn throttled_error() -> GraphError {
    GraphError::new(80004, "There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.").subcode(2446079)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cost_one_writes_three_and_past_the_max_it_blocks() {
        let s = Scores::default();
        let cfg = RateConfig {
            max_score: 5,
            window: Duration::from_secs(60),
            block: Duration::from_secs(120),
        };
        assert!(s.check("1", 3, &cfg, None).allowed);
        let v = s.check("1", 1, &cfg, None);
        assert!(v.allowed && (v.pct - 80.0).abs() < 1e-9);
        let refused = s.check("1", 3, &cfg, None);
        assert!(!refused.allowed && refused.regain > Duration::from_secs(100));
        assert!(
            !s.check("1", 1, &cfg, None).allowed,
            "blocked even for a cheap call"
        );
        assert!(s.check("2", 1, &cfg, None).allowed, "per account");
        let [(_, buc), (_, acc)] = usage_headers("1", &refused);
        assert!(
            buc.contains("\"estimated_time_to_regain_access\":2"),
            "{buc}"
        );
        assert!(acc.contains("\"acc_id_util_pct\":100"), "{acc}");
    }
}
