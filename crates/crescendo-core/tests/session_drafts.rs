//! Drafts through the session, on the demo workspace: saved under the account and artist in
//! use, and launched through a record that never lets the same draft be sent twice.

use chrono::{Duration, Utc};
use crescendo_core::draft::{CampaignDraft, CreateResult, CreativeDraft};
use crescendo_core::session::Session;
use crescendo_core::store::LaunchState;
use crescendo_core::vault::{Vault, SERVICE};
use crescendo_core::wizard::LaunchRequest;
use crescendo_core::ErrorCode;

fn draft(name: &str, budget: &str) -> CampaignDraft {
    let start = Utc::now() + Duration::hours(1);
    CampaignDraft {
        name: name.into(),
        objective: "boost_instagram".into(),
        budget: budget.into(),
        currency: "USD".into(),
        start: Some(start),
        end: Some(start + Duration::days(2)),
        creative: CreativeDraft {
            instagram_post_id: Some("17921761666746619".into()),
            ..CreativeDraft::default()
        },
        ..CampaignDraft::default()
    }
}

fn request(d: CampaignDraft) -> LaunchRequest {
    LaunchRequest {
        draft: d,
        confirmation: None,
    }
}

#[tokio::test]
async fn drafts_are_scoped_saved_and_launched_once() {
    std::env::remove_var("CRESCENDO_API_KEY");
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");

    let saved = s
        .save_draft(None, 0, draft("Weekend boost", "40"), None)
        .await
        .expect("saved");
    assert!(!saved.id.is_empty());
    assert_eq!(
        (saved.scope.as_str(), saved.brand_id, saved.revision),
        ("demo", 358, 1)
    );
    let again = s
        .save_draft(
            Some(saved.id.clone()),
            saved.revision,
            draft("Weekend boost (edited)", "40"),
            None,
        )
        .await
        .expect("saved again");
    assert_eq!(again.revision, 2);
    let stale = s
        .save_draft(
            Some(saved.id.clone()),
            1,
            draft("from an older window", "40"),
            None,
        )
        .await
        .expect_err("a stale revision is refused");
    assert_eq!(stale.code, ErrorCode::Validation);
    let listed = s.list_drafts().await.expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].name, "Weekend boost (edited)");

    // Another artist sees none of them; a wizard opened for Luna Vega still saves to her.
    s.select_brand(574).await.expect("switch artist");
    assert!(s.list_drafts().await.expect("list").is_empty());
    let late = s
        .save_draft(None, 0, draft("Saved after the switch", "40"), Some(358))
        .await
        .expect("saved");
    assert_eq!(late.brand_id, 358);
    assert!(s.list_drafts().await.expect("list").is_empty());
    s.select_brand(358).await.expect("switch back");
    s.delete_draft(&late.id).await.expect("deleted");

    // Refused by the rules: nothing sent, the draft stays open for fixing.
    let low = s
        .save_draft(
            Some(again.id.clone()),
            again.revision,
            draft("Too low", "5"),
            None,
        )
        .await
        .expect("saved");
    let r = s
        .launch(&request(low.draft.clone()), Some(&low.id))
        .await
        .expect("answer");
    assert!(matches!(r, CreateResult::Invalid { .. }), "{r:?}");
    let after = s.get_draft(&low.id).await.expect("draft");
    assert_eq!(
        after.launch_state, None,
        "a refused launch leaves the draft editable"
    );

    // Created: the draft records the campaign, and cannot be sent again.
    let ok = s
        .save_draft(
            Some(after.id.clone()),
            after.revision,
            draft("Weekend boost", "40"),
            None,
        )
        .await
        .expect("saved");
    let r = s
        .launch(&request(ok.draft.clone()), Some(&ok.id))
        .await
        .expect("answer");
    let campaign_id = match r {
        CreateResult::Created { campaign_id, .. } => campaign_id,
        other => panic!("expected a campaign, got {other:?}"),
    };
    let done = s.get_draft(&ok.id).await.expect("draft");
    assert_eq!(done.launch_state, Some(LaunchState::Launched));
    assert_eq!(
        done.launched_campaign_id.as_deref(),
        Some(campaign_id.as_str())
    );
    let twice = s
        .launch(&request(ok.draft.clone()), Some(&ok.id))
        .await
        .expect_err("sent already");
    assert!(twice.message.contains("already sent"), "{}", twice.message);

    // Duplicating makes an editable copy.
    let copy = s.duplicate_draft(&ok.id).await.expect("copy");
    assert_eq!(copy.launch_state, None);
    assert!(copy.draft.name.ends_with("(copy)"));
    s.delete_draft(&copy.id).await.expect("deleted");
    assert_eq!(s.list_drafts().await.expect("list").len(), 1);
}
