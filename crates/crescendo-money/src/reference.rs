//! Rough reference rates: units of a currency per US dollar, for the one place money must be
//! compared across currencies without a provider's rate — Symphony's documented minimum of "10
//! USD a day, or its equivalent in the chosen currency". Symphony converts with its own rate,
//! so whoever uses these says "about". Both the simulator and core's rules read this one table.

use crate::{Currency, Decimal};

/// Units per US dollar, as exact decimals (not live rates). Each code is in the ISO table (a
/// test checks it), so its minor unit always comes from there.
const PER_USD: &[(&str, Decimal)] = &[
    ("USD", Decimal::from_parts(1, 0, 0, false, 0)),
    ("MXN", Decimal::from_parts(17, 0, 0, false, 0)),
    ("INR", Decimal::from_parts(83, 0, 0, false, 0)),
    ("JPY", Decimal::from_parts(150, 0, 0, false, 0)),
    ("EUR", Decimal::from_parts(92, 0, 0, false, 2)),
    ("GBP", Decimal::from_parts(79, 0, 0, false, 2)),
    ("BRL", Decimal::from_parts(5, 0, 0, false, 0)),
    ("CAD", Decimal::from_parts(136, 0, 0, false, 2)),
    ("AUD", Decimal::from_parts(152, 0, 0, false, 2)),
    ("COP", Decimal::from_parts(3900, 0, 0, false, 0)),
    ("CLP", Decimal::from_parts(930, 0, 0, false, 0)),
    ("KRW", Decimal::from_parts(1350, 0, 0, false, 0)),
    ("KWD", Decimal::from_parts(307, 0, 0, false, 3)),
];

/// The currencies the table has.
pub fn codes() -> impl Iterator<Item = &'static str> {
    PER_USD.iter().map(|(c, _)| *c)
}

/// Units of `code` per US dollar, when the table has the currency.
pub fn per_usd(code: &str) -> Option<Decimal> {
    let currency = Currency::parse(code).ok()?;
    PER_USD
        .iter()
        .find(|(c, _)| *c == currency.code())
        .map(|(_, r)| *r)
}

/// The documented minimum, `usd_per_day` US dollars a day over `days` days, in `code` at the
/// reference rate and rounded to its minor unit.
pub fn daily_minimum(code: &str, usd_per_day: Decimal, days: i64) -> Option<Decimal> {
    let currency = Currency::parse(code).ok()?;
    let rate = per_usd(code)?;
    Some(crate::round_to_minor(
        usd_per_day * rate * Decimal::from(days.max(1)),
        &currency,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rate_is_a_currency_and_positive() {
        for (code, rate) in PER_USD {
            assert!(Currency::parse(code).is_ok(), "{code}");
            assert!(*rate > Decimal::ZERO, "{code}");
        }
    }

    #[test]
    fn minimums_scale_exactly_and_round_to_the_minor_unit() {
        let ten = Decimal::TEN;
        assert_eq!(
            daily_minimum("USD", ten, 3).map(|d| d.to_string()),
            Some("30.00".into())
        );
        assert_eq!(
            daily_minimum("mxn", ten, 7).map(|d| d.to_string()),
            Some("1190.00".into())
        );
        assert_eq!(
            daily_minimum("EUR", ten, 1).map(|d| d.to_string()),
            Some("9.20".into())
        );
        assert_eq!(
            daily_minimum("JPY", ten, 0).map(|d| d.to_string()),
            Some("1500".into()),
            "a day at least"
        );
        assert_eq!(
            daily_minimum("KWD", ten, 1).map(|d| d.to_string()),
            Some("3.070".into())
        );
        assert_eq!(daily_minimum("XTS", ten, 1), None, "no rate: no guess");
    }
}
