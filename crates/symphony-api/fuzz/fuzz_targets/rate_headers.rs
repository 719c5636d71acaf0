#![no_main]
//! Any header value (Retry-After, X-RateLimit-Reset) against any clock: an answer within
//! bounds, never a panic.

use libfuzzer_sys::fuzz_target;
use std::time::{Duration, UNIX_EPOCH};
use symphony_api::rate_headers::{parse_wait_at, MAX_WAIT};

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let (clock, raw) = data.split_at(8);
    let secs = u64::from_le_bytes(clock.try_into().unwrap_or([0; 8]));
    let now = UNIX_EPOCH
        .checked_add(Duration::from_secs(secs % 10_000_000_000))
        .unwrap_or(UNIX_EPOCH);
    let raw = String::from_utf8_lossy(raw);
    if let Some(d) = parse_wait_at(&raw, now) {
        assert!(d <= MAX_WAIT, "{raw:?} gave {d:?}");
    }
    let _ = symphony_api::parse_reset(&raw);
});
