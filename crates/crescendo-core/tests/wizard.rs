//! The wizard's core over HTTP against the simulator: its context, searches that drop stale
//! generations and cache answers, and a launch that spends money only once confirmed.

mod sandbox_common;
use chrono::{Duration, Utc};
use crescendo_core::draft::{CampaignDraft, CreateResult, CreativeDraft};
use crescendo_core::wizard::{self, LaunchRequest, SearchKind, SearchResults};
use crescendo_core::WorkspaceKind;
use symphony_sandbox::Sandbox;

use sandbox_common::start;

fn requests_to(s: &Sandbox, path_part: &str) -> usize {
    s.requests()
        .iter()
        .filter(|r| r.path.contains(path_part))
        .count()
}

#[tokio::test]
async fn the_context_names_the_artist_its_currency_and_each_types_steps() {
    let (_s, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(574));
    let ctx = wizard::context(&ws).await.expect("context");
    assert_eq!(
        (ctx.brand_name.as_str(), ctx.currency.as_deref()),
        ("Los Cuervos del Norte", Some("MXN"))
    );
    assert!(!ctx.spends_money);
    let codes: Vec<&str> = ctx.objectives.iter().map(|o| o.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "record_streams",
            "boost_instagram",
            "link_clicks",
            "get_playlisted",
            "increase_video_views",
            "v2_meta",
            "v2_tiktok"
        ],
        "the five documented types, then v2's platforms (the simulator answers the api-test)"
    );
    assert!(ctx
        .objectives
        .iter()
        .all(|o| o.steps.first() == Some(&wizard::Step::Basics)
            && o.steps.last() == Some(&wizard::Step::Review)));
    assert_eq!(ctx.playlist_tiers.len(), 5);
}

#[tokio::test]
async fn a_stale_search_is_dropped_and_a_repeated_one_is_cached() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    let fresh = wizard::search(&ws, SearchKind::Places, "m0", "Los Ang", 2)
        .await
        .expect("search");
    assert!(!fresh.superseded);
    match fresh.results {
        Some(SearchResults::Places(p)) => assert!(
            p.iter()
                .any(|p| p.key == "2420379" && p.label.contains("California")),
            "{p:?}"
        ),
        other => panic!("places expected, got {other:?}"),
    }
    let sent = requests_to(&sandbox, "/meta/locations/search");
    assert!(sent >= 1);
    // Generation 1 arrives after 2: dropped before anything is sent.
    let late = wizard::search(&ws, SearchKind::Places, "m0", "Lo", 1)
        .await
        .expect("answer");
    assert!(late.superseded && late.results.is_none());
    // The same query again (any spacing or case): answered from the cache.
    let again = wizard::search(&ws, SearchKind::Places, "m0", "  los   ANG ", 3)
        .await
        .expect("answer");
    assert!(!again.superseded && again.results.is_some());
    assert_eq!(
        requests_to(&sandbox, "/meta/locations/search"),
        sent,
        "nothing more was sent"
    );
    // Another picker keeps its own generations.
    let other = wizard::search(&ws, SearchKind::Audiences, "aud", "indie", 1)
        .await
        .expect("answer");
    assert!(!other.superseded);
}

fn draft(budget: &str) -> CampaignDraft {
    let start = Utc::now() + Duration::days(1);
    CampaignDraft {
        name: "Confirmed launch".into(),
        objective: "boost_instagram".into(),
        budget: budget.into(),
        currency: "USD".into(),
        start: Some(start),
        end: Some(start + Duration::days(3)),
        creative: CreativeDraft {
            instagram_post_id: Some("17921761666746619".into()),
            ..CreativeDraft::default()
        },
        ..CampaignDraft::default()
    }
}

#[tokio::test]
async fn a_launch_that_spends_money_needs_the_typed_phrase() {
    let (sandbox, ws) = start(WorkspaceKind::Production).await;
    ws.set_active_brand(Some(358));
    assert!(ws.info().spends_money);
    for typed in [None, Some("Luna Vega 3000 USD"), Some("yes")] {
        let r = wizard::launch(
            &ws,
            &LaunchRequest {
                draft: draft("30.00"),
                confirmation: typed.map(str::to_string),
            },
        )
        .await
        .expect("answer");
        match r {
            CreateResult::Invalid { problems } => {
                assert_eq!(problems[0].field, "confirmation");
                assert!(
                    problems[0].message.contains("Luna Vega 30 USD"),
                    "{problems:?}"
                );
            }
            other => panic!("{typed:?} launched: {other:?}"),
        }
    }
    let posts = |s: &Sandbox| s.requests().iter().filter(|r| r.method == "POST").count();
    assert_eq!(posts(&sandbox), 0, "no create was sent");
    let r = wizard::launch(
        &ws,
        &LaunchRequest {
            draft: draft("30.00"),
            confirmation: Some(" luna vega 30 USD".into()),
        },
    )
    .await
    .expect("answer");
    assert!(
        matches!(r, CreateResult::Invalid { .. }),
        "the artist's name is matched exactly"
    );
    let r = wizard::launch(
        &ws,
        &LaunchRequest {
            draft: draft("30.00"),
            confirmation: Some("Luna  Vega 30 USD".into()),
        },
    )
    .await
    .expect("answer");
    assert!(matches!(r, CreateResult::Created { .. }), "{r:?}");
}

#[tokio::test]
async fn sandbox_launches_need_no_phrase() {
    let (_s, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let r = wizard::launch(
        &ws,
        &LaunchRequest {
            draft: draft("30"),
            confirmation: None,
        },
    )
    .await
    .expect("answer");
    assert!(matches!(r, CreateResult::Created { .. }), "{r:?}");
}

#[tokio::test]
async fn a_pasted_list_resolves_each_name_with_its_audience_size() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    let list = wizard::resolve_audiences(&ws, "Bad Bunny, summer walker\nIce Spice;Qzxqzx")
        .await
        .expect("resolved");
    assert_eq!(list.left_out, 0);
    let names: Vec<_> = list.names.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["Bad Bunny", "summer walker", "Ice Spice", "Qzxqzx"]);
    let bunny = &list.names[0];
    assert!(bunny.exact);
    let best = bunny.best.as_ref().expect("a match");
    // The documented interest-search fields, as the simulator's catalogue has them.
    assert_eq!(best.id, "6003199125410");
    assert_eq!(
        (best.size_min, best.size_max),
        (Some(13006007), Some(15867328))
    );
    assert!(list.names[1].exact, "case does not matter");
    assert_eq!(
        list.names[2].best.as_ref().map(|a| a.id.as_str()),
        Some("6003109160663")
    );
    assert!(list.names[3].best.is_none() && !list.names[3].exact);
    assert_eq!(
        requests_to(&sandbox, "/meta/interest/search"),
        4,
        "one search per name"
    );

    // Searched again: every name comes from the cache.
    wizard::resolve_audiences(&ws, "Bad Bunny, Ice Spice")
        .await
        .expect("resolved");
    assert_eq!(requests_to(&sandbox, "/meta/interest/search"), 4);

    let many: Vec<String> = (0..25).map(|i| format!("artist {i}")).collect();
    let capped = wizard::resolve_audiences(&ws, &many.join(","))
        .await
        .expect("resolved");
    assert_eq!(capped.names.len(), wizard::MAX_PASTED_NAMES);
    assert_eq!(capped.left_out, 5);
}
