//! Lenient numbers: the API sends some numbers as JSON strings ("spend": "12.5"). These parse
//! either form; anything else is an error that serde_path_to_error turns into a field path.

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::Serializer;
use std::fmt;
use std::str::FromStr;

pub use rust_decimal::RoundingStrategy;

struct NumVisitor;

impl<'de> Visitor<'de> for NumVisitor {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number or a numeric string")
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
        let t = v.trim();
        t.parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .ok_or_else(|| E::custom(format!("expected a number, got the string {v:?}")))
    }
}

/// `f64` from a number or a numeric string.
pub fn f64_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    d.deserialize_any(NumVisitor)
}

/// `Option<f64>`: null or absent is None.
pub fn opt_f64_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let v: Option<serde_json::Value> = serde::Deserialize::deserialize(d)?;
    match v {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(v) => f64_lenient(v).map(Some).map_err(de::Error::custom),
    }
}

/// Whole counts (clicks, impressions) that may arrive as strings.
pub fn u64_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let n = f64_lenient(d)?;
    if n < 0.0 || n.fract() != 0.0 {
        return Err(de::Error::custom(format!(
            "expected a whole non-negative count, got {n}"
        )));
    }
    Ok(n as u64)
}

/// Money amounts as exact decimals, from a JSON number or string (never through f64).
pub fn decimal_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    let v: serde_json::Value = serde::Deserialize::deserialize(d)?;
    let text = match &v {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => s.trim().to_string(),
        other => {
            return Err(de::Error::custom(format!(
                "expected an amount, got {other}"
            )))
        }
    };
    Decimal::from_str(&text)
        .or_else(|_| Decimal::from_scientific(&text))
        .map_err(|_| de::Error::custom(format!("expected an amount, got {text:?}")))
}

/// Writes a decimal as a JSON number: an integer when it is whole (`190`), else a float (`12.5`).
pub fn serialize_decimal<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let n = d.normalize();
    if n.scale() == 0 {
        if let Ok(i) = i64::try_from(n) {
            return s.serialize_i64(i);
        }
    }
    let f: f64 = n.to_string().parse().map_err(serde::ser::Error::custom)?;
    s.serialize_f64(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    struct T {
        #[serde(deserialize_with = "f64_lenient")]
        spend: f64,
        #[serde(deserialize_with = "decimal_lenient")]
        budget: Decimal,
    }

    #[test]
    fn strings_and_numbers_both_parse() {
        let t: T = serde_json::from_str(r#"{"spend":"12.5","budget":550}"#).expect("parses");
        assert_eq!(t.spend, 12.5);
        assert_eq!(t.budget, Decimal::from(550));
        let t: T = serde_json::from_str(r#"{"spend":3,"budget":"0.1"}"#).expect("parses");
        assert_eq!(t.budget.to_string(), "0.1");
    }

    #[test]
    fn malformed_numbers_name_the_field() {
        let mut de = serde_json::Deserializer::from_str(r#"{"spend":"lots","budget":1}"#);
        let err = serde_path_to_error::deserialize::<_, T>(&mut de).expect_err("fails");
        assert_eq!(err.path().to_string(), "spend");
        assert!(err.inner().to_string().contains("lots"));
    }

    #[test]
    fn decimals_serialize_as_plain_numbers() {
        let v = |s: &str| {
            let d = Decimal::from_str(s).expect("decimal");
            serialize_decimal(&d, serde_json::value::Serializer).expect("ser")
        };
        assert_eq!(v("190"), serde_json::json!(190));
        assert_eq!(v("190.00"), serde_json::json!(190));
        assert_eq!(v("12.5"), serde_json::json!(12.5));
    }
}
