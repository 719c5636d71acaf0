//! The portfolio: many campaigns (one artist's, or every artist's) over one date range.
//!
//! Money is grouped by currency, never summed across currencies: no exchange rates are
//! available, so each currency is its own group. A day is each row's own account day (accounts
//! in different zones keep their own days). Reach is the sum of campaign reach, which counts a
//! person reached by two campaigns twice: [`Totals::reach_overlaps`] says when that can happen.

use super::countries::{countries, CountryRow};
use super::kpis::ratio;
use super::rows::{Rows, Sums};
use super::{percent, Cur, DateRange};
use crate::domain::{Campaign, CountryStat, DailyStat, DailyStats, Objective};
use crate::money::Money;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use ts_rs::TS;

/// A campaign needs this many clicks in the range to be ranked by CPC (a CPC of 3 clicks says
/// little).
pub const MIN_CLICKS_FOR_CPC_RANK: u64 = 100;
/// A campaign needs this many impressions in the range to be ranked by CTR.
pub const MIN_IMPRESSIONS_FOR_CTR_RANK: u64 = 1000;

/// One campaign of the portfolio: its stats, its brand's name, its country breakdown.
#[derive(Debug, Clone, Copy)]
pub struct PortfolioEntry<'a> {
    pub campaign: &'a Campaign,
    pub stats: &'a DailyStats,
    pub brand: &'a str,
    /// Lifetime totals per country (may be empty).
    pub countries: &'a [CountryStat],
}

/// Totals of some campaigns in one currency over the range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub currency: String,
    #[ts(type = "number")]
    pub campaigns: u64,
    /// Campaign-days with a stats row.
    #[ts(type = "number")]
    pub days_with_data: u64,
    pub spend: Money,
    #[ts(type = "number")]
    pub impressions: u64,
    #[ts(type = "number")]
    pub clicks: u64,
    #[ts(type = "number")]
    pub conversions: u64,
    /// Each campaign's reach to date at its latest day in the range, summed: "sum of campaign
    /// reach", not unique people.
    #[ts(type = "number")]
    pub sum_of_campaign_reach: u64,
    /// True when more than one campaign reached people: one person may be counted twice.
    pub reach_overlaps: bool,
    /// False when no campaign of the group has a reach figure (its provider counts none, or
    /// no day had data): "sum of campaign reach" would be a false 0.
    pub reach_reported: bool,
    pub cpc: Option<Money>,
    pub cpm: Option<Money>,
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub ctr_pct: Option<Decimal>,
    pub cost_per_conversion: Option<Money>,
}

/// One day of a currency's series: None when no campaign of the group has a row that day.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioDay {
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub spend: Option<Money>,
    #[ts(type = "number | null")]
    pub impressions: Option<u64>,
    #[ts(type = "number | null")]
    pub clicks: Option<u64>,
    #[ts(type = "number | null")]
    pub conversions: Option<u64>,
    /// Campaigns with a row this day.
    #[ts(type = "number")]
    pub campaigns: u64,
}

/// A campaign's figures over the range, for the rankings and the portfolio table.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignScore {
    pub campaign_id: String,
    pub campaign_name: String,
    pub brand: String,
    pub objective: Objective,
    pub currency: String,
    pub spend: Money,
    #[ts(type = "number")]
    pub impressions: u64,
    #[ts(type = "number")]
    pub clicks: u64,
    #[ts(type = "number | null")]
    pub reach_to_date: Option<u64>,
    pub cpc: Option<Money>,
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub ctr_pct: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CurrencyGroup {
    pub totals: Totals,
    /// Every day of the range.
    pub daily: Vec<PortfolioDay>,
    /// Lowest and highest CPC among campaigns of this currency with at least
    /// [`MIN_CLICKS_FOR_CPC_RANK`] clicks (CPCs in different currencies do not compare).
    pub best_cpc: Option<CampaignScore>,
    pub worst_cpc: Option<CampaignScore>,
}

/// A campaign type (objective) with its totals, one per currency.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TypeGroup {
    pub objective: Objective,
    pub by_currency: Vec<Totals>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Portfolio {
    pub range: DateRange,
    #[ts(type = "number")]
    pub campaigns: u64,
    /// Grouped by currency (sorted by code): no conversion between them.
    pub by_currency: Vec<CurrencyGroup>,
    /// Sorted by objective code.
    pub by_type: Vec<TypeGroup>,
    /// Sorted by spend (highest first) within each currency, currencies by code.
    pub by_country: Vec<CountryRow>,
    /// Every campaign, in the order given.
    pub scores: Vec<CampaignScore>,
    /// Highest and lowest CTR among campaigns with at least [`MIN_IMPRESSIONS_FOR_CTR_RANK`]
    /// impressions (CTR has no currency: ranked across all).
    pub best_ctr: Option<CampaignScore>,
    pub worst_ctr: Option<CampaignScore>,
    #[ts(type = "number")]
    pub min_clicks_for_cpc_rank: u64,
    #[ts(type = "number")]
    pub min_impressions_for_ctr_rank: u64,
    #[ts(type = "number")]
    pub rows_left_out: u64,
}

/// Totals being added up.
#[derive(Default)]
struct Acc {
    sums: Sums,
    reach: u64,
    reached: u64,
    /// Campaigns with a reach figure (0 included).
    counted: u64,
    campaigns: u64,
}

impl Acc {
    fn add(&mut self, s: &Sums) {
        self.campaigns += 1;
        self.sums.total.merge(&s.total);
        self.sums.impressions = self.sums.impressions.saturating_add(s.impressions);
        self.sums.clicks = self.sums.clicks.saturating_add(s.clicks);
        self.sums.conversions = self.sums.conversions.saturating_add(s.conversions);
        self.sums.days += s.days;
        self.counted += u64::from(s.reach_to_date.is_some());
        if let Some(r) = s.reach_to_date.filter(|r| *r > 0) {
            self.reach = self.reach.saturating_add(r);
            self.reached += 1;
        }
    }

    fn totals(&self, cur: &Cur) -> Totals {
        let s = &self.sums;
        Totals {
            currency: cur.code.clone(),
            campaigns: self.campaigns,
            days_with_data: s.days,
            spend: cur.money(s.spend()),
            impressions: s.impressions,
            clicks: s.clicks,
            conversions: s.conversions,
            sum_of_campaign_reach: self.reach,
            reach_overlaps: self.reached > 1,
            reach_reported: self.counted > 0,
            cpc: ratio(s.spend(), s.clicks, 1).map(|x| cur.money(x)),
            cpm: ratio(s.spend(), s.impressions, 1000).map(|x| cur.money(x)),
            ctr_pct: percent(Decimal::from(s.clicks), Decimal::from(s.impressions)),
            cost_per_conversion: ratio(s.spend(), s.conversions, 1).map(|x| cur.money(x)),
        }
    }
}

/// A currency group being added up: totals and one bucket per day of the range.
struct Group {
    acc: Acc,
    days: Vec<(Sums, u64)>,
    scores: Vec<usize>,
}

/// Aggregates `entries` over `range`.
pub fn portfolio(entries: &[PortfolioEntry], range: DateRange) -> Portfolio {
    let n_days = usize::try_from(range.days()).unwrap_or(0);
    let first_day = range.first.num_days_from_ce();
    let mut groups: BTreeMap<Cur, Group> = BTreeMap::new();
    let mut types: BTreeMap<String, (Objective, BTreeMap<Cur, Acc>)> = BTreeMap::new();
    let mut scores = Vec::with_capacity(entries.len());
    let mut left_out = 0;
    for e in entries {
        let cur = Cur::of(&e.campaign.budget);
        let g = groups.entry(cur.clone()).or_insert_with(|| Group {
            acc: Acc::default(),
            days: vec![(Sums::default(), 0); n_days],
            scores: Vec::new(),
        });
        let mut sums = if Rows::clean(e.stats, &cur) {
            // As sent: read in place, no copy.
            left_out += e.stats.skipped;
            let all = &e.stats.days;
            let lo = all.partition_point(|d| d.date < range.first);
            let hi = all.partition_point(|d| d.date <= range.last).max(lo);
            fold(all[lo..hi].iter(), first_day, &mut g.days)
        } else {
            let rows = Rows::new(e.stats, &cur);
            left_out += rows.left_out;
            fold(rows.within(range).iter().copied(), first_day, &mut g.days)
        };
        if !e.campaign.provider.reports_reach() {
            // No reach counted is not "nobody reached": it stays out of the reach sums.
            sums.reach_to_date = None;
        }
        g.acc.add(&sums);
        g.scores.push(scores.len());
        let o = &e.campaign.objective;
        types
            .entry(o.code.clone())
            .or_insert_with(|| (o.clone(), BTreeMap::new()))
            .1
            .entry(cur.clone())
            .or_default()
            .add(&sums);
        scores.push((score(e, &cur, &sums), sums));
    }

    let by_currency = groups
        .iter()
        .map(|(cur, g)| {
            let daily = range
                .iter()
                .zip(&g.days)
                .map(|(date, (s, count))| PortfolioDay {
                    date,
                    spend: (*count > 0).then(|| cur.money(s.spend())),
                    impressions: (*count > 0).then_some(s.impressions),
                    clicks: (*count > 0).then_some(s.clicks),
                    conversions: (*count > 0).then_some(s.conversions),
                    campaigns: *count,
                })
                .collect();
            let qualified: Vec<usize> = g
                .scores
                .iter()
                .copied()
                .filter(|i| scores[*i].1.clicks >= MIN_CLICKS_FOR_CPC_RANK)
                .collect();
            let by_cpc = |a: &usize, b: &usize| by_cost(&scores[*a], &scores[*b]);
            CurrencyGroup {
                totals: g.acc.totals(cur),
                daily,
                best_cpc: qualified
                    .iter()
                    .min_by(|a, b| by_cpc(a, b))
                    .map(|i| scores[*i].0.clone()),
                worst_cpc: qualified
                    .iter()
                    .max_by(|a, b| by_cpc(a, b))
                    .map(|i| scores[*i].0.clone()),
            }
        })
        .collect();

    let ctr_ranked: Vec<&(CampaignScore, Sums)> = scores
        .iter()
        .filter(|(_, s)| s.impressions >= MIN_IMPRESSIONS_FOR_CTR_RANK)
        .collect();
    let best_ctr = ctr_ranked
        .iter()
        .max_by(|a, b| by_ctr(a, b))
        .map(|s| s.0.clone());
    let worst_ctr = ctr_ranked
        .iter()
        .min_by(|a, b| by_ctr(a, b))
        .map(|s| s.0.clone());

    Portfolio {
        range,
        campaigns: entries.len() as u64,
        by_currency,
        by_type: types
            .into_values()
            .map(|(objective, accs)| TypeGroup {
                objective,
                by_currency: accs.iter().map(|(c, a)| a.totals(c)).collect(),
            })
            .collect(),
        by_country: countries(entries.iter().map(|e| e.countries)),
        scores: scores.into_iter().map(|(s, _)| s).collect(),
        best_ctr,
        worst_ctr,
        min_clicks_for_cpc_rank: MIN_CLICKS_FOR_CPC_RANK,
        min_impressions_for_ctr_rank: MIN_IMPRESSIONS_FOR_CTR_RANK,
        rows_left_out: left_out,
    }
}

/// A campaign's rows inside the range (oldest first) into its sums and the group's day buckets,
/// in one pass; a day's index by day numbers (cheaper than date arithmetic).
fn fold<'a>(
    rows: impl Iterator<Item = &'a DailyStat>,
    first_day: i32,
    days: &mut [(Sums, u64)],
) -> Sums {
    let mut sums = Sums::default();
    for d in rows {
        sums.add(d);
        let i = d.date.num_days_from_ce() - first_day;
        if let Some((day, count)) = usize::try_from(i).ok().and_then(|i| days.get_mut(i)) {
            day.add(d);
            *count += 1;
        }
    }
    sums
}

fn score(e: &PortfolioEntry, cur: &Cur, s: &Sums) -> CampaignScore {
    CampaignScore {
        campaign_id: e.campaign.id.clone(),
        campaign_name: e.campaign.name.clone(),
        brand: e.brand.to_string(),
        objective: e.campaign.objective.clone(),
        currency: cur.code.clone(),
        spend: cur.money(s.spend()),
        impressions: s.impressions,
        clicks: s.clicks,
        reach_to_date: s.reach_to_date,
        cpc: ratio(s.spend(), s.clicks, 1).map(|x| cur.money(x)),
        ctr_pct: percent(Decimal::from(s.clicks), Decimal::from(s.impressions)),
    }
}

/// CPC order, exact (cross-multiplied, no rounding); ties by campaign id. Both have clicks.
fn by_cost(a: &(CampaignScore, Sums), b: &(CampaignScore, Sums)) -> Ordering {
    let l = a.1.spend() * Decimal::from(b.1.clicks);
    let r = b.1.spend() * Decimal::from(a.1.clicks);
    l.cmp(&r)
        .then_with(|| a.0.campaign_id.cmp(&b.0.campaign_id))
}

/// CTR order, exact in integers; ties by campaign id (reversed, so the lower id wins "best").
fn by_ctr(a: &&(CampaignScore, Sums), b: &&(CampaignScore, Sums)) -> Ordering {
    let l = u128::from(a.1.clicks) * u128::from(b.1.impressions);
    let r = u128::from(b.1.clicks) * u128::from(a.1.impressions);
    l.cmp(&r)
        .then_with(|| b.0.campaign_id.cmp(&a.0.campaign_id))
}
