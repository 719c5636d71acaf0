#![no_main]
//! Any bytes as this response: an error or a value, never a panic.

use libfuzzer_sys::fuzz_target;
use symphony_api::decode_envelope;

fuzz_target!(|data: &[u8]| {
    let _ = decode_envelope::<Vec<symphony_api::v1::analytics::CreativePerformance>>(data);
});
