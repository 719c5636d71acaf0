//! Generated analytics that look like a real Meta campaign and are the same for a seed:
//! daily spend shaped by budget, ramp-up, weekday rhythm and noise, never above budget;
//! impressions, reach, clicks and conversions derived from it; a country breakdown over the
//! targeted markets and a creative split per format. Money is exact (`Decimal`, rounded to the
//! currency's minor unit); only the random factors and the counts derived from them are floats.

use crate::lifecycle;
use crate::money::{self, factor, Decimal};
use crate::rng::Rng;
use crate::store::Campaign;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use rust_decimal::prelude::ToPrimitive;
use serde_json::{json, Value};

#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    pub spend: Decimal,
    pub impressions: u64,
    pub reach: u64,
    pub clicks: u64,
    pub inline_clicks: u64,
    pub conversions: u64,
    /// Running unique reach to this day: grows slower than the sum of daily reach.
    pub total_reach: u64,
}

fn weekday_factor(d: Weekday) -> f64 {
    match d {
        Weekday::Mon => 0.92,
        Weekday::Tue => 0.95,
        Weekday::Wed => 0.98,
        Weekday::Thu => 1.02,
        Weekday::Fri => 1.08,
        Weekday::Sat => 1.10,
        Weekday::Sun => 1.00,
    }
}

/// The end of the period with delivery: now, the end date or the pause, whichever is first.
fn delivery_end(c: &Campaign, now: DateTime<Utc>) -> DateTime<Utc> {
    let mut end = now.min(c.end);
    if let Some(p) = c.paused_at {
        end = end.min(p);
    }
    end
}

pub fn days(c: &Campaign, seed: u64, now: DateTime<Utc>, review: std::time::Duration) -> Vec<Day> {
    if !lifecycle::is_completed(c, now, review) {
        return Vec::new();
    }
    // Delivery begins at the start date, or when review completes if that is later.
    let start = c.start.max(lifecycle::completed_at(c, review));
    let end = delivery_end(c, now);
    if end <= start {
        return Vec::new();
    }
    let total_days = Decimal::from(crate::validate::days(c.start, c.end));
    let daily = c.budget / total_days;
    let per_usd = money::currency(&c.currency)
        .map(|x| x.per_usd)
        .unwrap_or(Decimal::ONE);
    let mut out = Vec::new();
    let (mut spent, mut total_reach) = (Decimal::ZERO, 0.0);
    let mut day_start = start;
    let mut i: u64 = 0;
    while day_start < end && spent < c.budget {
        let next = (day_start.date_naive() + Duration::days(1))
            .and_hms_opt(0, 0, 0)
            .map(|d| d.and_utc());
        let next = next.unwrap_or(end);
        let span_end = next.min(end);
        let fraction = Decimal::from((span_end - day_start).num_seconds()) / Decimal::from(86_400);
        let mut r = Rng::derive(seed, &[c.id, i]);
        let ramp = (0.55 + 0.15 * i as f64).min(1.0);
        let shape = factor(ramp * weekday_factor(day_start.weekday()) * r.range(0.88, 1.1));
        let raw = daily * shape * fraction;
        let spend = money::round(raw.min(c.budget - spent).max(Decimal::ZERO), &c.currency);
        spent += spend;
        let cpm = factor(r.range(4.5, 8.5)) * per_usd;
        let impressions = (spend * Decimal::ONE_THOUSAND / cpm)
            .round()
            .to_u64()
            .unwrap_or(0);
        let reach = (impressions as f64 / r.range(1.25, 1.6)).round() as u64;
        let clicks = (impressions as f64 * r.range(0.009, 0.017)).round() as u64;
        let inline_clicks = (clicks as f64 * r.range(0.82, 0.9)).round() as u64;
        let conversions = (inline_clicks as f64 * r.range(0.3, 0.45)).round() as u64;
        // Later days reach more people already reached.
        total_reach += reach as f64 / (1.0 + 0.08 * i as f64);
        out.push(Day {
            date: day_start.date_naive(),
            spend,
            impressions,
            reach,
            clicks,
            inline_clicks,
            conversions,
            total_reach: total_reach.round() as u64,
        });
        day_start = next;
        i += 1;
    }
    out
}

fn ratio(num: Decimal, den: u64, code: &str) -> Decimal {
    if den == 0 {
        Decimal::ZERO
    } else {
        money::round(num / Decimal::from(den), code)
    }
}

/// Countries targeted by the campaign's markets, with each one's share of delivery.
fn country_shares(c: &Campaign, seed: u64) -> Vec<(String, Decimal)> {
    let mut shares: Vec<(String, Decimal)> = Vec::new();
    for (mi, m) in c.markets.iter().enumerate() {
        let mut codes: Vec<String> = Vec::new();
        for l in &m.locations {
            let kind = l.get("type").and_then(Value::as_str).unwrap_or("country");
            let code = if kind == "country" {
                l.get("value")
                    .or_else(|| l.get("key"))
                    .and_then(Value::as_str)
            } else {
                l.get("country_code").and_then(Value::as_str)
            };
            if let Some(code) = code {
                if !codes.iter().any(|x| x == code) {
                    codes.push(code.to_string());
                }
            }
        }
        let mut r = Rng::derive(seed, &[c.id, 9_000 + mi as u64]);
        let weights: Vec<f64> = codes.iter().map(|_| r.range(0.4, 1.6)).collect();
        let sum: f64 = weights.iter().sum();
        for (code, w) in codes.into_iter().zip(weights) {
            let share = m.fraction * factor(w / sum);
            match shares.iter_mut().find(|(c, _)| *c == code) {
                Some(s) => s.1 += share,
                None => shares.push((code, share)),
            }
        }
    }
    if shares.is_empty() {
        shares.push(("US".into(), Decimal::ONE));
    }
    shares.sort_by_key(|s| std::cmp::Reverse(s.1));
    shares
}

/// Creative formats the campaign uses.
fn formats(c: &Campaign) -> Vec<String> {
    let mut f: Vec<String> = c
        .metadata
        .get("public_video_links")
        .and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(|v| v.get("format_type").and_then(Value::as_str))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    for d in ["feed", "story", "reels"] {
        if !f.iter().any(|x| x == d) {
            f.push(d.to_string());
        }
    }
    f
}

pub fn creative_performance(c: &Campaign, days: &[Day], seed: u64) -> Vec<Value> {
    let clicks: u64 = days.iter().map(|d| d.clicks).sum();
    let fmts = formats(c);
    let mut r = Rng::derive(seed, &[c.id, 7_777]);
    let weights: Vec<f64> = fmts
        .iter()
        .enumerate()
        .map(|(i, _)| r.range(0.5, 1.5) / (1.0 + i as f64 * 0.4))
        .collect();
    let sum: f64 = weights.iter().sum();
    let mut given = 0u64;
    fmts.iter()
        .zip(&weights)
        .enumerate()
        .map(|(i, (f, w))| {
            let n = if i + 1 == fmts.len() {
                clicks - given
            } else {
                (clicks as f64 * w / sum).floor() as u64
            };
            given += n;
            let pct = if clicks == 0 {
                Decimal::ZERO
            } else {
                (Decimal::from(n) * Decimal::ONE_HUNDRED / Decimal::from(clicks)).round_dp(2)
            };
            json!({ "type": f, "clicks": n, "percentage": money::json(pct) })
        })
        .collect()
}

/// The `data` of GET /v1/analytic/campaign/{id}.
pub fn campaign_analytics(
    c: &Campaign,
    seed: u64,
    now: DateTime<Utc>,
    review: std::time::Duration,
) -> Value {
    let days = days(c, seed, now, review);
    let cur = c.currency.as_str();
    let (mut spend, mut imp, mut clicks, mut inline, mut conv) =
        (Decimal::ZERO, 0u64, 0u64, 0u64, 0u64);
    let mut daily = Vec::new();
    for d in &days {
        spend += d.spend;
        imp += d.impressions;
        clicks += d.clicks;
        inline += d.inline_clicks;
        conv += d.conversions;
        daily.push(json!({
            "date": d.date.to_string(),
            "totalSpend": money::json(money::round(spend, cur)),
            "totalReach": d.total_reach,
            "totalImpressions": imp,
            "totalClicks": clicks,
            "clicks": d.clicks.to_string(),
            "inlineClicks": d.inline_clicks,
            "cpic": money::json(ratio(d.spend, d.inline_clicks, cur)),
            "cpc": money::json(ratio(d.spend, d.clicks, cur)),
            "spend": money::json(d.spend),
            "costPerConversion": money::json(ratio(d.spend, d.conversions, cur)),
            "conversions": d.conversions,
        }));
    }
    let spend = money::round(spend, cur);
    let reach = days.last().map(|d| d.total_reach).unwrap_or(0);
    let status = lifecycle::status(c, now, review);
    let fb_status = if status == "ACTIVE" {
        "ACTIVE"
    } else {
        "PAUSED"
    };
    let countries: Vec<Value> = country_shares(c, seed)
        .into_iter()
        .map(|(code, share)| {
            let s = money::round(spend * share, cur);
            let share_f = share.to_f64().unwrap_or(0.0);
            let cl = (clicks as f64 * share_f).round() as u64;
            json!({
                "country": code,
                "countryName": crate::search::catalog().country_name(&code).unwrap_or(&code),
                "cpc": money::json(ratio(s, cl, cur)),
                "reach": (reach as f64 * share_f).round() as u64,
                "impressions": (imp as f64 * share_f).round() as u64,
                "clicks": cl,
                "spend": money::json(s),
            })
        })
        .collect();
    let first = days.first().map(|d| d.date.to_string());
    let last = days.last().map(|d| d.date.to_string());
    json!({
        "facebook_ad_media": {
            "media_url": c.metadata.pointer("/public_video_links/0/url").cloned().unwrap_or(json!(null)),
            "owner": { "profile_pic": null, "username": "sandbox_artist", "id": format!("ig{}", c.brand_id) }
        },
        "analytic_data": {
            "adAccountStatus": { "good": true, "error": null },
            "campaignStatuses": c.markets.iter().map(|m| json!({
                "effective_status": fb_status, "id": m.fb_id, "name": m.name
            })).collect::<Vec<_>>(),
            "adStatuses": c.markets.iter().enumerate().map(|(i, m)| json!({
                "effective_status": fb_status, "id": format!("{}{}", m.fb_id, 100 + i), "name": format!("{} / ad", m.name)
            })).collect::<Vec<_>>(),
            "campaignPerformanceStats": {
                "cost_per_inline_link_click": ratio(spend, inline, cur).to_string(),
                "actions": [
                    { "action_type": "link_click", "value": inline.to_string() },
                    { "action_type": "offsite_conversion", "value": conv.to_string() }
                ],
                "cpc": ratio(spend, clicks, cur).to_string(),
                "cpm": if imp == 0 { "0".to_string() } else { money::round(spend / Decimal::from(imp) * Decimal::ONE_THOUSAND, cur).to_string() },
                "reach": reach.to_string(),
                "impressions": imp.to_string(),
                "spend": spend.to_string(),
                "inline_link_clicks": inline.to_string(),
                "clicks": clicks.to_string(),
                "cost_per_action_type": [
                    { "action_type": "link_click", "value": ratio(spend, inline, cur).to_string() },
                    { "action_type": "offsite_conversion", "value": ratio(spend, conv, cur).to_string() }
                ],
                "date_start": first,
                "date_stop": last,
            },
            "impactStats": [
                { "name": "streams", "data": (conv as f64 * 2.4).round().to_string(), "friendlyName": "Estimated streams" },
                { "name": "followers", "data": (conv as f64 * 0.12).round().to_string(), "friendlyName": "New followers" },
            ],
            "dailyStats": daily,
            "geographicBreakdown": { "countries": countries },
        },
        "creative_performance": creative_performance(c, &days, seed),
    })
}

// Generated money is exact, checked by the compiler (see crescendo_money::exact).
crescendo_money::assert_exact!(Day { spend });

#[cfg(test)]
#[path = "analytics_tests.rs"]
mod tests;
