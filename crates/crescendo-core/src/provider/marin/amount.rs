//! Amounts as a manager types them (budgets, bids), read exactly in the account's currency.

use marin_api::Decimal;

/// `text` as a positive amount of `currency` with no more decimals than it has; the error is
/// a sentence about `what` ("The bid"), ready to show at its field.
pub fn amount(text: &str, currency: &str, what: &str) -> Result<Decimal, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(format!("{what} is empty: type an amount in {currency}."));
    }
    let value: Decimal = t
        .parse()
        .map_err(|_| format!("{t:?} is not an amount: type digits, with a dot for decimals."))?;
    if value <= Decimal::ZERO {
        return Err(format!("{what} must be more than zero."));
    }
    let exp = crate::money::known_exponent(currency).unwrap_or(2);
    if value.normalize().scale() > exp {
        return Err(format!(
            "{currency} amounts have {exp} decimals at most; {t} has more."
        ));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::amount;

    #[test]
    fn reads_exact_amounts_and_says_what_is_wrong() {
        assert_eq!(
            amount(" 12.50 ", "USD", "The bid").map(|d| d.to_string()),
            Ok("12.50".into())
        );
        assert_eq!(
            amount("1500", "JPY", "The bid").map(|d| d.to_string()),
            Ok("1500".into())
        );
        assert_eq!(
            amount("1.5", "JPY", "The bid"),
            Err("JPY amounts have 0 decimals at most; 1.5 has more.".into())
        );
        assert_eq!(
            amount("0", "USD", "The daily budget"),
            Err("The daily budget must be more than zero.".into())
        );
        assert_eq!(
            amount("", "MXN", "The bid"),
            Err("The bid is empty: type an amount in MXN.".into())
        );
        assert_eq!(
            amount("1,5", "USD", "The bid"),
            Err("\"1,5\" is not an amount: type digits, with a dot for decimals.".into())
        );
    }
}
