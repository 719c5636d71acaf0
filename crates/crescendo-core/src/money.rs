//! Money as exact decimals in a currency, with each currency's minor-unit exponent (JPY has
//! none). Amounts cross IPC as decimal strings, never as floats.

use serde::Serialize;
use std::str::FromStr;
use symphony_api::Decimal;
use ts_rs::TS;

/// ISO 4217 currencies with no minor unit.
pub const ZERO_DECIMALS: &[&str] = &[
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
];
/// ISO 4217 currencies with three decimals.
pub const THREE_DECIMALS: &[&str] = &["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
/// ISO 4217 currencies with four decimals (units of account).
pub const FOUR_DECIMALS: &[&str] = &["CLF", "UYW"];

/// ISO 4217 minor-unit exponent; every currency not listed above has two decimals.
pub fn exponent(currency: &str) -> u32 {
    if ZERO_DECIMALS.contains(&currency) {
        0
    } else if THREE_DECIMALS.contains(&currency) {
        3
    } else if FOUR_DECIMALS.contains(&currency) {
        4
    } else {
        2
    }
}

/// The exponent of a well-formed currency code (three ASCII letters); None for anything else.
pub fn known_exponent(code: &str) -> Option<u32> {
    let c = code.trim().to_uppercase();
    (c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())).then(|| exponent(&c))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// Exact amount in major units, rounded to the currency's minor unit ("190.00", "1500").
    pub amount: String,
    pub currency: String,
    /// Digits after the decimal point for this currency.
    pub exponent: u32,
}

impl Money {
    pub fn new(value: Decimal, currency: &str) -> Money {
        let currency = currency.trim().to_uppercase();
        let exp = exponent(&currency);
        let rounded = value.round_dp_with_strategy(exp, rust_decimal_round());
        Money {
            amount: format!("{:.*}", exp as usize, rounded),
            currency,
            exponent: exp,
        }
    }

    pub fn decimal(&self) -> Decimal {
        Decimal::from_str(&self.amount).unwrap_or_default()
    }
}

fn rust_decimal_round() -> symphony_api::num::RoundingStrategy {
    symphony_api::num::RoundingStrategy::MidpointAwayFromZero
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn rounds_to_the_currency_minor_unit() {
        assert_eq!(Money::new(d("190"), "mxn").amount, "190.00");
        assert_eq!(Money::new(d("1234.5"), "JPY").amount, "1235");
        assert_eq!(Money::new(d("12.345"), "USD").amount, "12.35");
        assert_eq!(Money::new(d("1.2345"), "KWD").amount, "1.235");
        assert_eq!(Money::new(d("10.005"), "USD").decimal(), d("10.01"));
    }

    // The expected families are written out again here, from ISO 4217, so that moving a code
    // between the table's lists (KRW or CLP given two decimals, say) fails a test.

    #[test]
    fn zero_decimal_currencies_have_no_minor_unit() {
        let iso = [
            "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
            "VND", "VUV", "XAF", "XOF", "XPF",
        ];
        assert_eq!(ZERO_DECIMALS, iso, "the whole table");
        for c in iso {
            assert_eq!(exponent(c), 0, "{c}");
            let m = Money::new(d("1234.5"), &c.to_lowercase());
            assert_eq!((m.amount.as_str(), m.exponent), ("1235", 0), "{c}");
        }
    }

    #[test]
    fn three_decimal_currencies_keep_three() {
        let iso = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
        assert_eq!(THREE_DECIMALS, iso, "the whole table");
        for c in iso {
            assert_eq!(exponent(c), 3, "{c}");
            assert_eq!(Money::new(d("10.0005"), c).amount, "10.001", "{c}");
            assert_eq!(Money::new(d("7"), c).amount, "7.000", "{c}");
        }
        for c in ["CLF", "UYW"] {
            assert_eq!(exponent(c), 4, "{c}");
        }
    }

    #[test]
    fn two_decimal_currencies_keep_cents() {
        let two = [
            "USD", "EUR", "GBP", "MXN", "BRL", "CAD", "AUD", "INR", "COP", "HUF", "IDR", "TWD",
            "CHF", "SEK", "NOK", "DKK", "PLN", "ZAR", "NZD", "SGD", "HKD", "CNY", "ARS", "PEN",
        ];
        for c in two {
            assert_eq!(exponent(c), 2, "{c}");
            assert_eq!(Money::new(d("1234.565"), c).amount, "1234.57", "{c}");
            assert_eq!(Money::new(d("3"), c).amount, "3.00", "{c}");
        }
        for c in ZERO_DECIMALS
            .iter()
            .chain(THREE_DECIMALS)
            .chain(FOUR_DECIMALS)
        {
            assert!(!two.contains(c), "{c} is in two families");
        }
    }
}
