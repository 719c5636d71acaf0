//! The campaign page over HTTP against the simulator: figures from the documented analytics
//! answer, pause and resume, a budget edit, and an edit refused before the platform has the
//! campaign.

mod sandbox_common;
use crescendo_core::campaign_page::{self, CampaignDetail};
use crescendo_core::domain::{CampaignEdit, CampaignFilter, CampaignState};
use crescendo_core::WorkspaceKind;
use rust_decimal::Decimal;

use sandbox_common::start;

async fn first_in(ws: &crescendo_core::Workspace, state: CampaignState) -> String {
    let page = ws
        .connector()
        .campaigns(&CampaignFilter {
            limit: 100,
            ..CampaignFilter::default()
        })
        .await
        .expect("list");
    page.campaigns
        .into_iter()
        .find(|c| c.status.state == state)
        .map(|c| c.id)
        .unwrap_or_else(|| panic!("the demo data has a campaign in {state:?}"))
}

#[tokio::test]
async fn an_active_campaign_is_charted_paused_resumed_and_its_budget_raised() {
    let (_s, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let id = first_in(&ws, CampaignState::Active).await;
    let page: CampaignDetail = campaign_page::campaign_page(&ws, &id, None, "en-US")
        .await
        .expect("page");
    assert!(page.editable);
    assert_eq!(page.figures.len(), 5);
    assert!(
        page.report.kpis.spend.value.is_some(),
        "an active demo campaign has spent"
    );
    assert!(
        !page.countries.is_empty(),
        "the geographic breakdown is read"
    );
    let spend_rows: Decimal = page.figures[1]
        .rows
        .iter()
        .filter_map(|r| r[1].parse::<Decimal>().ok())
        .sum();
    assert_eq!(
        Some(spend_rows),
        page.report.kpis.spend.value.as_ref().map(|m| m.amount),
        "the daily-spend figure's table adds up to the spend tile"
    );

    let paused = campaign_page::set_paused(&ws, &id, true)
        .await
        .expect("pause");
    assert_eq!(paused.status.state, CampaignState::Paused);
    let resumed = campaign_page::set_paused(&ws, &id, false)
        .await
        .expect("resume");
    assert_ne!(resumed.status.state, CampaignState::Paused);

    let before = resumed.budget.clone();
    let raised = (before.amount + Decimal::from(50)).to_string();
    let edited = campaign_page::edit(
        &ws,
        &id,
        &CampaignEdit {
            budget: Some(raised.clone()),
            currency: Some(before.currency.clone()),
            end: None,
        },
    )
    .await
    .expect("edit");
    assert_eq!(edited.budget.amount, before.amount + Decimal::from(50));

    let refused = campaign_page::edit(
        &ws,
        &id,
        &CampaignEdit {
            budget: Some("-1".into()),
            currency: Some(before.currency.clone()),
            end: None,
        },
    )
    .await
    .expect_err("a negative budget");
    assert_eq!(refused.problems[0].field, "budget");
}

#[tokio::test]
async fn a_campaign_in_review_cannot_be_edited_yet() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let id = first_in(&ws, CampaignState::InReview).await;
    let puts =
        |s: &symphony_sandbox::Sandbox| s.requests().iter().filter(|r| r.method == "PUT").count();
    let e = campaign_page::set_paused(&ws, &id, true)
        .await
        .expect_err("locked");
    assert!(
        e.message
            .contains("it can be changed once Symphony has set it up"),
        "{}",
        e.message
    );
    assert_eq!(puts(&sandbox), 0, "nothing was sent");
}

#[tokio::test]
async fn the_budget_step_shows_no_history_when_there_is_too_little() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    sandbox.clear_requests();
    // The demo artist has one streams campaign that has spent: too little to show a range.
    let h = crescendo_core::wizard::history(&ws, "record_streams", "usd")
        .await
        .expect("history");
    assert_eq!(h, None);
    let analytics = |s: &symphony_sandbox::Sandbox| {
        s.requests()
            .iter()
            .filter(|r| r.path.contains("/analytic/"))
            .count()
    };
    assert_eq!(
        analytics(&sandbox),
        1,
        "only that campaign's results were read"
    );
    // Another currency's campaigns never count.
    sandbox.clear_requests();
    let h = crescendo_core::wizard::history(&ws, "record_streams", "MXN")
        .await
        .expect("history");
    assert_eq!((h, analytics(&sandbox)), (None, 0));
    assert_eq!(
        crescendo_core::wizard::history(&ws, "v2_meta", "USD")
            .await
            .expect("answer"),
        None,
        "v2 has no list to learn from"
    );
}

#[tokio::test]
async fn the_page_reads_the_details_once() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let id = first_in(&ws, CampaignState::Active).await;
    // A fresh workspace on the same simulator: nothing cached from the list above.
    let fresh = sandbox_common::connect(&sandbox, WorkspaceKind::Sandbox);
    sandbox.clear_requests();
    fresh.set_active_brand(Some(358));
    campaign_page::campaign_page(&fresh, &id, None, "en-US")
        .await
        .expect("page");
    let details = sandbox
        .requests()
        .iter()
        .filter(|r| r.path.ends_with(&format!("/campaign/{id}")) && !r.path.contains("/analytic/"))
        .count();
    assert_eq!(details, 1, "the campaign's details are asked for once");
}
