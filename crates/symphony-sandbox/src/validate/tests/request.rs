//! The request as a whole: `campaign_type`, `campaign_name`, the per-type fields and the error
//! body's summary.

use super::*;

const TYPES: &str =
    "record_streams, boost_instagram, link_clicks, get_playlisted, increase_video_views";

#[test]
fn summary_is_the_first_problem_and_then_all_of_them() {
    // The error body: { "message": "Human-readable summary", "error": "Details" }.
    let mut p = Problems::default();
    assert_eq!(p.summary(), (String::new(), String::new()));
    p.add("metadata.budget.value", "is below the minimum");
    assert_eq!(
        p.summary(),
        (
            "metadata.budget.value: is below the minimum".to_string(),
            "metadata.budget.value: is below the minimum".to_string()
        )
    );
    p.add("metadata.caption", "is required for link_clicks");
    assert_eq!(
        p.summary(),
        (
            "metadata.budget.value: is below the minimum".to_string(),
            "metadata.budget.value: is below the minimum; metadata.caption: is required for link_clicks"
                .to_string()
        )
    );
}

#[test]
fn campaign_type_is_one_of_the_five() {
    // "campaign_type: there are 5 possible values for this".
    let with_type = |t: Option<Value>| {
        let mut b = base();
        match t {
            Some(t) => b["campaign_type"] = t,
            None => {
                b.as_object_mut().map(|o| o.remove("campaign_type"));
            }
        }
        problems(&b, "USD")
    };
    let required = vec![format!("campaign_type: is required: one of {TYPES}")];
    assert_eq!(with_type(None), required);
    assert_eq!(with_type(Some(json!("  "))), required);
    assert_eq!(with_type(Some(json!(5))), required);
    assert_eq!(
        with_type(Some(json!("video_views"))),
        [format!("campaign_type: video_views is not one of {TYPES}")]
    );
    assert_eq!(
        with_type(Some(json!("boost_instagram"))),
        Vec::<String>::new()
    );
}

#[test]
fn a_refused_type_is_an_error_with_its_problem() {
    // Without a usable type the request stops early: it must still say why.
    let mut b = base();
    b.as_object_mut().map(|o| o.remove("campaign_type"));
    let p = create(&b, "USD", now()).unwrap_err();
    assert_eq!(p.0.len(), 1);
    assert_eq!(p.0[0].field, "campaign_type");
}

#[test]
fn campaign_name_is_required_and_at_most_200_characters() {
    // The documents allow "any name you want"; the simulator holds the same 200-character
    // limit as Crescendo's own rules (crescendo-core rules::MAX_NAME_CHARS), in characters.
    let named = |name: Value| {
        let mut b = base();
        b["campaign_name"] = name;
        problems(&b, "USD")
    };
    assert_eq!(named(json!("a".repeat(200))), Vec::<String>::new());
    assert_eq!(named(json!("é".repeat(200))), Vec::<String>::new());
    let long = vec!["campaign_name: must be at most 200 characters".to_string()];
    assert_eq!(named(json!("a".repeat(201))), long);
    assert_eq!(named(json!("é".repeat(201))), long);
    assert_eq!(named(json!(" ")), ["campaign_name: is required"]);
}

#[test]
fn a_pitch_runs_four_weeks_from_its_creation() {
    // get_playlisted requests carry no dates: the simulator runs the pitch for 28 days.
    let b = json!({ "provider": "symphony", "campaign_type": "get_playlisted", "campaign_name": "p",
        "metadata": { "spotify_id": "3rmGAbshQvQHhy3sgHidNT", "tier": "30000_followers",
                      "pitch_notes": "test pitch notes" } });
    let a = create(&b, "USD", now()).unwrap();
    assert_eq!(a.start, now());
    assert_eq!(a.end, at("2024-08-29T00:00:00Z"));
    assert_eq!(a.budget.to_string(), "150.00");
}

fn video_views(metadata: Value) -> Vec<String> {
    let mut b = json!({ "provider": "symphony", "campaign_type": "increase_video_views",
        "campaign_name": "v", "metadata": {
            "budget": { "value": 12, "currency": "USD" },
            "start_date": "2024-08-20T05:00:00.000Z", "end_date": "2024-08-21T05:00:00.000Z",
            "video_id": "EpAkZtsYU3U" } });
    if let (Some(m), Some(extra)) = (b["metadata"].as_object_mut(), metadata.as_object()) {
        m.extend(extra.clone());
    }
    problems(&b, "USD")
}

#[test]
fn views_goal_is_cheapest_views_or_more_engagement() {
    // "Select Campaign Type: Cheapest views, More Engagement".
    assert_eq!(video_views(json!({})), Vec::<String>::new());
    for goal in ["cheapest_views", "more_engagement"] {
        assert_eq!(
            video_views(json!({ "views_goal": goal })),
            Vec::<String>::new()
        );
    }
    for goal in [json!("more_views"), json!(null)] {
        assert_eq!(
            video_views(json!({ "views_goal": goal })),
            ["metadata.views_goal: must be cheapest_views or more_engagement"]
        );
    }
    assert_eq!(
        video_views(json!({ "video_id": "" })),
        ["metadata.video_id: is required: a video from /advertising/youtube/videos"]
    );
}

fn record_streams(metadata: Value) -> Vec<String> {
    let mut b = base();
    b["campaign_type"] = json!("record_streams");
    if let (Some(m), Some(extra)) = (b["metadata"].as_object_mut(), metadata.as_object()) {
        m.extend(extra.clone());
    }
    problems(&b, "USD")
}

#[test]
fn record_streams_takes_a_release_and_external_platform_urls() {
    // "spotify_id" (or "spotify_link") and "spotify_external_platforms", a list of URLs.
    let documented = json!([
        "https://www.youtube.com/watch?v=EpAkZtsYU3U",
        "https://geo.music.apple.com/tr/album/_/1541250609?i=1541250816&mt=1&app=music&ls=1"
    ]);
    let id = "2M4ujJtsYiiUISmuntBJn7";
    assert_eq!(
        record_streams(json!({ "spotify_id": id, "spotify_external_platforms": documented })),
        Vec::<String>::new()
    );
    assert_eq!(
        record_streams(
            json!({ "spotify_link": "https://open.spotify.com/album/78TWg6fTRLxGKYN5RiSsQt" })
        ),
        Vec::<String>::new()
    );
    let not_urls = ["metadata.spotify_external_platforms: must be a list of URLs"];
    for bad in [
        json!(["https://www.youtube.com/watch?v=EpAkZtsYU3U", "apple music"]),
        json!("https://www.youtube.com/watch?v=EpAkZtsYU3U"),
    ] {
        assert_eq!(
            record_streams(json!({ "spotify_id": id, "spotify_external_platforms": bad })),
            not_urls
        );
    }
    assert_eq!(
        record_streams(json!({})),
        ["metadata.spotify_id: is required: the release to promote"]
    );
}
