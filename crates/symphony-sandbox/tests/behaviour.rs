//! Lifecycle timing, rate limiting, determinism, faults, persistence and a loopback load test.

mod common;
use chrono::Duration;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::time::Duration as StdDuration;
use symphony_sandbox::{Faults, SandboxConfig, DEMO_KEY};

#[tokio::test]
async fn a_new_campaign_moves_through_its_lifecycle() {
    let sb = fixed(quiet()).await;
    let id = post(&sb, "/advertising/v1/campaign", boost()).await.body["data"]["id"]
        .as_u64()
        .unwrap_or(0);
    let path = format!("/advertising/v1/campaign/{id}");
    let d = get(&sb, &path).await.body;
    assert_eq!(d["data"]["status"], "IN_REVIEW");
    assert!(d["data"]["campaign_metadata"]["platform_details"].is_null());
    // Edits are refused until the campaign is completed.
    let edit = put(
        &sb,
        &path,
        Some(json!({ "end_date": "2026-03-20T05:00:00Z" })),
    )
    .await;
    assert_eq!(edit.status, StatusCode::BAD_REQUEST);
    assert!(edit.body["message"]
        .as_str()
        .unwrap_or("")
        .contains("not completed"));

    sb.clock().advance(Duration::seconds(61));
    let d = get(&sb, &path).await.body;
    assert_eq!(d["data"]["status"], "SCHEDULED", "starts tomorrow");
    let mapping = &d["data"]["campaign_metadata"]["platform_details"]["campaignsMapping"][0];
    let market = mapping["fbCampaign"]["id"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(!market.is_empty());
    assert_eq!(mapping["fbCampaign"]["fields"]["lifetime_budget"], 12000);

    sb.clock().advance(Duration::days(1));
    assert_eq!(get(&sb, &path).await.body["data"]["status"], "ACTIVE");
    let edit = put(&sb, &path, Some(json!({ "end_date": "2026-03-20T05:00:00Z", "budget": { "currency": "USD", "value": 200 } }))).await;
    assert_eq!(edit.status, StatusCode::OK, "{}", edit.body);
    assert_eq!(edit.body["data"]["campaign_metadata"]["budget"], 200.0);
    // Budget below the new dates' minimum is refused with the numbers.
    let edit = put(
        &sb,
        &path,
        Some(json!({ "budget": { "currency": "USD", "value": 50 } })),
    )
    .await;
    assert_eq!(edit.status, StatusCode::BAD_REQUEST);

    let add = call(&sb, Method::PATCH, &format!("{path}/location/add"), Some(DEMO_KEY), None, Some(json!({
        "market_id": market, "locations": [{ "key": "689194", "name": "Madrid", "type": "city", "region": "Comunidad de Madrid",
            "region_id": 1019, "country_code": "ES", "country_name": "España", "supports_city": true, "supports_region": true }]
    }))).await;
    assert_eq!(add.status, StatusCode::OK, "{}", add.body);
    let cities = |d: &Value| {
        d["data"]["campaign_metadata"]["platform_details"]["campaignsMapping"][0]["cities"].clone()
    };
    assert_eq!(cities(&get(&sb, &path).await.body), json!(["689194"]));
    let pause = put(
        &sb,
        &format!("{path}/location/PAUSED"),
        Some(json!({ "location_key": "689194", "market_id": market })),
    )
    .await;
    assert_eq!(pause.status, StatusCode::OK, "{}", pause.body);
    // A paused location leaves the market's targeting lists (the guide's mapping has no
    // per-location flag).
    assert_eq!(cities(&get(&sb, &path).await.body), json!([]));
    let resume = put(
        &sb,
        &format!("{path}/location/ACTIVE"),
        Some(json!({ "location_key": "689194", "market_id": market })),
    )
    .await;
    assert_eq!(resume.status, StatusCode::OK, "{}", resume.body);
    assert_eq!(cities(&get(&sb, &path).await.body), json!(["689194"]));

    assert_eq!(
        put(&sb, &format!("{path}/PAUSE"), None).await.body["data"]["status"],
        "PAUSED"
    );
    assert_eq!(
        put(&sb, &format!("{path}/ACTIVE"), None).await.body["data"]["status"],
        "ACTIVE"
    );
    assert_eq!(
        put(&sb, &format!("{path}/STOP"), None).await.status,
        StatusCode::BAD_REQUEST
    );

    sb.clock().advance(Duration::days(30));
    assert_eq!(get(&sb, &path).await.body["data"]["status"], "FINISHED");
}

#[tokio::test]
async fn policy_violations_end_denied() {
    let sb = fixed(quiet()).await;
    let mut b = boost();
    b["campaign_type"] = json!("link_clicks");
    b["metadata"]["link_to_boost"] = json!("https://shop.example.com");
    b["metadata"]["caption"] = json!("Guaranteed streams for everyone");
    let id = post(&sb, "/advertising/v1/campaign", b).await.body["data"]["id"]
        .as_u64()
        .unwrap_or(0);
    sb.clock().advance(Duration::minutes(5));
    let d = get(&sb, &format!("/advertising/v1/campaign/{id}"))
        .await
        .body;
    assert_eq!(d["data"]["status"], "DENIED");
    assert!(d["data"]["campaign_metadata"]["status_notes"]
        .as_str()
        .unwrap_or("")
        .contains("policies"));
}

#[tokio::test]
async fn stats_respect_budget_and_grow_while_active() {
    let sb = demo().await;
    let list = get(&sb, "/advertising/v1/campaign?status=ACTIVE&limit=100")
        .await
        .body;
    let ids: Vec<u64> = list["data"]["campaigns"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c["id"].as_u64()).collect())
        .unwrap_or_default();
    assert!(!ids.is_empty());
    let mut saw_long = false;
    for id in &ids {
        let a = get(&sb, &format!("/advertising/v1/analytic/campaign/{id}"))
            .await
            .body;
        let budget = get(&sb, &format!("/advertising/v1/campaign/{id}"))
            .await
            .body["data"]["campaign_metadata"]["budget"]
            .as_f64()
            .unwrap_or(0.0);
        let daily = a["data"]["analytic_data"]["dailyStats"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        saw_long |= daily.len() >= 60;
        let total: f64 = daily
            .iter()
            .map(|d| d["spend"].as_f64().unwrap_or(0.0))
            .sum();
        assert!(total <= budget + 0.01, "spend {total} > budget {budget}");
        for d in &daily {
            let clicks: f64 = d["clicks"]
                .as_str()
                .and_then(|c| c.parse().ok())
                .unwrap_or(0.0);
            if clicks > 0.0 {
                let cpc = d["spend"].as_f64().unwrap_or(0.0) / clicks;
                assert!(
                    (cpc - d["cpc"].as_f64().unwrap_or(-1.0)).abs() < 0.006,
                    "cpc mismatch {d}"
                );
            }
        }
    }
    assert!(saw_long, "a demo campaign has 60+ days of stats");
    let id = ids[0];
    let before = get(&sb, &format!("/advertising/v1/analytic/campaign/{id}"))
        .await
        .body;
    sb.clock().advance(Duration::days(2));
    let after = get(&sb, &format!("/advertising/v1/analytic/campaign/{id}"))
        .await
        .body;
    let spend = |v: &Value| {
        v["data"]["analytic_data"]["campaignPerformanceStats"]["spend"]
            .as_str()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    assert!(spend(&after) > spend(&before));
    let countries = after["data"]["analytic_data"]["geographicBreakdown"]["countries"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!countries.is_empty());
    let cp = get(
        &sb,
        &format!("/advertising/v1/analytic/creative/performance?campaignId={id}"),
    )
    .await
    .body;
    let pct: f64 = cp["data"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| x["percentage"].as_f64().unwrap_or(0.0))
                .sum()
        })
        .unwrap_or(0.0);
    assert!((pct - 100.0).abs() < 0.1, "{pct}");
}

#[tokio::test]
async fn generated_data_is_deterministic_for_a_seed() {
    let a = demo().await;
    let b = demo().await;
    let c = fixed(SandboxConfig {
        seed: 7,
        ..SandboxConfig::default()
    })
    .await;
    let path = "/advertising/v1/analytic/campaign/5001";
    let (ra, rb, rc) = (
        get(&a, path).await.body,
        get(&b, path).await.body,
        get(&c, path).await.body,
    );
    assert_eq!(ra, rb);
    assert_ne!(
        ra["data"]["analytic_data"]["dailyStats"],
        rc["data"]["analytic_data"]["dailyStats"]
    );
}

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
