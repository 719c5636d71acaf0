//! Error paths through the binary against the local sandbox: each failure ends with its exit
//! status and one line naming its code, and never shows the key.

mod common;
use common::*;
use std::time::Duration;
use symphony_sandbox::{Faults, Sandbox, SandboxConfig, DEMO_KEY};

fn statuses(sb: &Sandbox) -> Vec<u16> {
    sb.requests().iter().map(|r| r.status).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_key_is_401_exit_3() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let key = "sk_live_0123456789abcdef0123456789abcdef";
    let o = output(command(&sb, Some(key), &["ping"])).await;
    assert_eq!(o.status.code(), Some(3));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("401") && err.trim_end().ends_with("[unauthorized]"),
        "{err}"
    );
    assert!(!err.contains(key) && !stdout(&o).contains(key));
    assert_eq!(statuses(&sb), [401], "a 401 is not retried");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_429_waits_for_retry_after_then_succeeds() {
    let sb = Sandbox::start(SandboxConfig {
        rate_limit: 1,
        rate_window: Duration::from_secs(2),
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let o = output(command(&sb, Some(DEMO_KEY), &["ping"])).await;
    assert!(o.status.success(), "{}", stderr(&o));
    // The window is used up: the next run is told to wait, waits, and gets its answer.
    let o = output(command(&sb, Some(DEMO_KEY), &["ping"])).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Luna Vega"), "{}", stdout(&o));
    assert_eq!(statuses(&sb), [200, 429, 200]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_429_with_a_long_wait_gives_up_at_once_exit_5() {
    let sb = Sandbox::start(SandboxConfig {
        rate_limit: 1,
        rate_window: Duration::from_secs(3600),
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let o = output(command(&sb, Some(DEMO_KEY), &["ping"])).await;
    assert!(o.status.success(), "{}", stderr(&o));
    // Retry-After is an hour: past any wait worth sleeping, so the CLI reports it (and the
    // harness's 2-minute timeout fails the test if it sleeps instead).
    let o = output(command(&sb, Some(DEMO_KEY), &["ping"])).await;
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.trim_end().ends_with("[rate_limited]"), "{err}");
    assert_eq!(statuses(&sb), [200, 429], "no retry once it gave up");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_500_on_create_then_nothing_found_is_not_created_exit_6() {
    let sb = Sandbox::start(SandboxConfig {
        faults: Faults {
            fail_create_requests: 1,
            ..Faults::default()
        },
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = campaign_file(&dir, "Failing launch", 70);
    let before = sb.campaign_count();
    let o = output(command(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "create", "--file", &file],
    ))
    .await;
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("crescendo: not created:")
            && err.contains("safe to try again")
            && err.trim_end().ends_with("[not_created]"),
        "{err}"
    );
    assert_eq!(creates(&sb), 1, "the create was sent once, never repeated");
    assert_eq!(sb.campaign_count(), before);
    // The fault was for one create: trying again (as the message says) creates it.
    let o = output(command(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "create", "--file", &file, "--json"],
    ))
    .await;
    assert!(
        o.status.success(),
        "the fault was for one create only: {}",
        stderr(&o)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_500_on_create_with_a_failing_lookup_is_unknown_exit_7() {
    let sb = Sandbox::start(SandboxConfig {
        faults: Faults {
            error_rate: 1.0,
            ..Faults::default()
        },
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = campaign_file(&dir, "Unknown launch", 70);
    let o = output(command(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "create", "--file", &file, "--json"],
    ))
    .await;
    assert_eq!(o.status.code(), Some(7), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    let v: serde_json::Value = serde_json::from_str(err.trim()).expect("one JSON object");
    assert_eq!(v["error"]["code"], "outcome_unknown");
    let m = v["error"]["message"].as_str().unwrap_or_default();
    assert!(
        m.contains("Check the campaign list before trying again"),
        "{m}"
    );
    assert_eq!(creates(&sb), 1, "the create was sent once, never repeated");
}
