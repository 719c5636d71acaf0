//! Money as exact decimals in a currency, with each currency's minor-unit exponent (JPY has
//! none). Amounts cross IPC as decimal strings, never as floats.

use serde::Serialize;
use std::str::FromStr;
use symphony_api::Decimal;
use ts_rs::TS;

/// ISO 4217 minor-unit exponents for currencies that are not 2.
pub fn exponent(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "CLP" | "VND" | "ISK" | "UGX" | "PYG" | "XOF" | "XAF" => 0,
        "BHD" | "KWD" | "OMR" | "JOD" | "TND" | "IQD" | "LYD" => 3,
        _ => 2,
    }
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

    #[test]
    fn rounds_to_the_currency_minor_unit() {
        let d = |s: &str| Decimal::from_str(s).unwrap_or_default();
        assert_eq!(Money::new(d("190"), "mxn").amount, "190.00");
        assert_eq!(Money::new(d("1234.5"), "JPY").amount, "1235");
        assert_eq!(Money::new(d("12.345"), "USD").amount, "12.35");
        assert_eq!(Money::new(d("1.2345"), "KWD").amount, "1.235");
        assert_eq!(Money::new(d("10.005"), "USD").decimal(), d("10.01"));
    }
}
