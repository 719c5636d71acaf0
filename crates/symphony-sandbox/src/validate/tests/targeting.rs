//! `targeting_countries`, `targeting_audiences` and `targeting_demographic` at their edges, as
//! symphony-v1-create-campaigns.txt ("Targeting") states them.

use super::*;

/// A location as the documents write one: "value", "label" and "type" provided by Meta.
fn loc() -> Value {
    json!({ "value": "US", "label": "United States of America", "type": "country",
            "region_id": null, "country_code": null })
}

fn market(budget: Value) -> Value {
    json!({ "name": "Recommended Markets", "budget": budget, "locations": [loc()] })
}

fn with_markets(markets: Value) -> Vec<String> {
    let mut b = base();
    b["metadata"]["targeting_countries"] = markets;
    problems(&b, "USD")
}

fn with_demographic(demographic: Value) -> Vec<String> {
    let mut b = base();
    b["metadata"]["targeting_demographic"] = demographic;
    problems(&b, "USD")
}

const TC: &str = "metadata.targeting_countries";

#[test]
fn one_to_three_markets() {
    // "A list of maximum 3 objects".
    let three = json!([market(json!(0.5)), market(json!(0.25)), market(json!(0.25))]);
    assert_eq!(with_markets(three), Vec::<String>::new());
    let four = json!(vec![market(json!(0.25)); 4]);
    assert_eq!(
        with_markets(four),
        [format!("{TC}: has 4 markets; at most 3 are allowed")]
    );
    // An empty list targets nowhere; leaving the field out takes Symphony's defaults.
    assert_eq!(
        with_markets(json!([])),
        [format!("{TC}: needs at least one market")]
    );
    assert_eq!(
        with_markets(market(json!(1))),
        [format!("{TC}: must be a list of markets")]
    );
}

#[test]
fn a_share_is_above_0_and_at_most_1() {
    // "budget: takes a number between 0 and 1"; the documented examples give one market 1.
    assert_eq!(
        with_markets(json!([market(json!(1))])),
        Vec::<String>::new()
    );
    let bad = |i: usize| format!("{TC}[{i}].budget: must be a fraction above 0 and at most 1");
    // 0 next to 1 adds up to 1: only the share's own bound refuses the empty market.
    assert_eq!(
        with_markets(json!([market(json!(0)), market(json!(1))])),
        [bad(0)]
    );
    // Above 1 by less than the thousandth the sum allows.
    assert_eq!(with_markets(json!([market(json!(1.0005))])), [bad(0)]);
    assert_eq!(
        with_markets(json!([market(json!(-0.5)), market(json!(1.5))])),
        [bad(0), bad(1)]
    );
    // A number, not text.
    assert_eq!(with_markets(json!([market(json!("1"))])), [bad(0)]);
}

#[test]
fn shares_add_up_to_1_within_a_thousandth() {
    // "the sum of every budget attribute in all your Markets should be equal to 1". Thirds
    // written 0.333 add up to 0.999: a thousandth either side is taken as rounding.
    assert_eq!(
        with_markets(json!(vec![market(json!(0.333)); 3])),
        Vec::<String>::new()
    );
    assert_eq!(
        with_markets(json!([market(json!(0.5)), market(json!(0.501))])),
        Vec::<String>::new()
    );
    let off = |sum: &str| {
        vec![format!(
            "{TC}: market budgets must add up to 1 (100%); they add up to {sum}"
        )]
    };
    assert_eq!(
        with_markets(json!([
            market(json!(0.333)),
            market(json!(0.333)),
            market(json!(0.332))
        ])),
        off("0.998")
    );
    assert_eq!(
        with_markets(json!([market(json!(0.5)), market(json!(0.502))])),
        off("1.002")
    );
    assert_eq!(
        with_markets(json!([market(json!(0.5)), market(json!(0.3))])),
        off("0.8")
    );
    // A market with another problem is reported alone, not also as a wrong sum.
    assert_eq!(
        with_markets(json!([{ "budget": 0.5, "locations": [loc()] }])),
        [format!("{TC}[0].name: is required")]
    );
}

#[test]
fn each_market_needs_locations_with_value_label_and_type() {
    let with_locations = |locations: Value| {
        with_markets(json!([{ "name": "M", "budget": 1, "locations": locations }]))
    };
    assert_eq!(with_locations(json!([loc()])), Vec::<String>::new());
    let none = vec![format!("{TC}[0].locations: needs at least one location")];
    assert_eq!(with_locations(json!([])), none);
    assert_eq!(with_locations(json!("US")), none);
    for missing in ["value", "label", "type"] {
        let mut l = loc();
        l.as_object_mut().map(|o| o.remove(missing));
        assert_eq!(
            with_locations(json!([loc(), l])),
            [format!("{TC}[0].locations[1]: needs value, label and type")],
            "without {missing}"
        );
    }
    // The search endpoint's shape ({ key, name, type }) is not the request's.
    assert_eq!(
        with_locations(json!([{ "key": "US", "name": "United States", "type": "country" }])),
        [format!("{TC}[0].locations[0]: needs value, label and type")]
    );
}

#[test]
fn audiences_need_a_name() {
    let with_audiences = |a: Value| {
        let mut b = base();
        b["metadata"]["targeting_audiences"] = a;
        problems(&b, "USD")
    };
    // "fbId": optional; "name": provided by Meta.
    assert_eq!(
        with_audiences(json!([{ "name": "Indie pop" }])),
        Vec::<String>::new()
    );
    assert_eq!(
        with_audiences(json!([{ "name": "Indie pop" }, { "fbId": "6003278637610" }])),
        ["metadata.targeting_audiences[1].name: is required"]
    );
    assert_eq!(
        with_audiences(json!({ "name": "Indie pop" })),
        ["metadata.targeting_audiences: must be a list"]
    );
}

const AGE: &str = "metadata.targeting_demographic.age";

#[test]
fn ages_go_from_18_to_65() {
    // "min": number, // min 18 / "max": number // max 65.
    let age = |min: i64, max: i64| with_demographic(json!({ "age": { "min": min, "max": max } }));
    assert_eq!(age(18, 65), Vec::<String>::new());
    assert_eq!(
        age(17, 65),
        [format!("{AGE}.min: 17 is below the minimum age of 18")]
    );
    assert_eq!(
        age(18, 66),
        [format!("{AGE}.max: 66 is above the maximum age of 65")]
    );
    // A single age is a range too; min above max is not.
    assert_eq!(age(30, 30), Vec::<String>::new());
    assert_eq!(
        age(31, 30),
        [format!("{AGE}: min (31) must not exceed max (30)")]
    );
}

#[test]
fn age_is_an_object_of_whole_numbers() {
    let whole = vec![format!("{AGE}: needs whole-number min and max")];
    assert_eq!(with_demographic(json!({ "age": { "min": 18 } })), whole);
    assert_eq!(
        with_demographic(json!({ "age": { "min": 18, "max": 35.5 } })),
        whole
    );
    assert_eq!(
        with_demographic(json!({ "age": "18-65" })),
        [format!("{AGE}: must be {{ min, max }}")]
    );
    // Age is optional: Symphony has a default.
    assert_eq!(
        with_demographic(json!({ "gender": "All" })),
        Vec::<String>::new()
    );
}

#[test]
fn gender_is_all_male_or_female() {
    // "gender": string, // All, Male, Female.
    for g in ["All", "Male", "Female"] {
        assert_eq!(
            with_demographic(json!({ "gender": g })),
            Vec::<String>::new()
        );
    }
    for g in [json!("all"), json!("Other"), json!(1)] {
        assert_eq!(
            with_demographic(json!({ "gender": g })),
            ["metadata.targeting_demographic.gender: must be All, Male or Female"],
            "{g}"
        );
    }
}

#[test]
fn languages_carry_numeric_keys() {
    // "languages": [{ "key": number, "name": string }], as /v1/meta/language/search returns.
    let ok = json!([{ "key": 6, "name": "English (US)", "selected": true }, { "key": 24, "name": "English (UK)" }]);
    assert_eq!(
        with_demographic(json!({ "languages": ok })),
        Vec::<String>::new()
    );
    let bad = ["metadata.targeting_demographic.languages: must be a list of { key, name } with numeric keys"];
    assert_eq!(
        with_demographic(json!({ "languages": [{ "key": "6", "name": "English (US)" }] })),
        bad
    );
    assert_eq!(with_demographic(json!({ "languages": ["English"] })), bad);
    assert_eq!(with_demographic(json!({ "languages": { "key": 6 } })), bad);
}
