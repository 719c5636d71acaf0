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

fn edits(s: &symphony_sandbox::Sandbox) -> Vec<symphony_sandbox::Recorded> {
    s.requests()
        .into_iter()
        .filter(|r| r.method == "PUT" || r.method == "PATCH")
        .collect()
}

#[tokio::test]
async fn a_location_is_added_then_paused_and_resumed_on_the_platform() {
    use crescendo_core::domain::PlaceKind;
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    // The first active campaign with a market on the platform (playlist campaigns have none).
    let page = ws
        .connector()
        .campaigns(&CampaignFilter {
            limit: 100,
            ..CampaignFilter::default()
        })
        .await
        .expect("list");
    let mut found = None;
    for c in page
        .campaigns
        .iter()
        .filter(|c| c.status.state == CampaignState::Active)
    {
        let (_, markets) = ws.connector().campaign_markets(&c.id).await.expect("read");
        if markets.first().is_some_and(|m| m.id.is_some()) {
            found = Some(c.id.clone());
            break;
        }
    }
    let id = found.expect("the demo data has an active campaign with a market");
    let page = campaign_page::campaign_page(&ws, &id, None, "en-US")
        .await
        .expect("page");
    let market = page.markets.first().expect("a market on the platform");
    let mid = market.id.clone().expect("its id");
    assert!(market.locations.iter().all(|l| !l.paused));

    let madrid = ws
        .connector()
        .search_places("Madrid")
        .await
        .expect("search")
        .into_iter()
        .find(|p| p.kind == PlaceKind::City)
        .expect("the city");
    assert!(market.location(&madrid.key).is_none());
    sandbox.clear_requests();
    let after = campaign_page::add_locations(&ws, &id, &mid, std::slice::from_ref(&madrid))
        .await
        .expect("add");
    let added = after[0]
        .location(&madrid.key)
        .expect("in the re-read market");
    assert_eq!((added.kind, added.paused), (PlaceKind::City, false));
    // The documented body: the market and the search's own record.
    let sent = edits(&sandbox);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].method, "PATCH");
    let body = sent[0].body.clone().unwrap_or_default();
    assert_eq!(body["market_id"], mid.as_str());
    assert_eq!(body["locations"][0]["name"], "Madrid");
    assert_eq!(body["locations"][0]["type"], "city");
    assert_eq!(body["locations"][0]["country_code"], "ES");

    // Adding it again is refused at the field, and nothing is sent.
    sandbox.clear_requests();
    let again = campaign_page::add_locations(&ws, &id, &mid, std::slice::from_ref(&madrid))
        .await
        .expect_err("already there");
    assert_eq!(again.problems[0].field, "places");
    assert!(edits(&sandbox).is_empty());

    let paused = campaign_page::set_location_paused(&ws, &id, &mid, &madrid.key, true)
        .await
        .expect("pause");
    assert_eq!(
        paused[0].location(&madrid.key).map(|l| l.paused),
        Some(true)
    );
    // A second pause would resume (the endpoint turns the state over): refused, unsent.
    sandbox.clear_requests();
    let twice = campaign_page::set_location_paused(&ws, &id, &mid, &madrid.key, true)
        .await
        .expect_err("already paused");
    assert_eq!(twice.problems[0].field, "location");
    assert!(edits(&sandbox).is_empty());

    let resumed = campaign_page::set_location_paused(&ws, &id, &mid, &madrid.key, false)
        .await
        .expect("resume");
    assert_eq!(
        resumed[0].location(&madrid.key).map(|l| l.paused),
        Some(false)
    );
    let sent = edits(&sandbox);
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0].path.ends_with("/location/PAUSED"),
        "resume is the documented request: {}",
        sent[0].path
    );
    assert_eq!(
        sent[0].body.clone().unwrap_or_default(),
        serde_json::json!({ "location_key": madrid.key, "market_id": mid })
    );
}

#[tokio::test]
async fn locations_of_a_campaign_in_review_cannot_be_edited_yet() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let id = first_in(&ws, CampaignState::InReview).await;
    let (_, markets) = ws.connector().campaign_markets(&id).await.expect("read");
    assert!(
        markets.iter().all(|m| m.id.is_none()),
        "no market is on the platform yet"
    );
    let place = crescendo_core::domain::Place {
        kind: crescendo_core::domain::PlaceKind::Country,
        key: "SE".into(),
        label: "Sweden".into(),
        country_code: Some("SE".into()),
    };
    sandbox.clear_requests();
    let e = campaign_page::add_locations(&ws, &id, "1", &[place])
        .await
        .expect_err("locked");
    assert!(e
        .message
        .contains("it can be changed once Symphony has set it up"));
    let e = campaign_page::set_location_paused(&ws, &id, "1", "US", true)
        .await
        .expect_err("locked");
    assert!(e
        .message
        .contains("it can be changed once Symphony has set it up"));
    assert!(edits(&sandbox).is_empty(), "nothing was sent");
}
