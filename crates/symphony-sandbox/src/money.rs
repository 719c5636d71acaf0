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

    #[test]
    fn minimum_scales_with_days_and_rate() {
        assert_eq!(minimum_budget("USD", 1), Some(10.0));
        assert_eq!(minimum_budget("MXN", 2), Some(340.0));
        assert_eq!(minimum_budget("XXX", 1), None);
    }
}
