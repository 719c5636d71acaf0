#![no_main]
//! Any bytes as this response: an error or a value, never a panic.

use libfuzzer_sys::fuzz_target;
use symphony_api::decode_envelope;

fuzz_target!(|data: &[u8]| {
    let _ = decode_envelope::<symphony_api::v2::ApiTest>(data);
    let _ = decode_envelope::<Vec<symphony_api::v2::Brand>>(data);
    let _ = decode_envelope::<symphony_api::v2::Brand>(data);
    let _ = decode_envelope::<symphony_api::v2::V2Campaign>(data);
    let _ = decode_envelope::<Vec<symphony_api::v2::SearchHit>>(data);
    let _ = decode_envelope::<Vec<symphony_api::v2::Webhook>>(data);
    let _ = decode_envelope::<symphony_api::v2::Webhook>(data);
});
