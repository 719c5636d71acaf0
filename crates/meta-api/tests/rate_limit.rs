//! Throttling: Graph's 80004 with its usage headers, waited out and resent (creates too, as
//! the server refused them before doing anything), or reported when the wait is too long; and
//! the scheduler keeping a busy client under the ad account's score.

mod common;

use common::{act, client, sandbox};
use meta_api::{Error, ListOptions, NewCampaign, Objective};
use meta_sandbox::{Faults, RateConfig, SandboxConfig, KRW_ACCOUNT, USD_ACCOUNT};
use std::time::{Duration, Instant};

#[tokio::test]
async fn an_80004_is_waited_out_then_the_call_succeeds() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    sb.set_faults(Faults {
        throttle_next: 1,
        throttle_block: Duration::from_millis(300),
        ..Faults::default()
    });
    let t = Instant::now();
    let page = c
        .list_campaigns(&act(USD_ACCOUNT), &ListOptions::default())
        .await
        .expect("after the wait");
    assert!(!page.data.is_empty());
    assert!(
        t.elapsed() >= Duration::from_millis(250),
        "waited for the regain estimate: {:?}",
        t.elapsed()
    );
    assert_eq!(sb.throttled(), 1);
    let statuses: Vec<u16> = sb.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![400, 200]);
}

#[tokio::test]
async fn a_throttled_create_is_resent_once_and_creates_one_campaign() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    sb.set_faults(Faults {
        throttle_next: 1,
        throttle_block: Duration::from_millis(100),
        ..Faults::default()
    });
    c.create_campaign(
        &act(KRW_ACCOUNT),
        &NewCampaign::new("Seoul show", Objective::Reach),
        Some("KRW"),
    )
    .await
    .expect("created");
    assert_eq!(sb.campaign_count(KRW_ACCOUNT), 1, "exactly one campaign");
    assert_eq!(sb.requests().len(), 2);
}

#[tokio::test]
async fn a_create_that_fails_on_the_server_is_not_resent() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    sb.set_faults(Faults {
        fail_next: 1,
        ..Faults::default()
    });
    let err = c
        .create_campaign(
            &act(KRW_ACCOUNT),
            &NewCampaign::new("Seoul show", Objective::Reach),
            Some("KRW"),
        )
        .await
        .expect_err("500");
    assert!(err.outcome_unknown(), "{err:?}");
    assert_eq!(sb.requests().len(), 1, "never resent blindly");
    // A read in the same situation is retried.
    sb.set_faults(Faults {
        fail_next: 1,
        ..Faults::default()
    });
    c.ad_account(&act(KRW_ACCOUNT)).await.expect("retried");
}

#[tokio::test]
async fn a_wait_longer_than_accepted_is_reported_with_when_to_retry() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    sb.set_faults(Faults {
        throttle_next: 1,
        throttle_block: Duration::from_secs(19 * 60),
        ..Faults::default()
    });
    let t = Instant::now();
    let err = c
        .list_campaigns(&act(USD_ACCOUNT), &ListOptions::default())
        .await
        .expect_err("too long");
    assert!(t.elapsed() < Duration::from_secs(2), "not slept");
    match &err {
        Error::RateLimited {
            code: Some(80004),
            retry_after: Some(w),
        } => {
            assert!(
                *w > Duration::from_secs(18 * 60) && *w <= Duration::from_secs(19 * 60),
                "{w:?}"
            )
        }
        other => panic!("expected RateLimited 80004, got {other:?}"),
    }
    assert!(err.to_string().contains("retry in"), "{err}");
    // The scheduler remembers: the next call is refused at once, without a request.
    let before = sb.requests().len();
    let again = c
        .ad_account(&act(USD_ACCOUNT))
        .await
        .expect_err("still blocked");
    assert!(
        matches!(again, Error::RateLimited { code: None, .. }),
        "{again:?}"
    );
    assert_eq!(sb.requests().len(), before);
}

#[tokio::test]
async fn the_usage_headers_keep_a_busy_client_under_the_score() {
    let config = SandboxConfig {
        rate: RateConfig {
            max_score: 8,
            window: Duration::from_millis(400),
            block: Duration::from_millis(400),
        },
        ..SandboxConfig::default()
    };
    let sb = sandbox(config).await;
    let c = client(&sb);
    for _ in 0..20 {
        c.ad_account(&act(USD_ACCOUNT))
            .await
            .expect("every call succeeds");
    }
    // At 100% the headers say how long until the score resets: the client waits for it
    // instead of calling into an 80004 (at most one, when a window ends mid-flight).
    assert!(sb.throttled() <= 1, "throttled {} times", sb.throttled());
    assert!(sb.requests().iter().filter(|r| r.status == 200).count() >= 20);
}
