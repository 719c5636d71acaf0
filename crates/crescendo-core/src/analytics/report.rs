//! One campaign's report: KPI tiles, pacing and the daily series, built together by [`report`]
//! so the tiles, the chart and the CSV read the same figures.

use super::kpis::{kpis_of, ratio, Kpis};
use super::pacing::{ideal_to_date, pacing_of, Pacing};
use super::range::campaign_days;
use super::rows::{Rows, Sums};
use super::{Cur, DateRange};
use crate::domain::{Campaign, DailyStats};
use crate::money::Money;
use chrono::{FixedOffset, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;
use ts_rs::TS;

/// One day of the series. A day without a stats row is a gap: its figures are None (not 0). A
/// paused day the provider reported with zeros is 0.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DayPoint {
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub spend: Option<Money>,
    /// Spend of every row from the campaign's first to this day (rows before the range count).
    pub cumulative_spend: Option<Money>,
    /// Where cumulative spend would be if the budget were spent evenly (see `pacing`); None
    /// for an open-ended campaign. Present on gap days too: it is a plan, not data.
    pub ideal_cumulative: Option<Money>,
    #[ts(type = "number | null")]
    pub impressions: Option<u64>,
    /// Cumulative unique reach at the end of this day.
    #[ts(type = "number | null")]
    pub reach_to_date: Option<u64>,
    #[ts(type = "number | null")]
    pub clicks: Option<u64>,
    #[ts(type = "number | null")]
    pub conversions: Option<u64>,
    /// The day's spend / clicks; None on a day without clicks.
    pub cpc: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignReport {
    pub campaign_id: String,
    pub campaign_name: String,
    /// The budget's currency: every money figure of the report is in it.
    pub currency: String,
    pub exponent: u32,
    /// The days shown (tiles and series).
    pub range: DateRange,
    /// The campaign's own days in the account's zone (see `campaign_days`).
    pub campaign_days: DateRange,
    /// The ad account's offset from UTC, in minutes (east positive).
    pub utc_offset_minutes: i32,
    pub kpis: Kpis,
    /// None for an open-ended campaign.
    pub pacing: Option<Pacing>,
    /// Every day of `range`, oldest first.
    pub series: Vec<DayPoint>,
    /// Rows not counted: unreadable, in another currency, or a repeated date.
    #[ts(type = "number")]
    pub rows_left_out: u64,
    /// False when the provider counts no reach: its reach tile and line are left out.
    pub reach_reported: bool,
}

/// Builds a campaign's tiles, pacing and daily series for `range` (account days; the campaign's
/// own days come from [`campaign_days`]). `today` is the account's current day.
pub fn report(
    campaign: &Campaign,
    stats: &DailyStats,
    range: DateRange,
    offset: FixedOffset,
    today: NaiveDate,
) -> CampaignReport {
    let cur = Cur::of(&campaign.budget);
    let rows = Rows::new(stats, &cur);
    let mut kpis = kpis_of(&campaign.budget, &cur, &rows, range);
    // A daily budget with no end has no whole to be a share of: its "budget" is one day's.
    if campaign.daily_budget.is_some() && campaign.schedule.end.is_none() {
        kpis.spend_of_budget_pct = None;
    }
    let pacing = pacing_of(campaign, &cur, &rows, offset, today);
    let reach_reported = campaign.provider.reports_reach();
    if !reach_reported {
        kpis.reach_to_date = super::kpis::CountKpi {
            value: None,
            previous: None,
            change_pct: None,
        };
    }

    let before = DateRange {
        first: NaiveDate::MIN,
        last: range.first.pred_opt().unwrap_or(NaiveDate::MIN),
    };
    let mut cumulative = if range.first == NaiveDate::MIN {
        Sums::default()
    } else {
        Sums::of(rows.within(before))
    };
    let mut inside = rows.within(range).iter().peekable();
    let series = range
        .iter()
        .map(|date| {
            let ideal = ideal_to_date(&campaign.budget, &campaign.schedule, offset, date);
            match inside.next_if(|d| d.date == date) {
                Some(d) => {
                    cumulative.add(d);
                    DayPoint {
                        date,
                        spend: Some(d.spend.clone()),
                        cumulative_spend: Some(cur.money(cumulative.spend())),
                        ideal_cumulative: ideal,
                        impressions: Some(d.impressions),
                        reach_to_date: reach_reported.then_some(d.reach_to_date),
                        clicks: Some(d.clicks),
                        conversions: Some(d.conversions),
                        cpc: ratio(d.spend.amount, d.clicks, 1).map(|x| cur.money(x)),
                    }
                }
                None => DayPoint {
                    date,
                    spend: None,
                    cumulative_spend: None,
                    ideal_cumulative: ideal,
                    impressions: None,
                    reach_to_date: None,
                    clicks: None,
                    conversions: None,
                    cpc: None,
                },
            }
        })
        .collect();

    CampaignReport {
        campaign_id: campaign.id.clone(),
        campaign_name: campaign.name.clone(),
        currency: cur.code.clone(),
        exponent: cur.exponent,
        range,
        campaign_days: campaign_days(&campaign.schedule, offset, today),
        utc_offset_minutes: offset.local_minus_utc() / 60,
        kpis,
        pacing,
        series,
        rows_left_out: rows.left_out,
        reach_reported,
    }
}

/// The report's series as `f64`, for drawing only (plotters takes floats): every value is the
/// report's rounded decimal converted at the last moment, so the chart shows what the tiles and
/// the CSV show. Never compute money from these.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChartValues {
    #[ts(type = "string[]")]
    pub dates: Vec<NaiveDate>,
    pub spend: Vec<Option<f64>>,
    pub cumulative_spend: Vec<Option<f64>>,
    pub ideal_cumulative: Vec<Option<f64>>,
    pub impressions: Vec<Option<f64>>,
    pub reach_to_date: Vec<Option<f64>>,
    pub clicks: Vec<Option<f64>>,
    pub cpc: Vec<Option<f64>>,
    /// The pacing projection: (the campaign's last day, projected spend at its end).
    #[ts(type = "[string, number] | null")]
    pub projected_at_end: Option<(NaiveDate, f64)>,
}

fn f(m: &Option<Money>) -> Option<f64> {
    m.as_ref().and_then(|m| m.amount.to_f64())
}

fn n(v: Option<u64>) -> Option<f64> {
    // Counts up to 2^53 are exact in f64; beyond that the chart's pixels cannot tell anyway.
    v.map(|x| x as f64)
}

impl CampaignReport {
    pub fn chart_values(&self) -> ChartValues {
        let s = &self.series;
        ChartValues {
            dates: s.iter().map(|d| d.date).collect(),
            spend: s.iter().map(|d| f(&d.spend)).collect(),
            cumulative_spend: s.iter().map(|d| f(&d.cumulative_spend)).collect(),
            ideal_cumulative: s.iter().map(|d| f(&d.ideal_cumulative)).collect(),
            impressions: s.iter().map(|d| n(d.impressions)).collect(),
            reach_to_date: s.iter().map(|d| n(d.reach_to_date)).collect(),
            clicks: s.iter().map(|d| n(d.clicks)).collect(),
            cpc: s.iter().map(|d| f(&d.cpc)).collect(),
            projected_at_end: self.pacing.as_ref().and_then(|p| {
                let v = f(&p.projected_at_end)?;
                Some((self.campaign_days.last, v))
            }),
        }
    }
}
