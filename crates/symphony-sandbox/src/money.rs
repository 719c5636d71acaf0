//! Money in the sandbox, exact: amounts are `Decimal`, minor units come from crescendo-money's
//! one table (ISO 4217), and the rough rates per US dollar (for the documented 10 USD/day
//! minimum and for generated costs) from its reference table.

use crescendo_money::Currency;
pub use crescendo_money::Decimal;
use serde_json::Value;

/// A currency the sandbox simulates: in the ISO table and with a rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Simulated {
    pub currency: Currency,
    pub per_usd: Decimal,
}

crescendo_money::assert_exact!(Simulated { currency, per_usd });

/// The rates are crescendo-money's one reference table (core's rules read the same).
pub fn currency(code: &str) -> Option<Simulated> {
    let currency = Currency::parse(code).ok()?;
    let per_usd = crescendo_money::reference::per_usd(code)?;
    Some(Simulated { currency, per_usd })
}

/// Rounds an amount to the currency's minor unit (cents, or whole yen). A code outside the
/// table has no known minor unit: the amount is kept as it is rather than guessed at.
pub fn round(amount: Decimal, code: &str) -> Decimal {
    match Currency::parse(code) {
        Ok(c) => crescendo_money::round_to_minor(amount, &c),
        Err(_) => amount,
    }
}

/// The documented minimum: 10 USD a day, or its equivalent, over the campaign's days.
pub fn minimum_budget(code: &str, days: i64) -> Option<Decimal> {
    let c = currency(code)?;
    Some(round(
        Decimal::TEN * c.per_usd * Decimal::from(days.max(1)),
        code,
    ))
}

/// An amount as a JSON number with its exact digits.
pub fn json(amount: Decimal) -> Value {
    crescendo_money::json::to_value(&amount)
}

/// A random factor (not money) as a decimal, to scale money exactly: 6 places are plenty for
/// noise and keep the products small.
pub fn factor(x: f64) -> Decimal {
    Decimal::try_from(x).unwrap_or(Decimal::ONE).round_dp(6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn jpy_has_no_minor_unit() {
        assert_eq!(round(d("1234.6"), "JPY"), d("1235"));
        assert_eq!(round(d("12.345"), "USD"), d("12.35"));
    }

    /// Every simulated currency takes its minor unit from the one ISO table, and the families
    /// are written out again here: KRW or CLP with two decimals (or KWD with two) fails.
    #[test]
    fn every_simulated_currency_has_its_iso_minor_unit() {
        let zero = ["JPY", "CLP", "KRW"];
        let three = ["KWD"];
        for code in crescendo_money::reference::codes() {
            let c = currency(code).unwrap_or_else(|| panic!("{code} is not in the ISO table"));
            let want = if zero.contains(&code) {
                0
            } else if three.contains(&code) {
                3
            } else {
                2
            };
            assert_eq!(c.currency.exponent(), want, "{code}");
            assert_eq!(round(d("12.3456"), code).scale(), want, "{code}");
        }
    }

    #[test]
    fn zero_decimal_currencies_round_to_whole_units() {
        for c in ["JPY", "CLP", "KRW"] {
            assert_eq!(round(d("1234.5"), c), d("1235"), "{c}");
            assert_eq!(round(d("99.4"), c), d("99"), "{c}");
            let min = minimum_budget(c, 3).unwrap();
            assert_eq!(min.scale(), 0, "{c}: {min}");
        }
    }

    #[test]
    fn two_and_three_decimal_currencies_round_to_their_unit() {
        for c in [
            "USD", "MXN", "INR", "EUR", "GBP", "BRL", "CAD", "AUD", "COP",
        ] {
            assert_eq!(round(d("12.344"), c).to_string(), "12.34", "{c}");
            assert_eq!(round(d("12.345"), c).to_string(), "12.35", "{c}");
        }
        assert_eq!(round(d("1.2345"), "KWD").to_string(), "1.235");
    }

    #[test]
    fn unknown_currencies_are_not_rounded_and_have_no_minimum() {
        assert_eq!(round(d("12.3456"), "XXX"), d("12.3456"));
        assert_eq!(minimum_budget("XXX", 1), None);
        assert_eq!(minimum_budget("CHF", 1), None, "in ISO, but not simulated");
    }

    #[test]
    fn minimum_scales_with_days_and_rate_exactly() {
        assert_eq!(minimum_budget("USD", 1), Some(d("10.00")));
        assert_eq!(minimum_budget("MXN", 2), Some(d("340.00")));
        // 10 * 0.92 * 3 is 27.6 exactly.
        assert_eq!(minimum_budget("EUR", 3).unwrap().to_string(), "27.60");
        assert_eq!(minimum_budget("KWD", 1).unwrap().to_string(), "3.070");
    }
}
