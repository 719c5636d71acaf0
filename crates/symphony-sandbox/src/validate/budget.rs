//! Budgets, exact: `metadata.budget` ({ value, currency }), the documented minimum of 10 USD a
//! day or its equivalent, and the get_playlisted tier prices. Amounts are read from the JSON
//! text into `Decimal` (crescendo-money), never through f64.

use super::{days, non_empty_str, Problems};
use crate::money::{self, Decimal};
use chrono::{DateTime, Utc};
use serde_json::Value;

/// get_playlisted goals and their price in US dollars.
pub const PLAYLIST_TIERS: &[(&str, u32)] = &[
    ("30000_followers", 150),
    ("100000_followers", 300),
    ("300000_followers", 600),
    ("600000_followers", 1000),
    ("1000000_followers", 1500),
];

/// A JSON number's exact value (the documents send amounts and shares as numbers).
pub fn exact_number(v: Option<&Value>) -> Option<Decimal> {
    match v? {
        Value::Number(n) => crescendo_money::json::parse_decimal(n.as_str()).ok(),
        _ => None,
    }
}

/// A tier's price in the brand's currency, rounded to its minor unit.
pub fn tier_price(tier: &str, brand_currency: &str) -> Option<Decimal> {
    let (_, usd) = PLAYLIST_TIERS.iter().find(|(n, _)| *n == tier)?;
    let per_usd = money::currency(brand_currency)
        .map(|c| c.per_usd)
        .unwrap_or(Decimal::ONE);
    Some(money::round(Decimal::from(*usd) * per_usd, brand_currency))
}

/// `metadata.budget`: a positive amount in the ad account's currency, at least the minimum
/// for the campaign's days. Returns the amount and the currency code.
pub fn check_budget(
    p: &mut Problems,
    budget: Option<&Value>,
    brand_currency: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> Option<(Decimal, String)> {
    let Some(budget) = budget.filter(|b| b.is_object()) else {
        p.add("metadata.budget", "is required, as { value, currency }");
        return None;
    };
    let value = exact_number(budget.get("value"));
    let currency = non_empty_str(budget.get("currency")).map(str::to_uppercase);
    let (Some(value), Some(currency)) = (value, currency) else {
        p.add(
            "metadata.budget",
            "needs a numeric value and a currency code",
        );
        return None;
    };
    if value <= Decimal::ZERO {
        p.add("metadata.budget.value", "must be a positive amount");
        return None;
    }
    if money::currency(&currency).is_none() {
        p.add(
            "metadata.budget.currency",
            format!("{currency} is not a supported currency"),
        );
        return None;
    }
    if currency != brand_currency {
        p.add(
            "metadata.budget.currency",
            format!("{currency} does not match the ad account currency {brand_currency}; use {brand_currency}"),
        );
        return None;
    }
    let d = days(start, end);
    if let Some(min) = money::minimum_budget(&currency, d) {
        if value < min {
            p.add(
                "metadata.budget.value",
                format!(
                    "{value} {currency} is below the minimum of 10 USD a day: {} {currency} for {d} day{}",
                    min.normalize(),
                    if d == 1 { "" } else { "s" }
                ),
            );
            return None;
        }
    }
    Some((value, currency))
}
