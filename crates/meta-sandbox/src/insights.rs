//! Deterministic daily insights: for a seed, a campaign and a day, always the same row. Spend
//! follows the campaign's budget (60-100% of a day's share), never above it; impressions,
//! reach, clicks and actions derive from spend; `cpc`, `cpm` and `ctr` are computed from the
//! row. Every number is a numeric string, as Graph sends them; money is in major units.

use crate::rng::Rng;
use crate::store::CampaignRec;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// Meta's offset (1 or 100) as its "Currency codes" table gives it; the sandbox's own copy.
pub fn offset(currency: &str) -> i64 {
    match currency {
        "CLP" | "COP" | "CRC" | "HUF" | "ISK" | "IDR" | "JPY" | "KRW" | "PYG" | "TWD" | "VND" => 1,
        _ => 100,
    }
}

fn per_usd(currency: &str) -> Decimal {
    crescendo_money::reference::per_usd(currency).unwrap_or(Decimal::ONE)
}

/// A day's budget in subunits: the daily budget, or the lifetime budget over the run's days.
fn day_budget(c: &CampaignRec) -> i64 {
    if let Some(d) = c.daily_budget {
        return d;
    }
    let days = match (c.start_time, c.stop_time) {
        (Some(a), Some(b)) => (b - a).num_days().max(1),
        _ => 30,
    };
    c.lifetime_budget.unwrap_or(0) / days
}

fn text(d: Decimal) -> String {
    d.round_dp(6).normalize().to_string()
}

/// The row of one day, or None when the campaign did not deliver that day.
pub fn row(c: &CampaignRec, currency: &str, seed: u64, day: NaiveDate) -> Option<Value> {
    let start = c.start_time?.date_naive();
    let last = c.delivered_until?.date_naive();
    let last = c.stop_time.map_or(last, |s| last.min(s.date_naive()));
    if day < start || day > last {
        return None;
    }
    let mut rng = Rng::for_key(seed, c.id, day.num_days_from_ce() as u64);
    let minor = day_budget(c) * (600 + rng.permille() * 2 / 5) / 1000;
    if minor <= 0 {
        return None;
    }
    let off = offset(currency);
    let spend = Decimal::new(minor, if off == 100 { 2 } else { 0 });
    // CPM around 8 USD in the account's currency.
    let cpm_target =
        Decimal::from(8) * per_usd(currency) * Decimal::new(700 + rng.permille() * 3 / 5, 3);
    let impressions = (spend / cpm_target * Decimal::from(1000)).trunc();
    let impressions = i64::try_from(impressions).unwrap_or(0).max(1);
    let reach = impressions * (600 + rng.permille() * 3 / 10) / 1000;
    let clicks = impressions * (8 + rng.below(17) as i64) / 1000;
    let imp = Decimal::from(impressions);
    let mut r = json!({
        "spend": spend.to_string(),
        "impressions": impressions.to_string(),
        "reach": reach.to_string(),
        "clicks": clicks.to_string(),
        "cpm": text(spend / imp * Decimal::from(1000)),
        "ctr": text(Decimal::from(clicks) / imp * Decimal::from(100)),
        "actions": [
            {"action_type": "link_click", "value": clicks.to_string()},
            {"action_type": "post_engagement", "value": (clicks * 3 / 2).to_string()},
            {"action_type": "video_view", "value": (impressions / 4).to_string()},
        ],
        "date_start": day.to_string(),
        "date_stop": day.to_string(),
    });
    if clicks > 0 {
        r["cpc"] = json!(text(spend / Decimal::from(clicks)));
    }
    Some(r)
}

/// Rows for `since..=until`, oldest first.
pub fn rows(
    c: &CampaignRec,
    currency: &str,
    seed: u64,
    since: NaiveDate,
    until: NaiveDate,
) -> Vec<Value> {
    since
        .iter_days()
        .take_while(|d| *d <= until)
        .take(3700)
        .filter_map(|d| row(c, currency, seed, d))
        .collect()
}

/// What the campaign spent until `now`, in subunits (for `budget_remaining`).
pub fn spent(c: &CampaignRec, currency: &str, seed: u64, now: DateTime<Utc>) -> i64 {
    let Some(start) = c.start_time else { return 0 };
    rows(c, currency, seed, start.date_naive(), now.date_naive())
        .iter()
        .filter_map(|r| r["spend"].as_str().and_then(|s| s.parse::<Decimal>().ok()))
        .map(|d| i64::try_from((d * Decimal::from(offset(currency))).trunc()).unwrap_or(0))
        .sum()
}
