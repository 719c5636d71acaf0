//! KPI tiles for a date range, each with its change against the previous period of the same
//! length (the days just before it).

use super::rows::{Rows, Sums};
use super::{change, percent, Cur, DateRange};
use crate::money::Money;
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

/// A money figure of the range and of the previous period. `None` is "—": no data, or a
/// division by zero.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MoneyKpi {
    pub value: Option<Money>,
    pub previous: Option<Money>,
    /// Change from the previous period in percent (2 dp, decimal text); None when the previous
    /// period has no data or its value is 0 or missing.
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub change_pct: Option<Decimal>,
}

/// A count of the range and of the previous period (None: no data in that period).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CountKpi {
    #[ts(type = "number | null")]
    pub value: Option<u64>,
    #[ts(type = "number | null")]
    pub previous: Option<u64>,
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub change_pct: Option<Decimal>,
}

/// A percentage (2 dp, decimal text) of the range and of the previous period.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PercentKpi {
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub value: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub previous: Option<Decimal>,
    /// Relative change of the percentage itself (CTR 2% → 3% is +50.00), not points.
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub change_pct: Option<Decimal>,
}

/// The campaign page's tiles.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Kpis {
    pub range: DateRange,
    /// Same length, ending the day before `range` starts.
    pub previous_range: DateRange,
    /// Days of `range` with a stats row (the others have no data, not zero).
    #[ts(type = "number")]
    pub days_with_data: u64,
    #[ts(type = "number")]
    pub previous_days_with_data: u64,
    pub spend: MoneyKpi,
    /// Spend in the range as a share of the lifetime budget, in percent (2 dp).
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub spend_of_budget_pct: Option<Decimal>,
    /// Unique people reached from the campaign's start to the range's latest day with data:
    /// cumulative, not the reach of the range alone (reach does not add up across days).
    pub reach_to_date: CountKpi,
    pub impressions: CountKpi,
    pub clicks: CountKpi,
    pub conversions: CountKpi,
    /// Spend / clicks.
    pub cpc: MoneyKpi,
    /// Spend × 1000 / impressions.
    pub cpm: MoneyKpi,
    /// Clicks / impressions, in percent.
    pub ctr: PercentKpi,
    /// Spend / conversions.
    pub cost_per_conversion: MoneyKpi,
}

/// The tiles for `range`, from a campaign's rows in the budget's currency.
pub fn kpis(budget: &Money, stats: &crate::domain::DailyStats, range: DateRange) -> Kpis {
    let cur = Cur::of(budget);
    let rows = Rows::new(stats, &cur);
    kpis_of(budget, &cur, &rows, range)
}

pub(crate) fn kpis_of(budget: &Money, cur: &Cur, rows: &Rows, range: DateRange) -> Kpis {
    let previous_range = range.previous();
    let now = Sums::of(rows.within(range));
    let before = Sums::of(rows.within(previous_range));
    let count = |f: fn(&Sums) -> u64| {
        let (value, previous) = (present(&now).map(f), present(&before).map(f));
        CountKpi {
            value,
            previous,
            change_pct: change(value.map(Decimal::from), previous.map(Decimal::from)),
        }
    };
    let reach = |s: &Sums| s.reach_to_date;
    let reach_now = reach(&now);
    let reach_before = reach(&before);
    Kpis {
        range,
        previous_range,
        days_with_data: now.days,
        previous_days_with_data: before.days,
        spend: money_kpi(cur, &now, &before, |_, s| Some(s.spend())),
        spend_of_budget_pct: present(&now).and_then(|s| percent(s.spend(), budget.amount)),
        reach_to_date: CountKpi {
            value: reach_now,
            previous: reach_before,
            change_pct: change(
                reach_now.map(Decimal::from),
                reach_before.map(Decimal::from),
            ),
        },
        impressions: count(|s| s.impressions),
        clicks: count(|s| s.clicks),
        conversions: count(|s| s.conversions),
        cpc: money_kpi(cur, &now, &before, |_, s| ratio(s.spend(), s.clicks, 1)),
        cpm: money_kpi(cur, &now, &before, |_, s| {
            ratio(s.spend(), s.impressions, 1000)
        }),
        ctr: {
            let ctr = |s: &Sums| percent(Decimal::from(s.clicks), Decimal::from(s.impressions));
            let exact = |s: &Sums| ratio(Decimal::from(s.clicks), s.impressions, 1);
            PercentKpi {
                value: present(&now).and_then(ctr),
                previous: present(&before).and_then(ctr),
                change_pct: change(
                    present(&now).and_then(exact),
                    present(&before).and_then(exact),
                ),
            }
        },
        cost_per_conversion: money_kpi(cur, &now, &before, |_, s| {
            ratio(s.spend(), s.conversions, 1)
        }),
    }
}

/// The sums when they hold any row: a period without rows has no figures, not zeros.
fn present(s: &Sums) -> Option<&Sums> {
    s.has_data().then_some(s)
}

/// `num × scale / den`, exact; None when `den` is 0.
pub(crate) fn ratio(num: Decimal, den: u64, scale: u64) -> Option<Decimal> {
    (den != 0).then(|| num * Decimal::from(scale) / Decimal::from(den))
}

/// A money tile: `exact` gives the unrounded figure; it is rounded once for display, and the
/// change is computed from the unrounded figures.
fn money_kpi(
    cur: &Cur,
    now: &Sums,
    before: &Sums,
    exact: fn(&Cur, &Sums) -> Option<Decimal>,
) -> MoneyKpi {
    let v = present(now).and_then(|s| exact(cur, s));
    let p = present(before).and_then(|s| exact(cur, s));
    MoneyKpi {
        value: v.map(|x| cur.money(x)),
        previous: p.map(|x| cur.money(x)),
        change_pct: change(v, p),
    }
}
