//! v1 endpoints over real HTTP: envelopes, filters, validation rules, edits, search, content.

mod common;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use symphony_sandbox::{SandboxConfig, DEMO_KEY, DEMO_REVOKED_KEY};

#[tokio::test]
async fn authentication_follows_the_faq() {
    let sb = demo().await;
    let r = call(
        &sb,
        Method::GET,
        "/advertising/v1/campaign",
        None,
        None,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.body["success"], false);
    assert!(r.body["error"].as_str().unwrap_or("").contains("missing"));
    let r = call(
        &sb,
        Method::GET,
        "/advertising/v1/campaign",
        Some("nope"),
        None,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body["error"]
        .as_str()
        .unwrap_or("")
        .contains("not recognized"));
    let r = call(
        &sb,
        Method::GET,
        "/advertising/v1/campaign",
        Some(DEMO_REVOKED_KEY),
        None,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body["error"].as_str().unwrap_or("").contains("revoked"));
}

#[tokio::test]
async fn list_has_the_documented_envelope_and_pages() {
    let sb = demo().await;
    let r = get(&sb, "/advertising/v1/campaign?limit=3&offset=0").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["status"], 200);
    let d = &r.body["data"];
    assert_eq!(d["count"], 8);
    assert_eq!(d["total_pages"], 3);
    let first = &d["campaigns"][0];
    for k in ["id", "status", "brand_id"] {
        assert!(first.get(k).is_some(), "missing {k}");
    }
    for k in ["start_date", "end_date", "campaign_type", "budget"] {
        assert!(first["campaign_metadata"].get(k).is_some(), "missing {k}");
    }
    let last = get(&sb, "/advertising/v1/campaign?limit=3&offset=6").await;
    assert_eq!(
        last.body["data"]["campaigns"].as_array().map(Vec::len),
        Some(2)
    );
    // The guide's misspelt "ofsset" works too.
    let alt = get(&sb, "/advertising/v1/campaign?limit=3&ofsset=6").await;
    assert_eq!(
        alt.body["data"]["campaigns"],
        last.body["data"]["campaigns"]
    );
}

#[tokio::test]
async fn list_filters_narrow_and_bad_filters_are_400() {
    let sb = demo().await;
    let r = get(
        &sb,
        "/advertising/v1/campaign?campaign_type=link_clicks&limit=100",
    )
    .await;
    let items = r.body["data"]["campaigns"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(items.len(), 2);
    assert!(items
        .iter()
        .all(|c| c["campaign_metadata"]["campaign_type"] == "link_clicks"));
    let r = get(&sb, "/advertising/v1/campaign?status=paused&limit=100").await;
    let items = r.body["data"]["campaigns"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["status"], "PAUSED");
    let r = get(
        &sb,
        "/advertising/v1/campaign?budget.between.start=1000&limit=100",
    )
    .await;
    let items = r.body["data"]["campaigns"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!items.is_empty());
    assert!(items
        .iter()
        .all(|c| c["campaign_metadata"]["budget"].as_f64().unwrap_or(0.0) >= 1000.0));
    let r = get(
        &sb,
        "/advertising/v1/campaign?date.between.start=2026-02-01&limit=100",
    )
    .await;
    let items = r.body["data"]["campaigns"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(items
        .iter()
        .all(|c| c["campaign_metadata"]["start_date"].as_str().unwrap_or("") >= "2026-02-01"));
    let r = get(&sb, "/advertising/v1/campaign?date.between.start=yesterday").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["message"]
        .as_str()
        .unwrap_or("")
        .contains("date.between.start"));
    let r = get(&sb, "/advertising/v1/campaign?limit=abc").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn brand_header_scopes_data() {
    let sb = demo().await;
    let r = call(
        &sb,
        Method::GET,
        "/advertising/v1/campaign?limit=100",
        Some(DEMO_KEY),
        Some("574"),
        None,
    )
    .await;
    let items = r.body["data"]["campaigns"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(items.len(), 3);
    assert!(items.iter().all(|c| c["brand_id"] == 574));
    let other = items[0]["id"].as_u64().unwrap_or(0);
    // Not visible from the default brand.
    let r = get(&sb, &format!("/advertising/v1/campaign/{other}")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = call(
        &sb,
        Method::GET,
        "/advertising/v1/campaign",
        Some(DEMO_KEY),
        Some("999999"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = call(
        &sb,
        Method::GET,
        "/advertising/v1/campaign",
        Some(DEMO_KEY),
        Some("abc"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn create_answers_as_documented_for_every_type() {
    let sb = fixed(SandboxConfig {
        demo_data: false,
        ..SandboxConfig::default()
    })
    .await;
    let r = post(&sb, "/advertising/v1/campaign", boost()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["status"], 200);
    assert_eq!(r.body["data"]["type"], "boost_instagram");
    assert_eq!(r.body["data"]["provider"], "facebook");
    assert_eq!(r.body["data"]["status"], "IN_REVIEW");
    assert!(r.body["data"]["id"].as_u64().is_some());

    let mut streams = boost();
    streams["campaign_type"] = json!("record_streams");
    streams["metadata"]["spotify_id"] = json!("2M4ujJtsYiiUISmuntBJn7");
    let mut clicks = boost();
    clicks["campaign_type"] = json!("link_clicks");
    clicks["metadata"]["link_to_boost"] = json!("https://skrlth.bigcartel.com/");
    clicks["metadata"]["caption"] = json!("test caption");
    let playlisted = json!({ "campaign_type": "get_playlisted", "provider": "symphony", "campaign_name": "campaign getPlaylisted API",
        "metadata": { "spotify_id": "3rmGAbshQvQHhy3sgHidNT", "tier": "30000_followers", "pitch_notes": "test pitch notes" } });
    let views = json!({ "campaign_type": "increase_video_views", "provider": "symphony", "campaign_name": "views",
        "metadata": { "video_id": "abc", "budget": { "value": 100, "currency": "USD" },
            "start_date": "2026-03-03T00:00:00Z", "end_date": "2026-03-08T00:00:00Z" } });
    for (body, kind) in [
        (streams, "record_streams"),
        (clicks, "link_clicks"),
        (playlisted, "get_playlisted"),
        (views, "increase_video_views"),
    ] {
        let r = post(&sb, "/advertising/v1/campaign", body).await;
        assert_eq!(r.status, StatusCode::OK, "{kind}: {}", r.body);
        assert_eq!(r.body["data"]["type"], kind);
    }
    assert_eq!(sb.campaign_count(), 5);
}

async fn rejected(sb: &symphony_sandbox::Sandbox, body: Value) -> String {
    let r = post(sb, "/advertising/v1/campaign", body).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert_eq!(r.body["success"], false);
    r.body["message"].as_str().unwrap_or("").to_string()
}

#[tokio::test]
async fn create_validation_rules_are_specific() {
    let sb = demo().await;
    let mut b = boost();
    b["metadata"]["budget"]["value"] = json!(99);
    let m = rejected(&sb, b).await;
    assert!(
        m.contains("metadata.budget.value") && m.contains("100 USD for 10 days"),
        "{m}"
    );
    let mut b = boost();
    b["metadata"]["budget"]["currency"] = json!("MXN");
    assert!(rejected(&sb, b)
        .await
        .contains("does not match the ad account currency USD"));
    let mut b = boost();
    b["metadata"]["end_date"] = json!("2026-03-01T00:00:00Z");
    assert!(rejected(&sb, b).await.contains("end_date"));
    let mut b = boost();
    let mk = json!({ "name": "M", "budget": 0.25, "locations": [{ "value": "US", "label": "US", "type": "country" }] });
    b["metadata"]["targeting_countries"] = json!([mk, mk, mk, mk]);
    assert!(rejected(&sb, b).await.contains("at most 3"));
    let mut b = boost();
    b["metadata"]["targeting_countries"][0]["budget"] = json!(0.7);
    assert!(rejected(&sb, b).await.contains("add up to 1"));
    let mut b = boost();
    let link = b["metadata"]["public_video_links"][0].clone();
    b["metadata"]["public_video_links"] = json!([link, link, link, link]);
    assert!(rejected(&sb, b).await.contains("public_video_links"));
    let mut b = boost();
    b["metadata"]["targeting_demographic"] = json!({ "age": { "min": 30, "max": 20 } });
    assert!(rejected(&sb, b).await.contains("must not exceed"));
    let mut b = boost();
    b["metadata"]["targeting_demographic"] = json!({ "age": { "min": 16, "max": 20 } });
    assert!(rejected(&sb, b).await.contains("minimum age of 18"));
    let mut b = boost();
    b["metadata"]["targeting_demographic"] = json!({ "gender": "Everyone" });
    assert!(rejected(&sb, b).await.contains("All, Male or Female"));
    let mut b = boost();
    b["metadata"]["call_to_action"] = json!("CLICK");
    assert!(rejected(&sb, b).await.contains("call_to_action"));
    let p = json!({ "campaign_type": "get_playlisted", "provider": "symphony", "campaign_name": "p",
        "metadata": { "spotify_id": "x", "tier": "10_followers" } });
    assert!(rejected(&sb, p).await.contains("metadata.tier"));
    let r = call(
        &sb,
        Method::POST,
        "/advertising/v1/campaign",
        Some(DEMO_KEY),
        None,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn search_endpoints_answer_with_documented_shapes() {
    let sb = demo().await;
    let r = get(&sb, "/advertising/v1/meta/locations/search?keyword=Madrid").await;
    let hit = &r.body["data"][0];
    assert_eq!(hit["key"], "689194");
    assert_eq!(hit["region_id"], 1019);
    let r = get(
        &sb,
        "/advertising/v1/meta/locations/search?keyword=Los%20Angeles",
    )
    .await;
    let hit = &r.body["data"][0];
    for k in [
        "key",
        "name",
        "type",
        "country_code",
        "country_name",
        "region",
        "region_id",
        "supports_region",
        "supports_city",
    ] {
        assert!(hit.get(k).is_some(), "location lacks {k}");
    }
    let r = get(
        &sb,
        "/advertising/v1/meta/interest/search?keyword=indie%20pop",
    )
    .await;
    assert_eq!(r.body["data"][0]["id"], "6003278637610");
    assert_eq!(r.body["data"][0]["audience_size_lower_bound"], 74537074);
    let r = get(&sb, "/advertising/v1/meta/language/search?keyword=english").await;
    assert_eq!(
        r.body["data"][0],
        json!({ "name": "English (US)", "key": 6 })
    );
    let r = get(&sb, "/advertising/v1/meta/language/search?keyword=").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn content_endpoints_list_the_brands_catalogue() {
    let sb = demo().await;
    let r = get(
        &sb,
        "/advertising/v1/brand_content/record_streams?keyword=midnight",
    )
    .await;
    let hits = r.body["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["name"], "Midnight Drive");
    assert_eq!(hits[0]["brand_id"], 358);
    let r = get(&sb, "/advertising/v1/meta/instagram/posts").await;
    assert!(r.body["data"]
        .as_array()
        .map(|a| a.len() >= 3)
        .unwrap_or(false));
    assert!(r.body["data"][0]["timestamp"].as_str().is_some());
    let r = get(&sb, "/advertising/youtube/videos").await;
    assert!(r.body["data"][0]["id"].as_str().is_some());
}

#[tokio::test]
async fn unknown_paths_and_malformed_json_get_error_bodies() {
    let sb = demo().await;
    let r = get(&sb, "/advertising/v1/nothing").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["success"], false);
    let url = format!("http://{}/advertising/v1/campaign", sb.addr());
    let r = reqwest::Client::new()
        .post(url)
        .header("x-api-key", DEMO_KEY)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("reaches sandbox");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}
