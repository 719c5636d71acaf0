use super::*;
use crate::domain::{MarketLocation, PlaceKind};

fn loc(key: &str, label: &str, kind: PlaceKind, paused: bool) -> MarketLocation {
    MarketLocation {
        key: key.into(),
        label: label.into(),
        kind,
        country_code: None,
        paused,
    }
}

fn markets() -> Vec<CampaignMarket> {
    vec![
        CampaignMarket {
            id: Some("6759735593886".into()),
            name: "High Engagement Markets".into(),
            budget_share: Some(rust_decimal::Decimal::ONE),
            locations: vec![
                loc("US", "United States of America", PlaceKind::Country, false),
                loc("689194", "Madrid", PlaceKind::City, true),
            ],
        },
        CampaignMarket {
            id: None,
            name: "Planned".into(),
            budget_share: None,
            locations: vec![],
        },
    ]
}

fn place(key: &str, label: &str, kind: PlaceKind) -> Place {
    Place {
        kind,
        key: key.into(),
        label: label.into(),
        country_code: None,
    }
}

fn fields(p: &[Problem]) -> Vec<(&str, &str)> {
    p.iter()
        .map(|p| (p.field.as_str(), p.message.as_str()))
        .collect()
}

const MARKET: &str = "6759735593886";

#[test]
fn new_places_for_a_market_of_the_campaign_pass() {
    let ps = [
        place("GB", "United Kingdom", PlaceKind::Country),
        place("3847", "California, Estados Unidos", PlaceKind::Region),
    ];
    assert_eq!(add_problems(&markets(), MARKET, &ps), vec![]);
}

#[test]
fn an_add_names_the_market_that_is_not_the_campaigns() {
    let ps = [place("GB", "United Kingdom", PlaceKind::Country)];
    assert_eq!(
        fields(&add_problems(&markets(), "999", &ps)),
        [(
            "market",
            "This campaign has no market \"999\" on the ad platform."
        )]
    );
    // A planned market (no id yet) cannot be edited either.
    assert_eq!(add_problems(&markets(), "", &ps)[0].field, "market");
}

#[test]
fn an_add_needs_a_place() {
    assert_eq!(
        fields(&add_problems(&markets(), MARKET, &[])),
        [("places", "Choose at least one place to add.")]
    );
}

#[test]
fn a_place_already_in_the_market_or_chosen_twice_is_refused() {
    let ps = [
        place("us", "United States of America", PlaceKind::Country),
        place("GB", "United Kingdom", PlaceKind::Country),
        place("GB", "United Kingdom", PlaceKind::Country),
        place(
            "689194",
            "Madrid, Comunidad de Madrid, España",
            PlaceKind::City,
        ),
    ];
    let p = add_problems(&markets(), MARKET, &ps);
    assert_eq!(
        fields(&p),
        [
            (
                "places",
                "United States of America is already in High Engagement Markets."
            ),
            ("places", "United Kingdom is chosen twice."),
            (
                "places",
                "Madrid, Comunidad de Madrid, España is already in High Engagement Markets (paused)."
            ),
        ]
    );
    assert_eq!(p[2].fix.as_deref(), Some("Resume it instead."));
}

#[test]
fn a_location_is_paused_only_when_active_and_resumed_only_when_paused() {
    let m = markets();
    assert_eq!(pause_problems(&m, MARKET, "US", true), vec![]);
    assert_eq!(pause_problems(&m, MARKET, "689194", false), vec![]);
    assert_eq!(
        fields(&pause_problems(&m, MARKET, "689194", true)),
        [("location", "Madrid is already paused.")]
    );
    assert_eq!(
        fields(&pause_problems(&m, MARKET, "US", false)),
        [("location", "United States of America is not paused.")]
    );
}

#[test]
fn a_pause_names_the_unknown_market_or_location() {
    let m = markets();
    assert_eq!(pause_problems(&m, "1", "US", true)[0].field, "market");
    assert_eq!(
        fields(&pause_problems(&m, MARKET, "FR", true)),
        [(
            "location",
            "High Engagement Markets has no location \"FR\"."
        )]
    );
}

#[test]
fn the_re_read_markets_are_the_final_word() {
    let m = markets();
    assert!(confirm_paused(&m, MARKET, "689194", true, "Symphony").is_ok());
    let e = confirm_paused(&m, MARKET, "US", true, "Symphony").expect_err("still active");
    assert_eq!(
        e.message,
        "Symphony accepted the request, but shows United States of America as active now."
    );
    assert!(confirm_paused(&m, MARKET, "FR", false, "Symphony").is_err());
    let us = place("US", "United States of America", PlaceKind::Country);
    let gb = place("GB", "United Kingdom", PlaceKind::Country);
    assert!(confirm_added(&m, MARKET, std::slice::from_ref(&us), "Symphony").is_ok());
    let e = confirm_added(&m, MARKET, &[us, gb], "Symphony").expect_err("GB missing");
    assert_eq!(
        e.message,
        "Symphony accepted the request, but the market does not list United Kingdom now."
    );
}
