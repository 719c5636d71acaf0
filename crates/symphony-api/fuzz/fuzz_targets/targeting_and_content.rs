#![no_main]
//! Any bytes as this response: an error or a value, never a panic.

use libfuzzer_sys::fuzz_target;
use symphony_api::decode_envelope;

fuzz_target!(|data: &[u8]| {
    let _ = decode_envelope::<Vec<symphony_api::v1::targeting::Location>>(data);
    let _ = decode_envelope::<Vec<symphony_api::v1::targeting::Interest>>(data);
    let _ = decode_envelope::<Vec<symphony_api::v1::targeting::Language>>(data);
    let _ = decode_envelope::<Vec<symphony_api::v1::content::Release>>(data);
    let _ = decode_envelope::<Vec<symphony_api::v1::content::InstagramPost>>(data);
    let _ = decode_envelope::<Vec<symphony_api::v1::content::YoutubeVideo>>(data);
});
