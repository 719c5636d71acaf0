//! The sandbox answers in the documented shapes: its list and details responses are compared,
//! key path by key path and type by type, with the integration guide's examples (the client's
//! fixtures, copied verbatim from the guide), and every documented status can be reached.

mod common;
use chrono::Duration;
use common::shape::problems;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use symphony_sandbox::documents::FAKE_TOKEN_PREFIX;
use symphony_sandbox::DEMO_KEY;

fn documented(name: &str) -> Value {
    let path = format!(
        "{}/../symphony-api/tests/fixtures/responses/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A record_streams campaign using every documented input, so its details have no gaps.
fn full_streams() -> Value {
    let mut b = boost();
    b["campaign_type"] = json!("record_streams");
    b["campaign_name"] = json!("Full streams campaign");
    let m = &mut b["metadata"];
    m["spotify_id"] = json!("2M4ujJtsYiiUISmuntBJn7");
    m["caption"] = json!("Out now everywhere");
    m["instagram_post_id"] = json!("17921761666746619");
    m["targeting_audiences"] = json!([{ "fbId": "6003278637610", "name": "Indie pop" }]);
    m["targeting_demographic"] = json!({ "age": { "min": 18, "max": 34 }, "gender": "All",
        "languages": [{ "key": 6, "name": "English (US)" }] });
    m["targeting_countries"][0]["locations"][1]["region_id"] = json!(3847);
    b
}

#[tokio::test]
async fn list_rows_have_exactly_the_documented_shape() {
    let sb = demo().await;
    let doc = documented("campaign_list.json");
    let r = get(&sb, "/advertising/v1/campaign?limit=100").await;
    let found = problems(&doc, &r.body, true);
    assert!(found.is_empty(), "{found:#?}");
    let row = &r.body["data"]["campaigns"][0]["campaign_metadata"];
    assert!(row.get("campaign_name").is_none() && row.get("currency").is_none());
}

#[tokio::test]
async fn details_follow_the_5195_example_field_by_field() {
    let sb = fixed(quiet()).await;
    let doc = documented("campaign_details.json");
    let id = post(&sb, "/advertising/v1/campaign", full_streams())
        .await
        .body["data"]["id"]
        .as_u64()
        .expect("created");
    let path = format!("/advertising/v1/campaign/{id}");
    // In review: platform_details is still null, everything else is there.
    let d = get(&sb, &path).await.body;
    let found = problems(&doc, &d, false);
    assert!(found.is_empty(), "in review: {found:#?}");
    sb.clock().advance(Duration::days(2));
    let d = get(&sb, &path).await.body;
    let found = problems(&doc, &d, true);
    assert!(found.is_empty(), "completed: {found:#?}");
    let m = &d["data"]["campaign_metadata"];
    assert_eq!(m["campaign_input"]["campaignName"], "Full streams campaign");
    assert!(m["campaign_input"].get("campaign_name").is_none());
    assert_eq!(m["campaign_input"]["startDate"], "2026-03-03T05:00:00.000Z");
    assert_eq!(m["campaign_input"]["budget"], 120.0);
    assert_eq!(m["currency"], "USD");
    assert_eq!(m["campaign_input"]["brand"]["currency"]["code"], "USD");
    assert_eq!(m["campaign_state"]["campaign"]["details"]["budget"], 120.0);
    // The documented token fields carry (fake) tokens, so clients' redaction is exercised.
    for token in [
        &m["platform_details"]["access_token"],
        &m["campaign_input"]["fbPage"]["access_token"],
        &m["campaign_input"]["brand"]["connections"]["logged_in_fb_user"]["access_token"],
        &m["campaign_state"]["campaign"]["conversions"]["conversionsApiAccessToken"],
    ] {
        assert!(
            token.as_str().unwrap_or("").starts_with(FAKE_TOKEN_PREFIX),
            "{token}"
        );
    }
}

#[tokio::test]
async fn every_demo_campaign_has_the_documented_details_shape() {
    let sb = demo().await;
    let doc = documented("campaign_details.json");
    for brand in ["358", "574"] {
        let list = call(
            &sb,
            Method::GET,
            "/advertising/v1/campaign?limit=100",
            Some(DEMO_KEY),
            Some(brand),
            None,
        )
        .await;
        let ids: Vec<u64> = list.body["data"]["campaigns"]
            .as_array()
            .map(|a| a.iter().filter_map(|c| c["id"].as_u64()).collect())
            .unwrap_or_default();
        assert!(!ids.is_empty());
        for id in ids {
            let d = call(
                &sb,
                Method::GET,
                &format!("/advertising/v1/campaign/{id}"),
                Some(DEMO_KEY),
                Some(brand),
                None,
            )
            .await;
            let found = problems(&doc, &d.body, false);
            assert!(found.is_empty(), "campaign {id}: {found:#?}");
            let name = &d.body["data"]["campaign_metadata"]["campaign_input"]["campaignName"];
            assert!(name.as_str().is_some_and(|n| !n.is_empty()), "{id}");
        }
    }
}

#[test]
fn the_shape_check_catches_drift() {
    let doc = documented("campaign_details.json");
    assert!(problems(&doc, &doc, true).is_empty());
    let mut extra = doc.clone();
    extra["data"]["campaign_metadata"]["campaign_name"] = json!("invented");
    assert_eq!(
        problems(&doc, &extra, true),
        ["undocumented $.data.campaign_metadata.campaign_name"]
    );
    let mut missing = doc.clone();
    if let Some(ci) = missing["data"]["campaign_metadata"]["campaign_input"].as_object_mut() {
        ci.remove("campaignName");
    }
    assert_eq!(
        problems(&doc, &missing, false),
        ["missing $.data.campaign_metadata.campaign_input.campaignName"]
    );
    let mut retyped = doc.clone();
    retyped["data"]["campaign_metadata"]["budget"] = json!("550");
    assert_eq!(problems(&doc, &retyped, true).len(), 1);
    let mut nulled = doc.clone();
    nulled["data"]["campaign_metadata"]["content"] = Value::Null;
    assert!(problems(&doc, &nulled, false).is_empty());
    let strict = problems(&doc, &nulled, true);
    assert!(
        strict.contains(
            &"null at $.data.campaign_metadata.content, documented {\"object\"}".to_string()
        ) && strict.contains(&"missing $.data.campaign_metadata.content.name".to_string()),
        "{strict:#?}"
    );
}

/// The 15 statuses of the v2 FAQ ("What campaign statuses can I expect?").
const FAQ_STATUSES: [&str; 15] = [
    "DRAFT",
    "PUBLISHED",
    "SUBMITTED",
    "ACTIVE",
    "STOPPED",
    "FINALIZING",
    "PAUSED",
    "AWAITING_PAYMENT",
    "ERROR",
    "IN_REVIEW",
    "WITH_ISSUES",
    "DENIED",
    "TO_RETRY",
    "FINISHED",
    "SCHEDULED",
];

async fn status_seen(sb: &symphony_sandbox::Sandbox, id: u64) -> String {
    let d = get(sb, &format!("/advertising/v1/campaign/{id}"))
        .await
        .body;
    let status = d["data"]["status"].as_str().unwrap_or("").to_string();
    // The list filtered by that status holds the campaign too.
    let l = get(
        sb,
        &format!("/advertising/v1/campaign?status={status}&limit=100"),
    )
    .await
    .body;
    let listed = l["data"]["campaigns"]
        .as_array()
        .map(|a| a.iter().any(|c| c["id"] == id && c["status"] == status))
        .unwrap_or(false);
    assert!(listed, "{id} not listed as {status}");
    status
}

#[tokio::test]
async fn every_documented_status_is_reachable() {
    let sb = fixed(quiet()).await;
    let mut seen = std::collections::BTreeSet::new();
    let create = |body: Value| {
        let sb = &sb;
        async move {
            post(sb, "/advertising/v1/campaign", body).await.body["data"]["id"]
                .as_u64()
                .expect("created")
        }
    };
    // Through the lifecycle.
    let id = create(boost()).await;
    let other = create(boost()).await;
    seen.insert(status_seen(&sb, id).await);
    let mut denied = boost();
    denied["campaign_type"] = json!("link_clicks");
    denied["metadata"]["link_to_boost"] = json!("https://shop.example.com");
    denied["metadata"]["caption"] = json!("Buy followers now");
    let denied = create(denied).await;
    let mut failing = boost();
    failing["campaign_type"] = json!("link_clicks");
    failing["metadata"]["link_to_boost"] = json!("https://shop.example.invalid/");
    failing["metadata"]["caption"] = json!("Merch");
    let failing = create(failing).await;
    sb.clock().advance(Duration::seconds(61));
    seen.insert(status_seen(&sb, id).await);
    seen.insert(status_seen(&sb, denied).await);
    seen.insert(status_seen(&sb, failing).await);
    sb.clock().advance(Duration::days(1));
    seen.insert(status_seen(&sb, id).await);
    put(&sb, &format!("/advertising/v1/campaign/{id}/PAUSE"), None).await;
    seen.insert(status_seen(&sb, id).await);
    sb.clock().advance(Duration::days(30));
    seen.insert(status_seen(&sb, id).await);
    assert_eq!(seen.len(), 7, "{seen:?}");
    // Through the control endpoint, for the statuses the lifecycle does not produce.
    let rest: Vec<&str> = FAQ_STATUSES
        .iter()
        .copied()
        .filter(|s| !seen.contains(*s))
        .collect();
    for status in &rest {
        let r = put(
            &sb,
            &format!("/sandbox/campaign/{other}/status/{status}"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(status_seen(&sb, other).await, *status);
    }
    for status in rest {
        seen.insert(status.to_string());
    }
    let all: std::collections::BTreeSet<String> =
        FAQ_STATUSES.iter().map(|s| s.to_string()).collect();
    assert_eq!(seen, all);
    // The control refuses what is not documented, and can hand back to the lifecycle.
    let r = put(
        &sb,
        &format!("/sandbox/campaign/{other}/status/ON_FIRE"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = put(&sb, "/sandbox/campaign/999999/status/ACTIVE", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = call(
        &sb,
        Method::DELETE,
        &format!("/sandbox/campaign/{other}/status"),
        Some(DEMO_KEY),
        None,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(status_seen(&sb, other).await, "FINISHED");
    assert!(sb.set_status(other, Some("with_issues")));
    assert_eq!(status_seen(&sb, other).await, "WITH_ISSUES");
    assert!(!sb.set_status(other, Some("COMPLETED")));
}
