//! The client against the simulator over real HTTP on 127.0.0.1: paging over several pages,
//! 202 on play/pause, 400 form errors at their field, 403, 404, target search, writes read
//! back, and statistics whose day, month and period aggregates add up at every level.

mod common;

use common::client_with;
use marin_api::paging::walk;
use marin_api::stats::{Level, StatsOf, StatsQuery};
use marin_api::*;
use marin_sandbox::{Sandbox, SandboxConfig, DEFAULT_TODAY, DEMO_TOKEN, OTHER_AGENCY_TOKEN};
use std::str::FromStr;

const DAY: i64 = 86_400;

async fn sandbox() -> (Sandbox, Client) {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("starts");
    let c = client_with(&sb.url(), DEMO_TOKEN);
    (sb, c)
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).expect("decimal")
}

#[tokio::test]
async fn lists_walk_several_pages_by_number() {
    let (sb, c) = sandbox().await;
    let plans = c.all_media_plans().await.expect("plans");
    assert_eq!(plans.len(), 3);
    let plan = plans[0].id.clone();
    sb.clear_requests();
    let by_three = walk(3, |r| c.campaigns(&plan, r)).await.expect("walks");
    let all = c.all_campaigns(&plan).await.expect("one page");
    assert_eq!(by_three.len(), 7);
    assert_eq!(by_three, all, "the same rows in the same order");
    let pages: Vec<String> = sb
        .requests()
        .iter()
        .take(3)
        .map(|r| r.query.clone())
        .collect();
    assert_eq!(
        pages,
        [1, 2, 3].map(|p| format!("key=[redacted]&limit=3&page={p}"))
    );
    let one = c
        .campaigns(&plan, PageRequest::new(3, 3).expect("valid"))
        .await
        .expect("page 3");
    let range = one.range.expect("range");
    assert_eq!(
        (range.total, range.nb_pages, range.page, range.results),
        (7, 3, 3, Some(1))
    );
    assert_eq!(range.next, None, "the last page has no next");
    let two = c
        .campaigns(&plan, PageRequest::new(3, 1).expect("valid"))
        .await
        .expect("page 1");
    let next = two.range.and_then(|r| r.next).expect("next");
    assert!(
        next.contains("key=[redacted]") && next.ends_with("page=2"),
        "{next}"
    );
    assert!(!next.contains(DEMO_TOKEN));
    // The whole hierarchy reads.
    let camp = &all[0];
    let sets = c.all_ad_sets(&plan, &camp.id).await.expect("ad sets");
    assert_eq!(sets.len(), 2);
    let ads = c.all_campaign_ads(&plan, &camp.id).await.expect("ads");
    assert_eq!(ads.len(), 4);
    let of_set = c
        .all_ad_set_ads(&plan, &camp.id, &sets[0].id)
        .await
        .expect("ads of set");
    assert_eq!(of_set.len(), 2);
    let ad = c
        .ad(&plan, &camp.id, &sets[0].id, &of_set[0].id)
        .await
        .expect("ad");
    assert_eq!(ad, of_set[0]);
    let accounts = c.all_accounts().await.expect("accounts");
    assert_eq!(accounts.len(), 2);
    assert_eq!(
        c.account(&accounts[0].id).await.expect("account"),
        accounts[0]
    );
    // A media plan is found by its io_number too.
    let by_io = c
        .media_plan(plans[0].io_number.as_deref().unwrap_or_default())
        .await
        .expect("by io");
    assert_eq!(by_io.id, plan);
}

#[tokio::test]
async fn play_and_pause_answer_202_when_already_so() {
    let (sb, c) = sandbox().await;
    let plan = sb.plan_ids(0)[0].clone();
    let camps = c.all_campaigns(&plan).await.expect("campaigns");
    let paused = camps
        .iter()
        .find(|c| c.status == Status::Pause)
        .expect("a paused one");
    let again = c
        .perform_campaign(&plan, &paused.id, Action::Pause)
        .await
        .expect("202");
    assert!(
        matches!(&again, Performed::AlreadyInState(Some(c)) if c.status == Status::Pause),
        "{again:?}"
    );
    let played = c
        .perform_campaign(&plan, &paused.id, Action::Play)
        .await
        .expect("200");
    assert!(
        matches!(&played, Performed::Done(c) if c.status == Status::Play),
        "{played:?}"
    );
    assert!(c
        .perform_campaign(&plan, &paused.id, Action::Play)
        .await
        .expect("202")
        .already());
    assert_eq!(
        c.campaign(&plan, &paused.id).await.expect("read").status,
        Status::Play
    );

    let ads = c.all_campaign_ads(&plan, &paused.id).await.expect("ads");
    let ad = ads
        .iter()
        .find(|a| a.status == Status::Play)
        .expect("a playing ad");
    assert!(c
        .perform_ad(&plan, &paused.id, &ad.id, Action::Play)
        .await
        .expect("202")
        .already());
    let out = c
        .perform_ad(&plan, &paused.id, &ad.id, Action::Pause)
        .await
        .expect("200");
    assert!(matches!(out, Performed::Done(a) if a.status == Status::Pause));
    let statuses: Vec<u16> = sb
        .requests()
        .iter()
        .filter(|r| r.method == "PATCH")
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [202, 200, 202, 202, 200]);
}

#[tokio::test]
async fn form_errors_come_back_at_their_field() {
    let (sb, c) = sandbox().await;
    let plan = sb.plan_ids(0)[0].clone();
    let lifetime = NewCampaign {
        name: "Tour 2026".into(),
        status: Status::Pause,
        objective: "reach".into(),
        budget_type: BudgetType::Lifetime,
        daily_budget: None,
        lifetime_budget: Some(dec("1500.75")),
        start_date: DEFAULT_TODAY,
        end_date: Some(DEFAULT_TODAY + 10 * DAY),
        special_ad_category: None,
        pixel_external_id: None,
        pixel_event: None,
        business_manager_id: None,
        product_catalog_id: None,
        sync: Some(false),
    };
    let created = c.create_campaign(&plan, &lifetime).await.expect("created");
    assert_eq!(created.lifetime_budget, Some(dec("1500.75")));
    assert_eq!(
        c.campaign(&plan, &created.id).await.expect("read back"),
        created
    );
    // The client cannot know the campaign is lifetime; the API refuses at daily_budget.
    let e = c
        .update_campaign(
            &plan,
            &created.id,
            &CampaignUpdate {
                daily_budget: Some(dec("20")),
                ..Default::default()
            },
        )
        .await
        .expect_err("refused");
    assert_eq!(e.code(), "form", "{e}");
    assert!(
        e.field("daily_budget")
            .is_some_and(|m| m.contains("budget_type is daily")),
        "{e:?}"
    );
    assert_eq!(e.field("name"), None);
    // Statistics asked at a level above the object.
    let ads = c
        .all_campaign_ads(&plan, &created.id)
        .await
        .expect("no ads yet");
    assert!(ads.is_empty());
    let of = StatsOf::Campaign {
        plan: plan.clone(),
        campaign: created.id.clone(),
    };
    let e = c
        .statistics(
            &of,
            &StatsQuery::lifetime().level(Level::Client),
            PageRequest::default(),
        )
        .await
        .expect_err("refused");
    assert!(e.field("level").is_some(), "{e:?}");
    let updated = c
        .update_campaign(
            &plan,
            &created.id,
            &CampaignUpdate {
                lifetime_budget: Some(dec("2000")),
                name: Some("Tour 2026 (EU)".into()),
                ..Default::default()
            },
        )
        .await
        .expect("updated");
    assert_eq!(
        (updated.name.as_str(), updated.lifetime_budget),
        ("Tour 2026 (EU)", Some(dec("2000")))
    );
}

#[tokio::test]
async fn ad_set_budget_and_bid_edits_are_exact() {
    let (sb, c) = sandbox().await;
    let plan = sb.plan_ids(0)[1].clone();
    let camp = c.all_campaigns(&plan).await.expect("campaigns")[0]
        .id
        .clone();
    let set = c.all_ad_sets(&plan, &camp).await.expect("sets")[0]
        .id
        .clone();
    let edit = AdSetEdit {
        daily_budget: Some(dec("12.34")),
        bid: Some(dec("0.75")),
        name: None,
    };
    let s = c
        .edit_ad_set(&plan, &camp, &set, &edit)
        .await
        .expect("edited");
    assert_eq!(
        (s.daily_budget, s.bid),
        (Some(dec("12.34")), Some(dec("0.75")))
    );
    assert_eq!(c.ad_set(&plan, &camp, &set).await.expect("read back"), s);
    let sent = sb
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .expect("the PUT");
    assert_eq!(sent.body, "daily_budget=12.34&bid=0.75");
    assert_eq!(
        sent.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
}

#[tokio::test]
async fn another_agencys_objects_are_403_and_unknown_ones_404() {
    let (sb, c) = sandbox().await;
    let theirs = sb.plan_ids(1)[0].clone();
    let e = c.media_plan(&theirs).await.expect_err("403");
    assert_eq!(e.code(), "forbidden", "{e}");
    let e = c.all_campaigns(&theirs).await.expect_err("403");
    assert_eq!(e.code(), "forbidden");
    let e = client_with(&sb.url(), "not-a-token")
        .all_accounts()
        .await
        .expect_err("403");
    assert_eq!(e.code(), "forbidden");
    let other = client_with(&sb.url(), OTHER_AGENCY_TOKEN);
    assert!(other.media_plan(&theirs).await.is_ok());
    let mine = sb.plan_ids(0)[0].clone();
    assert_eq!(
        c.media_plan("999999").await.expect_err("404").code(),
        "not_found"
    );
    assert_eq!(
        c.campaign(&mine, "999999").await.expect_err("404").code(),
        "not_found"
    );
    let e = c
        .perform_campaign(&mine, "999999", Action::Play)
        .await
        .expect_err("404");
    assert_eq!(e.code(), "not_found");
    for r in sb.requests() {
        assert!(
            !format!("{r:?}").contains(DEMO_TOKEN),
            "a recorded request holds the token: {r:?}"
        );
    }
}

#[tokio::test]
async fn target_search_is_typed() {
    let (_sb, c) = sandbox().await;
    let account = c.all_accounts().await.expect("accounts")[0].id.clone();
    let locs = c
        .search_locations(&account, "new york")
        .await
        .expect("locations");
    assert_eq!(locs.len(), 3);
    let city = locs.iter().find(|l| l.kind == "city").expect("a city");
    assert_eq!(
        (city.region_id, city.country_code.as_deref()),
        (Some(3875), Some("US"))
    );
    let found = c
        .search_interests(&account, "music")
        .await
        .expect("interests");
    assert!(
        found.len() >= 4
            && found
                .iter()
                .all(|i| i.name.to_lowercase().contains("music"))
    );
    assert_eq!(
        c.search_interests(&account, " ")
            .await
            .expect_err("empty")
            .code(),
        "invalid"
    );
}
