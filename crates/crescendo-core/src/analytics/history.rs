//! What a budget bought before: for the wizard's budget step (issue 14), from a brand's past
//! campaigns of one type in one currency.

use super::rows::{Rows, Sums};
use super::Cur;
use crate::domain::{Campaign, DailyStats};
use crate::money::Money;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use ts_rs::TS;

/// Fewer qualifying campaigns than this give no history (two points are not a range).
pub const HISTORY_MIN_CAMPAIGNS: usize = 3;
/// Only the most recent campaigns count: results drift with time.
pub const HISTORY_MAX_CAMPAIGNS: usize = 5;

/// Min–max of what a unit of currency bought over a brand's recent campaigns of one type.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetHistory {
    pub objective_code: String,
    pub currency: String,
    /// Campaigns used (HISTORY_MIN_CAMPAIGNS..=HISTORY_MAX_CAMPAIGNS).
    #[ts(type = "number")]
    pub campaigns: u64,
    /// Clicks per one unit of the currency (lifetime clicks / lifetime spend), 4 dp.
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub clicks_per_unit_min: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub clicks_per_unit_max: Decimal,
    /// Impressions per one unit of the currency, 2 dp.
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub impressions_per_unit_min: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub impressions_per_unit_max: Decimal,
    /// Lowest and highest CPC among them (None when none had clicks).
    pub cpc_min: Option<Money>,
    pub cpc_max: Option<Money>,
    #[serde(skip)]
    #[ts(skip)]
    exact_clicks: (Decimal, Decimal),
}

impl BudgetHistory {
    /// Clicks a `budget` would have bought at the worst and the best of these rates (whole
    /// clicks, rounded down), from the exact rates.
    pub fn clicks_for(&self, budget: Decimal) -> (u64, u64) {
        let f = |rate: Decimal| (budget * rate).floor().to_u64().unwrap_or(0);
        (f(self.exact_clicks.0), f(self.exact_clicks.1))
    }
}

fn round(v: Decimal, dp: u32) -> Decimal {
    let mut r = v.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(dp);
    r
}

/// The history of `objective_code` campaigns in `currency` among `past`: the most recent
/// [`HISTORY_MAX_CAMPAIGNS`] by start with lifetime spend above 0; None when fewer than
/// [`HISTORY_MIN_CAMPAIGNS`] qualify. Other currencies are left out, never converted.
pub fn budget_history(
    past: &[(&Campaign, &DailyStats)],
    objective_code: &str,
    currency: &str,
) -> Option<BudgetHistory> {
    let code = currency.trim().to_uppercase();
    let mut found: Vec<(&Campaign, Sums)> = past
        .iter()
        .filter(|(c, _)| c.objective.code == objective_code && c.budget.currency == code)
        .map(|(c, s)| (*c, Sums::of(&Rows::new(s, &Cur::of(&c.budget)).days)))
        .filter(|(_, s)| s.spend() > Decimal::ZERO)
        .collect();
    // Most recent first; equal starts by id, so the choice never depends on input order.
    found.sort_by(|a, b| {
        b.0.schedule
            .start
            .cmp(&a.0.schedule.start)
            .then_with(|| a.0.id.cmp(&b.0.id))
    });
    found.truncate(HISTORY_MAX_CAMPAIGNS);
    if found.len() < HISTORY_MIN_CAMPAIGNS {
        return None;
    }
    let cur = Cur::of(&found[0].0.budget);
    let per_unit = |f: fn(&Sums) -> u64| {
        let rates = found.iter().map(|(_, s)| Decimal::from(f(s)) / s.spend());
        let min = rates.clone().min().unwrap_or_default();
        (min, rates.max().unwrap_or_default())
    };
    let clicks = per_unit(|s| s.clicks);
    let impressions = per_unit(|s| s.impressions);
    let cpcs = found
        .iter()
        .filter(|(_, s)| s.clicks > 0)
        .map(|(_, s)| s.spend() / Decimal::from(s.clicks));
    Some(BudgetHistory {
        objective_code: objective_code.to_string(),
        currency: code,
        campaigns: found.len() as u64,
        clicks_per_unit_min: round(clicks.0, 4),
        clicks_per_unit_max: round(clicks.1, 4),
        impressions_per_unit_min: round(impressions.0, 2),
        impressions_per_unit_max: round(impressions.1, 2),
        cpc_min: cpcs.clone().min().map(|x| cur.money(x)),
        cpc_max: cpcs.max().map(|x| cur.money(x)),
        exact_clicks: clicks,
    })
}
