//! A draft as the documented create request (`POST /v1/campaign`): `provider`,
//! `campaign_type`, `campaign_name` and `metadata` with the create guide's field names. What
//! the draft lacks is left out, so the provider's answer names the same fields core's rules do.

use crate::domain::{Market, PlaceKind};
use crate::draft::{CampaignDraft, MediaDraft};
use serde_json::{json, Map, Value};

/// record_streams, boost_instagram and link_clicks run on Meta ("facebook"); the others on
/// Symphony's own services.
pub const FACEBOOK_TYPES: &[&str] = &["record_streams", "boost_instagram", "link_clicks"];

pub fn provider_for(objective: &str) -> &'static str {
    if FACEBOOK_TYPES.contains(&objective) {
        "facebook"
    } else {
        "symphony"
    }
}

fn iso(t: &chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn text(v: &Option<String>) -> Option<Value> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Value::String(s.to_string()))
}

fn media(links: &[MediaDraft]) -> Value {
    links
        .iter()
        .map(|l| {
            let mut m = Map::new();
            m.insert("url".into(), json!(l.url.trim()));
            m.insert("name".into(), json!(l.name.trim()));
            if let Some(t) = text(&l.thumbnail) {
                m.insert("thumbnail".into(), t);
            }
            if let Some(f) = text(&l.format_type) {
                m.insert("format_type".into(), f);
            }
            Value::Object(m)
        })
        .collect()
}

fn market(m: &Market) -> Value {
    let locations: Vec<Value> = m
        .places
        .iter()
        .map(|p| match p.kind {
            PlaceKind::Country => json!({ "value": p.key, "label": p.label, "type": "country",
                "region_id": null, "country_code": null }),
            PlaceKind::Region => json!({ "value": p.key, "label": p.label, "type": "region",
                "country_code": p.country_code }),
            PlaceKind::City => json!({ "value": p.key, "label": p.label, "type": "city",
                "country_code": p.country_code }),
        })
        .collect();
    // The share goes out as a JSON number written from its exact decimal text.
    let share: Value =
        serde_json::from_str(&m.share.normalize().to_string()).unwrap_or(Value::Null);
    json!({ "name": m.name, "budget": share, "locations": locations })
}

/// The budget as a JSON number with the exact digits typed, or the text as typed when it is
/// not a number (the rules have already named the field; the provider will too).
fn amount(typed: &str) -> Value {
    let t = typed.trim();
    match t.parse::<rust_decimal::Decimal>() {
        Ok(d) => serde_json::from_str(&d.normalize().to_string()).unwrap_or(json!(t)),
        Err(_) => json!(t),
    }
}

pub fn body(d: &CampaignDraft) -> Value {
    let mut m = Map::new();
    let c = &d.creative;
    let objective = d.objective.trim();
    if objective != "get_playlisted" {
        if !d.budget.trim().is_empty() || !d.currency.trim().is_empty() {
            m.insert(
                "budget".into(),
                json!({ "value": amount(&d.budget), "currency": d.currency.trim().to_uppercase() }),
            );
        }
        if let Some(s) = &d.start {
            m.insert("start_date".into(), json!(iso(s)));
        }
        if let Some(e) = &d.end {
            m.insert("end_date".into(), json!(iso(e)));
        }
    }
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            m.insert(k.into(), v);
        }
    };
    match objective {
        "get_playlisted" => {
            put("spotify_id", text(&c.spotify_id));
            put("tier", text(&c.playlist_tier));
            put("pitch_notes", text(&c.pitch_notes));
        }
        "increase_video_views" => {
            put("video_id", text(&c.video_id));
            put("views_goal", text(&c.views_goal));
        }
        _ => {
            put("call_to_action", text(&c.call_to_action));
            put("instagram_post_id", text(&c.instagram_post_id));
            put(
                "public_video_links",
                (!c.videos.is_empty()).then(|| media(&c.videos)),
            );
            put(
                "public_image_links",
                (!c.images.is_empty()).then(|| media(&c.images)),
            );
            if objective == "record_streams" {
                put("spotify_id", text(&c.spotify_id));
                let ext: Vec<&str> = c
                    .external_links
                    .iter()
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .collect();
                put(
                    "spotify_external_platforms",
                    (!ext.is_empty()).then(|| json!(ext)),
                );
            }
            if objective == "link_clicks" {
                put("link_to_boost", text(&c.link));
                put("caption", text(&c.caption));
            }
            if !d.markets.is_empty() {
                put(
                    "targeting_countries",
                    Some(d.markets.iter().map(market).collect()),
                );
            }
            if !d.audiences.is_empty() {
                let a: Vec<Value> = d
                    .audiences
                    .iter()
                    .map(|a| json!({ "fbId": a.id, "name": a.name }))
                    .collect();
                put("targeting_audiences", Some(json!(a)));
            }
            if let Some(demo) = &d.demographics {
                let mut t = Map::new();
                if let (Some(min), Some(max)) = (demo.age_min, demo.age_max) {
                    t.insert("age".into(), json!({ "min": min, "max": max }));
                }
                if let Some(g) = text(&demo.gender) {
                    t.insert("gender".into(), g);
                }
                let langs: Vec<Value> = demo
                    .languages
                    .iter()
                    .map(|l| json!({ "key": l.key, "name": l.name, "selected": true }))
                    .collect();
                if !langs.is_empty() {
                    t.insert("languages".into(), json!(langs));
                }
                put("targeting_demographic", Some(Value::Object(t)));
            }
        }
    }
    json!({
        "provider": provider_for(objective),
        "campaign_type": objective,
        "campaign_name": d.name.trim(),
        "metadata": Value::Object(m),
    })
}
