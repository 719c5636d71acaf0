//! Helpers shared by the client's integration tests: a scriptable local server, the sandbox on
//! a frozen clock, a client that retries quickly, and Meta metadata with nothing optional set.
#![allow(dead_code)]

pub mod server;

use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;
use std::time::Duration as StdDuration;
use symphony_api::v1::create::{
    AgeRange, Demographic, Market, MetaMetadata, NewCampaign, NewCampaignKind, TargetLocation,
};
use symphony_api::{ApiKey, Budget, Client, Endpoints, RateLimiter, RetryPolicy};
use symphony_sandbox::{Clock, Sandbox, SandboxConfig, DEMO_KEY};

/// The tests' "now": 2026-03-02 12:00 UTC.
pub fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("date")
}

/// A sandbox whose clock is frozen at [`t0`].
pub async fn sandbox_at_t0(config: SandboxConfig) -> Sandbox {
    Sandbox::start_with_clock(config, Clock::fixed(t0()))
        .await
        .expect("sandbox starts")
}

/// The sandbox's v1 and v2 addresses.
pub fn endpoints_of(sb: &Sandbox) -> Endpoints {
    Endpoints::new(&sb.advertising_url(), &sb.v2_url()).expect("urls")
}

/// A client for tests that send many requests: retries within milliseconds, and a limiter
/// too wide to be what is tested.
pub fn quick_client(endpoints: Endpoints, key: &str) -> Client {
    Client::builder(endpoints, ApiKey::new(key).expect("key"))
        .retry(RetryPolicy {
            base: StdDuration::from_millis(5),
            cap: StdDuration::from_millis(20),
            ..RetryPolicy::default()
        })
        .rate_limiter(RateLimiter::new(100_000, StdDuration::from_secs(60)))
        .timeout(StdDuration::from_secs(10))
        .build()
        .expect("client")
}

/// Meta metadata with a USD budget, `days` long from `start`, and no optional field set;
/// callers set what they test with `MetaMetadata { .., ..meta(..) }`.
pub fn meta(budget: i64, start: DateTime<Utc>, days: i64) -> MetaMetadata {
    MetaMetadata::new(
        Budget::new(Decimal::from(budget), "USD"),
        start,
        start + Duration::days(days),
    )
}

/// A client of the sandbox that retries within milliseconds.
pub fn sandbox_client_with(
    sb: &Sandbox,
    key: &str,
    retry: RetryPolicy,
    timeout: StdDuration,
) -> Client {
    Client::builder(endpoints_of(sb), ApiKey::new(key).expect("key"))
        .retry(RetryPolicy {
            base: StdDuration::from_millis(20),
            cap: StdDuration::from_millis(100),
            ..retry
        })
        .timeout(timeout)
        .build()
        .expect("client")
}

/// The demo key's client of the sandbox, with the default retries.
pub fn sandbox_client(sb: &Sandbox) -> Client {
    sandbox_client_with(
        sb,
        DEMO_KEY,
        RetryPolicy::default(),
        StdDuration::from_secs(10),
    )
}

/// A boost_instagram campaign for the US, 18-34, starting 17 hours after [`t0`].
pub fn us_boost(name: &str) -> NewCampaign {
    NewCampaign {
        name: name.into(),
        kind: NewCampaignKind::BoostInstagram {
            meta: MetaMetadata {
                call_to_action: Some("LEARN_MORE".into()),
                instagram_post_id: Some("17921761666746619".into()),
                targeting_countries: Some(vec![Market {
                    name: "Core".into(),
                    budget: Decimal::ONE,
                    locations: vec![TargetLocation::country("US", "United States of America")],
                }]),
                targeting_demographic: Some(Demographic {
                    age: AgeRange { min: 18, max: 34 },
                    gender: "All".into(),
                    languages: vec![],
                }),
                ..meta(120, t0() + Duration::hours(17), 10)
            },
        },
    }
}
