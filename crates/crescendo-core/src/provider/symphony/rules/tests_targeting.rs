//! Media links and targeting: "arrays that can contain up to three videos/images",
//! "targeting_countries: a list of maximum 3 objects", "budget: takes a number between 0 and 1
//! ... the sum of every budget attribute in all your Markets should be equal to 1", "age: you
//! can go from 18 as minimum, to 65", "gender: options are All, Male, Female"
//! (symphony-v1-create-campaigns.txt).

use super::tests_check::{is, market, media, one, problems, valid};
use super::*;
use crate::domain::{Audience, Demographics};
use rust_decimal::Decimal;
use std::str::FromStr;

fn share(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

fn ages(d: &mut CampaignDraft, min: Option<u8>, max: Option<u8>) {
    d.demographics = Some(Demographics {
        age_min: min,
        age_max: max,
        gender: None,
        languages: vec![],
    });
}

#[test]
fn up_to_three_videos_and_three_images() {
    let mut d = valid();
    d.creative.videos = vec![media("https://v.example/a.mp4"); 3];
    d.creative.images = vec![media("https://v.example/a.jpg"); 3];
    assert_eq!(problems(&d), []);
    d.creative.images.push(media("https://v.example/a.jpg"));
    assert_eq!(
        one(&d),
        is(
            "metadata.public_image_links",
            C::TooMany,
            "4 links; Symphony takes at most 3."
        )
    );
}

#[test]
fn each_link_is_a_named_public_url_with_an_optional_url_thumbnail() {
    let mut d = valid();
    let mut v = media("https://v.example/a.mp4");
    v.thumbnail = Some(" ".into());
    d.creative.videos = vec![v.clone()];
    assert_eq!(problems(&d), [], "an empty thumbnail is none");
    v.thumbnail = Some("https://v.example/a.jpg".into());
    d.creative.videos = vec![v.clone()];
    assert_eq!(problems(&d), []);
    v.thumbnail = Some("a.jpg".into());
    d.creative.videos = vec![media("https://v.example/b.mp4"), v];
    assert_eq!(
        one(&d),
        is(
            "metadata.public_video_links[1].thumbnail",
            C::Invalid,
            "Use a public http(s) link for the thumbnail."
        )
    );
    let mut v = media("file:///clip.mp4");
    v.name = " ".into();
    d.creative.videos = vec![v];
    assert_eq!(
        problems(&d),
        [
            is(
                "metadata.public_video_links[0].url",
                C::Invalid,
                "Use a public http(s) link."
            ),
            is(
                "metadata.public_video_links[0].name",
                C::Required,
                "Name this file."
            ),
        ]
    );
}

#[test]
fn targeting_is_optional() {
    let mut d = valid();
    d.markets.clear();
    d.demographics = None;
    assert_eq!(problems(&d), [], "Symphony provides the defaults");
    ages(&mut d, None, None);
    assert_eq!(problems(&d), [], "no ages: the default ages");
}

#[test]
fn at_most_three_markets() {
    let mut d = valid();
    d.markets = vec![
        market("A", share("0.4")),
        market("B", share("0.3")),
        market("C", share("0.3")),
    ];
    assert_eq!(problems(&d), []);
    d.markets = vec![market("A", share("0.25")); 4];
    assert_eq!(
        one(&d),
        is(
            "metadata.targeting_countries",
            C::TooMany,
            "4 markets; Symphony takes at most 3."
        )
    );
}

#[test]
fn a_share_is_above_0_and_at_most_1() {
    let invalid = |i: usize| {
        is(
            &format!("metadata.targeting_countries[{i}].budget"),
            C::Invalid,
            "A market's share of the budget is more than 0% and at most 100%.",
        )
    };
    let mut d = valid();
    d.markets = vec![market("A", Decimal::ONE)];
    assert_eq!(problems(&d), [], "1 is allowed");
    d.markets = vec![market("A", share("1.01"))];
    assert_eq!(one(&d), invalid(0));
    d.markets = vec![market("A", Decimal::ONE), market("B", Decimal::ZERO)];
    assert_eq!(one(&d), invalid(1), "no sum problem on top");
    d.markets = vec![market("A", share("-0.5")), market("B", share("1.5"))];
    assert_eq!(problems(&d), [invalid(0), invalid(1)]);
}

#[test]
fn the_shares_add_up_to_exactly_1() {
    let mut d = valid();
    d.markets = vec![market("A", share("0.5")), market("B", share("0.5"))];
    assert_eq!(problems(&d), []);
    d.markets = vec![market("A", share("0.5")), market("B", share("0.3"))];
    assert_eq!(
        one(&d),
        is(
            "metadata.targeting_countries",
            C::Mismatch,
            "The markets' shares add up to 80%, not 100%."
        )
    );
    d.markets = vec![market("A", share("0.7")), market("B", share("0.31"))];
    assert_eq!(one(&d).2, "The markets' shares add up to 101%, not 100%.");
}

#[test]
fn a_market_has_a_name_and_places() {
    let mut d = valid();
    d.markets[0].name = " ".into();
    d.markets[0].places.clear();
    assert_eq!(
        problems(&d),
        [
            is(
                "metadata.targeting_countries[0].name",
                C::Required,
                "Name this market."
            ),
            is(
                "metadata.targeting_countries[0].locations",
                C::Required,
                "Add at least one place to this market."
            ),
        ]
    );
}

#[test]
fn an_audience_has_a_name() {
    let mut d = valid();
    d.audiences = vec![
        Audience {
            id: "6003317001363".into(),
            name: "Zendaya".into(),
            ..Default::default()
        },
        Audience {
            id: "6003278637610".into(),
            ..Default::default()
        },
    ];
    assert_eq!(
        one(&d),
        is(
            "metadata.targeting_audiences[1].name",
            C::Required,
            "This audience has no name."
        )
    );
}

#[test]
fn ages_go_from_18_to_65() {
    let f = "metadata.targeting_demographic";
    let mut d = valid();
    ages(&mut d, Some(18), Some(65));
    assert_eq!(problems(&d), []);
    ages(&mut d, Some(30), Some(30));
    assert_eq!(problems(&d), [], "a single age");
    ages(&mut d, Some(17), Some(66));
    assert_eq!(
        problems(&d),
        [
            is(
                &format!("{f}.age.min"),
                C::TooLow,
                "Ads reach people 18 and older."
            ),
            is(
                &format!("{f}.age.max"),
                C::TooHigh,
                "The oldest age to target is 65 (65+)."
            ),
        ]
    );
    ages(&mut d, Some(31), Some(30));
    assert_eq!(
        one(&d),
        is(
            &format!("{f}.age"),
            C::Mismatch,
            "The youngest age is above the oldest."
        )
    );
    for (min, max) in [(Some(18), None), (None, Some(65))] {
        ages(&mut d, min, max);
        assert_eq!(
            one(&d),
            is(
                &format!("{f}.age"),
                C::Required,
                "Give both the youngest and the oldest age."
            )
        );
    }
}

#[test]
fn gender_is_all_male_or_female() {
    let mut d = valid();
    for g in GENDERS.iter().copied().chain([" ", " Male "]) {
        if let Some(x) = d.demographics.as_mut() {
            x.gender = Some(g.into());
        }
        assert_eq!(problems(&d), [], "{g:?}");
    }
    if let Some(x) = d.demographics.as_mut() {
        x.gender = Some("Other".into());
    }
    assert_eq!(
        one(&d),
        is(
            "metadata.targeting_demographic.gender",
            C::Invalid,
            "Choose All, Male or Female."
        )
    );
}
