//! The local history: what was fetched comes back exactly, days the provider stops returning
//! are kept, status changes are told once, and the campaign page falls back to kept data,
//! marked offline with its age, when the simulator is gone.

mod sandbox_common;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use crescendo_core::campaign_page::{self, CampaignDetail};
use crescendo_core::domain::breakdown::{AccountHealth, CampaignAnalytics, CountryStat};
use crescendo_core::domain::{
    Campaign, CampaignFilter, CampaignState, DailyStat, DailyStats, Objective, ProviderKind,
    Schedule, Status, TargetingSummary,
};
use crescendo_core::history::History;
use crescendo_core::money::Money;
use crescendo_core::store::{StatusChange, Store};
use crescendo_core::{ErrorCode, WorkspaceKind};
use rust_decimal::Decimal;
use std::sync::{Arc, Mutex};

fn open() -> (tempfile::TempDir, Arc<Store>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Arc::new(Store::open(dir.path()).expect("open"));
    (dir, store)
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0)
        .single()
        .expect("time")
}

fn dec(s: &str) -> Decimal {
    s.parse().expect("decimal")
}

fn campaign(id: &str, state: CampaignState, code: &str) -> Campaign {
    Campaign {
        id: id.into(),
        provider: ProviderKind::Symphony,
        name: format!("Campaign {id} <b>\"é\"</b>"),
        objective: Objective {
            code: "record_streams".into(),
            label: "Music streams".into(),
        },
        status: Status::new(state, code),
        budget: Money::new(dec("1234.50"), "MXN"),
        daily_budget: None,
        schedule: Schedule {
            start: at(1, 5),
            end: Some(at(21, 5)),
        },
        targeting: TargetingSummary {
            markets: vec!["Recommended Markets".into()],
            countries: vec!["MX".into(), "US".into()],
        },
    }
}

fn day(d: u32, spend: &str, clicks: u64) -> DailyStat {
    DailyStat {
        date: NaiveDate::from_ymd_opt(2026, 11, d).expect("day"),
        spend: Money::new(dec(spend), "MXN"),
        impressions: 1000 + u64::from(d),
        reach_to_date: 500 + u64::from(d),
        clicks,
        conversions: 1,
    }
}

fn analytics(days: Vec<DailyStat>) -> CampaignAnalytics {
    CampaignAnalytics {
        days: DailyStats { days, skipped: 0 },
        countries: vec![CountryStat {
            code: "MX".into(),
            name: "México".into(),
            spend: Money::new(dec("10.01"), "MXN"),
            reach: 7,
            impressions: 70,
            clicks: 3,
        }],
        creatives: Vec::new(),
        platform_campaigns: Vec::new(),
        platform_ads: Vec::new(),
        account: Some(AccountHealth {
            good: false,
            error: Some("Payment failed".into()),
        }),
        issues: Vec::new(),
        ad_sets: Vec::new(),
    }
}

#[test]
fn a_kept_campaign_and_its_analytics_come_back_exactly() {
    let (_dir, store) = open();
    let c = campaign("5195", CampaignState::Active, "ACTIVE");
    store
        .remember_campaigns("acct", std::slice::from_ref(&c), at(3, 9))
        .expect("keep");
    let back = store
        .seen_campaign("acct", "5195")
        .expect("read")
        .expect("kept");
    assert_eq!(back.value, c);
    assert_eq!(back.fetched_at, at(3, 9));
    assert_eq!(back.value.budget.amount.to_string(), "1234.50");
    let a = analytics(vec![day(1, "10.10", 3), day(2, "0.00", 0)]);
    store
        .remember_analytics("acct", "5195", &a, at(3, 9))
        .expect("keep");
    let kept = store
        .seen_analytics("acct", "5195")
        .expect("read")
        .expect("kept");
    assert_eq!(kept.value, a);
    assert!(
        store
            .seen_campaign("other", "5195")
            .expect("read")
            .is_none(),
        "another account's history is its own"
    );
}

#[test]
fn days_the_provider_stops_returning_are_kept_and_refetched_days_replaced() {
    let (_dir, store) = open();
    let first = analytics(vec![
        day(1, "10.00", 1),
        day(2, "20.00", 2),
        day(3, "30.00", 3),
    ]);
    store
        .remember_analytics("acct", "7", &first, at(4, 9))
        .expect("keep");
    // The next answer has lost day 1, corrected day 2 and added day 4.
    let second = analytics(vec![
        day(2, "21.50", 4),
        day(3, "30.00", 3),
        day(4, "40.00", 5),
    ]);
    store
        .remember_analytics("acct", "7", &second, at(5, 9))
        .expect("keep");
    let kept = store.kept_days("acct", "7").expect("days");
    let seen: Vec<(String, String, u64)> = kept
        .iter()
        .map(|d| (d.date.to_string(), d.spend.amount.to_string(), d.clicks))
        .collect();
    assert_eq!(
        seen,
        [
            ("2026-11-01".into(), "10.00".into(), 1),
            ("2026-11-02".into(), "21.50".into(), 4),
            ("2026-11-03".into(), "30.00".into(), 3),
            ("2026-11-04".into(), "40.00".into(), 5),
        ]
    );
    assert_eq!(kept[1].spend.currency, "MXN");
    assert_eq!(kept[1].spend.exponent, 2);
}

#[test]
fn a_status_change_is_told_once_and_a_first_sighting_is_not_one() {
    let (_dir, store) = open();
    let told: Arc<Mutex<Vec<StatusChange>>> = Arc::default();
    let sink = told.clone();
    let h = History::new(store, "acct").with_listener(Some(Arc::new(move |c: &StatusChange| {
        sink.lock().expect("lock").push(c.clone())
    })));
    let active = campaign("1", CampaignState::Active, "ACTIVE");
    h.keep_campaigns(std::slice::from_ref(&active), at(3, 9))
        .expect("keep");
    h.keep_campaigns(std::slice::from_ref(&active), at(3, 10))
        .expect("keep");
    assert!(told.lock().expect("lock").is_empty());
    let paused = campaign("1", CampaignState::Paused, "PAUSED");
    h.keep_campaigns(std::slice::from_ref(&paused), at(3, 11))
        .expect("keep");
    h.keep_campaigns(&[paused], at(3, 12)).expect("keep");
    let told = told.lock().expect("lock");
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].id, "1");
    assert_eq!(told[0].from.state, CampaignState::Active);
    assert_eq!(told[0].to.state, CampaignState::Paused);
    assert_eq!(told[0].to.label, "Paused");
    let (title, body) = told[0].notification();
    assert_eq!(title, "Campaign 1 <b>\"é\"</b> is paused");
    assert_eq!(body, "It was active. Open Crescendo to see why.");
}

#[test]
fn a_kept_snapshot_that_no_longer_reads_is_treated_as_not_kept() {
    let (dir, store) = open();
    store
        .remember("acct", "brands", &vec!["Skrlth".to_string()], at(3, 9))
        .expect("keep");
    let back: Vec<String> = store
        .recall("acct", "brands")
        .expect("read")
        .expect("kept")
        .value;
    assert_eq!(back, ["Skrlth"]);
    drop(store);
    let conn = rusqlite::Connection::open(dir.path().join("crescendo.sqlite3")).expect("open");
    conn.execute("UPDATE snapshots SET data = '{\"not\": \"a list\"}'", [])
        .expect("edit");
    drop(conn);
    let store = Store::open(dir.path()).expect("reopen");
    let back: Option<_> = store.recall::<Vec<String>>("acct", "brands").expect("read");
    assert!(back.is_none());
}

/// The artist's first 100 campaigns, as the connector names them.
async fn listed(ws: &crescendo_core::Workspace) -> crescendo_core::domain::CampaignPage {
    ws.connector()
        .campaigns(&CampaignFilter {
            limit: 100,
            ..CampaignFilter::default()
        })
        .await
        .expect("list")
}

async fn active_id(ws: &crescendo_core::Workspace) -> String {
    let page = listed(ws).await;
    page.campaigns
        .into_iter()
        .find(|c| c.status.state == CampaignState::Active)
        .map(|c| c.id)
        .expect("an active demo campaign")
}

#[tokio::test]
async fn the_page_is_kept_then_shown_offline_with_its_age_when_the_simulator_is_gone() {
    let (sandbox, ws) = sandbox_common::start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let (_dir, store) = open();
    let told: Arc<Mutex<Vec<StatusChange>>> = Arc::default();
    let sink = told.clone();
    let h =
        History::new(store, "sandbox").with_listener(Some(Arc::new(move |c: &StatusChange| {
            sink.lock().expect("lock").push(c.clone())
        })));
    let id = active_id(&ws).await;
    assert!(
        campaign_page::kept_page(&h, &id, None, "en-US")
            .expect("read")
            .is_none(),
        "nothing kept before the first opening"
    );
    let live: CampaignDetail = campaign_page::live_page(&ws, Some(&h), &id, None, "en-US")
        .await
        .expect("page");
    assert!(!live.cached && live.offline.is_none() && live.notice.is_none());
    let kept = campaign_page::kept_page(&h, &id, None, "en-US")
        .expect("read")
        .expect("kept");
    assert!(kept.cached);
    assert_eq!(
        kept.report, live.report,
        "the kept page shows the same numbers"
    );
    assert_eq!(kept.countries, live.countries);
    assert_eq!(kept.markets, live.markets, "its markets are kept too");
    assert_eq!(kept.fetched_at, live.fetched_at.trunc_subsecs_to_micros());

    let never_opened = {
        let page = listed(&ws).await;
        page.campaigns
            .into_iter()
            .map(|c| c.id)
            .rfind(|c| *c != id)
            .expect("another campaign")
    };
    // A campaign with markets on the platform keeps them too (the first active one may have none
    // set up yet).
    let mut with_markets = None;
    for c in listed(&ws).await.campaigns {
        if c.id == never_opened {
            continue;
        }
        let p = campaign_page::live_page(&ws, Some(&h), &c.id, None, "en-US").await;
        if let Ok(p) = p.filter_markets() {
            with_markets = Some(p);
            break;
        }
    }
    let p = with_markets.expect("a demo campaign with markets");
    let k = campaign_page::kept_page(&h, &p.campaign.id, None, "en-US")
        .expect("read")
        .expect("kept");
    assert_eq!(k.markets, p.markets);

    // The simulator pauses it on its own: the next live page tells the change once.
    let numeric: u64 = id.parse().expect("a v1 id");
    assert!(sandbox.set_status(numeric, Some("PAUSED")));
    campaign_page::live_page(&ws, Some(&h), &id, None, "en-US")
        .await
        .expect("page");
    {
        let told = told.lock().expect("lock");
        assert_eq!(told.len(), 1, "{told:?}");
        assert_eq!(told[0].to.original, "PAUSED");
    }

    sandbox.shutdown().await;
    let offline = campaign_page::live_page(&ws, Some(&h), &id, None, "en-US")
        .await
        .expect("the kept page, not an error");
    assert!(offline.cached);
    let why = offline.offline.as_deref().expect("marked offline");
    assert!(why.starts_with("Offline: "), "{why}");
    assert_eq!(offline.campaign.status.original, "PAUSED");
    let e = campaign_page::live_page(&ws, Some(&h), &never_opened, None, "en-US")
        .await
        .expect_err("nothing kept to show");
    assert_eq!(e.code, ErrorCode::Network, "{}", e.message);
}

#[tokio::test]
async fn a_status_refresh_reads_the_list_in_pages_and_tells_each_change() {
    let (sandbox, ws) = sandbox_common::start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let (_dir, store) = open();
    let told: Arc<Mutex<Vec<StatusChange>>> = Arc::default();
    let sink = told.clone();
    let h =
        History::new(store, "sandbox").with_listener(Some(Arc::new(move |c: &StatusChange| {
            sink.lock().expect("lock").push(c.clone())
        })));
    let n = crescendo_core::history::refresh_statuses(&ws, &h)
        .await
        .expect("first look");
    assert!(n >= 3, "the demo artist's campaigns: {n}");
    assert!(
        told.lock().expect("lock").is_empty(),
        "a first look is no change"
    );
    let id = active_id(&ws).await;
    assert!(sandbox.set_status(id.parse().expect("v1 id"), Some("ERROR")));
    sandbox.clear_requests();
    crescendo_core::history::refresh_statuses(&ws, &h)
        .await
        .expect("second look");
    let paths: Vec<String> = sandbox.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths.len(),
        1,
        "one list page, no request per campaign: {paths:?}"
    );
    assert!(paths[0].ends_with("/v1/campaign"), "{paths:?}");
    let told = told.lock().expect("lock");
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(
        (told[0].id.as_str(), told[0].to.original.as_str()),
        (id.as_str(), "ERROR")
    );
}

#[tokio::test]
async fn the_list_is_kept_per_query_with_each_rows_spend_and_shown_offline() {
    use crescendo_core::campaigns::{list_kept, CampaignQuery};
    let (sandbox, ws) = sandbox_common::start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let (_dir, store) = open();
    let h = History::new(store, "sandbox");
    let q = CampaignQuery {
        page: 1,
        page_size: 25,
        ..CampaignQuery::default()
    };
    let live = list_kept(&ws, Some(&h), &q).await.expect("list");
    assert!(live.offline.is_none() && live.fetched_at.is_some());
    assert!(
        live.rows.iter().all(|r| r.spent.is_none()),
        "nothing opened yet"
    );
    let id = active_id(&ws).await;
    let page = campaign_page::live_page(&ws, Some(&h), &id, None, "en-US")
        .await
        .expect("page");
    let again = list_kept(&ws, Some(&h), &q).await.expect("list");
    let row = again.rows.iter().find(|r| r.id == id).expect("the row");
    let spent = row.spent.as_ref().expect("spend from the kept days");
    let kept_total: Decimal = page
        .report
        .kpis
        .spend
        .value
        .as_ref()
        .map(|m| m.amount)
        .expect("spend");
    assert_eq!(
        spent.amount, kept_total,
        "the row's spend is the page's whole-campaign spend"
    );
    assert_eq!(spent.currency, row.budget.currency);
    let pct = (kept_total * Decimal::ONE_HUNDRED / row.budget.amount).round_dp(1);
    assert_eq!(row.spent_pct, Some(pct));

    sandbox.shutdown().await;
    let offline = list_kept(&ws, Some(&h), &q).await.expect("the kept list");
    assert!(offline
        .offline
        .as_deref()
        .is_some_and(|w| w.starts_with("Offline: ")));
    assert_eq!(offline.rows.len(), again.rows.len());
    assert_eq!(
        offline.fetched_at,
        again.fetched_at.map(|t| t.trunc_subsecs_to_micros())
    );
    let other = CampaignQuery {
        status: Some("ACTIVE".into()),
        ..q
    };
    let e = list_kept(&ws, Some(&h), &other)
        .await
        .expect_err("never listed");
    assert_eq!(e.code, ErrorCode::Network);
}

#[tokio::test]
async fn a_new_session_names_kept_campaigns_without_asking_for_their_details() {
    let (sandbox, ws) = sandbox_common::start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let (_dir, store) = open();
    let h = History::new(store, "sandbox");
    crescendo_core::history::refresh_statuses(&ws, &h)
        .await
        .expect("first session");
    // The next start: a new workspace (nothing in memory) on the same history.
    let next = sandbox_common::connect(&sandbox, WorkspaceKind::Sandbox);
    next.set_active_brand(Some(358));
    sandbox.clear_requests();
    let n = crescendo_core::history::refresh_statuses(&next, &h)
        .await
        .expect("second session");
    let paths: Vec<String> = sandbox.requests().iter().map(|r| r.path.clone()).collect();
    assert!(n >= 3);
    assert_eq!(paths.len(), 1, "the list only, no details: {paths:?}");
    let q = crescendo_core::campaigns::CampaignQuery {
        page: 1,
        page_size: 25,
        ..Default::default()
    };
    let view = crescendo_core::campaigns::list_kept(&next, Some(&h), &q)
        .await
        .expect("list");
    assert!(view
        .rows
        .iter()
        .all(|r| !r.name.is_empty() && r.budget.currency != "XXX"));
    assert_eq!(
        sandbox.requests().len(),
        2,
        "one more list request, still no details"
    );
}

trait WithMarkets {
    fn filter_markets(self) -> Result<CampaignDetail, ()>;
}

impl WithMarkets for Result<CampaignDetail, crescendo_core::AppError> {
    fn filter_markets(self) -> Result<CampaignDetail, ()> {
        self.ok().filter(|p| !p.markets.is_empty()).ok_or(())
    }
}

trait Micros {
    fn trunc_subsecs_to_micros(self) -> Self;
}

impl Micros for DateTime<Utc> {
    fn trunc_subsecs_to_micros(self) -> Self {
        use chrono::SubsecRound;
        self.trunc_subsecs(6)
    }
}
