//! Currencies the sandbox knows: rough units per US dollar (for the 10 USD/day minimum and for
//! generated costs) and each currency's minor-unit exponent.

pub struct Currency {
    pub code: &'static str,
    pub per_usd: f64,
    pub exponent: u32,
}

pub const CURRENCIES: &[Currency] = &[
    Currency {
        code: "USD",
        per_usd: 1.0,
        exponent: 2,
    },
    Currency {
        code: "MXN",
        per_usd: 17.0,
        exponent: 2,
    },
    Currency {
        code: "INR",
        per_usd: 83.0,
        exponent: 2,
    },
    Currency {
        code: "JPY",
        per_usd: 150.0,
        exponent: 0,
    },
    Currency {
        code: "EUR",
        per_usd: 0.92,
        exponent: 2,
    },
    Currency {
        code: "GBP",
        per_usd: 0.79,
        exponent: 2,
    },
    Currency {
        code: "BRL",
        per_usd: 5.0,
        exponent: 2,
    },
    Currency {
        code: "CAD",
        per_usd: 1.36,
        exponent: 2,
    },
    Currency {
        code: "AUD",
        per_usd: 1.52,
        exponent: 2,
    },
    Currency {
        code: "COP",
        per_usd: 3900.0,
        exponent: 2,
    },
    Currency {
        code: "CLP",
        per_usd: 930.0,
        exponent: 0,
    },
    Currency {
        code: "KRW",
        per_usd: 1350.0,
        exponent: 0,
    },
];

pub fn currency(code: &str) -> Option<&'static Currency> {
    CURRENCIES.iter().find(|c| c.code == code)
}

/// Rounds an amount to the currency's minor unit (cents, or whole yen).
pub fn round(amount: f64, code: &str) -> f64 {
    let exp = currency(code).map(|c| c.exponent).unwrap_or(2);
    let f = 10f64.powi(exp as i32);
    (amount * f).round() / f
}

/// The documented minimum: 10 USD a day, or its equivalent, over the campaign's days.
pub fn minimum_budget(code: &str, days: i64) -> Option<f64> {
    currency(code).map(|c| round(10.0 * c.per_usd * days.max(1) as f64, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jpy_has_no_minor_unit() {
        assert_eq!(round(1234.6, "JPY"), 1235.0);
        assert_eq!(round(12.345, "USD"), 12.35);
    }

    /// Every currency of the table, against ISO 4217's minor units written out here again: a
    /// currency moved to the wrong family (KRW or CLP with two decimals) fails.
    #[test]
    fn every_currency_has_its_iso_minor_unit() {
        let zero = ["JPY", "CLP", "KRW"];
        let two = [
            "USD", "MXN", "INR", "EUR", "GBP", "BRL", "CAD", "AUD", "COP",
        ];
        let three: [&str; 0] = [];
        assert_eq!(
            CURRENCIES.len(),
            zero.len() + two.len() + three.len(),
            "a currency was added: put it in its family here"
        );
        for c in CURRENCIES {
            let want = if zero.contains(&c.code) {
                0
            } else if two.contains(&c.code) {
                2
            } else if three.contains(&c.code) {
                3
            } else {
                panic!("{} is in no family", c.code)
            };
            assert_eq!(c.exponent, want, "{}", c.code);
        }
    }

    #[test]
    fn zero_decimal_currencies_round_to_whole_units() {
        for c in ["JPY", "CLP", "KRW"] {
            assert_eq!(round(1234.5, c), 1235.0, "{c}");
            assert_eq!(round(99.4, c), 99.0, "{c}");
            // The minimum is whole too: 10 USD a day in whole units.
            let min = minimum_budget(c, 3).unwrap_or(f64::NAN);
            assert_eq!(min, min.round(), "{c}: {min}");
        }
    }

    #[test]
    fn two_decimal_currencies_round_to_cents() {
        for c in [
            "USD", "MXN", "INR", "EUR", "GBP", "BRL", "CAD", "AUD", "COP",
        ] {
            assert_eq!(round(12.344, c), 12.34, "{c}");
            assert_eq!(round(12.346, c), 12.35, "{c}");
        }
    }

    #[test]
    fn unknown_currencies_round_like_two_decimals_and_have_no_minimum() {
        assert_eq!(round(12.346, "XXX"), 12.35);
        assert_eq!(minimum_budget("XXX", 1), None);
    }

    #[test]
    fn minimum_scales_with_days_and_rate() {
        assert_eq!(minimum_budget("USD", 1), Some(10.0));
        assert_eq!(minimum_budget("MXN", 2), Some(340.0));
        assert_eq!(minimum_budget("XXX", 1), None);
    }
}
