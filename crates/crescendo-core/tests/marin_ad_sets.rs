//! A Marin Social account linked beside a Symphony workspace, over real HTTP against both
//! simulators: its campaign page lists the campaign's ad sets with their budgets and bids, and
//! an ad set's daily budget and bid change through the ad set `PUT`, checked at their fields
//! first; other providers' campaigns say they have no ad set edits.

mod sandbox_common;
use crescendo_core::campaign_page::{campaign_page, edit_ad_set, set_ad_paused};
use crescendo_core::domain::breakdown::AdSetChange;
use crescendo_core::domain::CampaignFilter;
use crescendo_core::provider::linked::LinkedAccount;
use crescendo_core::provider::marin::MarinConnector;
use crescendo_core::{ErrorCode, Workspace, WorkspaceKind};
use marin_api::{AgencyToken, Client};
use marin_sandbox::{Sandbox, SandboxConfig, DEMO_TOKEN};

struct Both {
    _symphony: symphony_sandbox::Sandbox,
    _marin: Sandbox,
    ws: Workspace,
}

async fn start() -> Both {
    let (symphony, ws) = sandbox_common::start(WorkspaceKind::Custom).await;
    ws.set_active_brand(Some(358));
    let marin = Sandbox::start(SandboxConfig::default())
        .await
        .expect("marin sandbox");
    let client = Client::builder(&marin.url(), AgencyToken::new(DEMO_TOKEN).expect("token"))
        .build()
        .expect("client");
    let account = client.all_accounts().await.expect("accounts")[0].id.clone();
    ws.set_linked(vec![LinkedAccount::marin(
        "m1",
        "Agency EU",
        MarinConnector::new(client, account),
    )]);
    Both {
        _symphony: symphony,
        _marin: marin,
        ws,
    }
}

/// The first Marin campaign of the list that can still be changed, by its routed id.
async fn marin_campaign(ws: &Workspace) -> String {
    let all = ws
        .connector()
        .all_campaigns(&CampaignFilter::default())
        .await
        .expect("list");
    all.into_iter()
        .filter(|c| c.id.starts_with("marin:m1:"))
        .find(|c| crescendo_core::campaign_page::edit_lock(c).is_none())
        .map(|c| c.id)
        .expect("a Marin campaign that can change")
}

fn change(budget: Option<&str>, bid: Option<&str>) -> AdSetChange {
    AdSetChange {
        daily_budget: budget.map(str::to_string),
        bid: bid.map(str::to_string),
    }
}

#[tokio::test]
async fn the_page_shows_ad_sets_and_their_budget_and_bid_change_exactly() {
    let b = start().await;
    let id = marin_campaign(&b.ws).await;
    let page = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    assert!(
        !page.ad_sets.is_empty(),
        "the campaign's ad sets are on its page"
    );
    let first = page.ad_sets[0].clone();
    assert_eq!(first.locked_reason, None);
    let currency = page.campaign.budget.currency.clone();
    assert_eq!(
        first.daily_budget.as_ref().map(|m| m.currency.as_str()),
        Some(currency.as_str()),
        "the ad set's budget is in the account's currency"
    );

    let done = edit_ad_set(&b.ws, &id, &first.id, &change(Some("37.25"), Some("1.05")))
        .await
        .expect("edited");
    assert_eq!(done.id, first.id);
    assert_eq!(
        done.daily_budget.map(|m| m.amount.to_string()),
        Some("37.25".into())
    );
    assert_eq!(done.bid.map(|m| m.amount.to_string()), Some("1.05".into()));

    // Marin has it: the page read again shows the new figures, the other ad sets unchanged.
    let again = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    let now = again
        .ad_sets
        .iter()
        .find(|s| s.id == first.id)
        .expect("same ad set");
    assert_eq!(
        now.daily_budget.as_ref().map(|m| m.amount.to_string()),
        Some("37.25".into())
    );
    assert_eq!(
        now.bid.as_ref().map(|m| m.amount.to_string()),
        Some("1.05".into())
    );
    assert_eq!(again.ad_sets[1..], page.ad_sets[1..]);

    // Only the bid: the budget stays.
    let done = edit_ad_set(&b.ws, &id, &first.id, &change(None, Some("2")))
        .await
        .expect("bid only");
    assert_eq!(
        done.daily_budget.map(|m| m.amount.to_string()),
        Some("37.25".into())
    );
}

#[tokio::test]
async fn bad_input_is_refused_at_its_field_and_nothing_is_sent() {
    let b = start().await;
    let id = marin_campaign(&b.ws).await;
    let before = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    let set = before.ad_sets[0].id.clone();
    let err = edit_ad_set(&b.ws, &id, &set, &change(Some("12.345"), Some("abc")))
        .await
        .expect_err("refused");
    assert_eq!(err.code, ErrorCode::Validation);
    let fields: Vec<&str> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["dailyBudget", "bid"]);
    assert!(
        err.problems[0].message.contains("2 decimals at most"),
        "{}",
        err.problems[0].message
    );

    let after = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    assert_eq!(after.ad_sets, before.ad_sets, "nothing changed on Marin");

    let err = edit_ad_set(&b.ws, &id, "999999", &change(Some("10"), None))
        .await
        .expect_err("no such ad set");
    assert_eq!(err.code, ErrorCode::NotFound);
}

#[tokio::test]
async fn other_providers_campaigns_have_no_ad_set_edits() {
    let b = start().await;
    let symphony =
        b.ws.connector()
            .all_campaigns(&CampaignFilter::default())
            .await
            .expect("list")
            .into_iter()
            .find(|c| !c.id.starts_with("marin:"))
            .expect("a Symphony campaign");
    let err = edit_ad_set(&b.ws, &symphony.id, "1", &change(Some("10"), None))
        .await
        .expect_err("unsupported");
    assert_eq!(err.code, ErrorCode::Unsupported);
    let page = campaign_page(&b.ws, &symphony.id, None, "en")
        .await
        .expect("page");
    assert!(page.ad_sets.is_empty());
}

/// Marin's statistics count no people reached: its page shows no reach rather than a false 0,
/// and a line with no value is not drawn nor put in a legend; Symphony's page keeps both.
#[tokio::test]
async fn a_marin_page_claims_no_reach_and_draws_no_empty_line() {
    let b = start().await;
    let id = marin_campaign(&b.ws).await;
    let page = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    assert!(!page.report.reach_reported);
    assert_eq!(page.report.kpis.reach_to_date.value, None);
    assert!(page.report.series.iter().all(|d| d.reach_to_date.is_none()));
    let reach = page
        .figures
        .iter()
        .find(|f| f.key == "reach")
        .expect("figure");
    assert_eq!(reach.title, "Impressions");
    assert_eq!(reach.series, ["Impressions"]);
    assert!(!reach.chart.svg.contains("Reach to date"));
    // A line with values is kept: spend to date always, the ideal pace when there is one.
    let pace = page
        .figures
        .iter()
        .find(|f| f.key == "pacing")
        .expect("pacing");
    assert_eq!(pace.series[0], "Spent to date");
    let ideal = page
        .report
        .series
        .iter()
        .any(|d| d.ideal_cumulative.is_some());
    assert_eq!(pace.series.iter().any(|s| s == "Ideal pace"), ideal);

    let symphony =
        b.ws.connector()
            .all_campaigns(&CampaignFilter::default())
            .await
            .expect("list")
            .into_iter()
            .find(|c| !c.id.starts_with("marin:") && c.status.label == "Active")
            .expect("an active Symphony campaign");
    let page = campaign_page(&b.ws, &symphony.id, None, "en")
        .await
        .expect("page");
    assert!(page.report.reach_reported);
    let reach = page
        .figures
        .iter()
        .find(|f| f.key == "reach")
        .expect("figure");
    assert_eq!(reach.series, ["Impressions", "Reach to date"]);
}

/// The portfolio's Marin currency has no "sum of campaign reach" (Marin counts none); the
/// artist's Symphony currency keeps it.
#[tokio::test]
async fn the_portfolio_claims_no_reach_for_marins_currency() {
    let b = start().await;
    let view = crescendo_core::portfolio_page::portfolio_page(&b.ws, None, "en-US")
        .await
        .expect("portfolio");
    let group = |cur: &str| {
        view.portfolio
            .by_currency
            .iter()
            .find(|g| g.totals.currency == cur)
            .map(|g| g.totals.clone())
            .unwrap_or_else(|| panic!("no {cur} group"))
    };
    let marin = group("EUR");
    assert!(marin.campaigns > 0);
    assert!(!marin.reach_reported);
    assert_eq!(marin.sum_of_campaign_reach, 0);
    assert!(
        group("USD").reach_reported,
        "Symphony's campaigns count reach"
    );
}

/// An ad is paused and resumed through Marin's ad perform (a second pause is Marin's 202, done
/// all the same); on an account that spends real money, resuming asks first; a Symphony
/// campaign has no ad actions.
#[tokio::test]
async fn an_ad_is_paused_and_resumed_and_resuming_real_money_asks() {
    let b = start().await;
    let id = marin_campaign(&b.ws).await;
    let ad_status = |page: &crescendo_core::campaign_page::CampaignDetail, ad: &str| {
        page.platform_ads
            .iter()
            .find(|a| a.id == ad)
            .map(|a| a.status.clone())
            .expect("the ad")
    };
    let page = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    let ad = page
        .platform_ads
        .iter()
        .find(|a| a.status == "play")
        .map(|a| a.id.clone())
        .expect("a playing ad");
    for _ in 0..2 {
        set_ad_paused(&b.ws, &id, &ad, true, false)
            .await
            .expect("paused, then already paused");
    }
    let page = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    assert_eq!(ad_status(&page, &ad), "pause");

    // The same account spending real money: resuming asks, and nothing is sent before.
    let linked: Vec<LinkedAccount> =
        b.ws.linked()
            .into_iter()
            .map(|a| a.spending(true))
            .collect();
    b.ws.set_linked(linked);
    let err = set_ad_paused(&b.ws, &id, &ad, false, false)
        .await
        .expect_err("asks first");
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.problems[0].field, "confirmation");
    assert!(
        err.message.starts_with("Resuming an ad of \""),
        "{}",
        err.message
    );
    let page = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    assert_eq!(ad_status(&page, &ad), "pause", "nothing was sent");
    set_ad_paused(&b.ws, &id, &ad, false, true)
        .await
        .expect("resumed once confirmed");
    let page = campaign_page(&b.ws, &id, None, "en").await.expect("page");
    assert_eq!(ad_status(&page, &ad), "play");

    let symphony =
        b.ws.connector()
            .all_campaigns(&CampaignFilter::default())
            .await
            .expect("list")
            .into_iter()
            .find(|c| !c.id.starts_with("marin:") && c.status.label == "Active")
            .expect("an active Symphony campaign");
    let err = set_ad_paused(&b.ws, &symphony.id, "1", true, false)
        .await
        .expect_err("unsupported");
    assert_eq!(err.code, ErrorCode::Unsupported);
}
