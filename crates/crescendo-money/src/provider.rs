//! What providers do differently from ISO 4217, as far as the reference documents say.
//!
//! - Symphony (v1, v2) takes and returns amounts in major units (`"budget": { "value": 190,
//!   "currency": "MXN" }`): ISO exponents apply unchanged.
//! - Meta's Marketing API counts budgets in subunits: `spend_cap` is "integer value of the
//!   subunit in your currency", and Symphony's campaign details show a 550 MXN campaign's Meta
//!   campaign with `"lifetime_budget": 55000`. The reference gives no per-currency offsets that
//!   differ from ISO (DESIGN.md mentions Meta's own table, e.g. COP or HUF with offset 1, but it is
//!   not in reference/): until it is, [`meta_minor_units`] uses the ISO exponent.
//! - Marin Social sends major units (`"daily_budget": 0.05`).

use crate::currency::Currency;
use rust_decimal::Decimal;

/// An amount in Meta's integer subunits (550 MXN -> 55000), or None when it has a fraction of
/// a subunit or does not fit.
pub fn meta_minor_units(amount: Decimal, currency: &Currency) -> Option<i64> {
    let scaled = amount.checked_mul(Decimal::from(10i64.checked_pow(currency.exponent())?))?;
    if scaled.fract().is_zero() {
        i64::try_from(scaled).ok()
    } else {
        None
    }
}

/// Meta's integer subunits back to an amount in major units (55000 MXN -> 550.00).
pub fn from_meta_minor_units(units: i64, currency: &Currency) -> Decimal {
    Decimal::new(units, currency.exponent())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn meta_counts_in_subunits() {
        let c = |s: &str| Currency::parse(s).unwrap();
        let d = |s: &str| Decimal::from_str(s).unwrap();
        // The integration guide's example: 550 MXN is lifetime_budget 55000.
        assert_eq!(meta_minor_units(d("550"), &c("MXN")), Some(55000));
        assert_eq!(meta_minor_units(d("1500"), &c("JPY")), Some(1500));
        assert_eq!(meta_minor_units(d("1.234"), &c("KWD")), Some(1234));
        assert_eq!(
            meta_minor_units(d("1.005"), &c("USD")),
            None,
            "a fraction of a cent"
        );
        assert_eq!(
            from_meta_minor_units(55000, &c("MXN")).to_string(),
            "550.00"
        );
        assert_eq!(from_meta_minor_units(1500, &c("KRW")).to_string(), "1500");
    }
}
