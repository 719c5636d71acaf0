//! Property tests: the response parsers return errors, never panic, on any input.

use proptest::prelude::*;
use symphony_api::decode_envelope;
use symphony_api::v1::analytics::CampaignAnalytics;
use symphony_api::v1::campaigns::{CampaignDetails, CampaignPage};
use symphony_api::v1::targeting::Location;

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        "[a-z0-9 ._-]{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::hash_map(
                prop_oneof![
                    Just("data".to_string()),
                    Just("campaigns".to_string()),
                    Just("analytic_data".to_string()),
                    Just("dailyStats".to_string()),
                    Just("spend".to_string()),
                    Just("id".to_string()),
                    "[a-z_]{1,10}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

fn all(bytes: &[u8]) {
    let _ = decode_envelope::<CampaignPage>(bytes);
    let _ = decode_envelope::<CampaignDetails>(bytes);
    let _ = decode_envelope::<CampaignAnalytics>(bytes);
    let _ = decode_envelope::<Vec<Location>>(bytes);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        all(&bytes);
    }

    #[test]
    fn arbitrary_json(v in arb_json()) {
        let bytes = serde_json::to_vec(&serde_json::json!({ "data": v })).unwrap_or_default();
        all(&bytes);
    }
}
