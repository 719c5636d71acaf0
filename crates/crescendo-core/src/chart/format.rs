//! Tick text in the manager's locale: dates through chrono's localized formats (glibc locale
//! data from pure-rust-locales), numbers with the locale's separators and the unit's digits.

use chrono::{Datelike, Locale, NaiveDate};

use super::Unit;

/// The locale a BCP 47 tag ("es-MX", "ja", "pt_BR") names, or en_US when none matches.
pub fn locale(tag: &str) -> Locale {
    let tag = tag.trim().replace('-', "_");
    let mut parts = tag.split('_');
    let lang = parts.next().unwrap_or("").to_ascii_lowercase();
    let region = parts.next().unwrap_or("").to_ascii_uppercase();
    if let Ok(l) = Locale::try_from(format!("{lang}_{region}").as_str()) {
        return l;
    }
    // A language alone (or with a region glibc lacks): its most common region first.
    let default_region = match lang.as_str() {
        "en" => "US",
        "es" => "ES",
        "pt" => "BR",
        "ja" => "JP",
        "zh" => "CN",
        "ko" => "KR",
        "sv" => "SE",
        "da" => "DK",
        "hi" => "IN",
        "ar" => "EG",
        _ => "",
    };
    let upper = lang.to_ascii_uppercase();
    [default_region, upper.as_str()]
        .iter()
        .find_map(|r| Locale::try_from(format!("{lang}_{r}").as_str()).ok())
        .unwrap_or(Locale::en_US)
}

fn language(locale: Locale) -> String {
    let name = format!("{locale:?}");
    name.split('_').next().unwrap_or("").to_string()
}

/// How x ticks are spaced, which decides what their text shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStep {
    Days,
    Months,
}

/// A date tick: "5 ene" / "Jan 5" / "1月5日" for day ticks; "ene" / "1月" for month ticks,
/// with the year on January and on the first tick.
pub fn date_tick(date: NaiveDate, step: DateStep, with_year: bool, locale: Locale) -> String {
    let lang = language(locale);
    let cjk = matches!(lang.as_str(), "ja" | "zh");
    let pattern = match (step, with_year, cjk, lang.as_str()) {
        (DateStep::Days, _, true, _) => "%-m月%-d日",
        (DateStep::Days, _, _, "ko") => "%-m월 %-d일",
        (DateStep::Days, _, _, "en") => "%b %-d",
        (DateStep::Days, _, _, _) => "%-d %b",
        (DateStep::Months, true, true, _) => "%Y年%-m月",
        (DateStep::Months, false, true, _) => "%-m月",
        (DateStep::Months, true, _, _) => "%b %Y",
        (DateStep::Months, false, _, _) => "%b",
    };
    let text = date.format_localized(pattern, locale).to_string();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a month tick shows its year.
pub fn month_needs_year(date: NaiveDate, first_tick: bool) -> bool {
    first_tick || date.month() == 1
}

/// The locale's decimal point and thousands separator.
pub fn separators(locale: Locale) -> (&'static str, &'static str) {
    let point = pure_rust_locales::locale_match!(locale => LC_NUMERIC::DECIMAL_POINT);
    let group = pure_rust_locales::locale_match!(locale => LC_NUMERIC::THOUSANDS_SEP);
    (if point.is_empty() { "." } else { point }, group)
}

/// Digits after the decimal point for ticks `step` apart in `unit`.
pub fn decimals(unit: &Unit, step: f64) -> usize {
    match unit {
        Unit::Money { exponent, .. } => (*exponent).min(6) as usize,
        Unit::Count => 0,
        Unit::Percent => {
            if step >= 1.0 || !step.is_finite() || step <= 0.0 {
                0
            } else {
                ((-step.log10()).ceil().max(0.0) as usize).min(6)
            }
        }
    }
}

/// `value` with `decimals` digits and the locale's separators; "%" after percentages. Values
/// are bounded (|v| <= 1e15) by the caller, so the integer part fits an i64.
pub fn number(value: f64, unit: &Unit, decimals: usize, seps: (&str, &str)) -> String {
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((fixed.as_str(), ""));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3 * seps.1.len());
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push_str(seps.1);
        }
        grouped.push(c);
    }
    let negative = value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0');
    let mut out = String::new();
    if negative {
        out.push('\u{2212}');
    }
    out.push_str(&grouped);
    if !frac.is_empty() {
        out.push_str(seps.0);
        out.push_str(frac);
    }
    if matches!(unit, Unit::Percent) {
        out.push('%');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn locales_resolve_with_fallbacks() {
        assert_eq!(locale("es-MX"), Locale::es_MX);
        assert_eq!(locale("ja-JP"), Locale::ja_JP);
        assert_eq!(locale("ja"), Locale::ja_JP);
        assert_eq!(locale("pt"), Locale::pt_BR);
        assert_eq!(locale("fr"), Locale::fr_FR);
        assert_eq!(locale("xx-YY"), Locale::en_US);
        assert_eq!(locale(""), Locale::en_US);
    }

    #[test]
    fn month_labels_follow_the_locale() {
        let jan = d(2026, 1, 5);
        let es = locale("es-MX");
        let ja = locale("ja-JP");
        assert_eq!(date_tick(jan, DateStep::Months, false, es), "ene");
        assert_eq!(date_tick(d(2026, 8, 1), DateStep::Months, false, es), "ago");
        assert_eq!(date_tick(jan, DateStep::Months, true, es), "ene 2026");
        assert_eq!(date_tick(jan, DateStep::Days, false, es), "5 ene");
        assert_eq!(date_tick(jan, DateStep::Months, false, ja), "1月");
        assert_eq!(date_tick(jan, DateStep::Months, true, ja), "2026年1月");
        assert_eq!(
            date_tick(d(2026, 12, 24), DateStep::Days, false, ja),
            "12月24日"
        );
        let en = locale("en-US");
        assert_eq!(date_tick(jan, DateStep::Days, false, en), "Jan 5");
    }

    #[test]
    fn numbers_use_the_unit_digits_and_locale_separators() {
        let usd = Unit::Money {
            currency: "USD".into(),
            exponent: 2,
        };
        let jpy = Unit::Money {
            currency: "JPY".into(),
            exponent: 0,
        };
        let en = separators(locale("en-US"));
        assert_eq!(number(1234.5, &usd, decimals(&usd, 500.0), en), "1,234.50");
        assert_eq!(
            number(1234567.0, &jpy, decimals(&jpy, 5e5), en),
            "1,234,567"
        );
        assert_eq!(number(-20.0, &usd, 2, en), "\u{2212}20.00");
        assert_eq!(number(-0.0001, &usd, 2, en), "0.00");
        let de = separators(locale("de-DE"));
        assert_eq!(number(1234.5, &usd, 2, de), "1.234,50");
        assert_eq!(
            number(2.5, &Unit::Percent, decimals(&Unit::Percent, 0.5), en),
            "2.5%"
        );
        assert_eq!(
            number(40.0, &Unit::Count, decimals(&Unit::Count, 10.0), en),
            "40"
        );
    }
}
