use super::*;
use serde_json::json;

/// The guide's 3.2.1 example, verbatim (the symphony-api crate's golden fixture).
const EXAMPLE: &str =
    include_str!("../../../../symphony-api/tests/fixtures/responses/campaign_details.json");

fn example() -> Value {
    serde_json::from_str(EXAMPLE).unwrap_or_default()
}

fn details(v: Value) -> CampaignDetails {
    symphony_api::decode_envelope(v.to_string().as_bytes()).expect("the example parses")
}

fn keys(m: &CampaignMarket) -> Vec<(&str, bool)> {
    m.locations
        .iter()
        .map(|l| (l.key.as_str(), l.paused))
        .collect()
}

#[test]
fn the_documented_example_has_one_market_of_seven_countries() {
    let ms = markets(&details(example()));
    assert_eq!(ms.len(), 1);
    let m = &ms[0];
    assert_eq!(m.id.as_deref(), Some("6759735593886"));
    assert_eq!(m.name, "High Engagement Markets");
    assert_eq!(m.budget_share, Some(rust_decimal::Decimal::ONE));
    assert_eq!(
        keys(m),
        ["AU", "CA", "DE", "FR", "GB", "NZ", "US"].map(|k| (k, false))
    );
    let us = m.location("us").expect("US");
    assert_eq!(us.label, "United States of America");
    assert_eq!(us.kind, PlaceKind::Country);
}

#[test]
fn a_targeted_location_the_platform_no_longer_reaches_is_paused() {
    let mut v = example();
    let mapping = &mut v["data"]["campaign_metadata"]["platform_details"]["campaignsMapping"][0];
    mapping["countries"] = json!(["AU", "CA", "DE", "FR", "GB", "NZ"]);
    mapping["cities"] = json!(["2420379"]);
    let ms = markets(&details(v.clone()));
    let m = &ms[0];
    assert_eq!(m.location("US").map(|l| l.paused), Some(true));
    assert_eq!(m.location("AU").map(|l| l.paused), Some(false));
    // A key the platform reaches but the targeting does not list is shown, active.
    let la = m.location("2420379").expect("the mapped city");
    assert_eq!((la.kind, la.paused), (PlaceKind::City, false));
}

#[test]
fn cities_and_regions_are_matched_by_key_whatever_their_json_type() {
    let mut v = example();
    v["data"]["campaign_metadata"]["campaign_input"]["targetedCountries"][0]["locations"] = json!([
        { "value": "3847", "label": "California", "type": "region", "country_code": "US" },
        { "value": "2420379", "label": "Los Angeles", "type": "city", "region_id": 3847, "country_code": "US" },
        { "value": "689194", "label": "Madrid", "type": "city", "country_code": "ES" }
    ]);
    let mapping = &mut v["data"]["campaign_metadata"]["platform_details"]["campaignsMapping"][0];
    mapping["countries"] = json!([]);
    mapping["regions"] = json!([3847]);
    mapping["cities"] = json!(["2420379"]);
    let ms = markets(&details(v));
    assert_eq!(
        keys(&ms[0]),
        [("3847", false), ("2420379", false), ("689194", true)]
    );
    assert_eq!(ms[0].locations[0].kind, PlaceKind::Region);
    assert_eq!(ms[0].locations[2].country_code.as_deref(), Some("ES"));
}

#[test]
fn markets_are_matched_to_their_targeting_by_name() {
    let mut v = example();
    let cm = &mut v["data"]["campaign_metadata"];
    let mut first = cm["platform_details"]["campaignsMapping"][0].clone();
    first["name"] = json!("Spain");
    first["fraction"] = json!(0.25);
    first["countries"] = json!(["ES"]);
    first["fbCampaign"]["id"] = json!("111");
    cm["platform_details"]["campaignsMapping"]
        .as_array_mut()
        .expect("array")
        .insert(0, first);
    cm["campaign_input"]["targetedCountries"]
        .as_array_mut()
        .expect("array")
        .push(json!({ "name": "Spain", "budget": 0.25, "locations": [
            { "value": "ES", "label": "Spain", "type": "country" }
        ] }));
    let ms = markets(&details(v));
    assert_eq!(ms.len(), 2);
    assert_eq!(
        (ms[0].id.as_deref(), ms[0].name.as_str()),
        (Some("111"), "Spain")
    );
    assert_eq!(keys(&ms[0]), [("ES", false)]);
    assert_eq!(ms[0].budget_share, "0.25".parse().ok());
    assert_eq!(ms[1].locations.len(), 7);
}

#[test]
fn before_the_platform_has_them_the_planned_markets_have_no_id() {
    let mut v = example();
    v["data"]["campaign_metadata"]["platform_details"] = Value::Null;
    let ms = markets(&details(v));
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].id, None);
    assert_eq!(ms[0].locations.len(), 7);
    assert!(ms[0].locations.iter().all(|l| !l.paused));
}

#[test]
fn an_add_sends_the_search_record_else_one_built_from_the_place() {
    let cache = PlaceCache::default();
    let madrid: Location = serde_json::from_value(json!({
        "key": "689194", "name": "Madrid", "type": "city", "region": "Comunidad de Madrid",
        "region_id": 1019, "country_code": "ES", "country_name": "España",
        "supports_city": true, "supports_region": true
    }))
    .expect("the documented record");
    cache.remember(std::slice::from_ref(&madrid));
    let place = Place {
        kind: PlaceKind::City,
        key: "689194".into(),
        label: "Madrid, Comunidad de Madrid, España".into(),
        country_code: Some("ES".into()),
    };
    let sent = serde_json::to_value(cache.to_add(&place)).unwrap_or_default();
    assert_eq!(
        sent,
        json!({ "key": "689194", "name": "Madrid", "type": "city", "region": "Comunidad de Madrid",
            "region_id": 1019, "country_code": "ES", "country_name": "España",
            "supports_city": true, "supports_region": true })
    );
    let sweden = Place {
        kind: PlaceKind::Country,
        key: "SE".into(),
        label: "Suecia".into(),
        country_code: None,
    };
    let sent = serde_json::to_value(cache.to_add(&sweden)).unwrap_or_default();
    assert_eq!(
        sent,
        json!({ "key": "SE", "name": "Suecia", "type": "country", "country_code": "SE" })
    );
}
