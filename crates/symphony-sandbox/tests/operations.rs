//! Rate limiting, injected faults, the request recorder, persistence and a loopback load test.

mod common;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;
use std::time::Duration as StdDuration;
use symphony_sandbox::{Faults, SandboxConfig, DEMO_KEY};

#[tokio::test]
async fn rate_limit_headers_and_429() {
    let sb = fixed(SandboxConfig {
        rate_limit: 5,
        rate_window: StdDuration::from_secs(2),
        ..SandboxConfig::default()
    })
    .await;
    for i in 0..5 {
        let r = get(&sb, "/api/sym/v2/api-test").await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.headers["x-ratelimit-limit"], "5");
        assert_eq!(
            r.headers["x-ratelimit-remaining"].to_str().ok(),
            Some((4 - i).to_string().as_str())
        );
        assert!(r.headers.contains_key("x-ratelimit-reset"));
    }
    let r = get(&sb, "/api/sym/v2/api-test").await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.body["success"], false);
    let wait: u64 = r.headers["retry-after"]
        .to_str()
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(99);
    assert!((1..=2).contains(&wait));
    tokio::time::sleep(StdDuration::from_millis(2100)).await;
    assert_eq!(
        get(&sb, "/api/sym/v2/api-test").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn faults_are_injected_on_request() {
    let sb = fixed(quiet()).await;
    sb.set_faults(Faults {
        error_rate: 1.0,
        ..Faults::default()
    });
    let r = get(&sb, "/api/sym/v2/api-test").await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(r.body["success"], false);

    sb.set_faults(Faults {
        drop_rate: 1.0,
        ..Faults::default()
    });
    let url = format!("http://{}/api/sym/v2/api-test", sb.addr());
    let err = reqwest::Client::new()
        .get(&url)
        .header("x-api-key", DEMO_KEY)
        .send()
        .await;
    assert!(err.is_err(), "the connection is dropped");

    sb.set_faults(Faults {
        latency: StdDuration::from_millis(300),
        ..Faults::default()
    });
    let t = std::time::Instant::now();
    assert_eq!(
        get(&sb, "/api/sym/v2/api-test").await.status,
        StatusCode::OK
    );
    assert!(t.elapsed() >= StdDuration::from_millis(300));

    sb.set_faults(Faults {
        lose_create_responses: 1,
        ..Faults::default()
    });
    let url = format!("http://{}/advertising/v1/campaign", sb.addr());
    let lost = reqwest::Client::new()
        .post(&url)
        .header("x-api-key", DEMO_KEY)
        .json(&boost())
        .send()
        .await;
    assert!(lost.is_err(), "the response is lost");
    assert_eq!(sb.campaign_count(), 1, "but the campaign was created");
    assert_eq!(
        post(&sb, "/advertising/v1/campaign", boost()).await.status,
        StatusCode::OK,
        "only one response lost"
    );
    assert_eq!(sb.campaign_count(), 2);

    sb.set_faults(Faults {
        drop_create_before_commit: 1,
        ..Faults::default()
    });
    let dropped = reqwest::Client::new()
        .post(&url)
        .header("x-api-key", DEMO_KEY)
        .json(&boost())
        .send()
        .await;
    assert!(dropped.is_err(), "the connection is dropped");
    assert_eq!(sb.campaign_count(), 2, "and nothing was created");
    assert_eq!(
        post(&sb, "/advertising/v1/campaign", boost()).await.status,
        StatusCode::OK,
        "only one creation dropped"
    );
}

#[tokio::test]
async fn requests_are_recorded() {
    let sb = demo().await;
    call(
        &sb,
        Method::GET,
        "/advertising/v1/campaign?limit=2",
        Some(DEMO_KEY),
        Some("574"),
        None,
    )
    .await;
    post(&sb, "/advertising/v1/campaign", boost()).await;
    let reqs = sb.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].query.as_deref(), Some("limit=2"));
    assert_eq!(reqs[0].brand_id.as_deref(), Some("574"));
    assert_eq!(reqs[1].method, "POST");
    assert_eq!(
        reqs[1].body.as_ref().map(|b| b["campaign_type"].clone()),
        Some(json!("boost_instagram"))
    );
}

#[tokio::test]
async fn state_persists_only_in_the_given_directory() {
    let dir = std::env::temp_dir().join(format!("sandbox-persist-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let config = SandboxConfig {
        data_dir: Some(dir.clone()),
        demo_data: false,
        ..SandboxConfig::default()
    };
    let sb = fixed(config.clone()).await;
    let id = post(&sb, "/advertising/v1/campaign", boost()).await.body["data"]["id"]
        .as_u64()
        .unwrap_or(0);
    sb.shutdown().await;
    let files: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(files, ["sandbox-state.json"]);
    let sb = fixed(config).await;
    assert_eq!(
        get(&sb, &format!("/advertising/v1/campaign/{id}"))
            .await
            .status,
        StatusCode::OK
    );
    sb.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_1000_requests_from_20_clients() {
    let sb = fixed(SandboxConfig {
        rate_limit: 600,
        ..SandboxConfig::default()
    })
    .await;
    let base = format!("http://{}", sb.addr());
    let mut tasks = Vec::new();
    for c in 0..20 {
        let base = base.clone();
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut codes = Vec::new();
            for i in 0..50 {
                let path = match (c + i) % 4 {
                    0 => "/advertising/v1/campaign?limit=5",
                    1 => "/advertising/v1/meta/locations/search?keyword=an",
                    2 => "/advertising/v1/analytic/campaign/5001",
                    _ => "/api/sym/v2/api-test",
                };
                let r = client
                    .get(format!("{base}{path}"))
                    .header("x-api-key", DEMO_KEY)
                    .send()
                    .await;
                codes.push(r.map(|r| r.status().as_u16()).unwrap_or(0));
            }
            codes
        }));
    }
    let mut ok = 0;
    let mut limited = 0;
    for t in tasks {
        for code in t.await.unwrap_or_default() {
            match code {
                200 => ok += 1,
                429 => limited += 1,
                other => panic!("unexpected status {other}"),
            }
        }
    }
    assert_eq!(ok + limited, 1000);
    assert_eq!(ok, 600, "exactly the limit gets through");
}
