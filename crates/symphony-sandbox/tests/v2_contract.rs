//! v2 endpoints (`/api/sym/v2`) as the FAQ describes them.

mod common;
use common::*;
use reqwest::StatusCode;
use serde_json::json;
use symphony_sandbox::SandboxConfig;

fn input() -> serde_json::Value {
    json!({
        "name": "Spring push", "startDate": "2026-03-03T00:00:00Z", "endDate": "2026-03-10T00:00:00Z",
        "budget": 150, "currency": "USD", "link": "https://open.spotify.com/track/x", "callToAction": "LISTEN_NOW",
        "targetingConfig": { "genders": ["MALE", "FEMALE"], "minAge": 18, "maxAge": 34,
            "geographies": [{ "id": "US", "type": "country", "name": "United States of America" }] }
    })
}

#[tokio::test]
async fn api_test_and_brands() {
    let sb = demo().await;
    let r = get(&sb, "/api/sym/v2/api-test").await;
    assert_eq!(r.body["success"], true);
    assert_eq!(r.body["data"]["brandId"], 358);
    let r = post(
        &sb,
        "/api/sym/v2/brands",
        json!({ "name": "Nova Ray", "spotifyArtistId": "1dfeR4HaWDbWqFHLkxsg1d" }),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let r = post(&sb, "/api/sym/v2/brands", json!({ "name": "nova ray" })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = post(&sb, "/api/sym/v2/brands", json!({ "name": "  " })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = get(&sb, "/api/sym/v2/brands").await;
    let names: Vec<&str> = r.body["data"]
        .as_array()
        .map(|a| a.iter().filter_map(|b| b["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["Luna Vega", "Los Cuervos del Norte", "Nova Ray"]);
}

#[tokio::test]
async fn campaigns_create_get_update() {
    let sb = fixed(SandboxConfig::default()).await;
    let r = post(
        &sb,
        "/api/sym/v2/campaigns",
        json!({ "adPlatform": "meta", "campaignInput": input() }),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.body["data"]["status"], "SUBMITTED");
    let id = r.body["data"]["id"].as_u64().unwrap_or(0);
    sb.clock().advance(chrono::Duration::days(1));
    let r = get(&sb, &format!("/api/sym/v2/campaigns/{id}")).await;
    assert_eq!(r.body["data"]["status"], "ACTIVE");
    let r = put(
        &sb,
        &format!("/api/sym/v2/campaigns/{id}"),
        Some(json!({ "paused": true, "budget": 200 })),
    )
    .await;
    assert_eq!(r.body["data"]["status"], "PAUSED");
    assert_eq!(r.body["data"]["campaignInput"]["budget"], 200.0);
    let r = put(
        &sb,
        &format!("/api/sym/v2/campaigns/{id}"),
        Some(json!({ "paused": "yes" })),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // Another brand of the same partner by brandId.
    let mut mxn = input();
    mxn["currency"] = json!("MXN");
    let r = post(
        &sb,
        "/api/sym/v2/campaigns",
        json!({ "adPlatform": "tiktok", "brandId": 574, "campaignInput": mxn }),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.body["data"]["brandId"], 574);
}

#[tokio::test]
async fn campaign_validation() {
    let sb = demo().await;
    let r = post(
        &sb,
        "/api/sym/v2/campaigns",
        json!({ "adPlatform": "snapchat", "campaignInput": input() }),
    )
    .await;
    assert!(r.body["message"]
        .as_str()
        .unwrap_or("")
        .contains("adPlatform"));
    let mut i = input();
    i["targetingConfig"]["minAge"] = json!(12);
    let r = post(
        &sb,
        "/api/sym/v2/campaigns",
        json!({ "adPlatform": "meta", "campaignInput": i }),
    )
    .await;
    assert!(
        r.body["message"].as_str().unwrap_or("").contains("minAge"),
        "{}",
        r.body
    );
    let mut i = input();
    i["targetingConfig"] = json!({ "genders": ["ALL"] });
    let r = post(
        &sb,
        "/api/sym/v2/campaigns",
        json!({ "adPlatform": "meta", "campaignInput": i }),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["error"]
        .as_str()
        .unwrap_or("")
        .contains("minAge and maxAge are required"));
    let mut i = input();
    i["callToAction"] = json!("SHOP_NOW");
    let r = post(
        &sb,
        "/api/sym/v2/campaigns",
        json!({ "adPlatform": "meta", "campaignInput": i.clone() }),
    )
    .await;
    assert!(r.body["message"]
        .as_str()
        .unwrap_or("")
        .contains("callToAction"));
    // TikTok ignores the inbound callToAction.
    let r = post(
        &sb,
        "/api/sym/v2/campaigns",
        json!({ "adPlatform": "tiktok", "campaignInput": i }),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED);
}

#[tokio::test]
async fn search_and_webhooks() {
    let sb = demo().await;
    let r = post(
        &sb,
        "/api/sym/v2/geography-search",
        json!({ "adPlatform": "meta", "query": "germany" }),
    )
    .await;
    assert_eq!(r.body["data"][0]["id"], "DE");
    let r = post(
        &sb,
        "/api/sym/v2/interest-search",
        json!({ "adPlatform": "meta", "query": "reggaeton" }),
    )
    .await;
    assert_eq!(r.body["data"][0]["name"], "Reggaeton");
    let r = post(
        &sb,
        "/api/sym/v2/language-search",
        json!({ "adPlatform": "tiktok", "query": "span" }),
    )
    .await;
    assert_eq!(r.body["data"][0]["name"], "Spanish");
    let r = post(
        &sb,
        "/api/sym/v2/language-search",
        json!({ "adPlatform": "meta" }),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = post(
        &sb,
        "/api/sym/v2/webhooks",
        json!({ "url": "https://hooks.example.com/s", "events": ["campaign.completed"] }),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(r.body["data"]["status"], "pending");
    let r = post(
        &sb,
        "/api/sym/v2/webhooks",
        json!({ "url": "https://hooks.example.com/s", "events": ["campaign.exploded"] }),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = get(&sb, "/api/sym/v2/webhooks").await;
    assert_eq!(r.body["data"].as_array().map(Vec::len), Some(1));
}
