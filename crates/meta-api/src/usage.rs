//! Graph's usage headers, read without ever panicking (they are under the server's, or a
//! proxy's, control):
//! - `X-Business-Use-Case-Usage`: `{"<business or ad account id>": [{"type", "call_count",
//!   "total_cputime", "total_time", "estimated_time_to_regain_access"}]}`, percentages and a
//!   wait in **minutes**;
//! - `X-Ad-Account-Usage`: `{"acc_id_util_pct", "reset_time_duration" (seconds),
//!   "ads_api_access_tier"}`;
//! - `X-App-Usage`: `{"call_count", "total_cputime", "total_time"}`, percentages.
//!
//! Numbers may arrive as JSON numbers or numeric strings. Percentages are kept in [0, 1000];
//! waits are clamped to [`MAX_WAIT`]; NaN, negatives, infinities-as-percentages and garbage
//! are ignored (the caller's own backoff applies).

use serde_json::Value;
use std::time::Duration;

/// The longest wait reported (keeps `Instant` arithmetic safe; callers give up far earlier).
pub const MAX_WAIT: Duration = Duration::from_secs(24 * 60 * 60);

/// What one response's headers say about how close the caller is to being throttled.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Usage {
    /// The highest percentage any header reports (call count, CPU time, total time, account
    /// utilisation).
    pub max_pct: Option<f64>,
    /// `estimated_time_to_regain_access`, the longest of the entries, when above zero.
    pub regain: Option<Duration>,
    /// `reset_time_duration`: how long until the ad account's score is back to zero.
    pub reset: Option<Duration>,
}

impl Usage {
    /// Reads the three headers through `get` (a header lookup by lowercase name).
    pub fn from_headers<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Usage {
        let mut u = Usage::default();
        if let Some(raw) = get("x-business-use-case-usage") {
            u.merge(parse_business_use_case(raw));
        }
        if let Some(raw) = get("x-ad-account-usage") {
            u.merge(parse_ad_account(raw));
        }
        if let Some(raw) = get("x-app-usage") {
            u.merge(parse_app(raw));
        }
        u
    }

    fn merge(&mut self, o: Usage) {
        self.max_pct = max_f(self.max_pct, o.max_pct);
        self.regain = self.regain.max(o.regain);
        self.reset = self.reset.max(o.reset);
    }

    /// Whether the headers say the caller is (or is about to be) blocked.
    pub fn exhausted(&self) -> bool {
        self.regain.is_some() || self.max_pct.is_some_and(|p| p >= 100.0)
    }

    /// The wait the headers ask for: the regain estimate, and the account's reset when the
    /// account is at 100%. None when they ask for nothing.
    pub fn wait(&self) -> Option<Duration> {
        let reset = if self.max_pct.is_some_and(|p| p >= 100.0) {
            self.reset
        } else {
            None
        };
        match (self.regain, reset) {
            (None, None) => None,
            (a, b) => a.max(b),
        }
    }
}

fn max_f(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

fn number(v: Option<&Value>) -> Option<f64> {
    let n = match v? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    (!n.is_nan()).then_some(n)
}

fn pct(v: Option<&Value>) -> Option<f64> {
    number(v).filter(|p| *p >= 0.0).map(|p| p.min(1000.0))
}

fn secs(v: Option<&Value>, unit: f64) -> Option<Duration> {
    let n = number(v).filter(|n| *n >= 0.0)? * unit;
    let n = if n.is_finite() {
        n
    } else {
        MAX_WAIT.as_secs_f64()
    };
    Some(Duration::try_from_secs_f64(n.min(MAX_WAIT.as_secs_f64())).unwrap_or(MAX_WAIT))
}

fn pcts_of(obj: &serde_json::Map<String, Value>, keys: &[&str]) -> Option<f64> {
    keys.iter()
        .fold(None, |acc, k| max_f(acc, pct(obj.get(*k))))
}

/// `X-Business-Use-Case-Usage`.
pub fn parse_business_use_case(raw: &str) -> Usage {
    let Ok(Value::Object(ids)) = serde_json::from_str::<Value>(raw) else {
        return Usage::default();
    };
    let mut u = Usage::default();
    for entries in ids.values() {
        let Value::Array(entries) = entries else {
            continue;
        };
        for e in entries {
            let Value::Object(e) = e else { continue };
            let p = pcts_of(e, &["call_count", "total_cputime", "total_time"]);
            let regain =
                secs(e.get("estimated_time_to_regain_access"), 60.0).filter(|d| !d.is_zero());
            u.merge(Usage {
                max_pct: p,
                regain,
                reset: None,
            });
        }
    }
    u
}

/// `X-Ad-Account-Usage`.
pub fn parse_ad_account(raw: &str) -> Usage {
    let Ok(Value::Object(o)) = serde_json::from_str::<Value>(raw) else {
        return Usage::default();
    };
    Usage {
        max_pct: pct(o.get("acc_id_util_pct")),
        regain: None,
        reset: secs(o.get("reset_time_duration"), 1.0),
    }
}

/// `X-App-Usage`.
pub fn parse_app(raw: &str) -> Usage {
    let Ok(Value::Object(o)) = serde_json::from_str::<Value>(raw) else {
        return Usage::default();
    };
    Usage {
        max_pct: pcts_of(&o, &["call_count", "total_cputime", "total_time"]),
        ..Usage::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_documented_shapes() {
        let buc = r#"{"66782684":[{"type":"ads_management","call_count":95,"total_cputime":20,"total_time":20,"estimated_time_to_regain_access":0}],
                      "10153848260347724":[{"type":"ads_insights","call_count":97,"total_cputime":23,"total_time":23,"estimated_time_to_regain_access":19}]}"#;
        let u = parse_business_use_case(buc);
        assert_eq!(u.max_pct, Some(97.0));
        assert_eq!(u.regain, Some(Duration::from_secs(19 * 60)), "minutes");
        let acc = parse_ad_account(
            r#"{"acc_id_util_pct":9.67,"reset_time_duration":0,"ads_api_access_tier":"development_access"}"#,
        );
        assert_eq!(acc.max_pct, Some(9.67));
        assert_eq!(acc.reset, Some(Duration::ZERO));
        let app = parse_app(r#"{"call_count":"28","total_time":25,"total_cputime":"x"}"#);
        assert_eq!(app.max_pct, Some(28.0));
        let all = Usage::from_headers(|n| match n {
            "x-business-use-case-usage" => Some(buc),
            "x-app-usage" => Some(r#"{"call_count":100}"#),
            _ => None,
        });
        assert!(all.exhausted());
        assert_eq!(all.wait(), Some(Duration::from_secs(19 * 60)));
    }

    #[test]
    fn an_account_at_100_percent_waits_for_its_reset() {
        let u = parse_ad_account(r#"{"acc_id_util_pct":100,"reset_time_duration":0.25}"#);
        assert!(u.exhausted());
        assert_eq!(u.wait(), Some(Duration::from_millis(250)));
        let calm = parse_ad_account(r#"{"acc_id_util_pct":40,"reset_time_duration":300}"#);
        assert!(!calm.exhausted());
        assert_eq!(calm.wait(), None, "a reset alone is not a reason to wait");
    }

    #[test]
    fn garbage_gives_nothing_and_absurd_values_clamp() {
        for raw in [
            "",
            "null",
            "[]",
            "{",
            "nonsense",
            r#"{"1":"x"}"#,
            r#"{"1":[1,null,"a"]}"#,
            r#"{"acc_id_util_pct":"NaN"}"#,
            r#"{"call_count":-5}"#,
            &"[".repeat(10_000),
        ] {
            let u = Usage::from_headers(|_| Some(raw));
            assert_eq!(u.regain, None, "{raw:.40}");
            assert!(
                u.max_pct.is_none_or(|p| (0.0..=1000.0).contains(&p)),
                "{raw:.40}"
            );
        }
        let huge = parse_business_use_case(
            r#"{"1":[{"call_count":1e308,"estimated_time_to_regain_access":1e308}]}"#,
        );
        assert_eq!(huge.max_pct, Some(1000.0));
        assert_eq!(huge.regain, Some(MAX_WAIT));
        let inf = parse_ad_account(r#"{"acc_id_util_pct":100,"reset_time_duration":"inf"}"#);
        assert_eq!(inf.wait(), Some(MAX_WAIT));
        let neg = parse_business_use_case(r#"{"1":[{"estimated_time_to_regain_access":-3}]}"#);
        assert_eq!(neg.regain, None);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1000, .. ProptestConfig::default() })]

        #[test]
        fn any_string_any_header(raw in ".{0,200}") {
            let u = Usage::from_headers(|_| Some(raw.as_str()));
            prop_assert!(u.wait().is_none_or(|w| w <= MAX_WAIT));
        }

        #[test]
        fn any_numbers(c in any::<f64>(), r in any::<f64>(), s in "[-0-9.eE+a-z]{0,12}") {
            let raw = format!(r#"{{"1":[{{"call_count":{c:?},"estimated_time_to_regain_access":"{s}"}},{{"total_time":"{r}","estimated_time_to_regain_access":{r:?}}}]}}"#);
            let u = parse_business_use_case(&raw);
            prop_assert!(u.max_pct.is_none_or(|p| (0.0..=1000.0).contains(&p)));
            prop_assert!(u.regain.is_none_or(|w| w <= MAX_WAIT));
        }
    }
}
