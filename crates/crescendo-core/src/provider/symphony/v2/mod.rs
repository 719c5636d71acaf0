//! Symphony's v2 campaigns (`/api/sym/v2`): Meta or TikTok ads sent straight to the platform,
//! offered when the account answers the v2 api-test. The wizard holds them as two objectives
//! ("v2_meta", "v2_tiktok") with the steps the FAQ's `campaignInput` needs: a link with its
//! caption and call to action, budget and dates, targeting.

mod launch;
pub mod rules;

pub use launch::{campaign, create, v2_id, ID_PREFIX, V2_FIELDS};

use crate::draft::CampaignDraft;
use crate::wizard::{ObjectiveInfo, Step};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use symphony_api::v2::AdPlatform;

pub const META: &str = "v2_meta";
pub const TIKTOK: &str = "v2_tiktok";
/// The FAQ's call-to-action values; only Meta honours them.
pub const CALLS_TO_ACTION: &[&str] = &["LEARN_MORE", "LISTEN_NOW", "VIEW_NOW"];
/// Meta's documented age bounds for `minAge` and `maxAge`.
pub const AGE_MIN: u8 = 13;
pub const AGE_MAX: u8 = 65;

/// The ad platform of a v2 objective; None for a v1 campaign type.
pub fn platform(objective: &str) -> Option<AdPlatform> {
    match objective.trim() {
        META => Some(AdPlatform::Meta),
        TIKTOK => Some(AdPlatform::Tiktok),
        _ => None,
    }
}

pub fn objectives() -> Vec<ObjectiveInfo> {
    let steps = vec![
        Step::Basics,
        Step::Link,
        Step::Budget,
        Step::Targeting,
        Step::Review,
    ];
    vec![
        ObjectiveInfo {
            code: META.into(),
            label: "Meta ads (Facebook & Instagram)".into(),
            description: "Send fans to a link with ads Symphony runs on Meta, with the call to action you choose.".into(),
            paid_by_provider: false,
            steps: steps.clone(),
            ad_platform: Some("meta".into()),
        },
        ObjectiveInfo {
            code: TIKTOK.into(),
            label: "TikTok ads".into(),
            description: "Send fans to a link with ads Symphony runs on TikTok; TikTok picks the call to action.".into(),
            paid_by_provider: false,
            steps,
            ad_platform: Some("tiktok".into()),
        },
    ]
}

/// The request body `POST /campaigns` takes (FAQ: adPlatform, brandId, campaignInput). What
/// the manager typed goes as typed; an amount that is not a number stays text so the review
/// shows it (the rules stop a launch before it is sent).
pub fn body(d: &CampaignDraft, brand_id: Option<u64>) -> Value {
    let meta = platform(&d.objective) == Some(AdPlatform::Meta);
    let mut input = Map::new();
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            input.insert(k.into(), v);
        }
    };
    let text = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| json!(s))
    };
    put("name", Some(json!(d.name.trim())));
    let iso =
        |t: chrono::DateTime<chrono::Utc>| json!(t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string());
    put("startDate", d.start.map(iso));
    put("endDate", d.end.map(iso));
    let typed = d.budget.trim();
    put(
        "budget",
        Some(match typed.parse::<Decimal>() {
            Ok(v) => crescendo_money::json::to_value(&v),
            Err(_) => json!(typed),
        }),
    );
    put("currency", Some(json!(d.currency.trim().to_uppercase())));
    put("link", text(&d.creative.link));
    put("caption", text(&d.creative.caption));
    // TikTok derives its call to action from the campaign type and ignores one sent (FAQ).
    if meta {
        put("callToAction", text(&d.creative.call_to_action));
    }
    put("targetingConfig", Some(targeting(d, meta)));
    let mut body = Map::new();
    body.insert(
        "adPlatform".into(),
        json!(if meta { "meta" } else { "tiktok" }),
    );
    if let Some(id) = brand_id {
        body.insert("brandId".into(), json!(id));
    }
    body.insert("campaignInput".into(), Value::Object(input));
    Value::Object(body)
}

fn targeting(d: &CampaignDraft, meta: bool) -> Value {
    let mut t = Map::new();
    let geographies: Vec<Value> = d
        .markets
        .iter()
        .flat_map(|m| &m.places)
        .map(|p| json!({ "id": p.key, "type": p.kind, "name": p.label }))
        .collect();
    if !geographies.is_empty() {
        t.insert("geographies".into(), json!(geographies));
    }
    let interests: Vec<Value> = d
        .audiences
        .iter()
        .map(|a| json!({ "id": a.id, "type": "interest", "name": a.name }))
        .collect();
    if !interests.is_empty() {
        t.insert("interests".into(), json!(interests));
    }
    if let Some(demo) = &d.demographics {
        let languages: Vec<Value> = demo
            .languages
            .iter()
            .map(|l| json!({ "id": l.key, "type": "language", "name": l.name }))
            .collect();
        if !languages.is_empty() {
            t.insert("languages".into(), json!(languages));
        }
        // "All" sends no gender filter; one gender sends that one (FAQ: any of MALE, FEMALE).
        match demo.gender.as_deref().map(str::trim) {
            Some(g) if g.eq_ignore_ascii_case("male") => {
                t.insert("genders".into(), json!(["MALE"]));
            }
            Some(g) if g.eq_ignore_ascii_case("female") => {
                t.insert("genders".into(), json!(["FEMALE"]));
            }
            _ => {}
        }
        if meta || demo.age_min.is_some() || demo.age_max.is_some() {
            if let Some(a) = demo.age_min {
                t.insert("minAge".into(), json!(a));
            }
            if let Some(a) = demo.age_max {
                t.insert("maxAge".into(), json!(a));
            }
        }
    }
    Value::Object(t)
}

#[cfg(test)]
mod tests;
