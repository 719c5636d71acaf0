//! The client against meta-sandbox over real HTTP on 127.0.0.1: paging, the campaign
//! lifecycle, validation mapped to fields, tokens and permissions, insights, test connection.

mod common;

use common::{act, client, client_with, sandbox, t0};
use meta_api::{
    BidStrategy, CampaignUpdate, ConfiguredStatus, EffectiveStatus, Error, ListOptions,
    NewCampaign, Objective, SpecialAdCategory,
};
use meta_sandbox::{
    SandboxConfig, EXPIRED_TOKEN, INR_ACCOUNT, JPY_ACCOUNT, KRW_ACCOUNT, READ_ONLY_TOKEN,
    USD_ACCOUNT,
};
use rust_decimal::Decimal;

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("date")
}

#[tokio::test]
async fn a_list_of_three_pages_is_walked_by_its_cursors() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let opts = ListOptions {
        limit: Some(2),
        ..ListOptions::default()
    };
    let first = c
        .list_campaigns(&act(USD_ACCOUNT), &opts)
        .await
        .expect("page 1");
    assert_eq!(first.data.len(), 2);
    let next = first
        .paging
        .as_ref()
        .and_then(|p| p.next.clone())
        .expect("a next link");
    assert!(
        next.contains("access_token=%5Bredacted%5D") && !next.contains("sandbox-meta-token"),
        "{next}"
    );
    sb.clear_requests();
    let all = c
        .all_campaigns(&act(USD_ACCOUNT), &opts)
        .await
        .expect("all");
    let reqs = sb.requests();
    assert_eq!(reqs.len(), 3, "three pages, three requests");
    assert!(reqs[1]
        .query
        .as_deref()
        .is_some_and(|q| q.ends_with(&format!("after={}", first.next_cursor().unwrap_or("?")))));
    assert_eq!(
        all.len(),
        6,
        "8 seeded, one ARCHIVED and one DELETED left out by default"
    );
    let mut ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 6, "no campaign twice");
    assert!(reqs
        .iter()
        .all(|r| r.bearer && !r.query.as_deref().unwrap_or("").contains("access_token")));
    let with_archived = ListOptions {
        effective_status: vec![EffectiveStatus::Archived],
        ..opts
    };
    let archived = c
        .all_campaigns(&act(USD_ACCOUNT), &with_archived)
        .await
        .expect("archived");
    assert_eq!(archived.len(), 1);
    // Everything the seeded rows carry is typed.
    assert!(all.iter().any(
        |c| c.effective_status == Some(EffectiveStatus::WithIssues) && c.issues_info.is_some()
    ));
    assert!(all.iter().any(|c| c.recommendations.is_some()));
    assert!(all
        .iter()
        .all(|c| c.daily_budget.is_some() != c.lifetime_budget.is_some()));
}

#[tokio::test]
async fn create_update_pause_archive_delete() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let acc = act(USD_ACCOUNT);
    let new = NewCampaign {
        status: ConfiguredStatus::Active,
        daily_budget: Some(meta_api::money::to_minor(Decimal::new(2550, 2), "USD").expect("cents")),
        bid_strategy: Some(BidStrategy::LowestCostWithoutCap),
        special_ad_categories: vec![SpecialAdCategory::None],
        ..NewCampaign::new("Spring single — launch", Objective::VideoViews)
    };
    let id = c
        .create_campaign(&acc, &new, Some("USD"))
        .await
        .expect("created")
        .id;
    let got = c.get_campaign(&id).await.expect("read");
    assert_eq!(got.daily_budget, Some(2550));
    assert_eq!(
        got.effective_status,
        Some(EffectiveStatus::InProcess),
        "a new ACTIVE campaign is processed first"
    );
    sb.clock().advance(chrono::Duration::seconds(10));
    assert_eq!(
        c.get_campaign(&id).await.expect("read").effective_status,
        Some(EffectiveStatus::Active)
    );
    c.update_campaign(
        &id,
        &CampaignUpdate {
            name: Some("Renamed".into()),
            daily_budget: Some(4000),
            ..Default::default()
        },
        Some("USD"),
    )
    .await
    .expect("update");
    c.pause_campaign(&id).await.expect("pause");
    let paused = c.get_campaign(&id).await.expect("read");
    assert_eq!(
        (
            paused.name.as_deref(),
            paused.daily_budget,
            paused.status.clone()
        ),
        (Some("Renamed"), Some(4000), Some(ConfiguredStatus::Paused))
    );
    assert_eq!(paused.effective_status, Some(EffectiveStatus::Paused));
    c.archive_campaign(&id).await.expect("archive");
    assert_eq!(
        c.get_campaign(&id).await.expect("read").effective_status,
        Some(EffectiveStatus::Archived)
    );
    // An archived campaign can only be deleted: Graph says so at `status`.
    let err = c.activate_campaign(&id).await.expect_err("archived");
    assert_eq!(
        (err.code(), err.field().as_deref()),
        ("validation", Some("status")),
        "{err}"
    );
    c.delete_campaign(&id).await.expect("delete");
    assert_eq!(
        c.get_campaign(&id).await.expect("read").status,
        Some(ConfiguredStatus::Deleted)
    );
    let listed = c
        .all_campaigns(&acc, &ListOptions::default())
        .await
        .expect("list");
    assert!(
        listed.iter().all(|x| x.id != id),
        "deleted campaigns leave the default list"
    );
}

#[tokio::test]
async fn invalid_requests_are_refused_before_sending_or_mapped_to_graphs_field() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let both = NewCampaign {
        daily_budget: Some(1000),
        lifetime_budget: Some(30000),
        ..NewCampaign::new("x", Objective::Reach)
    };
    let err = c
        .create_campaign(&act(USD_ACCOUNT), &both, Some("USD"))
        .await
        .expect_err("both budgets");
    assert!(
        matches!(err, Error::Invalid(_)) && err.field().as_deref() == Some("lifetime_budget"),
        "{err}"
    );
    assert!(sb.requests().is_empty(), "nothing was sent");
    // Rules only the server knows: the campaign's budget type, and the spend cap's minimum
    // when the client was not told the currency.
    let existing = c
        .all_campaigns(&act(USD_ACCOUNT), &ListOptions::default())
        .await
        .expect("list");
    let daily = existing
        .iter()
        .find(|x| x.daily_budget.is_some())
        .expect("a daily-budget campaign");
    let err = c
        .update_campaign(
            &daily.id,
            &CampaignUpdate {
                lifetime_budget: Some(90000),
                ..Default::default()
            },
            None,
        )
        .await
        .expect_err("switch");
    assert!(matches!(err, Error::InvalidParameter { .. }), "{err:?}");
    assert_eq!(err.field().as_deref(), Some("lifetime_budget"));
    let low_cap = NewCampaign {
        spend_cap: Some(500_000),
        ..NewCampaign::new("India tour", Objective::Reach)
    };
    let err = c
        .create_campaign(&act(INR_ACCOUNT), &low_cap, None)
        .await
        .expect_err("cap under ~100 USD");
    assert_eq!(
        (err.code(), err.field().as_deref()),
        ("validation", Some("spend_cap")),
        "{err}"
    );
    assert!(c
        .create_campaign(&act(INR_ACCOUNT), &low_cap, Some("INR"))
        .await
        .is_err_and(|e| matches!(e, Error::Invalid(_))));
    // A campaign id that is not a number never reaches a path.
    assert!(matches!(
        c.get_campaign("../me").await,
        Err(Error::Config { .. })
    ));
    let err = c.get_campaign("999").await.expect_err("unknown id");
    assert_eq!(err.code(), "not_found", "{err}");
}

#[tokio::test]
async fn an_expired_token_a_read_only_token_and_no_token_leak() {
    let sb = sandbox(SandboxConfig::default()).await;
    let expired = client_with(&sb, EXPIRED_TOKEN);
    let err = expired
        .list_campaigns(&act(USD_ACCOUNT), &ListOptions::default())
        .await
        .expect_err("expired");
    assert!(
        matches!(err, Error::InvalidToken { expired: true, .. }),
        "{err:?}"
    );
    assert_eq!(err.code(), "unauthorized");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains(EXPIRED_TOKEN), "{shown}");
    // A token that expires while in use.
    let c = client(&sb);
    c.ad_account(&act(USD_ACCOUNT))
        .await
        .expect("valid at first");
    assert!(sb.expire_token(meta_sandbox::DEMO_TOKEN));
    let err = c
        .ad_account(&act(USD_ACCOUNT))
        .await
        .expect_err("now expired");
    assert!(
        matches!(err, Error::InvalidToken { expired: true, .. }),
        "{err:?}"
    );
    // Reads work with ads_read; writes need ads_management (294).
    let ro = client_with(&sb, READ_ONLY_TOKEN);
    let report = ro
        .test_connection(&act(JPY_ACCOUNT))
        .await
        .expect("connection");
    assert_eq!(report.missing, vec!["ads_management".to_string()]);
    let err = ro
        .create_campaign(
            &act(JPY_ACCOUNT),
            &NewCampaign::new("x", Objective::Reach),
            Some("JPY"),
        )
        .await
        .expect_err("read only");
    assert_eq!(err.code(), "forbidden", "{err}");
    assert!(err.to_string().contains("ads_management"), "{err}");
    for r in sb.requests() {
        assert!(
            !r.query.unwrap_or_default().contains("access_token"),
            "the token never goes in a URL"
        );
        assert!(!r.body.contains("access_token"));
    }
}

#[tokio::test]
async fn test_connection_gives_currency_time_zone_and_permissions() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    for (acc, currency, tz) in [
        (USD_ACCOUNT, "USD", "America/Los_Angeles"),
        (JPY_ACCOUNT, "JPY", "Asia/Tokyo"),
        (INR_ACCOUNT, "INR", "Asia/Kolkata"),
    ] {
        let r = c.test_connection(&act(acc)).await.expect("connection");
        assert_eq!(r.account.id, format!("act_{acc}"));
        assert_eq!(
            (
                r.account.currency.as_str(),
                r.account.timezone_name.as_deref()
            ),
            (currency, Some(tz))
        );
        assert!(r.can_manage() && r.account.can_run_ads(), "{r:?}");
    }
    let err = c
        .test_connection(&act("777"))
        .await
        .expect_err("no such account");
    assert_eq!(err.code(), "not_found");
}

#[tokio::test]
async fn daily_insights_are_typed_rows_in_the_accounts_currency() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let end = t0().date_naive();
    let start = end - chrono::Duration::days(9);
    for (acc, decimals) in [(USD_ACCOUNT, 2), (JPY_ACCOUNT, 0), (INR_ACCOUNT, 2)] {
        let list = c
            .all_campaigns(&act(acc), &ListOptions::default())
            .await
            .expect("list");
        let active = list
            .iter()
            .find(|x| x.status == Some(ConfiguredStatus::Active))
            .expect("an active campaign");
        let rows = c
            .daily_insights(&active.id, start, end)
            .await
            .expect("insights");
        assert_eq!(rows.len(), 10, "{acc}: one row a day");
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(r.date_start, start + chrono::Duration::days(i as i64));
            assert_eq!(r.date_start, r.date_stop);
            let spend = r.spend.expect("spend");
            assert!(
                spend > Decimal::ZERO && spend.scale() <= decimals,
                "{acc}: {spend}"
            );
            let budget = meta_api::money::from_minor(
                active.daily_budget.or(active.lifetime_budget).unwrap_or(0),
                acc_currency(acc),
            )
            .expect("major");
            assert!(
                spend <= budget,
                "{acc}: a day's spend stays within the budget"
            );
            let (imp, clicks) = (
                r.impressions.expect("impressions"),
                r.clicks.expect("clicks"),
            );
            assert!(r.reach.expect("reach") <= imp);
            assert!(r
                .actions
                .iter()
                .any(|a| a.action_type == "link_click" && a.value == Decimal::from(clicks)));
            assert!(r.ctr.is_some() && r.cpm.is_some());
        }
    }
    // The same seed gives the same rows, whatever the page size; insights cross pages.
    let small = sandbox(SandboxConfig {
        page_size: 7,
        ..SandboxConfig::default()
    })
    .await;
    let id = c
        .all_campaigns(&act(USD_ACCOUNT), &ListOptions::default())
        .await
        .expect("list")[0]
        .id
        .clone();
    let long = c
        .daily_insights(&id, day("2026-01-01"), day("2026-03-02"))
        .await
        .expect("long");
    small.clear_requests();
    let again = client(&small)
        .daily_insights(&id, day("2026-01-01"), day("2026-03-02"))
        .await
        .expect("again");
    assert_eq!(long, again);
    assert!(long.len() > 14, "{} rows", long.len());
    assert_eq!(
        small.requests().len(),
        long.len().div_ceil(7),
        "one request per page of 7"
    );
}

fn acc_currency(acc: &str) -> &'static str {
    match acc {
        JPY_ACCOUNT => "JPY",
        INR_ACCOUNT => "INR",
        KRW_ACCOUNT => "KRW",
        _ => "USD",
    }
}
