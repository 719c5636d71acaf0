//! Statistics, generated per ad and per day from the seed alone (the same seed, ad and day
//! always give the same numbers), then summed: an ad set is its ads, a campaign its ad sets, a
//! media plan its campaigns; a month is its days and a period its months. Rates are computed
//! from the sums, never averaged.

use crate::rng::Rng;
use crate::store::{money, Store};
use chrono::{DateTime, Datelike};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::collections::BTreeMap;

pub const DAY: i64 = 86_400;

/// The names of `main_metrics`, in the reference's order.
pub const MAIN_METRICS: &[&str] = &[
    "like",
    "rsvp",
    "post_like",
    "comment",
    "post",
    "photo_view",
    "video_view",
    "estimated_ad_recallers",
    "mobile_app_install",
    "deeplink_clicks",
    "app_custom_event.fb_mobile_purchase",
    "app_install",
    "credit_spent",
    "call_to_action_clicks",
    "website_clicks",
    "receive_offer",
    "leadgen.other",
    "link_click",
    "store_visits",
];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub impressions: u64,
    pub clicks: u64,
    pub link_clicks: u64,
    /// Counted as `call_to_action_clicks`; the sandbox's "acquisition" for cpa and convRate.
    pub conversions: u64,
    pub video_views: u64,
    pub post_likes: u64,
    pub spent_cents: u64,
}

impl Totals {
    pub fn add(&mut self, o: &Totals) {
        self.impressions += o.impressions;
        self.clicks += o.clicks;
        self.link_clicks += o.link_clicks;
        self.conversions += o.conversions;
        self.video_views += o.video_views;
        self.post_likes += o.post_likes;
        self.spent_cents += o.spent_cents;
    }

    fn number(&self, metric: &str) -> u64 {
        match metric {
            "link_click" | "website_clicks" => self.link_clicks,
            "call_to_action_clicks" => self.conversions,
            "video_view" => self.video_views,
            "post_like" => self.post_likes,
            _ => 0,
        }
    }

    /// A row with the reference's fields; `date` and `id` are the sandbox's additions.
    pub fn row(&self, date: Option<&str>, id: u64) -> Value {
        let spent = Decimal::new(self.spent_cents as i64, 2);
        let d = |n: u64| Decimal::from(n);
        let mains: Vec<Value> = MAIN_METRICS
            .iter()
            .map(|name| {
                let n = self.number(name);
                json!({"name": name, "amount": money(ratio(spent, d(n), 1)), "number": n, "object_id": ""})
            })
            .collect();
        let mut row = json!({
            "id": id.to_string(),
            "ctr": money(ratio(d(self.clicks), d(self.impressions), 100)),
            "ctrLinks": money(ratio(d(self.link_clicks), d(self.impressions), 100)),
            "convRate": money(ratio(d(self.conversions), d(self.clicks), 100)),
            "convRateLinks": money(ratio(d(self.conversions), d(self.link_clicks), 100)),
            "cpc": money(ratio(spent, d(self.clicks), 1)),
            "cpm": money(ratio(spent, d(self.impressions), 1000)),
            "cpa": money(ratio(spent, d(self.conversions), 1)),
            "income": 0, "roi": 0,
            "main_metrics": mains, "other_metrics": [],
            "impression": self.impressions, "click": self.clicks, "spent": money(spent)
        });
        if let Some(date) = date {
            row["date"] = json!(date);
        }
        row
    }
}

/// `num * scale / den`, to 2 decimals; 0 when there is nothing to divide by.
pub fn ratio(num: Decimal, den: Decimal, scale: i64) -> Decimal {
    if den.is_zero() {
        Decimal::ZERO
    } else {
        (num * Decimal::from(scale) / den).round_dp(2)
    }
}

/// One ad's day: a pure function of (seed, ad, day).
pub fn ad_day(seed: u64, ad: u64, day: i64) -> Totals {
    let mut r = Rng::derive(seed, &[ad, day as u64]);
    let impressions = r.between(200, 4000);
    let clicks = impressions * r.between(5, 30) / 1000;
    let link_clicks = clicks * 7 / 10;
    Totals {
        impressions,
        clicks,
        link_clicks,
        conversions: clicks * r.between(2, 15) / 100,
        video_views: impressions / 10,
        post_likes: clicks / 20,
        spent_cents: clicks * r.between(20, 150),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregate {
    Day,
    Month,
    Period,
}

/// An object whose rows are wanted, with the ads it sums, each with the days it ran (ads of
/// one subject may belong to campaigns that ran on different days).
pub struct Subject {
    pub id: u64,
    pub ads: Vec<(u64, i64, i64)>,
    pub first_day: i64,
}

/// The subjects at `level` (`client`, `campaign`, `adset`, `ad`) below a target, given as the
/// campaigns it covers and, for an ad set or ad target, the one object.
pub fn subjects(
    st: &Store,
    plan: u64,
    campaigns: &[u64],
    level: &str,
    only: Option<u64>,
    today: i64,
) -> Vec<Subject> {
    let window = |c: u64| {
        st.campaigns.get(&c).map_or((0, -1), |c| {
            let last = c.end.map_or(today, |e| (e / DAY).min(today));
            (c.start / DAY, last)
        })
    };
    let merge = |id: u64, ads: Vec<&crate::store::Ad>| {
        let ads: Vec<(u64, i64, i64)> = ads
            .iter()
            .map(|a| {
                let (f, l) = window(a.campaign);
                (a.id, f, l)
            })
            .collect();
        let first_day = ads.iter().map(|x| x.1).min().unwrap_or(today);
        Subject { id, ads, first_day }
    };
    let in_scope = |a: &&crate::store::Ad| {
        campaigns.contains(&a.campaign) && only.is_none_or(|o| a.ad_set == o || a.id == o)
    };
    let ads: Vec<&crate::store::Ad> = st.ads.values().filter(in_scope).collect();
    match level {
        "ad" => ads.into_iter().map(|a| merge(a.id, vec![a])).collect(),
        "adset" => {
            let mut by: BTreeMap<u64, Vec<&crate::store::Ad>> = BTreeMap::new();
            ads.into_iter()
                .for_each(|a| by.entry(a.ad_set).or_default().push(a));
            by.into_iter().map(|(id, a)| merge(id, a)).collect()
        }
        "campaign" => {
            let mut by: BTreeMap<u64, Vec<&crate::store::Ad>> = BTreeMap::new();
            ads.into_iter()
                .for_each(|a| by.entry(a.campaign).or_default().push(a));
            by.into_iter().map(|(id, a)| merge(id, a)).collect()
        }
        _ => vec![merge(plan, ads)],
    }
}

fn bucket(day: i64, agg: Aggregate) -> Option<String> {
    let d = DateTime::from_timestamp(day * DAY, 0)?.date_naive();
    match agg {
        Aggregate::Day => Some(d.format("%Y-%m-%d").to_string()),
        Aggregate::Month => Some(format!("{:04}-{:02}", d.year(), d.month())),
        Aggregate::Period => None,
    }
}

/// Rows for days `[from, to]`, ordered by date then id: every day (or month) of the range has
/// a row per subject, zeros where nothing ran.
pub fn rows(seed: u64, subjects: &[Subject], agg: Aggregate, from: i64, to: i64) -> Vec<Value> {
    let mut out: BTreeMap<(Option<String>, u64), Totals> = BTreeMap::new();
    for s in subjects {
        for day in from..=to {
            let t = out.entry((bucket(day, agg), s.id)).or_default();
            for (ad, first, last) in &s.ads {
                if (*first..=*last).contains(&day) {
                    t.add(&ad_day(seed, *ad, day));
                }
            }
        }
        if from > to && agg == Aggregate::Period {
            out.entry((None, s.id)).or_default();
        }
    }
    out.into_iter()
        .map(|((date, id), t)| t.row(date.as_deref(), id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_day_and_another_seed_another() {
        assert_eq!(ad_day(7, 3, 20_000), ad_day(7, 3, 20_000));
        assert_ne!(ad_day(7, 3, 20_000), ad_day(8, 3, 20_000));
    }

    #[test]
    fn rates_come_from_the_sums() {
        let t = Totals {
            impressions: 1000,
            clicks: 25,
            link_clicks: 20,
            conversions: 5,
            spent_cents: 1250,
            ..Totals::default()
        };
        let r = t.row(None, 1);
        assert_eq!(r["ctr"].to_string(), "2.5");
        assert_eq!(r["cpc"].to_string(), "0.5");
        assert_eq!(r["cpm"].to_string(), "12.5");
        assert_eq!(r["cpa"].to_string(), "2.5");
        assert_eq!(r["convRateLinks"].to_string(), "25");
        assert_eq!(ratio(Decimal::ONE, Decimal::ZERO, 100), Decimal::ZERO);
    }
}
