//! Lifecycle timing, budgets and stats, and determinism of the generated data.

mod common;
use chrono::Duration;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use symphony_sandbox::{SandboxConfig, DEMO_KEY};

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
    // The same documented request resumes it; there is no location/ACTIVE.
    assert_eq!(
        put(
            &sb,
            &format!("{path}/location/ACTIVE"),
            Some(json!({ "location_key": "689194", "market_id": market })),
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(cities(&get(&sb, &path).await.body), json!([]));
    let resume = put(
        &sb,
        &format!("{path}/location/PAUSED"),
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
