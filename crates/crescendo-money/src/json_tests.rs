use super::*;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize, Debug)]
struct Row {
    #[serde(deserialize_with = "decimal", serialize_with = "serialize_decimal")]
    spend: Decimal,
    #[serde(default, deserialize_with = "opt_decimal")]
    cpc: Option<Decimal>,
    #[serde(default, deserialize_with = "u64")]
    clicks: u64,
    #[serde(default, deserialize_with = "opt_u64")]
    reach: Option<u64>,
    #[serde(default, deserialize_with = "i64")]
    delta: i64,
}

fn row(json: &str) -> Result<Row, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn money_keeps_every_digit_from_a_number_or_a_string() {
    for text in [
        "12345678901234.56789",
        "0.1",
        "0.3",
        "190",
        "-5.05",
        "1.005",
    ] {
        let want = dec(text);
        let r = row(&format!(r#"{{"spend":{text}}}"#)).unwrap();
        assert_eq!(r.spend, want, "number {text}");
        assert_eq!(r.spend.to_string(), text, "digits of {text}");
        let r = row(&format!(r#"{{"spend":" {text} "}}"#)).unwrap();
        assert_eq!(r.spend, want, "string {text}");
    }
    // Through f64 these would differ: 0.1 + 0.2 != 0.3 there.
    let a = row(r#"{"spend":0.1}"#).unwrap().spend;
    let b = row(r#"{"spend":"0.2"}"#).unwrap().spend;
    assert_eq!(a + b, dec("0.3"));
    // Exponents are read exactly too.
    assert_eq!(row(r#"{"spend":1.5e3}"#).unwrap().spend, dec("1500"));
    assert_eq!(row(r#"{"spend":"25E-2"}"#).unwrap().spend, dec("0.25"));
}

#[test]
fn money_through_a_value_stays_exact() {
    let v: serde_json::Value =
        serde_json::from_str(r#"{"spend":12345678901234.56789,"cpc":0.1}"#).unwrap();
    assert_eq!(
        decimal_from_value(&v["spend"]).unwrap(),
        dec("12345678901234.56789")
    );
    let r: Row = serde_json::from_value(v).unwrap();
    assert_eq!(r.spend, dec("12345678901234.56789"));
    assert_eq!(r.cpc, Some(dec("0.1")));
}

#[test]
fn integers_are_exact_beyond_f64() {
    let r = row(r#"{"spend":1,"clicks":9007199254740993,"reach":"9007199254740993"}"#).unwrap();
    assert_eq!(r.clicks, 9_007_199_254_740_993);
    assert_eq!(r.reach, Some(9_007_199_254_740_993));
    let r =
        row(r#"{"spend":1,"clicks":"18446744073709551615","delta":-9007199254740993}"#).unwrap();
    assert_eq!(r.clicks, u64::MAX);
    assert_eq!(r.delta, -9_007_199_254_740_993);
    // Whole numbers written with a fraction or exponent are still whole.
    assert_eq!(row(r#"{"spend":1,"clicks":12.0}"#).unwrap().clicks, 12);
    assert_eq!(row(r#"{"spend":1,"clicks":"1e3"}"#).unwrap().clicks, 1000);
    let v: serde_json::Value = serde_json::from_str("9007199254740993").unwrap();
    assert_eq!(i64_from_value(&v).unwrap(), 9_007_199_254_740_993);
}

#[test]
fn fractions_and_garbage_are_refused_with_a_clear_error() {
    let e = row(r#"{"spend":1,"clicks":"1.5"}"#).unwrap_err();
    assert!(e.contains("expected a whole number, got 1.5"), "{e}");
    let e = row(r#"{"spend":1,"clicks":1.5}"#).unwrap_err();
    assert!(e.contains("whole number"), "{e}");
    let e = row(r#"{"spend":1,"clicks":-1}"#).unwrap_err();
    assert!(e.contains("out of range"), "{e}");
    let e = row(r#"{"spend":1,"clicks":"18446744073709551616"}"#).unwrap_err();
    assert!(e.contains("out of range"), "{e}");
    for bad in [
        "\"NaN\"",
        "\"inf\"",
        "\"lots\"",
        "\"\"",
        "\"1_000\"",
        "\"+1\"",
        "\".5\"",
        "\"1.\"",
        "true",
        "[1]",
        "{\"a\":1}",
    ] {
        let e = row(&format!(r#"{{"spend":{bad}}}"#)).unwrap_err();
        assert!(
            e.contains("expected a number or a numeric string"),
            "{bad}: {e}"
        );
    }
    let e = row(r#"{"spend":null}"#).unwrap_err();
    assert!(e.contains("null"), "{e}");
    // Beyond 28 digits a Decimal would round: refused, never rounded silently.
    let e = row(r#"{"spend":0.12345678901234567890123456789012}"#).unwrap_err();
    assert!(e.contains("more digits"), "{e}");
    let e = row(r#"{"spend":"1.23456789012345678901234567890123e2"}"#).unwrap_err();
    assert!(e.contains("more digits"), "{e}");
}

#[test]
fn optional_fields_are_none_when_null_or_absent() {
    let r = row(r#"{"spend":1,"cpc":null}"#).unwrap();
    assert_eq!((r.cpc, r.reach), (None, None));
    let r = row(r#"{"spend":1,"cpc":"2.50","reach":"7"}"#).unwrap();
    assert_eq!((r.cpc, r.reach), (Some(dec("2.50")), Some(7)));
}

#[test]
fn amounts_serialize_as_exact_numbers() {
    let r = row(r#"{"spend":12345678901234.56789}"#).unwrap();
    let text = serde_json::to_string(&r).unwrap();
    assert!(
        text.starts_with(r#"{"spend":12345678901234.56789,"#),
        "{text}"
    );
    assert_eq!(to_value(&dec("190.00")).to_string(), "190");
    assert_eq!(to_value(&dec("12.50")).to_string(), "12.5");
    assert_eq!(to_value(&dec("0.1")).to_string(), "0.1");
    let v = serde_json::json!({ "value": to_value(&dec("12345678901234.56789")) });
    assert_eq!(v.to_string(), r#"{"value":12345678901234.56789}"#);
}

#[test]
fn exponents_that_would_round_are_refused() {
    assert_eq!(
        parse_decimal("1e-30"),
        Err(NumberError::TooPrecise("1e-30".into()))
    );
    assert_eq!(
        parse_decimal("1e40"),
        Err(NumberError::TooPrecise("1e40".into()))
    );
    assert_eq!(parse_decimal("-2.5E+2").unwrap(), dec("-250"));
    assert_eq!(parse_decimal("0e5").unwrap(), Decimal::ZERO);
}

proptest::proptest! {
    /// Any decimal written as a JSON number or string reads back digit for digit.
    #[test]
    fn any_decimal_reads_back_exactly(m in proptest::num::i64::ANY, scale in 0u32..=18) {
        let want = Decimal::new(m, scale);
        let text = want.to_string();
        let r = row(&format!(r#"{{"spend":{text},"clicks":"{}"}}"#, m.unsigned_abs())).unwrap();
        proptest::prop_assert_eq!(r.spend.to_string(), text.clone());
        proptest::prop_assert_eq!(r.clicks, m.unsigned_abs());
        let r = row(&format!(r#"{{"spend":"{text}"}}"#)).unwrap();
        proptest::prop_assert_eq!(r.spend, want);
    }
}
