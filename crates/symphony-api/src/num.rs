//! Lenient, exact numbers: the API sends some numbers as JSON strings ("spend": "12.5"). Money
//! parses from either form straight into a `Decimal` and counts into integers, through
//! crescendo-money (never through f64); anything else is an error that serde_path_to_error
//! turns into a field path.

pub use crescendo_money::json::{
    decimal as decimal_lenient, i64 as i64_lenient, opt_decimal as opt_decimal_lenient,
    opt_u64 as opt_u64_lenient, serialize_decimal, serialize_opt_decimal, u64 as u64_lenient,
};
pub use rust_decimal::RoundingStrategy;

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use serde::Deserialize;
    use std::str::FromStr;

    #[derive(Deserialize, Debug)]
    struct T {
        #[serde(deserialize_with = "decimal_lenient")]
        spend: Decimal,
        #[serde(deserialize_with = "u64_lenient")]
        clicks: u64,
    }

    #[test]
    fn strings_and_numbers_both_parse_exactly() {
        let t: T = serde_json::from_str(r#"{"spend":"12.5","clicks":550}"#).expect("parses");
        assert_eq!(
            (t.spend, t.clicks),
            (Decimal::from_str("12.5").unwrap(), 550)
        );
        let t: T =
            serde_json::from_str(r#"{"spend":12345678901234.56789,"clicks":"9007199254740993"}"#)
                .expect("parses");
        assert_eq!(t.spend.to_string(), "12345678901234.56789");
        assert_eq!(t.clicks, 9_007_199_254_740_993);
    }

    #[test]
    fn malformed_numbers_name_the_field() {
        let mut de = serde_json::Deserializer::from_str(r#"{"spend":"lots","clicks":1}"#);
        let err = serde_path_to_error::deserialize::<_, T>(&mut de).expect_err("fails");
        assert_eq!(err.path().to_string(), "spend");
        assert!(err.inner().to_string().contains("lots"));
        let mut de = serde_json::Deserializer::from_str(r#"{"spend":1,"clicks":"1.5"}"#);
        let err = serde_path_to_error::deserialize::<_, T>(&mut de).expect_err("fails");
        assert_eq!(err.path().to_string(), "clicks");
        assert!(
            err.inner().to_string().contains("whole number"),
            "{}",
            err.inner()
        );
    }

    #[test]
    fn decimals_serialize_as_plain_numbers() {
        let v = |s: &str| {
            let d = Decimal::from_str(s).expect("decimal");
            serialize_decimal(&d, serde_json::value::Serializer).expect("ser")
        };
        assert_eq!(v("190"), serde_json::json!(190));
        assert_eq!(v("190.00"), serde_json::json!(190));
        assert_eq!(v("12.5").to_string(), "12.5");
        assert_eq!(
            v("12345678901234.56789").to_string(),
            "12345678901234.56789"
        );
    }
}
