//! The one parser for server-given waits: `Retry-After` and `X-RateLimit-Reset`.
//!
//! Both headers are under the server's (or a proxy's) control, so any string must give an
//! answer without panicking: seconds from now (`"30"`, `"1.5"`), a Unix timestamp in seconds
//! (`"1767225600"`: any number above [`EPOCH_FROM`]), or an HTTP date (`"Wed, 21 Oct 2026
//! 07:28:00 GMT"`). Results are clamped to `[0, MAX_WAIT]`; garbage, NaN and negative numbers
//! give `None` (the caller falls back to its own backoff).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The longest wait this parser reports. Callers give up well before (the client's cap is
/// 60 s by default), so this only keeps arithmetic on the result safe.
pub const MAX_WAIT: Duration = Duration::from_secs(24 * 60 * 60);

/// Numbers from this value up are Unix timestamps, not deltas (2001-09-09 in epoch seconds;
/// no server asks for a 31-year wait).
pub const EPOCH_FROM: f64 = 1_000_000_000.0;

/// Parses a wait header against the clock `now`.
pub fn parse_wait_at(raw: &str, now: SystemTime) -> Option<Duration> {
    let s = raw.trim();
    if let Ok(v) = s.parse::<f64>() {
        if v.is_nan() || v < 0.0 {
            return None;
        }
        let secs = if v >= EPOCH_FROM {
            let now_secs = now
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0);
            v - now_secs // inf - finite stays inf, clamped below
        } else {
            v
        };
        return Some(clamp_secs(secs));
    }
    let when = httpdate::parse_http_date(s).ok()?;
    Some(match when.duration_since(now) {
        Ok(d) => d.min(MAX_WAIT),
        Err(_) => Duration::ZERO, // a date in the past: go now
    })
}

/// Parses a wait header against this machine's clock.
pub fn parse_wait(raw: &str) -> Option<Duration> {
    parse_wait_at(raw, SystemTime::now())
}

fn clamp_secs(secs: f64) -> Duration {
    let max = MAX_WAIT.as_secs_f64();
    let secs = if secs.is_nan() {
        0.0
    } else {
        secs.clamp(0.0, max)
    };
    // Cannot fail after the clamp; the fallback keeps this panic-free regardless.
    Duration::try_from_secs_f64(secs).unwrap_or(MAX_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn at(raw: &str) -> Option<Duration> {
        // 2026-01-01T00:00:00Z
        parse_wait_at(raw, UNIX_EPOCH + Duration::from_secs(1_767_225_600))
    }

    #[test]
    fn deltas_epochs_and_dates() {
        assert_eq!(at("30"), Some(Duration::from_secs(30)));
        assert_eq!(at(" 1.5 "), Some(Duration::from_millis(1500)));
        assert_eq!(at("0"), Some(Duration::ZERO));
        assert_eq!(at("1767225630"), Some(Duration::from_secs(30)), "epoch");
        assert_eq!(at("1767225000"), Some(Duration::ZERO), "epoch in the past");
        assert_eq!(
            at("Thu, 01 Jan 2026 00:00:45 GMT"),
            Some(Duration::from_secs(45)),
            "HTTP date"
        );
        assert_eq!(at("Wed, 31 Dec 2025 00:00:00 GMT"), Some(Duration::ZERO));
    }

    #[test]
    fn the_ceiling_is_one_day() {
        // Literal values, not MAX_WAIT: the constant itself is what is checked.
        let day = Duration::from_secs(86_400);
        assert_eq!(MAX_WAIT, day);
        assert_eq!(at("86400"), Some(day), "a wait of exactly a day is kept");
        assert_eq!(at("86399.5"), Some(Duration::from_millis(86_399_500)));
        assert_eq!(at("7200"), Some(Duration::from_secs(7200)), "two hours");
        assert_eq!(at("86401"), Some(day), "one second more is clamped");
        assert_eq!(
            at("Sat, 03 Jan 2026 00:00:00 GMT"),
            Some(day),
            "a date two days off"
        );
    }

    #[test]
    fn absurd_values_clamp_or_are_refused() {
        for huge in [
            "1e309",
            "inf",
            "+infinity",
            "99999999999999999999999999999999",
            "86401",
            "Fri, 31 Dec 9999 23:59:59 GMT",
        ] {
            assert_eq!(at(huge), Some(MAX_WAIT), "{huge}");
        }
        for bad in [
            "NaN", "-1", "-0.5", "-1e309", "-inf", "", "soon", "30s", "0x10", "1,5",
        ] {
            assert_eq!(at(bad), None, "{bad}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

        #[test]
        fn any_string_is_answered_within_bounds(raw in ".{0,64}") {
            if let Some(d) = at(&raw) { prop_assert!(d <= MAX_WAIT); }
        }

        #[test]
        fn any_number_is_answered_within_bounds(v in any::<f64>()) {
            let d = at(&v.to_string());
            if v.is_nan() || v < 0.0 {
                prop_assert_eq!(d, None);
            } else {
                prop_assert!(d.is_some_and(|d| d <= MAX_WAIT));
            }
        }

        #[test]
        fn small_deltas_are_exact(ms in 0u64..(EPOCH_FROM as u64)) {
            let secs = ms as f64 / 1000.0;
            let d = at(&secs.to_string()).unwrap_or(Duration::MAX);
            let want = Duration::from_millis(ms).min(MAX_WAIT);
            prop_assert!(d.abs_diff(want) < Duration::from_millis(1), "{:?} vs {:?}", d, want);
        }

        #[test]
        fn any_clock_any_date(now in any::<u64>(), date in any::<u32>()) {
            let now = UNIX_EPOCH.checked_add(Duration::from_secs(now)).unwrap_or(UNIX_EPOCH);
            let when = UNIX_EPOCH + Duration::from_secs(u64::from(date));
            let d = parse_wait_at(&httpdate::fmt_http_date(when), now);
            prop_assert!(d.is_some_and(|d| d <= MAX_WAIT));
        }
    }
}
