//! Budgets in Graph are integers of the account currency's "subunit" (`daily_budget`,
//! `lifetime_budget`, `spend_cap`: "integer value of the subunit in your currency"), counted
//! with Meta's own offset table ("Currency codes" in the Marketing API docs), which differs
//! from ISO 4217: COP, HUF, IDR, TWD, CRC, ISK, PYG (two decimals in ISO) have offset 1, and
//! BHD and JOD (three decimals in ISO) have offset 100. Insights report `spend` in major units.

use rust_decimal::Decimal;

/// Meta's offset-1 currencies: amounts are whole units (1500 JPY is sent as 1500).
const OFFSET_ONE: [&str; 11] = [
    "CLP", "COP", "CRC", "HUF", "ISK", "IDR", "JPY", "KRW", "PYG", "TWD", "VND",
];

/// Meta's offset-100 currencies: amounts are hundredths (10.50 USD is sent as 1050).
const OFFSET_HUNDRED: [&str; 55] = [
    "DZD", "ARS", "AUD", "BHD", "BDT", "BOB", "BGN", "BRL", "GBP", "CAD", "CNY", "HRK", "CZK",
    "DKK", "EGP", "EUR", "GTQ", "HNL", "HKD", "INR", "ILS", "JOD", "KES", "LVL", "LTL", "MOP",
    "MYR", "MXN", "NZD", "NIO", "NGN", "NOK", "PKR", "PEN", "PHP", "PLN", "QAR", "RON", "RUB",
    "SAR", "RSD", "SGD", "SKK", "ZAR", "SEK", "CHF", "THB", "TRY", "AED", "USD", "UYU", "VEF",
    "LKR", "UAH", "KZT",
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("{0} is not a currency Meta ad accounts use (see Meta's \"Currency codes\" table)")]
    UnknownCurrency(String),
    #[error("{amount} {currency} has more decimals than Meta accepts for {currency} (offset {offset}): round it first")]
    TooPrecise {
        amount: Decimal,
        currency: String,
        offset: u32,
    },
    #[error("{amount} {currency} is out of range for a Graph budget")]
    OutOfRange { amount: Decimal, currency: String },
}

/// Meta's offset for a currency code (1 or 100), or None when Meta does not list it.
pub fn offset(code: &str) -> Option<u32> {
    let code = code.trim().to_ascii_uppercase();
    if OFFSET_ONE.contains(&code.as_str()) {
        Some(1)
    } else if OFFSET_HUNDRED.contains(&code.as_str()) {
        Some(100)
    } else {
        None
    }
}

fn known(code: &str) -> Result<(String, u32), MoneyError> {
    let up = code.trim().to_ascii_uppercase();
    offset(&up)
        .map(|o| (up, o))
        .ok_or_else(|| MoneyError::UnknownCurrency(code.trim().to_string()))
}

/// An amount in major units to Graph's integer subunits (10.5 USD -> 1050, 1500 JPY -> 1500).
/// An amount with more decimals than the offset allows is refused, never rounded silently.
pub fn to_minor(amount: Decimal, currency: &str) -> Result<i64, MoneyError> {
    let (code, offset) = known(currency)?;
    let scaled =
        amount
            .checked_mul(Decimal::from(offset))
            .ok_or_else(|| MoneyError::OutOfRange {
                amount,
                currency: code.clone(),
            })?;
    if scaled.fract() != Decimal::ZERO {
        return Err(MoneyError::TooPrecise {
            amount,
            currency: code,
            offset,
        });
    }
    i64::try_from(scaled.trunc()).map_err(|_| MoneyError::OutOfRange {
        amount,
        currency: code,
    })
}

/// Graph's integer subunits back to major units (1050 USD -> 10.50, 1500 JPY -> 1500).
pub fn from_minor(units: i64, currency: &str) -> Result<Decimal, MoneyError> {
    let (_, offset) = known(currency)?;
    let scale = if offset == 100 { 2 } else { 0 };
    Ok(Decimal::new(units, scale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("decimal")
    }

    #[test]
    fn usd_counts_cents() {
        assert_eq!(to_minor(d("10.50"), "USD"), Ok(1050));
        assert_eq!(to_minor(d("100"), "usd"), Ok(10000));
        assert_eq!(
            from_minor(1050, "USD").map(|x| x.to_string()),
            Ok("10.50".into())
        );
        assert!(matches!(
            to_minor(d("0.005"), "USD"),
            Err(MoneyError::TooPrecise { offset: 100, .. })
        ));
    }

    #[test]
    fn jpy_and_krw_count_whole_units() {
        assert_eq!(to_minor(d("1500"), "JPY"), Ok(1500));
        assert_eq!(from_minor(1500, "JPY"), Ok(d("1500")));
        assert_eq!(to_minor(d("20000"), "KRW"), Ok(20000));
        assert_eq!(
            from_minor(20000, "KRW").map(|x| x.to_string()),
            Ok("20000".into())
        );
        assert!(matches!(
            to_minor(d("1500.5"), "JPY"),
            Err(MoneyError::TooPrecise { offset: 1, .. })
        ));
    }

    #[test]
    fn inr_counts_paise() {
        assert_eq!(to_minor(d("850.25"), "INR"), Ok(85025));
        assert_eq!(from_minor(85025, "INR"), Ok(d("850.25")));
    }

    #[test]
    fn meta_differs_from_iso_where_it_says_so() {
        // ISO gives COP/HUF/IDR/TWD two decimals and BHD/JOD three; Meta's table says 1 and 100.
        for code in ["COP", "HUF", "IDR", "TWD"] {
            assert_eq!(offset(code), Some(1), "{code}");
        }
        for code in ["BHD", "JOD"] {
            assert_eq!(offset(code), Some(100), "{code}");
        }
        assert_eq!(
            to_minor(d("12.345"), "BHD").ok(),
            None,
            "no third decimal at offset 100"
        );
        assert_eq!(offset("XXX"), None);
        assert_eq!(
            to_minor(d("1"), "XXX"),
            Err(MoneyError::UnknownCurrency("XXX".into()))
        );
        assert!(
            to_minor(Decimal::MAX, "USD").is_err(),
            "overflow is an error, not a panic"
        );
    }

    proptest! {
        #[test]
        fn round_trip_from_minor(units in any::<i64>(), hundred in any::<bool>()) {
            let code = if hundred { "USD" } else { "JPY" };
            let major = from_minor(units, code).expect("known");
            prop_assert_eq!(to_minor(major, code), Ok(units));
        }

        #[test]
        fn round_trip_from_major(cents in -1_000_000_000_000i64..1_000_000_000_000, code in prop::sample::select(vec!["USD", "INR", "JPY", "KRW", "EUR", "COP"])) {
            let amount = if offset(code) == Some(100) { Decimal::new(cents, 2) } else { Decimal::from(cents) };
            let units = to_minor(amount, code).expect("fits");
            prop_assert_eq!(from_minor(units, code).expect("known"), amount);
        }
    }
}
