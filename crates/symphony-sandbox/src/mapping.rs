//! `platform_details.campaignsMapping`: one entry per market (a Facebook campaign), with the
//! keys of the guide's example and nothing else.

use crate::money;
use crate::store::Campaign;
use serde_json::{json, Value};

fn key(l: &Value) -> Option<&Value> {
    l.get("value").or_else(|| l.get("key"))
}

/// A market's lifetime budget as Meta counts it: integer subunits of the currency (the guide's
/// 550 MXN campaign shows `"lifetime_budget": 55000`), from the exact share of the budget.
fn meta_lifetime_budget(c: &Campaign, fraction: money::Decimal) -> Option<i64> {
    let currency = crescendo_money::Currency::parse(&c.currency).ok()?;
    let share = money::round(c.budget * fraction, &c.currency);
    crescendo_money::provider::meta_minor_units(share, &currency)
}

pub fn mapping(c: &Campaign) -> Vec<Value> {
    c.markets
        .iter()
        .map(|m| {
            // Paused locations stop delivering: they leave the market's targeting lists.
            let live = |l: &&Value| {
                let k = key(l).and_then(Value::as_str).unwrap_or("");
                !m.paused_locations.iter().any(|p| p == k)
            };
            let of = |kind: &str| -> Vec<Value> {
                m.locations
                    .iter()
                    .filter(live)
                    .filter(|l| l.get("type").and_then(Value::as_str) == Some(kind))
                    .filter_map(|l| key(l).cloned())
                    .collect()
            };
            let included = of("country");
            let excluded: Vec<Value> = crate::search::catalog()
                .countries
                .iter()
                .filter(|(code, _)| !included.iter().any(|i| i.as_str() == Some(code)))
                .map(|(code, _)| json!(code))
                .collect();
            json!({
                "name": m.name,
                "cities": of("city"),
                "regions": of("region"),
                "fraction": money::json(m.fraction),
                "countries": included,
                "fbCampaign": {
                    "id": m.fb_id,
                    "error": null,
                    "adsets": [],
                    "fields": {
                        "name": format!("[S - Sandbox] {} / {}", c.name, m.name),
                        "status": if c.paused_at.is_some() { "PAUSED" } else { "ACTIVE" },
                        "objective": if c.campaign_type == "link_clicks" { "OUTCOME_TRAFFIC" } else { "OUTCOME_ENGAGEMENT" },
                        "pacing_type": ["standard"],
                        "bid_strategy": "LOWEST_COST_WITHOUT_CAP",
                        "lifetime_budget": meta_lifetime_budget(c, m.fraction),
                        "special_ad_categories": "NONE"
                    }
                },
                "excluded_countries": excluded,
                "included_countries": included,
            })
        })
        .collect()
}
