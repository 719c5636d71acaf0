//! Exact numbers from JSON, for `#[serde(deserialize_with = ...)]`.
//!
//! APIs send amounts as numbers (`12.5`) or numeric strings (`"12.5"`), and counts likewise.
//! Without serde_json's `arbitrary_precision` a JSON number with a fraction is an `f64` by the
//! time any visitor sees it (`12345678901234.56789` has already lost its last digits, and
//! `0.1` is 0.1000000000000000055...). With it (this crate turns it on) serde_json hands over
//! the number's text, here as a one-entry map under [`NUMBER_TOKEN`], and these helpers parse
//! that text straight into a [`Decimal`] or an integer. A `serde_json::Value` keeps the text too,
//! so money read from a `Value` ([`decimal_from_value`]) is exact as well.

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The key under which serde_json (with `arbitrary_precision`) passes a number's text.
pub const NUMBER_TOKEN: &str = "$serde_json::private::Number";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("expected a number or a numeric string, got {0:?}")]
    NotANumber(String),
    #[error("{0} has more digits than an exact decimal holds")]
    TooPrecise(String),
    #[error("expected a whole number, got {0}")]
    NotWhole(String),
    #[error("{0} is out of range for a {1}")]
    OutOfRange(String, &'static str),
    #[error("expected a number or a numeric string, got {0}")]
    WrongType(&'static str),
}

/// JSON's number grammar (`-?int(.frac)?(e[+-]?exp)?`), leading zeros allowed for strings.
/// Rejects what `Decimal::from_str` would let through: `1_000`, `+1`, `.5`, `NaN`, `inf`, "".
fn is_number_text(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > s
    };
    if !digits(&mut i) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

/// The exact decimal a number's text denotes, or an error if it is not a number or needs more
/// than the 28 digits a `Decimal` holds (never rounded silently).
pub fn parse_decimal(text: &str) -> Result<Decimal, NumberError> {
    let t = text.trim();
    if !is_number_text(t) {
        return Err(NumberError::NotANumber(text.to_string()));
    }
    let too_precise = || NumberError::TooPrecise(t.to_string());
    if t.contains(['e', 'E']) {
        let d = Decimal::from_scientific(t).map_err(|_| too_precise())?;
        // from_scientific may round: check by scaling the mantissa's digit count.
        let (mantissa, _) = t.split_once(['e', 'E']).unwrap_or((t, ""));
        let m = Decimal::from_str_exact(mantissa).map_err(|_| too_precise())?;
        let digits = |d: Decimal| d.normalize().mantissa().unsigned_abs().to_string().len();
        if !m.is_zero() && (d.is_zero() || digits(d) < digits(m)) {
            return Err(too_precise());
        }
        Ok(d)
    } else {
        Decimal::from_str_exact(t).map_err(|_| too_precise())
    }
}

fn whole(text: &str) -> Result<Decimal, NumberError> {
    let d = parse_decimal(text)?;
    if d.fract().is_zero() {
        Ok(d.trunc())
    } else {
        Err(NumberError::NotWhole(text.trim().to_string()))
    }
}

/// A whole non-negative count from a number's text ("12", "12.0", "1e3"; not "1.5").
pub fn parse_u64(text: &str) -> Result<u64, NumberError> {
    let d = whole(text)?;
    u64::try_from(d).map_err(|_| NumberError::OutOfRange(text.trim().to_string(), "count"))
}

/// A whole number, possibly negative, from a number's text.
pub fn parse_i64(text: &str) -> Result<i64, NumberError> {
    let d = whole(text)?;
    i64::try_from(d).map_err(|_| NumberError::OutOfRange(text.trim().to_string(), "64-bit integer"))
}

/// What a visitor was handed, as text: every number arrives here exactly.
enum Raw {
    Text(String),
    U64(u64),
    I64(i64),
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number or a numeric string")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::U64(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::I64(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Raw, E> {
        Ok(Raw::Text(v.to_string()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Raw, E> {
        Ok(Raw::Text(v.to_string()))
    }
    /// Reached only from a `serde_json::Value` whose number prints exactly as it was written
    /// (serde_json checks that before handing out an f64), or from a non-JSON format: the
    /// shortest text that reads back as `v` is then the number that was sent.
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Raw, E> {
        if v.is_finite() {
            Ok(Raw::Text(format!("{v}")))
        } else {
            Err(E::custom(NumberError::NotANumber(v.to_string())))
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Text(v.to_string()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        match map.next_key::<String>()? {
            Some(k) if k == NUMBER_TOKEN => Ok(Raw::Text(map.next_value::<String>()?)),
            _ => Err(de::Error::custom(NumberError::WrongType("an object"))),
        }
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Raw, E> {
        Err(E::custom(NumberError::WrongType("a boolean")))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
        Err(E::custom(NumberError::WrongType("null")))
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Raw, A::Error> {
        Err(de::Error::custom(NumberError::WrongType("a list")))
    }
}

fn raw<'de, D: Deserializer<'de>>(d: D) -> Result<Raw, D::Error> {
    d.deserialize_any(RawVisitor)
}

/// Money from a JSON number or numeric string, exactly.
pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    match raw(d)? {
        Raw::U64(v) => Ok(Decimal::from(v)),
        Raw::I64(v) => Ok(Decimal::from(v)),
        Raw::Text(t) => parse_decimal(&t).map_err(de::Error::custom),
    }
}

/// A whole non-negative count from a JSON number or digit string, exactly.
pub fn u64<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    match raw(d)? {
        Raw::U64(v) => Ok(v),
        Raw::I64(v) => Err(de::Error::custom(NumberError::OutOfRange(
            v.to_string(),
            "count",
        ))),
        Raw::Text(t) => parse_u64(&t).map_err(de::Error::custom),
    }
}

/// A whole number, possibly negative, from a JSON number or digit string, exactly.
pub fn i64<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    match raw(d)? {
        Raw::U64(v) => i64::try_from(v).map_err(|_| {
            de::Error::custom(NumberError::OutOfRange(v.to_string(), "64-bit integer"))
        }),
        Raw::I64(v) => Ok(v),
        Raw::Text(t) => parse_i64(&t).map_err(de::Error::custom),
    }
}

macro_rules! optional {
    ($(#[$m:meta])* $name:ident, $inner:ident, $t:ty) => {
        $(#[$m])*
        pub fn $name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<$t>, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Option<$t>;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("null, a number or a numeric string")
                }
                fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                    Ok(None)
                }
                fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                    Ok(None)
                }
                fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
                    $inner(d).map(Some)
                }
            }
            d.deserialize_option(V)
        }
    };
}

optional!(
    /// `Option<Decimal>`: null is None (absent too, with `#[serde(default)]`).
    opt_decimal, decimal, Decimal
);
optional!(
    /// `Option<u64>`: null is None (absent too, with `#[serde(default)]`).
    opt_u64, u64, u64
);
optional!(
    /// `Option<i64>`: null is None (absent too, with `#[serde(default)]`).
    opt_i64, i64, i64
);

/// The JSON number for an amount, exactly as the decimal reads (trailing zeros dropped:
/// `190.00` is `190`, `12.50` is `12.5`).
pub fn to_number(d: &Decimal) -> serde_json::Number {
    // Every Decimal prints as a JSON number (`-`, digits, optional fraction): never an error.
    serde_json::Number::from_str(&d.normalize().to_string()).unwrap_or_else(|_| 0u8.into())
}

/// [`to_number`] as a `Value`, for documents built with `json!`.
pub fn to_value(d: &Decimal) -> serde_json::Value {
    serde_json::Value::Number(to_number(d))
}

/// `serialize_with` for a Decimal: a JSON number with the decimal's exact digits.
pub fn serialize_decimal<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    to_number(d).serialize(s)
}

/// `serialize_with` for an `Option<Decimal>`: null or an exact JSON number.
pub fn serialize_opt_decimal<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_some(&to_number(d)),
        None => s.serialize_none(),
    }
}

/// Money from a `serde_json::Value` (a number or a numeric string), exactly.
pub fn decimal_from_value(v: &serde_json::Value) -> Result<Decimal, NumberError> {
    match v {
        serde_json::Value::Number(n) => parse_decimal(n.as_str()),
        serde_json::Value::String(s) => parse_decimal(s),
        serde_json::Value::Null => Err(NumberError::WrongType("null")),
        serde_json::Value::Bool(_) => Err(NumberError::WrongType("a boolean")),
        serde_json::Value::Array(_) => Err(NumberError::WrongType("a list")),
        serde_json::Value::Object(_) => Err(NumberError::WrongType("an object")),
    }
}

/// A whole number from a `serde_json::Value` (a number or a digit string), exactly.
pub fn i64_from_value(v: &serde_json::Value) -> Result<i64, NumberError> {
    match v {
        serde_json::Value::Number(n) => parse_i64(n.as_str()),
        serde_json::Value::String(s) => parse_i64(s),
        _ => decimal_from_value(v).and_then(|d| parse_i64(&d.to_string())),
    }
}

#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;
