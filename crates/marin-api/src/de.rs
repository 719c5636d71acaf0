//! Lenient, exact field readers: ids that arrive as strings or integers, money and rates as
//! exact decimals from the JSON text (crescendo-money; never through f64), counts as integers.

use serde::de::{self, Deserializer, Visitor};
use std::fmt;

pub use crescendo_money::json::{
    decimal, opt_decimal, opt_u64, serialize_decimal, serialize_opt_decimal, u64,
};

/// An id: `"105"` or `105` (JSON ids are documented as strings; a number is accepted as the
/// same id, read from its text).
pub fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an id (string or integer)")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
            // serde_json's arbitrary_precision hands a number over as a one-entry map.
            match map.next_entry::<String, String>()? {
                Some((_, text)) if text.bytes().all(|b| b.is_ascii_digit()) => Ok(text),
                _ => Err(de::Error::custom("expected an id (string or integer)")),
            }
        }
    }
    d.deserialize_any(V)
}

/// An optional id: absent or null is None.
pub fn opt_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("null or an id")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            id(d).map(Some)
        }
    }
    d.deserialize_option(V)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct T {
        #[serde(deserialize_with = "super::id")]
        id: String,
        #[serde(default, deserialize_with = "super::opt_id")]
        other: Option<String>,
    }

    #[test]
    fn ids_from_strings_and_integers() {
        for (text, want) in [(r#"{"id":"105"}"#, "105"), (r#"{"id":105}"#, "105")] {
            let t: T = serde_json::from_str(text).expect("parses");
            assert_eq!(t.id, want);
            assert_eq!(t.other, None);
        }
        let t: T = serde_json::from_str(r#"{"id":"1","other":7}"#).expect("parses");
        assert_eq!(t.other.as_deref(), Some("7"));
        assert!(serde_json::from_str::<T>(r#"{"id":1.5}"#).is_err());
        assert!(serde_json::from_str::<T>(r#"{"id":true}"#).is_err());
    }
}
