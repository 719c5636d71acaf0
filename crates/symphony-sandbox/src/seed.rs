//! The demo workspace: two artists (brands) for the demo partner, with campaigns in different
//! statuses and 60+ days of history, placed relative to "now" so the demo always looks current.

use crate::lifecycle;
use crate::money::Decimal;
use crate::store::{Brand, Campaign, Market, Outcome, Store};
use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};

struct Demo {
    name: &'static str,
    kind: &'static str,
    started_days_ago: i64,
    length_days: i64,
    /// Whole units of the brand's currency a day (0 for get_playlisted: priced by tier).
    daily_budget: u32,
    forced: Option<&'static str>,
    paused: bool,
    /// Name, share of the budget in percent, countries.
    markets: &'static [(&'static str, u32, &'static [&'static str])],
}

const LUNA: &[Demo] = &[
    Demo {
        name: "Midnight Drive — release push",
        kind: "record_streams",
        started_days_ago: 64,
        length_days: 90,
        daily_budget: 40,
        forced: None,
        paused: false,
        markets: &[
            ("Core Markets", 60, &["US", "CA"]),
            ("Europe", 40, &["GB", "DE", "FR"]),
        ],
    },
    Demo {
        name: "Tour teaser boost",
        kind: "boost_instagram",
        started_days_ago: 95,
        length_days: 30,
        daily_budget: 25,
        forced: None,
        paused: false,
        markets: &[("Recommended Markets", 100, &["US", "GB", "AU", "NZ"])],
    },
    Demo {
        name: "Merch drop — link in bio",
        kind: "link_clicks",
        started_days_ago: 21,
        length_days: 45,
        daily_budget: 15,
        forced: None,
        paused: true,
        markets: &[("US", 100, &["US"])],
    },
    Demo {
        name: "Playlist pitch — Midnight Drive",
        kind: "get_playlisted",
        started_days_ago: 10,
        length_days: 28,
        daily_budget: 0,
        forced: None,
        paused: false,
        markets: &[],
    },
    Demo {
        name: "Live session video views",
        kind: "increase_video_views",
        started_days_ago: 3,
        length_days: 20,
        daily_budget: 20,
        forced: None,
        paused: false,
        markets: &[],
    },
    Demo {
        name: "Acoustic EP — awaiting review",
        kind: "record_streams",
        started_days_ago: -2,
        length_days: 30,
        daily_budget: 12,
        forced: Some("IN_REVIEW"),
        paused: false,
        markets: &[("Recommended Markets", 100, &["US", "GB"])],
    },
    Demo {
        name: "Giveaway promo",
        kind: "link_clicks",
        started_days_ago: 5,
        length_days: 10,
        daily_budget: 10,
        forced: Some("DENIED"),
        paused: false,
        markets: &[("US", 100, &["US"])],
    },
    Demo {
        name: "Summer single — pre-save",
        kind: "record_streams",
        started_days_ago: -14,
        length_days: 30,
        daily_budget: 30,
        forced: None,
        paused: false,
        markets: &[
            ("LatAm", 50, &["MX", "CO", "AR"]),
            ("US Hispanic", 50, &["US"]),
        ],
    },
];

const CUERVOS: &[Demo] = &[
    Demo {
        name: "Corridos en vivo — streams",
        kind: "record_streams",
        started_days_ago: 70,
        length_days: 100,
        daily_budget: 400,
        forced: None,
        paused: false,
        markets: &[("México", 70, &["MX"]), ("Estados Unidos", 30, &["US"])],
    },
    Demo {
        name: "Boleto gira 2026",
        kind: "link_clicks",
        started_days_ago: 40,
        length_days: 25,
        daily_budget: 250,
        forced: None,
        paused: false,
        markets: &[("México", 100, &["MX"])],
    },
    Demo {
        name: "Video oficial — Sinaloa",
        kind: "boost_instagram",
        started_days_ago: 12,
        length_days: 30,
        daily_budget: 300,
        forced: Some("ERROR"),
        paused: false,
        markets: &[("México", 100, &["MX"])],
    },
];

fn share(percent: u32) -> Decimal {
    Decimal::new(i64::from(percent), 2)
}

const FORMATS: [&str; 3] = ["feed", "story", "reels"];

fn location(code: &str) -> Value {
    let name = crate::search::catalog()
        .country_name(code)
        .unwrap_or(code)
        .to_string();
    json!({ "value": code, "label": name, "type": "country", "region_id": null, "country_code": null })
}

fn metadata(
    d: &Demo,
    budget: Decimal,
    currency: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    i: usize,
) -> Value {
    let mut m = json!({
        "budget": { "value": crate::money::json(budget), "currency": currency },
        "start_date": start.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "end_date": end.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "call_to_action": "LISTEN_NOW",
        "public_video_links": [{
            "url": format!("https://cdn.sandbox.invalid/demo/video{i}.mp4"),
            "name": format!("demo-video-{i}"),
            "format_type": FORMATS[i % 3],
        }],
        "targeting_countries": d.markets.iter().map(|(n, f, codes)| json!({
            "name": n, "budget": crate::money::json(share(*f)), "locations": codes.iter().map(|c| location(c)).collect::<Vec<_>>()
        })).collect::<Vec<_>>(),
        "targeting_demographic": { "age": { "min": 18, "max": 34 }, "gender": "All",
            "languages": [{ "key": 6, "name": "English (US)" }] },
    });
    match d.kind {
        "record_streams" => m["spotify_id"] = json!("4uLU6hMCjMI75M1A2tKUQC"),
        "link_clicks" => {
            m["link_to_boost"] = json!("https://store.sandbox.example/merch");
            m["caption"] = json!("New merch is live");
        }
        "get_playlisted" => {
            m = json!({ "spotify_id": "4uLU6hMCjMI75M1A2tKUQC", "tier": "100000_followers", "pitch_notes": "Dreamy synth-pop" })
        }
        "increase_video_views" => m["video_id"] = json!("dQw4w9WgXcQ"),
        _ => {}
    }
    m
}

fn add(store: &mut Store, brand: &Brand, demos: &[Demo], now: DateTime<Utc>) {
    let midnight = now
        .date_naive()
        .and_hms_opt(5, 0, 0)
        .map(|d| d.and_utc())
        .unwrap_or(now);
    for (i, d) in demos.iter().enumerate() {
        let id = store.next_id();
        let start = midnight - Duration::days(d.started_days_ago);
        let end = start + Duration::days(d.length_days);
        let budget = if d.kind == "get_playlisted" {
            crate::validate::tier_price("100000_followers", &brand.currency).unwrap_or_default()
        } else {
            crate::money::round(
                Decimal::from(d.daily_budget) * Decimal::from(d.length_days),
                &brand.currency,
            )
        };
        // The newest demo campaign is still in review when the demo opens: it shows the lifecycle.
        let created_at = if d.kind == "increase_video_views" {
            now
        } else {
            (start - Duration::days(1)).min(now - Duration::days(2))
        };
        let markets = d
            .markets
            .iter()
            .enumerate()
            .map(|(mi, (n, f, codes))| Market {
                name: n.to_string(),
                fraction: share(*f),
                fb_id: format!("6676{:09}", id * 10 + mi as u64),
                locations: codes.iter().map(|c| location(c)).collect(),
                paused_locations: Vec::new(),
            })
            .collect();
        let meta = metadata(d, budget, &brand.currency, start, end, i);
        let outcome = match d.forced {
            Some("DENIED") => Outcome::Denied(
                "Ad rejected by Meta: the creative violates the advertising policies".into(),
            ),
            Some("ERROR") => Outcome::Error("The video could not be processed by Meta".into()),
            _ => lifecycle::outcome_for(&meta),
        };
        let c = Campaign {
            id,
            brand_id: brand.id,
            name: d.name.to_string(),
            campaign_type: d.kind.to_string(),
            provider: if matches!(d.kind, "get_playlisted" | "increase_video_views") {
                "symphony"
            } else {
                "facebook"
            }
            .into(),
            created_at,
            updated_at: created_at,
            budget,
            currency: brand.currency.clone(),
            start,
            end,
            metadata: meta,
            markets,
            paused_at: d.paused.then(|| now - Duration::days(4)),
            outcome,
            forced_status: d.forced.map(str::to_string),
        };
        store.campaigns.insert(id, c);
    }
}

pub fn demo(store: &mut Store, now: DateTime<Utc>) {
    let luna = Brand {
        id: 358,
        partner_id: 1,
        name: "Luna Vega".into(),
        slug: "luna-vega".into(),
        currency: "USD".into(),
        spotify_artist_id: Some("1dfeR4HaWDbWqFHLkxsg1d".into()),
        created_at: now - Duration::days(400),
        is_default: true,
    };
    let cuervos = Brand {
        id: 574,
        partner_id: 1,
        name: "Los Cuervos del Norte".into(),
        slug: "los-cuervos-del-norte".into(),
        currency: "MXN".into(),
        spotify_artist_id: None,
        created_at: now - Duration::days(200),
        is_default: false,
    };
    add(store, &luna, LUNA, now);
    add(store, &cuervos, CUERVOS, now);
    store.brands.insert(luna.id, luna);
    store.brands.insert(cuervos.id, cuervos);
}

/// Every partner key needs a default brand even without demo data.
pub fn default_brand(store: &mut Store, partner_id: u64, now: DateTime<Utc>) {
    if store.default_brand(partner_id).is_none() {
        let id = 100 + partner_id;
        store.brands.insert(
            id,
            Brand {
                id,
                partner_id,
                name: "Default brand".into(),
                slug: "default-brand".into(),
                currency: "USD".into(),
                spotify_artist_id: None,
                created_at: now,
                is_default: true,
            },
        );
    }
}
