//! How one sandbox run behaves: keys, rate limit, lifecycle timing, faults, persistence.

use std::path::PathBuf;
use std::time::Duration;

/// The key every demo workspace uses; printed at start. Not a secret: it only opens the sandbox.
pub const DEMO_KEY: &str = "sandbox-demo-key";
/// A key the sandbox knows but treats as revoked (403), for trying the error path.
pub const DEMO_REVOKED_KEY: &str = "sandbox-revoked-key";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyStatus {
    Active,
    /// Known but not active: revoked, suspended, expired, pending or archived (the FAQ's words).
    Inactive(String),
}

#[derive(Debug, Clone)]
pub struct ApiKeyConfig {
    pub key: String,
    pub status: KeyStatus,
    /// The partner account the key belongs to; brands are scoped to it.
    pub partner_id: u64,
}

#[derive(Debug, Clone)]
pub struct Lifecycle {
    /// How long a new campaign stays IN_REVIEW before Symphony "completes" it.
    pub review: Duration,
}

impl Default for Lifecycle {
    fn default() -> Self {
        Lifecycle {
            review: Duration::from_secs(20),
        }
    }
}

/// Faults injected on purpose, for resilience tests. All zero by default.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    /// Added to every response.
    pub latency: Duration,
    /// Share (0..=1) of requests answered with a 500 before reaching the handler.
    pub error_rate: f64,
    /// Share (0..=1) of requests whose connection is dropped without any response.
    pub drop_rate: f64,
    /// The next N campaign creations succeed on the server but their response is lost.
    pub lose_create_responses: u32,
    /// The next N campaign creations fail with a 500 before anything is created.
    pub fail_create_requests: u32,
    /// The next N campaign creations lose their connection before anything is created.
    pub drop_create_before_commit: u32,
}

#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// 0 picks a free port.
    pub port: u16,
    pub seed: u64,
    pub keys: Vec<ApiKeyConfig>,
    /// Requests allowed per key per window (the API's default is 100 per minute).
    pub rate_limit: u32,
    pub rate_window: Duration,
    pub lifecycle: Lifecycle,
    pub faults: Faults,
    /// Seed the demo brands and campaigns (the demo workspace); tests may start empty.
    pub demo_data: bool,
    /// Where state is saved between runs; nothing is written anywhere else. None keeps it in memory.
    pub data_dir: Option<PathBuf>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            port: 0,
            seed: 42,
            keys: vec![
                ApiKeyConfig {
                    key: DEMO_KEY.into(),
                    status: KeyStatus::Active,
                    partner_id: 1,
                },
                ApiKeyConfig {
                    key: DEMO_REVOKED_KEY.into(),
                    status: KeyStatus::Inactive("revoked".into()),
                    partner_id: 1,
                },
            ],
            rate_limit: 100,
            rate_window: Duration::from_secs(60),
            lifecycle: Lifecycle::default(),
            faults: Faults::default(),
            demo_data: true,
            data_dir: None,
        }
    }
}
