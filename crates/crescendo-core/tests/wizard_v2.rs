//! v2 (Meta and TikTok) campaigns through the wizard's core, over HTTP against the simulator:
//! offered when the v2 api-test answers, launched with the FAQ's request, followed by id, and a
//! lost answer reported as unknown (v2 has no list to check), never re-sent.

mod sandbox_common;
use chrono::{Duration, Utc};
use crescendo_core::domain::{Demographics, Market, Place, PlaceKind};
use crescendo_core::draft::{CampaignDraft, CreateResult, CreativeDraft};
use crescendo_core::wizard::{self, LaunchRequest};
use crescendo_core::WorkspaceKind;
use symphony_sandbox::Faults;

use sandbox_common::start;

fn draft(objective: &str) -> CampaignDraft {
    let start = Utc::now() + Duration::days(1);
    CampaignDraft {
        name: format!("Tour teaser {objective}"),
        objective: objective.into(),
        budget: "120".into(),
        currency: "USD".into(),
        start: Some(start),
        end: Some(start + Duration::days(5)),
        creative: CreativeDraft {
            link: Some("https://lunavega.example/tour".into()),
            caption: Some("On tour this spring".into()),
            call_to_action: Some("LEARN_MORE".into()),
            ..CreativeDraft::default()
        },
        markets: vec![Market {
            name: "Places".into(),
            share: rust_decimal::Decimal::ONE,
            places: vec![Place {
                kind: PlaceKind::Country,
                key: "US".into(),
                label: "United States".into(),
                country_code: Some("US".into()),
            }],
        }],
        demographics: Some(Demographics {
            age_min: Some(18),
            age_max: Some(40),
            gender: Some("All".into()),
            languages: vec![],
        }),
        ..CampaignDraft::default()
    }
}

async fn launch(ws: &crescendo_core::Workspace, d: CampaignDraft) -> CreateResult {
    wizard::launch(
        ws,
        &LaunchRequest {
            draft: d,
            confirmation: None,
        },
    )
    .await
    .expect("answer")
}

#[tokio::test]
async fn meta_and_tiktok_are_offered_launched_and_followed() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let ctx = wizard::context(&ws).await.expect("context");
    assert!(ctx.v2, "the simulator answers the v2 api-test");
    let codes: Vec<_> = ctx.objectives.iter().map(|o| o.code.as_str()).collect();
    assert!(
        codes.contains(&"v2_meta") && codes.contains(&"v2_tiktok"),
        "{codes:?}"
    );
    let ctas: Vec<_> = ctx
        .v2_calls_to_action
        .iter()
        .map(|c| c.value.as_str())
        .collect();
    assert_eq!(ctas, ["LEARN_MORE", "LISTEN_NOW", "VIEW_NOW"]);

    for objective in ["v2_meta", "v2_tiktok"] {
        let id = match launch(&ws, draft(objective)).await {
            CreateResult::Created {
                campaign_id,
                recovered,
            } => {
                assert!(!recovered);
                campaign_id
            }
            other => panic!("{objective}: {other:?}"),
        };
        assert!(id.starts_with("v2:"), "{id}");
        let c = ws
            .connector()
            .campaign(&id)
            .await
            .expect("followed by its id");
        assert_eq!(c.name, format!("Tour teaser {objective}"));
        assert_eq!(c.objective.code, objective);
        assert_eq!(c.budget.text(), "120.00");
        assert_eq!(c.targeting.countries, ["US"]);
    }
    let sent: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/campaigns"))
        .collect();
    assert_eq!(sent.len(), 2, "one create per launch");
}

#[tokio::test]
async fn core_stops_a_meta_draft_without_ages_before_anything_is_sent() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    // Core stops a Meta draft without ages before sending anything.
    let mut d = draft("v2_meta");
    d.demographics = None;
    match launch(&ws, d).await {
        CreateResult::Invalid { problems } => {
            let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
            assert_eq!(
                fields,
                [
                    "campaignInput.targetingConfig.minAge",
                    "campaignInput.targetingConfig.maxAge"
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(sandbox.v2_campaign_count(), 0);
}

#[tokio::test]
async fn a_lost_v2_answer_is_unknown_and_not_resent() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    sandbox.set_faults(Faults {
        lose_create_responses: 1,
        ..Faults::default()
    });
    match launch(&ws, draft("v2_tiktok")).await {
        CreateResult::Unknown { message } => {
            assert!(
                message.contains("v2 has no campaign list to check"),
                "{message}"
            )
        }
        other => panic!("{other:?}"),
    }
    // The one POST created the campaign; nothing was sent again.
    assert_eq!(
        sandbox.v2_campaign_count(),
        1,
        "created once, never re-sent"
    );
}
