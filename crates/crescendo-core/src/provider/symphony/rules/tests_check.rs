//! The campaign-wide rules of the v1 create document (symphony-v1-create-campaigns.txt): the
//! campaign types, what each type needs, media, calls to action, and the helpers they share.
//! Each case asserts the exact field, code and message, at the edge of the rule.

use super::*;
use crate::domain::{Demographics, Market, Place, PlaceKind};
use crate::draft::{CreativeDraft, MediaDraft};
use chrono::{Duration, TimeZone};
use rust_decimal::Decimal;

pub(super) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

pub(super) fn market(name: &str, share: Decimal) -> Market {
    Market {
        name: name.into(),
        share,
        places: vec![Place {
            kind: PlaceKind::Country,
            key: "US".into(),
            label: "United States of America".into(),
            country_code: None,
        }],
    }
}

pub(super) fn media(url: &str) -> MediaDraft {
    MediaDraft {
        url: url.into(),
        name: "clip.mp4".into(),
        ..MediaDraft::default()
    }
}

/// The document's record_streams example: 7 days from tomorrow, 120 USD.
pub(super) fn valid() -> CampaignDraft {
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
        markets: vec![market("Recommended Markets", Decimal::ONE)],
        audiences: vec![],
        demographics: Some(Demographics {
            age_min: Some(18),
            age_max: Some(35),
            gender: Some("All".into()),
            languages: vec![],
        }),
    }
}

pub(super) fn problems(d: &CampaignDraft) -> Vec<(String, C, String)> {
    check(d, Some("USD"), now())
        .into_iter()
        .map(|p| (p.field, p.code, p.message))
        .collect()
}

/// The single problem a draft has.
pub(super) fn one(d: &CampaignDraft) -> (String, C, String) {
    let mut p = problems(d);
    assert_eq!(p.len(), 1, "{p:?}");
    p.remove(0)
}

pub(super) fn is(field: &str, code: C, message: &str) -> (String, C, String) {
    (field.into(), code, message.into())
}

#[test]
fn the_valid_draft_has_no_problem() {
    assert_eq!(problems(&valid()), []);
}

#[test]
fn a_url_is_an_http_or_https_address_with_a_host() {
    assert!(is_url("https://x"));
    assert!(is_url("http://x"));
    assert!(is_url("  https://v.example/a.mp4 "));
    assert!(!is_url("https://"), "no host");
    assert!(!is_url("https:////v.example/a.mp4"), "no host");
    assert!(!is_url("https://?x"));
    assert!(!is_url("http://"));
    assert!(!is_url("ftp://files.example/clip.mp4"));
    assert!(!is_url("v.example/a.mp4"));
    assert!(!is_url(""));
}

#[test]
fn a_started_day_is_billed_as_a_whole_one() {
    let s = now();
    assert_eq!(billed_days(s, s + Duration::days(1)), 1);
    assert_eq!(billed_days(s, s + Duration::minutes(30)), 1);
    assert_eq!(
        billed_days(s, s + Duration::days(1) + Duration::seconds(1)),
        2
    );
    assert_eq!(
        billed_days(s, s + Duration::days(3) - Duration::seconds(1)),
        3
    );
    assert_eq!(billed_days(s, s + Duration::days(7)), 7);
    assert_eq!(billed_days(s, s), 1, "never less than a day");
}

#[test]
fn the_campaign_type_is_one_of_the_five_documented() {
    let mut d = valid();
    d.objective = " ".into();
    assert_eq!(
        one(&d),
        is(
            "campaign_type",
            C::Required,
            "Choose what the campaign is for."
        )
    );
    // An unknown type stops there: its other rules are unknown.
    let d = CampaignDraft {
        name: "x".into(),
        objective: "boost_tiktok".into(),
        ..CampaignDraft::default()
    };
    assert_eq!(
        one(&d),
        is(
            "campaign_type",
            C::Invalid,
            "boost_tiktok is not a campaign type Symphony runs."
        )
    );
}

#[test]
fn the_name_is_required_and_at_most_200_characters() {
    let mut d = valid();
    d.name = "  ".into();
    assert_eq!(
        one(&d),
        is("campaign_name", C::Required, "Give the campaign a name.")
    );
    d.name = "é".repeat(MAX_NAME_CHARS);
    assert_eq!(problems(&d), [], "200 characters, 400 bytes");
    d.name = "é".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(
        one(&d),
        is(
            "campaign_name",
            C::TooHigh,
            "The name is 201 characters; Symphony takes at most 200."
        )
    );
}

#[test]
fn get_playlisted_needs_the_release_and_a_documented_tier_only() {
    let d = CampaignDraft {
        name: "Pitch".into(),
        objective: "get_playlisted".into(),
        creative: CreativeDraft {
            spotify_id: Some("2M4ujJtsYiiUISmuntBJn7".into()),
            playlist_tier: Some(" 1000000_followers ".into()),
            ..CreativeDraft::default()
        },
        ..CampaignDraft::default()
    };
    assert_eq!(
        problems(&d),
        [],
        "paid through Symphony: no dates or budget"
    );
    for tier in PLAYLIST_TIERS {
        let mut t = d.clone();
        t.creative.playlist_tier = Some((*tier).into());
        assert_eq!(problems(&t), [], "{tier}");
    }
    let mut t = d.clone();
    t.creative.playlist_tier = Some("50000_followers".into());
    assert_eq!(
        one(&t),
        is("metadata.tier", C::Required, "Choose a playlist tier.")
    );
    t.creative.playlist_tier = Some("1000000_followers".into());
    t.creative.spotify_id = Some(" ".into());
    assert_eq!(
        one(&t),
        is(
            "metadata.spotify_id",
            C::Required,
            "Choose the release to pitch."
        )
    );
}

#[test]
fn a_meta_type_needs_no_playlist_tier_or_video() {
    for objective in ["record_streams", "boost_instagram"] {
        let mut d = valid();
        d.objective = objective.into();
        assert_eq!(problems(&d), [], "{objective}");
    }
}

#[test]
fn increase_video_views_needs_the_video_and_a_known_goal() {
    let mut d = valid();
    d.objective = "increase_video_views".into();
    d.creative = CreativeDraft {
        video_id: Some("dQw4w9WgXcQ".into()),
        views_goal: Some("cheapest_views".into()),
        ..CreativeDraft::default()
    };
    d.markets.clear();
    assert_eq!(problems(&d), [], "no Meta media or release needed");
    d.creative.views_goal = Some("more_engagement".into());
    assert_eq!(problems(&d), []);
    d.creative.views_goal = Some(" ".into());
    assert_eq!(problems(&d), [], "the goal is optional");
    d.creative.views_goal = Some("fastest".into());
    assert_eq!(
        one(&d),
        is(
            "metadata.views_goal",
            C::Invalid,
            "Optimise for the cheapest views or for more engagement."
        )
    );
    d.creative.views_goal = None;
    d.creative.video_id = None;
    assert_eq!(
        one(&d),
        is(
            "metadata.video_id",
            C::Required,
            "Choose the YouTube video to promote."
        )
    );
    // Dates and budget still apply.
    d.creative.video_id = Some("dQw4w9WgXcQ".into());
    d.budget = "0".into();
    assert_eq!(one(&d).0, "metadata.budget.value");
}

#[test]
fn the_call_to_action_is_optional_but_known() {
    let mut d = valid();
    for cta in CALLS_TO_ACTION {
        d.creative.call_to_action = Some((*cta).into());
        assert_eq!(problems(&d), [], "{cta}");
    }
    d.creative.call_to_action = Some("  ".into());
    assert_eq!(problems(&d), []);
    d.creative.call_to_action = Some("CLICK_HERE".into());
    assert_eq!(
        one(&d),
        is(
            "metadata.call_to_action",
            C::Invalid,
            "CLICK_HERE is not a call to action Symphony takes; use one of LEARN_MORE, \
             SHOP_NOW, LISTEN_NOW, VIEW_NOW, WATCH_MORE, SIGN_UP, GET_TICKETS."
        )
    );
}

#[test]
fn the_ad_shows_an_instagram_post_a_video_or_an_image() {
    let missing = is(
        "metadata",
        C::Required,
        "Add what the ad shows: an Instagram post, a video or an image.",
    );
    let mut d = valid();
    d.creative.instagram_post_id = Some(" ".into());
    assert_eq!(one(&d), missing);
    d.creative.videos = vec![media("https://v.example/a.mp4")];
    assert_eq!(problems(&d), [], "a video alone");
    d.creative.videos.clear();
    d.creative.images = vec![media("https://v.example/a.jpg")];
    assert_eq!(problems(&d), [], "an image alone");
    d.creative.images.clear();
    d.creative.instagram_post_id = Some("17921761666746619".into());
    assert_eq!(problems(&d), [], "a post alone");
}

#[test]
fn record_streams_needs_the_release_and_url_platform_links() {
    let mut d = valid();
    d.creative.spotify_id = None;
    assert_eq!(
        one(&d),
        is(
            "metadata.spotify_id",
            C::Required,
            "Choose the release to promote."
        )
    );
    let mut d = valid();
    d.creative.external_links = vec![
        "https://www.youtube.com/watch?v=EpAkZtsYU3U".into(),
        " ".into(),
    ];
    assert_eq!(problems(&d), [], "an empty row is ignored");
    d.creative
        .external_links
        .push("music.apple.com/album".into());
    assert_eq!(
        one(&d),
        is(
            "metadata.spotify_external_platforms",
            C::Invalid,
            "Each platform link must be an http(s) URL."
        )
    );
    // Other types do not send platform links.
    d.objective = "boost_instagram".into();
    d.creative.spotify_id = None;
    assert_eq!(problems(&d), []);
}

#[test]
fn link_clicks_needs_a_url_to_boost_and_a_caption() {
    let mut d = valid();
    d.objective = "link_clicks".into();
    d.creative.link = Some("https://www.goodreads.com/book/show/5907".into());
    d.creative.caption = Some("test caption".into());
    d.creative.spotify_id = None;
    assert_eq!(problems(&d), []);
    d.creative.link = Some("goodreads.com".into());
    assert_eq!(
        one(&d),
        is(
            "metadata.link_to_boost",
            C::Required,
            "Give the http(s) link people should land on."
        )
    );
    d.creative.link = Some("https://www.goodreads.com".into());
    d.creative.caption = Some("  ".into());
    assert_eq!(
        one(&d),
        is(
            "metadata.caption",
            C::Required,
            "Write the caption shown with the link."
        )
    );
}
