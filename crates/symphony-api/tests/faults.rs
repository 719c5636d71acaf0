//! The client's fault cases against symphony-sandbox over real HTTP on 127.0.0.1: 401/403/404,
//! 500s retried then reported, slow responses, dropped connections, creations whose response
//! is lost or that fail, and the rate limit shared by two clients of one key.

mod common;

use common::server::{Reply, Server};
use common::{sandbox_at_t0 as sandbox, sandbox_client, sandbox_client_with, us_boost};
use std::time::Duration as StdDuration;
use symphony_api::v1::create::*;
use symphony_api::*;
use symphony_sandbox::{Faults, Sandbox, SandboxConfig, DEMO_KEY, DEMO_REVOKED_KEY};

/// Every call must come back within this time: a hang detector (an endless retry loop fails
/// here), not a speed target.
async fn within<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(StdDuration::from_secs(20), f)
        .await
        .expect("the call came back")
}

#[tokio::test]
async fn auth_errors_are_specific() {
    let sb = sandbox(SandboxConfig::default()).await;
    let unknown = sandbox_client_with(
        &sb,
        "not-a-key",
        RetryPolicy::default(),
        StdDuration::from_secs(5),
    );
    assert!(matches!(
        within(unknown.api_test()).await,
        Err(Error::Unauthorized { .. })
    ));
    let revoked = sandbox_client_with(
        &sb,
        DEMO_REVOKED_KEY,
        RetryPolicy::default(),
        StdDuration::from_secs(5),
    );
    let err = within(revoked.api_test()).await.expect_err("403");
    assert!(matches!(err, Error::Forbidden { .. }));
    assert!(err.to_string().contains("not active"));
    assert!(matches!(
        within(sandbox_client(&sb).campaign(1)).await,
        Err(Error::NotFound { .. })
    ));
    // Nothing shows the key.
    assert!(!format!("{unknown:?} {err:?} {err}").contains(DEMO_REVOKED_KEY));
}

#[tokio::test]
async fn server_errors_retry_then_report() {
    let sb = sandbox(SandboxConfig::default()).await;
    sb.set_faults(Faults {
        error_rate: 1.0,
        ..Faults::default()
    });
    let c = sandbox_client(&sb);
    match within(c.api_test()).await {
        Err(Error::Server { status: 500, .. }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(
        sb.requests().len(),
        4,
        "1 try + 3 retries for an idempotent GET"
    );
}

#[tokio::test]
async fn slow_responses_time_out() {
    let sb = sandbox(SandboxConfig::default()).await;
    sb.set_faults(Faults {
        latency: StdDuration::from_millis(400),
        ..Faults::default()
    });
    let c = sandbox_client_with(
        &sb,
        DEMO_KEY,
        RetryPolicy::none(),
        StdDuration::from_millis(150),
    );
    assert_eq!(within(c.api_test()).await, Err(Error::Timeout));
}

#[tokio::test]
async fn dropped_connections_are_retried_for_reads() {
    let sb = sandbox(SandboxConfig::default()).await;
    sb.set_faults(Faults {
        drop_rate: 1.0,
        ..Faults::default()
    });
    let c = sandbox_client(&sb);
    assert!(matches!(
        within(c.api_test()).await,
        Err(Error::Network { .. })
    ));
    assert_eq!(sb.requests().len(), 0, "dropped before recording");
    sb.set_faults(Faults {
        drop_rate: 0.5,
        ..Faults::default()
    });
    // With half the connections dropped, retries get reads through.
    for _ in 0..5 {
        within(c.api_test()).await.expect("a retry succeeds");
    }
}

#[tokio::test]
async fn a_lost_create_response_is_recovered_without_a_duplicate() {
    let sb = sandbox(SandboxConfig {
        demo_data: false,
        ..Default::default()
    })
    .await;
    let c = sandbox_client(&sb);
    sb.set_faults(Faults {
        lose_create_responses: 1,
        ..Faults::default()
    });
    let outcome = within(c.create_campaign(&us_boost("Lost response boost")))
        .await
        .expect("outcome");
    match outcome {
        CreateOutcome::Created {
            recovered: true,
            campaign,
        } => assert_eq!(campaign.kind, CampaignType::BoostInstagram),
        other => panic!("{other:?}"),
    }
    assert_eq!(sb.campaign_count(), 1, "exactly one campaign");
    let posts = sb.requests().iter().filter(|r| r.method == "POST").count();
    assert_eq!(
        posts, 0,
        "the lost POST is not recorded as answered, and was not resent"
    );
}

#[tokio::test]
async fn a_create_that_failed_before_creating_is_reported_not_created() {
    let sb = sandbox(SandboxConfig {
        demo_data: false,
        ..Default::default()
    })
    .await;
    let c = sandbox_client(&sb);
    sb.set_faults(Faults {
        fail_create_requests: 1,
        ..Faults::default()
    });
    let outcome = within(c.create_campaign(&us_boost("Failed boost")))
        .await
        .expect("outcome");
    assert!(
        matches!(
            outcome,
            CreateOutcome::NotCreated {
                cause: Error::Server { status: 500, .. }
            }
        ),
        "{outcome:?}"
    );
    assert_eq!(sb.campaign_count(), 0);
    assert_eq!(
        sb.requests().iter().filter(|r| r.method == "POST").count(),
        1,
        "never resent"
    );
}

#[tokio::test]
async fn a_create_whose_outcome_cannot_be_checked_is_unknown() {
    // A peer on loopback that reads the request and hangs up on everything.
    let peer = Server::start(|_, _| Reply::HangUp).await;
    let endpoints = Endpoints::from_origin(&peer.origin()).expect("urls");
    let c = Client::builder(endpoints, ApiKey::new("k").expect("key"))
        .retry(RetryPolicy {
            max_retries: 2,
            base: StdDuration::from_millis(10),
            cap: StdDuration::from_millis(20),
            ..RetryPolicy::default()
        })
        .build()
        .expect("client");
    let count = |method: &str| {
        peer.requests()
            .iter()
            .filter(|r| r.method == method)
            .count()
    };
    // A read whose connection is cut is retried: the first try and max_retries more.
    let read = within(c.api_test()).await;
    assert!(matches!(read, Err(Error::Network { .. })), "{read:?}");
    assert_eq!(count("GET"), 3);

    let outcome = within(c.create_campaign(&us_boost("Unknown")))
        .await
        .expect("outcome");
    assert!(
        matches!(outcome, CreateOutcome::Unknown { .. }),
        "{outcome:?}"
    );
    // The POST may have reached the server: never resent. The lookup's read is retried.
    assert_eq!(count("POST"), 1);
    assert_eq!(count("GET"), 6);
}

#[tokio::test]
async fn rate_limit_queues_and_429_waits_for_the_reset() {
    let sb = Sandbox::start(SandboxConfig {
        rate_limit: 4,
        rate_window: StdDuration::from_secs(2),
        ..Default::default()
    })
    .await
    .expect("sandbox");
    // Two "processes" sharing a key: each has its own scheduler, so the server's 429 shows up.
    let a = sandbox_client(&sb);
    let b = sandbox_client(&sb);
    let t = std::time::Instant::now();
    for i in 0..6 {
        let c = if i % 2 == 0 { &a } else { &b };
        within(c.api_test())
            .await
            .expect("queued or retried, never failed");
    }
    let statuses: Vec<u16> = sb.requests().iter().map(|r| r.status).collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(
        t.elapsed() >= StdDuration::from_millis(900),
        "waited for the window"
    );
    // One client alone learns the limit from the headers and never hits a 429.
    let sb2 = Sandbox::start(SandboxConfig {
        rate_limit: 3,
        rate_window: StdDuration::from_secs(1),
        ..Default::default()
    })
    .await
    .expect("sandbox");
    let solo = sandbox_client(&sb2);
    for _ in 0..7 {
        within(solo.api_test()).await.expect("ok");
    }
    assert!(
        sb2.requests().iter().all(|r| r.status == 200),
        "the scheduler kept under the limit"
    );
    assert_eq!(solo.rate_limiter().limit().await, 3);
}
