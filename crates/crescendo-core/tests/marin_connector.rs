//! The Marin Social connector over real HTTP against marin-sandbox (127.0.0.1): the list paged
//! across media plans and Marin's pages, play/pause with its 202, the days from the statistics,
//! the budget and end date, the searches, and Marin's failures as typed app errors.

use chrono::TimeZone;
use crescendo_core::domain::{
    CampaignEdit, CampaignFilter, CampaignState, PlaceKind, ProviderKind,
};
use crescendo_core::provider::marin::MarinConnector;
use crescendo_core::provider::Connector;
use crescendo_core::ErrorCode;
use marin_api::{AgencyToken, Aggregate, Client, StatsOf, StatsQuery};
use marin_sandbox::{Sandbox, SandboxConfig, Shape, DEMO_TOKEN, OTHER_AGENCY_TOKEN};

/// One agency account with 3 media plans of 7 campaigns each (21 campaigns).
async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxConfig {
        shape: Shape {
            accounts: 1,
            plans: 3,
            campaigns_per_plan: 7,
        },
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox")
}

fn client(sb: &Sandbox, token: &str) -> Client {
    Client::builder(&sb.url(), AgencyToken::new(token).expect("token"))
        .build()
        .expect("client")
}

/// The demo agency's account id (the first of `GET /accounts`).
async fn account(sb: &Sandbox) -> String {
    let all = client(sb, DEMO_TOKEN)
        .all_accounts()
        .await
        .expect("accounts");
    all[0].id.clone()
}

async fn marin(sb: &Sandbox) -> Connector {
    Connector::Marin(MarinConnector::new(
        client(sb, DEMO_TOKEN),
        account(sb).await,
    ))
}

fn page(limit: u32, offset: u32) -> CampaignFilter {
    CampaignFilter {
        limit,
        offset,
        ..CampaignFilter::default()
    }
}

#[tokio::test]
async fn the_list_pages_across_media_plans_and_marins_pages() {
    let sb = sandbox().await;
    let c = marin(&sb).await;
    let all = c.all_campaigns(&page(100, 0)).await.expect("all");
    assert_eq!(all.len(), 21);
    assert!(all.iter().all(|x| x.provider == ProviderKind::MarinSocial));
    assert!(all.iter().all(|x| x.budget.currency == "EUR"));

    // Five neutral pages of 5: the same campaigns in the same order, each once.
    sb.clear_requests();
    let mut seen = Vec::new();
    for offset in (0..25).step_by(5) {
        let p = c.campaigns(&page(5, offset)).await.expect("page");
        assert_eq!((p.total, p.total_pages), (21, 5));
        seen.extend(p.campaigns.into_iter().map(|x| x.id));
    }
    let ids: Vec<String> = all.iter().map(|x| x.id.clone()).collect();
    assert_eq!(seen, ids);
    // Marin was asked by page number, with the neutral page's size, past its first page.
    let asked: Vec<String> = sb.requests().iter().map(|r| r.query.clone()).collect();
    assert!(
        asked
            .iter()
            .any(|q| q.contains("limit=5") && q.contains("page=2")),
        "{asked:?}"
    );

    // An offset that is not a multiple of the limit spans two of Marin's pages.
    let p = c.campaigns(&page(5, 3)).await.expect("page");
    let got: Vec<String> = p.campaigns.into_iter().map(|x| x.id).collect();
    assert_eq!(got, ids[3..8]);
    let past = c.campaigns(&page(5, 40)).await.expect("past the end");
    assert_eq!((past.campaigns.len(), past.total), (0, 21));

    // Filters Marin cannot apply: every campaign read, filtered, sliced, counted.
    let paused = c
        .campaigns(&CampaignFilter {
            status: Some("pause".into()),
            ..page(2, 0)
        })
        .await
        .expect("filtered");
    assert_eq!(paused.total, 9, "every third campaign of each plan");
    assert!(paused
        .campaigns
        .iter()
        .all(|x| x.status.state == CampaignState::Paused && x.status.label == "Pause"));
}

#[tokio::test]
async fn pausing_twice_is_success_and_resume_plays_again() {
    let sb = sandbox().await;
    let c = marin(&sb).await;
    let all = c.all_campaigns(&page(100, 0)).await.expect("all");
    let id = all
        .iter()
        .find(|x| x.status.state == CampaignState::Active)
        .expect("an active campaign")
        .id
        .clone();
    c.set_paused(&id, true).await.expect("pause");
    // The second time Marin answers 202 "already in that state": not an error.
    c.set_paused(&id, true).await.expect("pause again");
    let statuses: Vec<u16> = sb
        .requests()
        .iter()
        .filter(|r| r.method == "PATCH")
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [200, 202]);
    assert_eq!(
        c.campaign(&id).await.expect("get").status.state,
        CampaignState::Paused
    );
    c.set_paused(&id, false).await.expect("resume");
    assert_eq!(
        c.campaign(&id).await.expect("get").status.state,
        CampaignState::Active
    );
}

#[tokio::test]
async fn daily_stats_are_marins_days_exactly() {
    let sb = sandbox().await;
    let c = marin(&sb).await;
    let first = c.all_campaigns(&page(100, 0)).await.expect("all")[0].clone();
    let days = c.daily_stats(&first.id).await.expect("days");
    assert!(days.days.len() >= 20, "{} days", days.days.len());
    assert_eq!(days.skipped, 0);
    assert_eq!(days.days[0].date, first.schedule.start.date_naive());
    assert!(days.days.windows(2).all(|w| w[0].date < w[1].date));

    // The same rows read with the client: every day's spend, impressions and clicks.
    let plans = sb.plan_ids(0);
    let start = first
        .schedule
        .start
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .expect("midnight");
    let end = chrono::Utc
        .with_ymd_and_hms(2026, 3, 2, 23, 0, 0)
        .single()
        .expect("today");
    let rows = client(&sb, DEMO_TOKEN)
        .all_statistics(
            &StatsOf::Campaign {
                plan: plans[0].clone(),
                campaign: first.id.clone(),
            },
            &StatsQuery::between(Aggregate::Day, start.and_utc().timestamp(), end.timestamp()),
        )
        .await
        .expect("rows");
    assert_eq!(rows.len(), days.days.len());
    let mut total = marin_api::Decimal::ZERO;
    for (r, d) in rows.iter().zip(&days.days) {
        assert_eq!(r.date.as_deref(), Some(d.date.to_string().as_str()));
        assert_eq!(d.spend.amount, r.spent);
        assert_eq!((d.spend.currency.as_str(), d.spend.exponent), ("EUR", 2));
        assert_eq!((d.impressions, d.clicks), (r.impression, r.click));
        total += d.spend.amount;
    }
    assert!(total > marin_api::Decimal::ZERO);

    let a = c.analytics(&first.id).await.expect("analytics");
    assert_eq!(a.days, days);
    assert_eq!(a.platform_ads.len(), 4, "2 ad sets of 2 ads");
    assert_eq!(a.account.map(|h| h.good), Some(true));
}

#[tokio::test]
async fn budget_and_end_date_through_the_campaign_put() {
    let sb = sandbox().await;
    let c = marin(&sb).await;
    let id = c.all_campaigns(&page(100, 0)).await.expect("all")[1]
        .id
        .clone();
    let edit = |budget: Option<&str>, currency: Option<&str>, end| CampaignEdit {
        budget: budget.map(str::to_string),
        currency: currency.map(str::to_string),
        end,
    };
    let end = chrono::Utc
        .with_ymd_and_hms(2027, 1, 31, 0, 0, 0)
        .single()
        .expect("end");
    c.update(&id, &edit(Some("12.5"), Some("eur"), Some(end)))
        .await
        .expect("update");
    let got = c.campaign(&id).await.expect("get");
    let daily = got.daily_budget.expect("a daily campaign");
    assert_eq!(daily.amount.to_string(), "12.50");
    assert_eq!(got.schedule.end, Some(end));

    for (b, cur, what) in [
        (Some("10"), Some("USD"), "in EUR"),
        (Some("1.005"), Some("EUR"), "2 decimals"),
        (Some("ten"), Some("EUR"), "not an amount"),
        (Some("10"), None, "both an amount and its currency"),
    ] {
        let e = c.update(&id, &edit(b, cur, None)).await.expect_err(what);
        assert_eq!(e.code, ErrorCode::Validation, "{what}");
        assert!(e.message.contains(what), "{what}: {}", e.message);
    }
    // Marin's own 400, at its field.
    let past = chrono::Utc
        .with_ymd_and_hms(2001, 1, 1, 0, 0, 0)
        .single()
        .expect("past");
    let e = c
        .update(&id, &edit(None, None, Some(past)))
        .await
        .expect_err("before the start");
    assert_eq!(e.code, ErrorCode::Validation);
    assert!(e.message.contains("end_date"), "{}", e.message);
}

#[tokio::test]
async fn not_found_and_forbidden_are_typed() {
    let sb = sandbox().await;
    let c = marin(&sb).await;
    let e = c.campaign("999999").await.expect_err("no such campaign");
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = c.campaign("../accounts").await.expect_err("not an id");
    assert_eq!(e.code, ErrorCode::NotFound);

    // Marin's 404: an account the agency does not have.
    let none = Connector::Marin(MarinConnector::new(client(&sb, DEMO_TOKEN), "424242"));
    let e = none.brands().await.expect_err("404");
    assert_eq!(e.code, ErrorCode::NotFound);
    let check = none.check().await;
    assert_eq!(
        (check.ok, check.code, check.title.as_str()),
        (false, Some(ErrorCode::NotFound), "Account not found")
    );

    // Marin's 403: another agency's account, and a token it does not know.
    let account = account(&sb).await;
    let other = Connector::Marin(MarinConnector::new(
        client(&sb, OTHER_AGENCY_TOKEN),
        account.clone(),
    ));
    let e = other.campaigns(&page(5, 0)).await.expect_err("403");
    assert_eq!(e.code, ErrorCode::Forbidden);
    let unknown = Connector::Marin(MarinConnector::new(client(&sb, "nobody"), account));
    let check = unknown.check().await;
    assert_eq!(
        (check.ok, check.code),
        (false, Some(ErrorCode::Forbidden)),
        "{check:?}"
    );

    let ok = c.check().await;
    assert!(ok.ok, "{ok:?}");
    assert!(
        ok.message.contains("EUR") && ok.message.contains("Europe/Paris"),
        "{}",
        ok.message
    );
}

#[tokio::test]
async fn searches_and_what_marin_does_not_offer() {
    let sb = sandbox().await;
    let c = marin(&sb).await;
    let places = c.search_places("new york").await.expect("places");
    assert!(places
        .iter()
        .any(|p| p.kind == PlaceKind::City && p.key == "2490299"));
    assert!(places
        .iter()
        .all(|p| p.country_code.as_deref() == Some("US")));
    let audiences = c.search_audiences("music").await.expect("interests");
    assert!(audiences.iter().any(|a| a.name == "Hip hop music"));
    assert!(c.search_places("  ").await.expect("blank").is_empty());

    let e = c
        .add_locations("1", "m", &[])
        .await
        .expect_err("no markets");
    assert_eq!(e.code, ErrorCode::Unsupported);
    let e = c.search_languages("fr").await.expect_err("no languages");
    assert_eq!(e.code, ErrorCode::Unsupported);
    let draft = crescendo_core::draft::CampaignDraft::default();
    let e = c.create(&draft).await.expect_err("no create");
    assert_eq!(e.code, ErrorCode::Unsupported);
    assert!(e.message.contains("Marin Social"), "{}", e.message);
    assert_eq!(c.validate(&draft, None).len(), 1);
}
