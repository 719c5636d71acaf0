//! Analytics: the numbers of the campaign page, the portfolio, the wizard's history and the CSV
//! exports, all pure Rust over [`crate::domain`] types.
//!
//! One function, [`report`], builds a campaign's KPI tiles, pacing and daily series, so the
//! tiles, the chart (via [`CampaignReport::chart_values`]) and the CSV ([`campaign_csv`]) read the
//! same figures and cannot disagree.
//!
//! # Rounding (the one rule)
//! Inputs are never rounded: sums add the providers' amounts exactly. A derived figure is computed
//! from the exact sums and rounded once, after the division:
//! - money (CPC, CPM, cost per conversion, ideal and projected spend) to the currency's minor
//!   unit (JPY 0 digits, USD 2, KWD 3), halves away from zero, as [`crate::money::Money::new`];
//! - percentages (CTR, spend of budget, changes) to 2 decimal places, halves away from zero;
//! - changes are computed from the exact, unrounded values of both periods.
//!
//! A division by zero gives `None` (the UI shows "—"), never 0 or NaN. Money is `Decimal`
//! throughout; `f64` appears only in [`ChartValues`], for drawing.
//!
//! # Days
//! A stats row's date is the ad account's day. A campaign's schedule is in UTC instants: turn
//! it into the account's days with [`campaign_days`] and the account's [`chrono::FixedOffset`].

mod countries;
mod export;
mod history;
mod kpis;
mod pacing;
mod portfolio;
mod range;
mod report;
mod rows;

pub use countries::{country_rows, CountryRow};
pub use export::{
    campaign_csv, portfolio_csv, ExportError, CAMPAIGN_CSV_HEADER, PORTFOLIO_CSV_HEADER,
};
pub use history::{budget_history, BudgetHistory, HISTORY_MAX_CAMPAIGNS, HISTORY_MIN_CAMPAIGNS};
pub use kpis::{kpis, CountKpi, Kpis, MoneyKpi, PercentKpi};
pub use pacing::{ideal_to_date, pacing, PaceVerdict, Pacing, PACE_TOLERANCE_PCT};
pub use portfolio::{
    portfolio, CampaignScore, CurrencyGroup, Portfolio, PortfolioDay, PortfolioEntry, Totals,
    TypeGroup, MIN_CLICKS_FOR_CPC_RANK, MIN_IMPRESSIONS_FOR_CTR_RANK,
};
pub use range::{campaign_days, local_day, DateRange, RangeError};
pub use report::{report, CampaignReport, ChartValues, DayPoint};

use crate::money::Money;
use rust_decimal::{Decimal, RoundingStrategy};

/// A currency as the analytics count in it: the campaign budget's code and minor unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Cur {
    pub code: String,
    pub exponent: u32,
}

impl Cur {
    /// The budget's currency, with its minor unit from the ISO table (a code the table does not
    /// know keeps the budget's own digits: never a guessed two).
    pub fn of(m: &Money) -> Cur {
        Cur {
            code: m.currency.clone(),
            exponent: crate::money::known_exponent(&m.currency).unwrap_or(m.exponent),
        }
    }

    /// `value` as money in this currency, rounded to its minor unit, halves away from zero: the
    /// rule of [`Money::new`], without looking the code up again for every figure.
    pub fn money(&self, value: Decimal) -> Money {
        let mut v =
            value.round_dp_with_strategy(self.exponent, RoundingStrategy::MidpointAwayFromZero);
        v.rescale(self.exponent);
        Money {
            amount: v,
            currency: self.code.clone(),
            exponent: self.exponent,
        }
    }
}

/// Rounds a percentage (or any ratio shown with 2 decimals), halves away from zero.
pub(crate) fn round2(v: Decimal) -> Decimal {
    let mut r = v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    r
}

/// `num / den × 100`, to 2 dp; None when `den` is 0.
pub(crate) fn percent(num: Decimal, den: Decimal) -> Option<Decimal> {
    if den.is_zero() {
        return None;
    }
    Some(round2(num * Decimal::ONE_HUNDRED / den))
}

/// Relative change from `prev` to `cur` in percent, to 2 dp. None without both values or when
/// `prev` is 0 (a change from nothing has no percentage).
pub(crate) fn change(cur: Option<Decimal>, prev: Option<Decimal>) -> Option<Decimal> {
    let (c, p) = (cur?, prev?);
    percent(c - p, p)
}

#[cfg(test)]
mod tests;
