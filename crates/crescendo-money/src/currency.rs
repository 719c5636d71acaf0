//! ISO 4217 currencies and their minor units, from the `iso_currency` crate's table.

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;
use std::str::FromStr;

/// Digits after the decimal point in `code` (case and surrounding spaces ignored): JPY 0, USD 2,
/// KWD 3, CLF 4. `None` for a code ISO 4217 does not list, and for the ones it lists without a
/// minor unit (XXX, gold, SDRs): those are not money a campaign can be budgeted in.
pub fn exponent(code: &str) -> Option<u32> {
    Currency::parse(code).ok().map(|c| c.exponent())
}

/// A currency code checked against the table: it exists and has a minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(iso_currency::Currency);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CurrencyError {
    #[error("{0:?} is not an ISO 4217 currency code")]
    Unknown(String),
    #[error("{0} has no minor unit (it is not a currency money can be counted in)")]
    NoMinorUnit(&'static str),
}

impl Currency {
    /// Reads a code such as "mxn" or " USD ".
    pub fn parse(code: &str) -> Result<Currency, CurrencyError> {
        let upper = code.trim().to_ascii_uppercase();
        let c = iso_currency::Currency::from_code(&upper)
            .ok_or_else(|| CurrencyError::Unknown(code.to_string()))?;
        match c.exponent() {
            Some(_) => Ok(Currency(c)),
            None => Err(CurrencyError::NoMinorUnit(c.code())),
        }
    }

    /// The three-letter code, upper case.
    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// Digits after the decimal point.
    pub fn exponent(&self) -> u32 {
        // Checked in `parse`: every `Currency` has one.
        self.0.exponent().map(u32::from).unwrap_or(0)
    }

    /// Every currency of the table that money can be counted in.
    pub fn all() -> impl Iterator<Item = Currency> {
        // ISO numeric codes are three digits: walking them visits the whole table once.
        (0..=999u16)
            .filter_map(iso_currency::Currency::from_numeric)
            .filter_map(|c| Currency::parse(c.code()).ok())
    }
}

impl FromStr for Currency {
    type Err = CurrencyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::parse(s)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// `amount` rounded to the currency's minor unit, halves away from zero (12.345 USD -> 12.35,
/// 1234.5 JPY -> 1235), with exactly that many digits after the point ("190.00").
pub fn round_to_minor(amount: Decimal, currency: &Currency) -> Decimal {
    let exp = currency.exponent();
    let mut d = amount.round_dp_with_strategy(exp, RoundingStrategy::MidpointAwayFromZero);
    // round_dp never adds digits: give 190 its ".00" so the scale says the currency's unit.
    d.rescale(exp);
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// ISO 4217's families, written out here again: a table that gave KRW or CLP two decimals
    /// (or KWD two, or CLF three) fails.
    #[test]
    fn the_table_has_iso_exponents() {
        for c in [
            "JPY", "KRW", "CLP", "ISK", "UGX", "VND", "PYG", "XOF", "XAF",
        ] {
            assert_eq!(exponent(c), Some(0), "{c}");
        }
        for c in ["KWD", "BHD", "JOD", "OMR", "TND", "IQD", "LYD"] {
            assert_eq!(exponent(c), Some(3), "{c}");
        }
        for c in ["CLF", "UYW"] {
            assert_eq!(exponent(c), Some(4), "{c}");
        }
        for c in [
            "USD", "MXN", "INR", "EUR", "GBP", "COP", "HUF", "IDR", "TWD",
        ] {
            assert_eq!(exponent(c), Some(2), "{c}");
        }
    }

    #[test]
    fn unknown_codes_have_no_exponent() {
        assert_eq!(exponent("ABC"), None);
        assert_eq!(exponent(""), None);
        assert_eq!(exponent("XXX"), None, "no currency");
        assert_eq!(exponent("XAU"), None, "gold");
        assert!(matches!(
            Currency::parse("usdd"),
            Err(CurrencyError::Unknown(_))
        ));
        assert!(matches!(
            Currency::parse("XXX"),
            Err(CurrencyError::NoMinorUnit("XXX"))
        ));
    }

    #[test]
    fn codes_are_read_in_any_case() {
        assert_eq!(Currency::parse(" mxn ").unwrap().code(), "MXN");
        assert_eq!(exponent("jpy"), Some(0));
    }

    #[test]
    fn the_whole_table_is_walked() {
        let all: Vec<Currency> = Currency::all().collect();
        assert!(all.len() > 150, "{}", all.len());
        assert!(all.iter().all(|c| c.exponent() <= 4));
        assert!(all.iter().any(|c| c.code() == "KRW" && c.exponent() == 0));
    }

    #[test]
    fn rounds_to_the_minor_unit() {
        let c = |s: &str| Currency::parse(s).unwrap();
        assert_eq!(round_to_minor(d("12.345"), &c("USD")).to_string(), "12.35");
        assert_eq!(round_to_minor(d("190"), &c("MXN")).to_string(), "190.00");
        assert_eq!(round_to_minor(d("1234.5"), &c("JPY")).to_string(), "1235");
        assert_eq!(round_to_minor(d("1234.4"), &c("KRW")).to_string(), "1234");
        assert_eq!(round_to_minor(d("1.2345"), &c("KWD")).to_string(), "1.235");
        assert_eq!(round_to_minor(d("-0.005"), &c("USD")).to_string(), "-0.01");
        assert_eq!(
            round_to_minor(d("1.23456"), &c("CLF")).to_string(),
            "1.2346"
        );
    }
}
