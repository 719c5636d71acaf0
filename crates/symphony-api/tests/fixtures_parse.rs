//! Every example response in the reference documents, copied verbatim, parses into the typed
//! model — except two that are not data: the analytics example has "string" placeholders where
//! numbers go, and the creative-performance example is not valid JSON. Those must fail with a
//! typed decode error naming the field, never panic or read as 0.

use symphony_api::v1::analytics::{CampaignAnalytics, CreativePerformance};
use symphony_api::v1::campaigns::{CampaignDetails, CampaignPage};
use symphony_api::v1::content::{InstagramPost, Release};
use symphony_api::v1::create::CreatedCampaign;
use symphony_api::v1::targeting::{Interest, Language, Location};
use symphony_api::{decode_envelope, CampaignStatus, CampaignType, Decimal, Error};

fn bytes(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/responses/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn create_response() {
    let c: CreatedCampaign = decode_envelope(&bytes("create_campaign.json")).expect("parses");
    assert_eq!(c.id, 1234);
    assert_eq!(c.kind, CampaignType::BoostInstagram);
    assert_eq!(c.status, CampaignStatus::Active);
}

#[test]
fn campaign_list() {
    let p: CampaignPage = decode_envelope(&bytes("campaign_list.json")).expect("parses");
    assert!(
        p.campaigns[0].campaign_metadata.extra.is_empty(),
        "exactly the documented keys"
    );
    assert_eq!((p.count, p.total_pages), (49, 5));
    assert_eq!(
        p.campaigns[0].campaign_metadata.budget,
        Decimal::from(57000)
    );
    assert_eq!(p.campaigns[0].status, CampaignStatus::InReview);
}

#[test]
fn campaign_details_keeps_everything() {
    let raw = bytes("campaign_details.json");
    let d: CampaignDetails = decode_envelope(&raw).expect("parses");
    assert_eq!(d.id, 5195);
    assert_eq!(d.campaign_metadata.budget, Some(Decimal::from(550)));
    assert_eq!(d.campaign_metadata.currency.as_deref(), Some("MXN"));
    assert_eq!(d.market_ids(), ["6759735593886"]);
    // The name sits in campaign_metadata.campaign_input.campaignName; "Traidores" is the
    // promoted release (campaign_metadata.content.name), not the campaign.
    assert_eq!(d.name(), Some("stripe test 20-02-2025 part 1"));
    assert_eq!(d.content_name(), Some("Traidores"));
    assert_eq!(d.currency(), Some("MXN"));
    // Unknown fields survive: a round trip gives back the document's data.
    let original: serde_json::Value = serde_json::from_slice(&raw).expect("json");
    let again = serde_json::to_value(&d).expect("serializes");
    let key = |v: &serde_json::Value| {
        v["campaign_metadata"]["campaign_input"]["brand"]["website"]["primaryColor"].clone()
    };
    assert_eq!(key(&again), key(&original["data"]));
    assert_eq!(
        again["campaign_metadata"]["platform_details"]["campaignsMapping"][0]["excluded_countries"],
        original["data"]["campaign_metadata"]["platform_details"]["campaignsMapping"][0]
            ["excluded_countries"]
    );
}

#[test]
fn searches() {
    let l: Vec<Location> = decode_envelope(&bytes("locations_search.json")).expect("parses");
    assert_eq!(l.len(), 10);
    assert_eq!(l[0].region.as_deref(), Some("Île-de-France"));
    let i: Vec<Interest> = decode_envelope(&bytes("interest_search.json")).expect("parses");
    assert_eq!(i[0].audience_size_upper_bound, Some(87655600));
    let g: Vec<Language> = decode_envelope(&bytes("language_search.json")).expect("parses");
    assert_eq!(g[1].key, 24);
}

#[test]
fn content_objects() {
    let r: Release = serde_json::from_slice(&bytes("release.json")).expect("parses");
    assert_eq!(r.spotify_id.as_deref(), Some("78TWg6fTRLxGKYN5RiSsQt"));
    assert_eq!(r.external_links[0].name, "amazon_music");
    let p: InstagramPost = serde_json::from_slice(&bytes("instagram_post.json")).expect("parses");
    assert_eq!(p.timestamp.as_deref(), Some("2025-01-25T21:41:30.107Z"));
}

#[test]
fn analytics_placeholders_fail_with_the_field_path() {
    let err = decode_envelope::<CampaignAnalytics>(&bytes("campaign_analytics.json"))
        .expect_err("placeholders are not numbers");
    match err {
        Error::Decode {
            path,
            message,
            body,
        } => {
            assert_eq!(
                path,
                "data.analytic_data.campaignPerformanceStats.cost_per_inline_link_click"
            );
            assert!(message.contains("\"string\""), "{message}");
            assert!(body.len() <= 600);
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn analytics_with_real_values_in_the_documented_shape() {
    // The documented example with its placeholders replaced by values of the stated types.
    let text = String::from_utf8(bytes("campaign_analytics.json"))
        .expect("utf8")
        .replace("\"Unknown Type: string,null\"", "null")
        .replace("\"string\"", "\"7\"");
    let a: CampaignAnalytics = decode_envelope(text.as_bytes()).expect("parses");
    let s = a.analytic_data.campaign_performance_stats.expect("stats");
    assert_eq!(s.spend, Some(Decimal::from(7)));
    assert_eq!(a.analytic_data.daily_stats[0].clicks, Some(7));
    assert_eq!(a.creative_performance.len(), 1);
}

#[test]
fn creative_performance_as_documented_is_a_decode_error() {
    let err = decode_envelope::<Vec<CreativePerformance>>(&bytes(
        "creative_performance.as-documented.txt",
    ))
    .expect_err("invalid JSON");
    assert_eq!(err.code(), "decode");
    let fixed = br#"{ "data": [ { "type": "reels", "clicks": 0, "percentage": 0 } ] }"#;
    let ok: Vec<CreativePerformance> = decode_envelope(fixed).expect("the evident intent parses");
    assert_eq!(ok[0].kind, "reels");
}

#[test]
fn numbers_as_strings_become_numbers_and_bad_ones_name_the_field() {
    let good = br#"{"data":[{"type":"feed","clicks":"12","percentage":"40.5"}],"status":200}"#;
    let v: Vec<CreativePerformance> = decode_envelope(good).expect("parses");
    assert_eq!(
        (v[0].clicks, v[0].percentage.to_string().as_str()),
        (12, "40.5")
    );
    let bad = br#"{"data":[{"type":"feed","clicks":"12","percentage":"lots"}],"status":200}"#;
    match decode_envelope::<Vec<CreativePerformance>>(bad) {
        Err(Error::Decode { path, .. }) => assert_eq!(path, "data[0].percentage"),
        other => panic!("{other:?}"),
    }
}

/// Every string value of a document, with the key it sits under.
fn strings<'a>(v: &'a serde_json::Value, key: &'a str, out: &mut Vec<(&'a str, &'a str)>) {
    match v {
        serde_json::Value::String(s) => out.push((key, s)),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, key, out)),
        serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| strings(x, k, out)),
        _ => {}
    }
}

#[test]
fn tokens_in_the_documented_details_are_redacted_when_parsed() {
    let raw = bytes("campaign_details.json");
    let original: serde_json::Value = serde_json::from_slice(&raw).expect("json");
    let mut before = Vec::new();
    strings(&original, "", &mut before);
    // The document's tokens read "token" (page, user and platform access_token).
    let tokens = before.iter().filter(|(_, v)| *v == "token").count();
    assert_eq!(tokens, 7);

    let d: CampaignDetails = decode_envelope(&raw).expect("parses");
    let again = serde_json::to_value(&d).expect("serializes");
    let text = again.to_string();
    assert!(!text.contains("\"token\""), "a token value survived");
    let mut after = Vec::new();
    strings(&again, "", &mut after);
    for (k, v) in &after {
        if k.to_lowercase().contains("token") || k.to_lowercase().contains("secret") {
            assert_eq!(*v, symphony_api::types::redact::REDACTED, "{k}");
        }
    }
    let redacted = after
        .iter()
        .filter(|(_, v)| *v == symphony_api::types::redact::REDACTED)
        .count();
    assert_eq!(
        redacted, tokens,
        "every token, and nothing else, is redacted"
    );
    // Flags about tokens are not secrets, and the Debug form holds no token either.
    assert_eq!(
        again["campaign_metadata"]["campaign_input"]["brand"]["connections"]["logged_in_fb_user"]
            ["fbTokenValid"],
        true
    );
    assert!(!format!("{d:?}").contains("\"token\""));
}
