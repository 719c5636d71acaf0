#![no_main]
//! Any status and body as an error response: a typed error, never a panic. The first two
//! bytes pick the status, the rest is the body.

use libfuzzer_sys::fuzz_target;
use symphony_api::error_from_response;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let status = u16::from_le_bytes([data[0], data[1]]) % 1100;
    let e = error_from_response(status, &data[2..]);
    let _ = (e.code(), e.outcome_unknown(), e.to_string());
});
