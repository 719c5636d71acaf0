//! Shared by the client's integration tests: the sandbox on a frozen clock and clients that
//! retry within milliseconds.
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use meta_api::{AccessToken, AdAccountId, Client, RetryPolicy, Scheduler};
use meta_sandbox::{Clock, Sandbox, SandboxConfig, DEMO_TOKEN};
use std::time::Duration;

/// The tests' "now": 2026-03-02 12:00 UTC.
pub fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("date")
}

pub async fn sandbox(config: SandboxConfig) -> Sandbox {
    Sandbox::start_with_clock(config, Clock::fixed(t0()))
        .await
        .expect("sandbox starts")
}

pub fn quick_policy() -> RetryPolicy {
    RetryPolicy {
        base: Duration::from_millis(5),
        cap: Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

pub fn client_with(sb: &Sandbox, token: &str) -> Client {
    Client::builder(&sb.base_url(), AccessToken::new(token).expect("token"))
        .retry(quick_policy())
        .scheduler(Scheduler::new(Duration::from_millis(20)))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

pub fn client(sb: &Sandbox) -> Client {
    client_with(sb, DEMO_TOKEN)
}

pub fn act(n: &str) -> AdAccountId {
    AdAccountId::parse(n).expect("account")
}
