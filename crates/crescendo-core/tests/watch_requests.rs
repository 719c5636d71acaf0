//! What the status watch and the campaigns list cost in requests (issue 11's API efficiency),
//! counted by the simulator over real HTTP: the watch reads statuses only and names at most
//! `NAME_PER_WATCH` new campaigns per look, never one per campaign; a list page keeps the names
//! it read, so the next session's list asks for no details.

mod sandbox_common;

use crescendo_core::campaigns::{list_kept, CampaignQuery};
use crescendo_core::domain::{CampaignFilter, CampaignState};
use crescendo_core::history::{refresh_statuses, History, NAME_PER_WATCH};
use crescendo_core::store::{StatusChange, Store};
use crescendo_core::WorkspaceKind;
use std::sync::{Arc, Mutex};

fn first_page() -> CampaignQuery {
    CampaignQuery {
        page: 1,
        page_size: 25,
        ..CampaignQuery::default()
    }
}

fn details(sandbox: &symphony_sandbox::Sandbox) -> usize {
    sandbox
        .requests()
        .iter()
        .filter(|r| r.path.contains("/v1/campaign/"))
        .count()
}

#[tokio::test]
async fn a_200_campaign_account_is_watched_without_a_request_per_campaign() {
    let (sandbox, ws) = sandbox_common::start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let page = ws
        .connector()
        .campaigns(&CampaignFilter {
            limit: 100,
            ..CampaignFilter::default()
        })
        .await
        .expect("list");
    let model: u64 = page.campaigns[0].id.parse().expect("v1 id");
    for i in page.total as usize..200 {
        sandbox
            .copy_campaign(model, &format!("Copy {i:03}"))
            .expect("copy");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let told: Arc<Mutex<Vec<StatusChange>>> = Arc::default();
    let sink = told.clone();
    let h = History::new(Arc::new(Store::open(dir.path()).expect("store")), "sandbox")
        .with_listener(Some(Arc::new(move |c: &StatusChange| {
            sink.lock().expect("lock").push(c.clone())
        })));

    // Fresh: the 200 statuses in 2 list requests; names for at most NAME_PER_WATCH of them.
    sandbox.clear_requests();
    assert_eq!(refresh_statuses(&ws, &h).await.expect("first look"), 200);
    let all = sandbox.requests().len();
    assert_eq!(details(&sandbox), NAME_PER_WATCH, "{all} requests");
    assert_eq!(all, 2 + NAME_PER_WATCH);

    // A kept campaign changes: told by its kept name, with no request beyond the list.
    let (seen, _) = {
        let kept = list_kept(&ws, Some(&h), &first_page()).await.expect("list");
        (kept.rows[0].clone(), ())
    };
    assert!(sandbox.set_status(seen.id.parse().expect("id"), Some("PAUSED")));
    let next = sandbox_common::connect(&sandbox, WorkspaceKind::Sandbox);
    next.set_active_brand(Some(358));
    sandbox.clear_requests();
    refresh_statuses(&next, &h).await.expect("second look");
    assert_eq!(
        details(&sandbox),
        NAME_PER_WATCH,
        "only the next new campaigns are named"
    );
    let told = told.lock().expect("lock");
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(
        (told[0].id.as_str(), told[0].name.as_str()),
        (seen.id.as_str(), seen.name.as_str())
    );
    assert_eq!(told[0].to.state, CampaignState::Paused);
}

#[tokio::test]
async fn the_next_sessions_list_names_its_rows_from_what_the_last_list_kept() {
    let (sandbox, ws) = sandbox_common::start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let dir = tempfile::tempdir().expect("tempdir");
    let h = History::new(Arc::new(Store::open(dir.path()).expect("store")), "sandbox");
    sandbox.clear_requests();
    let first = list_kept(&ws, Some(&h), &first_page())
        .await
        .expect("first");
    assert!(details(&sandbox) >= 3, "the first list names its rows");

    let next = sandbox_common::connect(&sandbox, WorkspaceKind::Sandbox);
    next.set_active_brand(Some(358));
    sandbox.clear_requests();
    let again = list_kept(&next, Some(&h), &first_page())
        .await
        .expect("again");
    assert_eq!(sandbox.requests().len(), 1, "{:?}", sandbox.requests());
    let names = |v: &crescendo_core::campaigns::CampaignPageView| {
        v.rows
            .iter()
            .map(|r| (r.id.clone(), r.name.clone(), r.budget.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&first), names(&again));
}
