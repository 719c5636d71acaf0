#![allow(dead_code)]
//! A realistic draft for the store tests: every part of `CampaignDraft` filled in, with exact
//! market shares that a float would round.

use chrono::{DateTime, Duration, Utc};
use crescendo_core::domain::{Audience, Demographics, Language, Market, Place, PlaceKind};
use crescendo_core::draft::{CampaignDraft, CreativeDraft, MediaDraft};
use rust_decimal::Decimal;
use std::str::FromStr;

fn place(kind: PlaceKind, key: &str, label: &str, country: Option<&str>) -> Place {
    Place {
        kind,
        key: key.into(),
        label: label.into(),
        country_code: country.map(Into::into),
    }
}

fn media(url: &str, name: &str, format: &str) -> MediaDraft {
    MediaDraft {
        url: url.into(),
        name: name.into(),
        thumbnail: Some(format!("{url}.jpg")),
        format_type: Some(format.into()),
    }
}

pub fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2030-03-01T09:30:00.123Z")
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

pub fn full_draft(name: &str) -> CampaignDraft {
    let share = |s: &str| Decimal::from_str(s).expect("decimal");
    CampaignDraft {
        name: name.into(),
        objective: "record_streams".into(),
        budget: "1234.56".into(),
        currency: "EUR".into(),
        start: Some(start()),
        end: Some(start() + Duration::days(14)),
        creative: CreativeDraft {
            instagram_post_id: None,
            videos: vec![
                media("https://cdn.example.com/a.mp4", "Teaser — 15 s", "reel"),
                media(
                    "https://cdn.example.com/b.mp4",
                    "Behind the scenes",
                    "story",
                ),
            ],
            images: vec![media("https://cdn.example.com/c.png", "Cover art", "feed")],
            link: None,
            caption: Some("Out now ✨ «Midnight Drive»".into()),
            spotify_id: Some("2M4ujJtsYiiUISmuntBJn7".into()),
            external_links: vec![
                "https://music.apple.com/album/1".into(),
                "https://youtube.com/watch?v=x".into(),
            ],
            call_to_action: Some("LISTEN_NOW".into()),
            playlist_tier: None,
            pitch_notes: None,
            video_id: None,
            views_goal: None,
        },
        markets: vec![
            Market {
                name: "Core".into(),
                share: share("0.3333333333333333333333333334"),
                places: vec![
                    place(PlaceKind::Country, "US", "United States", None),
                    place(PlaceKind::City, "2420379", "Los Angeles", Some("US")),
                ],
            },
            Market {
                name: "Europe".into(),
                share: share("0.3333333333333333333333333333"),
                places: vec![place(PlaceKind::Region, "3847", "Bavaria", Some("DE"))],
            },
            Market {
                name: "Rest".into(),
                share: share("0.3333333333333333333333333333"),
                places: vec![place(PlaceKind::Country, "BR", "Brazil", None)],
            },
        ],
        audiences: vec![
            Audience {
                id: "6003317001363".into(),
                name: "Bad Bunny".into(),
                ..Default::default()
            },
            Audience {
                id: "6003139266461".into(),
                name: "Summer Walker".into(),
                ..Default::default()
            },
        ],
        demographics: Some(Demographics {
            age_min: Some(18),
            age_max: Some(44),
            gender: Some("All".into()),
            languages: vec![
                Language {
                    key: 6,
                    name: "English (US)".into(),
                },
                Language {
                    key: 23,
                    name: "Spanish".into(),
                },
            ],
        }),
    }
}
