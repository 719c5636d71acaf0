//! The Meta connector over real HTTP against meta-sandbox (127.0.0.1): the list, the days and
//! the actions mapped into Crescendo's neutral types, Graph's failures into the app's errors.

use chrono::Utc;
use crescendo_core::domain::{CampaignEdit, CampaignFilter, CampaignState, ProviderKind};
use crescendo_core::provider::meta::MetaConnector;
use crescendo_core::provider::Connector;
use crescendo_core::ErrorCode;
use meta_api::{AccessToken, AdAccountId, Client, NewCampaign, Objective, RetryPolicy, Scheduler};
use meta_sandbox::{Faults, Sandbox, SandboxConfig, DEMO_TOKEN};
use std::time::Duration;

async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxConfig {
        seed: 7,
        // Delivery changes show ACTIVE at once (no IN_PROCESS window) unless a test wants it.
        in_process: chrono::Duration::zero(),
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox")
}

/// A client of its own (scheduler and quick retries), so tests do not slow each other down.
fn client(sb: &Sandbox, token: &str) -> Client {
    Client::builder(&sb.base_url(), AccessToken::new(token).expect("token"))
        .retry(RetryPolicy {
            base: Duration::from_millis(5),
            cap: Duration::from_millis(20),
            ..RetryPolicy::default()
        })
        .scheduler(Scheduler::new(Duration::from_millis(20)))
        .build()
        .expect("client")
}

fn act(n: &str) -> AdAccountId {
    AdAccountId::parse(n).expect("account")
}

fn meta(sb: &Sandbox, account: &str) -> Connector {
    Connector::Meta(MetaConnector::new(client(sb, DEMO_TOKEN), act(account)))
}

fn all() -> CampaignFilter {
    CampaignFilter {
        limit: 100,
        ..CampaignFilter::default()
    }
}

/// Creates a campaign with a known budget; returns its id.
async fn create(
    sb: &Sandbox,
    account: &str,
    name: &str,
    daily: Option<i64>,
    life: Option<i64>,
) -> String {
    let mut n = NewCampaign::new(name, Objective::LinkClicks);
    n.daily_budget = daily;
    n.lifetime_budget = life;
    client(sb, DEMO_TOKEN)
        .create_campaign(&act(account), &n, None)
        .await
        .expect("created")
        .id
}

#[tokio::test]
async fn the_list_is_mapped_with_exact_budgets_in_usd_and_jpy() {
    let sb = sandbox().await;
    let usd_id = create(&sb, "1010", "Exact dollars", Some(2550), None).await;
    let yen_id = create(&sb, "2020", "Exact yen", Some(5000), None).await;

    let usd = meta(&sb, "1010");
    let list = usd.all_campaigns(&all()).await.expect("list");
    assert!(list.iter().all(|c| c.provider == ProviderKind::Meta));
    let mine = list.iter().find(|c| c.id == usd_id).expect("listed");
    let daily = mine.daily_budget.clone().expect("a daily budget");
    assert_eq!(
        (daily.amount.to_string().as_str(), daily.currency.as_str()),
        ("25.50", "USD")
    );
    assert_eq!(
        (mine.status.state, mine.status.label.as_str()),
        (CampaignState::Paused, "Paused")
    );
    assert_eq!(mine.objective.code, "LINK_CLICKS");
    // Graph leaves ARCHIVED and DELETED out: 6 seeded + 1 created.
    assert_eq!(list.len(), 7);
    let issues = list
        .iter()
        .filter(|c| c.status.state == CampaignState::NeedsAttention)
        .collect::<Vec<_>>();
    assert_eq!(issues.len(), 1);
    assert_eq!(
        (
            issues[0].status.original.as_str(),
            issues[0].status.label.as_str()
        ),
        ("WITH_ISSUES", "With issues")
    );

    // Every budget is Graph's subunits exactly: cents for USD.
    let raw = client(&sb, DEMO_TOKEN)
        .all_campaigns(&act("1010"), &Default::default())
        .await
        .expect("raw");
    for r in &raw {
        let c = list.iter().find(|c| c.id == r.id).expect("same ids");
        match (r.daily_budget, r.lifetime_budget) {
            (Some(d), _) => {
                let m = c.daily_budget.clone().expect("daily");
                assert_eq!(
                    m.amount * meta_api::Decimal::from(100),
                    meta_api::Decimal::from(d)
                );
                assert_eq!(m.amount.scale(), 2);
            }
            (None, Some(l)) => {
                assert_eq!(
                    c.budget.amount * meta_api::Decimal::from(100),
                    meta_api::Decimal::from(l)
                );
                assert_eq!(c.budget.amount.scale(), 2);
            }
            _ => panic!("seeded campaigns have a budget"),
        }
        assert_eq!(
            c.schedule.start,
            // A campaign created without a start_time starts when it was created.
            r.start_time
                .or(r.created_time)
                .expect("start")
                .with_timezone(&Utc)
        );
    }

    let jpy = meta(&sb, "2020").campaign(&yen_id).await.expect("get");
    let d = jpy.daily_budget.expect("daily");
    assert_eq!(
        (
            d.amount.to_string().as_str(),
            d.currency.as_str(),
            d.exponent
        ),
        ("5000", "JPY", 0)
    );

    // Offset pages over the cursor-paged list, the true total, and a status filter.
    let page = usd
        .campaigns(&CampaignFilter {
            limit: 3,
            offset: 3,
            ..CampaignFilter::default()
        })
        .await
        .expect("page");
    assert_eq!(
        (page.total, page.total_pages, page.campaigns.len()),
        (7, 3, 3)
    );
    assert_eq!(
        page.campaigns[0].id, list[3].id,
        "the same order as the whole list"
    );
    let paused = usd
        .campaigns(&CampaignFilter {
            status: Some("PAUSED".into()),
            limit: 100,
            ..CampaignFilter::default()
        })
        .await
        .expect("paused");
    assert_eq!(paused.total, 3);
    assert!(paused
        .campaigns
        .iter()
        .all(|c| c.status.state == CampaignState::Paused));
}

#[tokio::test]
async fn daily_stats_are_the_insights_rows_exactly() {
    let sb = sandbox().await;
    let usd = meta(&sb, "1010");
    let list = usd.all_campaigns(&all()).await.expect("list");
    let active = list
        .iter()
        .find(|c| c.status.state == CampaignState::Active)
        .expect("an active campaign");
    let stats = usd.daily_stats(&active.id).await.expect("stats");
    let today = Utc::now().date_naive();
    let raw = client(&sb, DEMO_TOKEN)
        .daily_insights(&active.id, active.schedule.start.date_naive(), today)
        .await
        .expect("insights");
    assert!(
        raw.len() >= 19,
        "seeded at least 20 days ago: {}",
        raw.len()
    );
    assert_eq!((stats.days.len(), stats.skipped), (raw.len(), 0));
    let mut reach = 0;
    for (day, row) in stats.days.iter().zip(&raw) {
        assert_eq!(day.date, row.date_start);
        assert_eq!(day.spend.amount, row.spend.expect("spend"));
        assert_eq!(
            (day.spend.currency.as_str(), day.spend.amount.scale()),
            ("USD", 2)
        );
        assert_eq!(day.impressions, row.impressions.expect("impressions"));
        assert_eq!(day.clicks, row.clicks.expect("clicks"));
        reach = reach.max(row.reach.expect("reach"));
        assert_eq!(day.reach_to_date, reach);
        // The sandbox's actions are clicks, engagement and views: none is a conversion.
        assert_eq!(day.conversions, 0);
    }
    let a = usd.analytics(&active.id).await.expect("analytics");
    assert_eq!(a.days, stats);
    assert_eq!(a.platform_campaigns[0].status, "ACTIVE");
}

#[tokio::test]
async fn pause_resume_and_a_budget_update() {
    let sb = sandbox().await;
    let usd = meta(&sb, "1010");
    let id = create(&sb, "1010", "To steer", Some(2000), None).await;
    usd.set_paused(&id, false).await.expect("resume");
    assert_eq!(
        usd.campaign(&id).await.expect("get").status.state,
        CampaignState::Active
    );
    usd.set_paused(&id, true).await.expect("pause");
    assert_eq!(
        usd.campaign(&id).await.expect("get").status.state,
        CampaignState::Paused
    );

    let edit = |budget: &str, currency: &str, end| CampaignEdit {
        budget: Some(budget.into()),
        currency: Some(currency.into()),
        end,
    };
    usd.update(&id, &edit("31.25", "USD", None))
        .await
        .expect("budget");
    let c = usd.campaign(&id).await.expect("get");
    assert_eq!(c.daily_budget.expect("daily").amount.to_string(), "31.25");
    let raw = client(&sb, DEMO_TOKEN)
        .get_campaign(&id)
        .await
        .expect("raw");
    assert_eq!(raw.daily_budget, Some(3125), "sent as cents");

    let e = usd
        .update(&id, &edit("31.255", "USD", None))
        .await
        .expect_err("too precise");
    assert_eq!(e.code, ErrorCode::Validation);
    let e = usd
        .update(&id, &edit("40", "EUR", None))
        .await
        .expect_err("wrong currency");
    assert_eq!(e.code, ErrorCode::Validation);
    assert!(e.message.contains("USD"), "{}", e.message);
    let end = CampaignEdit {
        budget: None,
        currency: None,
        end: Some(Utc::now()),
    };
    let e = usd
        .update(&id, &end)
        .await
        .expect_err("stop_time is the ad sets'");
    assert_eq!(e.code, ErrorCode::Unsupported);
    assert!(e.message.contains("ad sets"), "{}", e.message);
    let raw = client(&sb, DEMO_TOKEN)
        .get_campaign(&id)
        .await
        .expect("raw");
    assert_eq!(raw.daily_budget, Some(3125), "refusals changed nothing");
}

#[tokio::test]
async fn an_expired_token_is_the_apps_unauthorized_error_with_the_fix() {
    let sb = sandbox().await;
    let usd = meta(&sb, "1010");
    assert!(sb.expire_token(DEMO_TOKEN));
    let e = usd.all_campaigns(&all()).await.expect_err("expired");
    assert_eq!(e.code, ErrorCode::Unauthorized);
    assert!(
        e.message.contains("(190)") && e.message.contains("generate a new one"),
        "{}",
        e.message
    );
    let check = usd.check().await;
    assert!(!check.ok);
    assert_eq!(check.code, Some(ErrorCode::Unauthorized));
}

#[tokio::test]
async fn a_throttled_call_is_waited_out() {
    let sb = sandbox().await;
    let usd = meta(&sb, "1010");
    sb.set_faults(Faults {
        throttle_next: 1,
        throttle_block: Duration::from_millis(300),
        ..Faults::default()
    });
    let list = usd
        .all_campaigns(&all())
        .await
        .expect("waited, then answered");
    assert_eq!(list.len(), 6);
    assert_eq!(sb.throttled(), 1, "one 80004 was met and waited out");
}

#[tokio::test]
async fn check_and_brand_name_the_account_currency_and_time_zone() {
    let sb = sandbox().await;
    let jpy = meta(&sb, "2020");
    let c = jpy.check().await;
    assert!(c.ok, "{}", c.message);
    assert!(
        c.message.contains("JPY") && c.message.contains("Asia/Tokyo"),
        "{}",
        c.message
    );
    assert_eq!(c.brand_id, Some(2020));
    let b = jpy.brands().await.expect("brands");
    assert_eq!(b.len(), 1);
    assert_eq!(
        (b[0].currency.as_deref(), b[0].time_zone.as_deref()),
        (Some("JPY"), Some("Asia/Tokyo"))
    );
    let ro = Connector::Meta(MetaConnector::new(
        client(&sb, meta_sandbox::READ_ONLY_TOKEN),
        act("1010"),
    ));
    let c = ro.check().await;
    assert_eq!((c.ok, c.code), (false, Some(ErrorCode::Forbidden)));
    assert!(c.message.contains("ads_management"), "{}", c.message);
    // What Meta does not have is a typed refusal the UI can branch on.
    for e in [
        jpy.search_places("Paris").await.expect_err("no places"),
        jpy.add_locations("1", "m", &[])
            .await
            .expect_err("no markets"),
        jpy.releases("x").await.expect_err("no releases"),
    ] {
        assert_eq!(e.code, ErrorCode::Unsupported, "{}", e.message);
    }
}
