//! Money as exact decimals in a currency, with each currency's minor-unit exponent (JPY has
//! none) from crescendo-money's one ISO 4217 table. Amounts cross IPC as decimal strings, never
//! as floats.

use crescendo_money::{round_to_minor, Currency};
use serde::{Deserialize, Serialize};
use symphony_api::Decimal;
use ts_rs::TS;

pub use crescendo_money::exponent;

/// The ISO 4217 exponent of a currency code; None for a code that is not a currency.
pub fn known_exponent(code: &str) -> Option<u32> {
    crescendo_money::exponent(&code.trim().to_uppercase())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// Exact amount in major units, rounded to the currency's minor unit. Crosses IPC as its
    /// decimal text ("190.00", "1500"), never as a float.
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub amount: Decimal,
    pub currency: String,
    /// Digits after the decimal point for this currency.
    pub exponent: u32,
}

impl Money {
    /// The amount rounded to the currency's minor unit. For a code the ISO table does not know
    /// the minor unit is unknown: the amount is shown with the digits it came with, never
    /// rounded to a guessed two decimals.
    pub fn new(value: Decimal, currency: &str) -> Money {
        let code = currency.trim().to_uppercase();
        match Currency::parse(&code) {
            Ok(c) => Money::exact(&crescendo_money::Money::new(value, c)),
            Err(_) => Money {
                amount: value,
                currency: code,
                exponent: value.scale(),
            },
        }
    }

    /// The view of an exact amount in a known currency.
    pub fn exact(m: &crescendo_money::Money) -> Money {
        let exp = m.currency.exponent();
        Money {
            amount: round_to_minor(m.amount, &m.currency),
            currency: m.currency.code().to_string(),
            exponent: exp,
        }
    }

    pub fn decimal(&self) -> Decimal {
        self.amount
    }

    /// The amount as the UI and the CLI show it, with the currency's minor digits.
    pub fn text(&self) -> String {
        self.amount.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    /// Every currency of the table, by family.
    fn family(exp: u32) -> Vec<&'static str> {
        Currency::all()
            .filter(|c| c.exponent() == exp)
            .map(|c| c.code())
            .collect()
    }

    #[test]
    fn rounds_to_the_currency_minor_unit() {
        assert_eq!(Money::new(d("190"), "mxn").text(), "190.00");
        assert_eq!(Money::new(d("1234.5"), "JPY").text(), "1235");
        assert_eq!(Money::new(d("12.345"), "USD").text(), "12.35");
        assert_eq!(Money::new(d("1.2345"), "KWD").text(), "1.235");
        assert_eq!(Money::new(d("10.005"), "USD").decimal(), d("10.01"));
    }

    #[test]
    fn unknown_currencies_keep_their_digits() {
        let m = Money::new(d("12.3456"), "zzz");
        assert_eq!(
            (m.text().as_str(), m.currency.as_str(), m.exponent),
            ("12.3456", "ZZZ", 4)
        );
        assert_eq!(exponent("ZZZ"), None);
    }

    // ISO 4217's families are written out again here, so that a table giving KRW or CLP two
    // decimals (or KWD two) fails a test; then every currency of the whole table is checked.

    #[test]
    fn zero_decimal_currencies_have_no_minor_unit() {
        let iso = [
            "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
            "VND", "VUV", "XAF", "XOF", "XPF",
        ];
        let table = family(0);
        for c in iso {
            assert!(
                table.contains(&c),
                "{c} is not a zero-decimal currency in the table"
            );
        }
        for c in table {
            assert_eq!(exponent(c), Some(0), "{c}");
            let m = Money::new(d("1234.5"), &c.to_lowercase());
            assert_eq!((m.text().as_str(), m.exponent), ("1235", 0), "{c}");
        }
    }

    #[test]
    fn three_and_four_decimal_currencies_keep_them() {
        let iso = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
        let table = family(3);
        for c in iso {
            assert!(
                table.contains(&c),
                "{c} is not a three-decimal currency in the table"
            );
        }
        for c in table {
            assert_eq!(exponent(c), Some(3), "{c}");
            assert_eq!(Money::new(d("10.0005"), c).text(), "10.001", "{c}");
            assert_eq!(Money::new(d("7"), c).text(), "7.000", "{c}");
        }
        let four = family(4);
        for c in ["CLF", "UYW"] {
            assert!(four.contains(&c), "{c}");
        }
        for c in four {
            assert_eq!(Money::new(d("1.23456"), c).text(), "1.2346", "{c}");
        }
    }

    #[test]
    fn two_decimal_currencies_keep_cents() {
        let two = [
            "USD", "EUR", "GBP", "MXN", "BRL", "CAD", "AUD", "INR", "COP", "HUF", "IDR", "TWD",
            "CHF", "SEK", "NOK", "DKK", "PLN", "ZAR", "NZD", "SGD", "HKD", "CNY", "ARS", "PEN",
        ];
        let table = family(2);
        for c in two {
            assert!(
                table.contains(&c),
                "{c} is not a two-decimal currency in the table"
            );
        }
        for c in table {
            assert_eq!(exponent(c), Some(2), "{c}");
            assert_eq!(Money::new(d("1234.565"), c).text(), "1234.57", "{c}");
            assert_eq!(Money::new(d("3"), c).text(), "3.00", "{c}");
        }
        // The families cover the whole table, each currency once.
        let total: usize = (0..=4).map(|e| family(e).len()).sum();
        assert_eq!(total, Currency::all().count());
    }
}
