//! What a sandbox starts with: tokens, rate-limit scoring, the IN_PROCESS delay, faults, and
//! the clock (real by default; tests freeze and advance it).

use chrono::{DateTime, Utc};
use std::sync::Mutex;
use std::time::Duration;

/// A token with `ads_management` and `ads_read` on every seeded account.
pub const DEMO_TOKEN: &str = "sandbox-meta-token";
/// A token with `ads_read` only: reads work, writes answer 294.
pub const READ_ONLY_TOKEN: &str = "sandbox-meta-read-only";
/// A token that expired at the epoch: every call answers 190 / 463.
pub const EXPIRED_TOKEN: &str = "sandbox-meta-expired";

#[derive(Debug, Clone)]
pub struct TokenConfig {
    pub token: String,
    pub expires_at: Option<DateTime<Utc>>,
    pub permissions: Vec<String>,
}

impl TokenConfig {
    pub fn full(token: &str) -> TokenConfig {
        TokenConfig {
            token: token.to_string(),
            expires_at: None,
            permissions: vec![
                "ads_management".into(),
                "ads_read".into(),
                "public_profile".into(),
            ],
        }
    }
}

/// Ad-account scoring, as the Marketing API's rate-limiting page describes it: a read costs
/// 1 point, a write 3; past `max_score` within `window`, calls answer 80004 for `block`.
#[derive(Debug, Clone)]
pub struct RateConfig {
    pub max_score: u32,
    pub window: Duration,
    pub block: Duration,
}

impl Default for RateConfig {
    fn default() -> Self {
        // The development tier: 60 points, decaying in 300 s, blocked for 300 s.
        RateConfig {
            max_score: 60,
            window: Duration::from_secs(300),
            block: Duration::from_secs(300),
        }
    }
}

/// Misbehaviour on demand.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// The next N ad-account calls answer 80004, blocked for `throttle_block`.
    pub throttle_next: u32,
    pub throttle_block: Duration,
    /// The next N calls answer a bare 500.
    pub fail_next: u32,
    /// The next N creations answer a bare 500 without creating anything.
    pub fail_next_creates: u32,
    /// The next N creations are carried out, then answered with a bare 500 (a lost answer).
    pub lose_next_creates: u32,
}

#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// 0 picks a free port. The sandbox listens on 127.0.0.1 only.
    pub port: u16,
    pub seed: u64,
    pub tokens: Vec<TokenConfig>,
    pub rate: RateConfig,
    /// How long an ACTIVE campaign shows IN_PROCESS after it is created or changed.
    pub in_process: chrono::Duration,
    /// Seed the demo ad accounts' campaigns (accounts are always there).
    pub demo_data: bool,
    /// Graph's default page size.
    pub page_size: usize,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            port: 0,
            seed: 42,
            tokens: vec![
                TokenConfig::full(DEMO_TOKEN),
                TokenConfig {
                    token: READ_ONLY_TOKEN.into(),
                    expires_at: None,
                    permissions: vec!["ads_read".into(), "public_profile".into()],
                },
                TokenConfig {
                    expires_at: Some(DateTime::<Utc>::UNIX_EPOCH),
                    ..TokenConfig::full(EXPIRED_TOKEN)
                },
            ],
            rate: RateConfig::default(),
            in_process: chrono::Duration::seconds(5),
            demo_data: true,
            page_size: 25,
        }
    }
}

#[derive(Debug, Default)]
pub struct Clock {
    fixed: Mutex<Option<DateTime<Utc>>>,
}

impl Clock {
    pub fn real() -> Self {
        Clock::default()
    }
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Clock {
            fixed: Mutex::new(Some(at)),
        }
    }
    pub fn now(&self) -> DateTime<Utc> {
        self.fixed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .unwrap_or_else(Utc::now)
    }
    /// Moves the clock forward; a real clock becomes fixed at now + by.
    pub fn advance(&self, by: chrono::Duration) {
        let mut g = self.fixed.lock().unwrap_or_else(|e| e.into_inner());
        *g = Some(g.unwrap_or_else(Utc::now) + by);
    }
}
