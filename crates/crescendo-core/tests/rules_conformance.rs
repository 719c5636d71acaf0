//! Each documented create rule yields its problem at the same documented field path from
//! core's rules (before sending) and from the simulator (after sending the request core
//! builds): the wizard shows a problem at its field whichever found it.

use chrono::{DateTime, Duration, Utc};
use crescendo_core::domain::{Audience, Demographics, Market, Place, PlaceKind};
use crescendo_core::draft::{CampaignDraft, CreativeDraft, MediaDraft};
use crescendo_core::provider::symphony::{request, rules};
use rust_decimal::Decimal;
use std::str::FromStr;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-06-01T12:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

fn market(name: &str, share: &str) -> Market {
    Market {
        name: name.into(),
        share: Decimal::from_str(share).unwrap_or_default(),
        places: vec![Place {
            kind: PlaceKind::Country,
            key: "US".into(),
            label: "United States of America".into(),
            country_code: None,
        }],
    }
}

fn video(url: &str) -> MediaDraft {
    MediaDraft {
        url: url.into(),
        name: "clip.mp4".into(),
        ..MediaDraft::default()
    }
}

fn valid() -> CampaignDraft {
    let start = now() + Duration::days(1);
    CampaignDraft {
        name: "Midnight Drive — streams".into(),
        objective: "record_streams".into(),
        budget: "120".into(),
        currency: "USD".into(),
        start: Some(start),
        end: Some(start + Duration::days(7)),
        creative: CreativeDraft {
            instagram_post_id: Some("17921761666746619".into()),
            spotify_id: Some("2M4ujJtsYiiUISmuntBJn7".into()),
            call_to_action: Some("LEARN_MORE".into()),
            ..CreativeDraft::default()
        },
        markets: vec![market("Recommended Markets", "1")],
        audiences: vec![Audience {
            id: "6003317001363".into(),
            name: "Zendaya".into(),
            ..Default::default()
        }],
        demographics: Some(Demographics {
            age_min: Some(18),
            age_max: Some(35),
            gender: Some("All".into()),
            languages: vec![],
        }),
    }
}

fn core_fields(d: &CampaignDraft) -> Vec<String> {
    let mut f: Vec<String> = rules::check(d, Some("USD"), now())
        .into_iter()
        .map(|p| p.field)
        .collect();
    f.sort();
    f.dedup();
    f
}

fn simulator_fields(d: &CampaignDraft) -> Vec<String> {
    let body = request::body(d);
    let mut f: Vec<String> = match symphony_sandbox::validate::create(&body, "USD", now()) {
        Ok(_) => vec![],
        Err(p) => p.0.into_iter().map(|p| p.field).collect(),
    };
    f.sort();
    f.dedup();
    f
}

type Case = (
    &'static str,
    fn(&mut CampaignDraft),
    &'static [&'static str],
);

const CASES: &[Case] = &[
    ("the valid draft", |_| {}, &[]),
    ("no name", |d| d.name = "  ".into(), &["campaign_name"]),
    (
        "a 201-character name",
        |d| d.name = "x".repeat(201),
        &["campaign_name"],
    ),
    (
        "an unknown type",
        |d| d.objective = "boost_tiktok".into(),
        &["campaign_type"],
    ),
    ("no start", |d| d.start = None, &["metadata.start_date"]),
    ("no end", |d| d.end = None, &["metadata.end_date"]),
    (
        "end before start",
        |d| d.end = d.start.map(|s| s - Duration::hours(1)),
        &["metadata.end_date"],
    ),
    (
        "an end in the past",
        |d| {
            d.start = Some(now() - Duration::days(3));
            d.end = Some(now() - Duration::hours(1));
        },
        &["metadata.end_date"],
    ),
    (
        "below 10 USD a day",
        |d| d.budget = "69.99".into(),
        &["metadata.budget.value"],
    ),
    (
        "a partial day counts whole",
        |d| {
            d.end = d
                .start
                .map(|s| s + Duration::days(7) + Duration::minutes(1));
            d.budget = "79.99".into();
        },
        &["metadata.budget.value"],
    ),
    (
        "no budget",
        |d| {
            d.budget = String::new();
            d.currency = String::new();
        },
        &["metadata.budget"],
    ),
    (
        "a budget that is not a number",
        |d| d.budget = "12,50".into(),
        &["metadata.budget"],
    ),
    (
        "a zero budget",
        |d| d.budget = "0".into(),
        &["metadata.budget.value"],
    ),
    (
        "another currency than the ad account's",
        |d| d.currency = "MXN".into(),
        &["metadata.budget.currency"],
    ),
    (
        "an unknown call to action",
        |d| d.creative.call_to_action = Some("CLICK_HERE".into()),
        &["metadata.call_to_action"],
    ),
    (
        "no media",
        |d| d.creative.instagram_post_id = None,
        &["metadata"],
    ),
    (
        "four videos",
        |d| d.creative.videos = vec![video("https://v.example/a.mp4"); 4],
        &["metadata.public_video_links"],
    ),
    (
        "a video that is not a URL",
        |d| d.creative.videos = vec![video("file:///clip.mp4")],
        &["metadata.public_video_links[0].url"],
    ),
    (
        "four markets",
        |d| {
            d.markets = vec![
                market("A", "0.25"),
                market("B", "0.25"),
                market("C", "0.25"),
                market("D", "0.25"),
            ]
        },
        &["metadata.targeting_countries"],
    ),
    (
        "shares that do not add up",
        |d| d.markets = vec![market("A", "0.5"), market("B", "0.3")],
        &["metadata.targeting_countries"],
    ),
    (
        "a market with no places",
        |d| d.markets[0].places.clear(),
        &["metadata.targeting_countries[0].locations"],
    ),
    (
        "ages outside 18-65",
        |d| {
            if let Some(x) = d.demographics.as_mut() {
                x.age_min = Some(17);
                x.age_max = Some(70);
            }
        },
        &[
            "metadata.targeting_demographic.age.max",
            "metadata.targeting_demographic.age.min",
        ],
    ),
    (
        "ages upside down",
        |d| {
            if let Some(x) = d.demographics.as_mut() {
                x.age_min = Some(40);
                x.age_max = Some(30);
            }
        },
        &["metadata.targeting_demographic.age"],
    ),
    (
        "an unknown gender",
        |d| {
            if let Some(x) = d.demographics.as_mut() {
                x.gender = Some("Other".into());
            }
        },
        &["metadata.targeting_demographic.gender"],
    ),
    (
        "streams without the release",
        |d| d.creative.spotify_id = None,
        &["metadata.spotify_id"],
    ),
    (
        "link clicks without link or caption",
        |d| d.objective = "link_clicks".into(),
        &["metadata.caption", "metadata.link_to_boost"],
    ),
    (
        "playlisting without a tier",
        |d| {
            d.objective = "get_playlisted".into();
        },
        &["metadata.tier"],
    ),
    (
        "video views without a video",
        |d| d.objective = "increase_video_views".into(),
        &["metadata.video_id"],
    ),
];

#[test]
fn core_and_the_simulator_name_the_same_fields() {
    for (what, change, expected) in CASES {
        let mut d = valid();
        change(&mut d);
        let expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(core_fields(&d), expected, "core, {what}");
        assert_eq!(simulator_fields(&d), expected, "simulator, {what}");
    }
}

#[test]
fn every_problem_says_what_is_wrong() {
    for (what, change, _) in CASES {
        let mut d = valid();
        change(&mut d);
        for p in rules::check(&d, Some("USD"), now()) {
            assert!(
                p.message.ends_with('.') && p.message.len() > 10,
                "{what}: {p:?}"
            );
        }
    }
}

#[test]
fn money_core_refuses_that_the_currency_cannot_charge() {
    let mut d = valid();
    d.budget = "120.005".into();
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].field, "metadata.budget.value");
    assert!(
        p[0].message.contains("2 decimal places"),
        "{}",
        p[0].message
    );
    d.currency = "JPY".into();
    d.budget = "15000.5".into();
    let p = rules::check(&d, Some("JPY"), now());
    assert!(
        p[0].message.contains("0 decimal places"),
        "{}",
        p[0].message
    );
    d.budget = "15000".into();
    assert!(
        rules::check(&d, Some("JPY"), now()).is_empty(),
        "JPY's minimum is the provider's to check"
    );
}
