//! The documented write and statistics examples: the exact method, path, query, content type
//! and form body the client sends, and the documented answers parsed (including their
//! envelopes: bare objects, one-element lists, 202).

mod common;

use common::{client, doc, q, Capture, Reply, FORM};
use marin_api::stats::{Aggregate, Level, StatsOf, StatsQuery};
use marin_api::*;
use std::str::FromStr;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).expect("decimal")
}

fn new_campaign() -> NewCampaign {
    NewCampaign {
        name: "campaign 1".into(),
        status: Status::Pause,
        objective: "fan_acq".into(),
        budget_type: BudgetType::Daily,
        daily_budget: Some(dec("10.00")),
        lifetime_budget: None,
        start_date: 1_508_152_500,
        end_date: None,
        special_ad_category: Some("credit".into()),
        pixel_external_id: None,
        pixel_event: None,
        business_manager_id: None,
        product_catalog_id: None,
        sync: None,
    }
}

#[tokio::test]
async fn create_a_new_campaign() {
    let srv = Capture::fixed(201, doc("campaign_create")).await;
    let c = client(&srv.url)
        .create_campaign("105", &new_campaign())
        .await
        .expect("created");
    let r = srv.one();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/clients/105/campaigns")
    );
    assert_eq!(r.query, q(""));
    assert_eq!(r.content_type.as_deref(), Some(FORM));
    assert_eq!(
        r.body,
        "name=campaign+1&status=pause&objective=fan_acq&budget_type=daily&daily_budget=10\
         &start_date=1508152500&useReachAndFrequency=false&special_ad_category=credit"
    );
    // Documented as a bare object.
    assert_eq!((c.id.as_str(), c.account_id.as_deref()), ("1", Some("101")));
    assert_eq!(c.special_ad_category.as_deref(), Some("credit"));
    assert_eq!(c.budget, Some(dec("10")));
}

#[tokio::test]
async fn update_a_campaign() {
    let srv = Capture::fixed(200, doc("campaign_update")).await;
    let update = CampaignUpdate {
        name: Some("campaign 1 - edited".into()),
        ..CampaignUpdate::default()
    };
    let c = client(&srv.url)
        .update_campaign("105", "1", &update)
        .await
        .expect("updated");
    let r = srv.one();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("PUT", "/clients/105/campaigns/1")
    );
    assert_eq!(r.content_type.as_deref(), Some(FORM));
    assert_eq!(r.body, "name=campaign+1+-+edited");
    assert_eq!(c.name, "campaign 1 - edited");
}

#[tokio::test]
async fn play_and_pause_a_campaign_with_202_as_a_state() {
    let srv =
        Capture::start(|n, _| Reply::json(if n == 0 { 200 } else { 202 }, doc("campaign_perform")))
            .await;
    let c = client(&srv.url);
    let first = c
        .perform_campaign("105", "1", Action::Pause)
        .await
        .expect("paused");
    let again = c
        .perform_campaign("105", "1", Action::Pause)
        .await
        .expect("202 is fine");
    let reqs = srv.requests();
    assert_eq!(reqs[0].method, "PATCH");
    assert_eq!(reqs[0].path, "/clients/105/campaigns/1/performs/pause");
    assert_eq!(reqs[0].query, q(""));
    assert_eq!(reqs[0].body, "", "play/pause sends no body");
    assert!(matches!(&first, Performed::Done(c) if c.status == Status::Pause));
    assert!(again.already());
    assert!(matches!(again, Performed::AlreadyInState(Some(_))));
    // A 202 with a body that is not the resource is still "already in that state".
    let srv = Capture::fixed(202, r#"{"message":"Expected result was already active"}"#).await;
    let out = client(&srv.url)
        .perform_campaign("105", "1", Action::Play)
        .await
        .expect("202");
    assert_eq!(out, Performed::AlreadyInState(None));
    assert_eq!(srv.one().path, "/clients/105/campaigns/1/performs/play");
}

#[tokio::test]
async fn play_an_ad() {
    let srv = Capture::fixed(200, doc("ad_perform")).await;
    let out = client(&srv.url)
        .perform_ad("105", "1", "1", Action::Play)
        .await
        .expect("parses");
    let r = srv.one();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("PATCH", "/clients/105/campaigns/1/ads/1/performs/play")
    );
    let Performed::Done(ad) = out else {
        panic!("not done")
    };
    // The example's id is a backtick, verbatim.
    assert_eq!(ad.id, "`");
    assert_eq!(ad.bid, Some(dec("0.02")));
}

#[tokio::test]
async fn edit_an_ad_sets_budget_and_bid() {
    let srv = Capture::fixed(200, doc("adset_update")).await;
    let edit = AdSetEdit {
        daily_budget: Some(dec("12.50")),
        bid: Some(dec("1.230")),
        name: Some("new name".into()),
    };
    let s = client(&srv.url)
        .edit_ad_set("105", "1", "12345", &edit)
        .await
        .expect("parses");
    let r = srv.one();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("PUT", "/clients/105/campaigns/1/adsets/12345")
    );
    assert_eq!(r.content_type.as_deref(), Some(FORM));
    assert_eq!(r.body, "daily_budget=12.5&bid=1.23&name=new+name");
    // Documented as a one-element list.
    assert_eq!(s.id, "12345");
    assert_eq!(s.name.as_deref(), Some("new name"));
    assert_eq!(s.daily_budget, Some(dec("0.05")));
    assert_eq!(s.bid, Some(dec("1")));
}

#[tokio::test]
async fn bad_input_is_refused_at_its_field_before_sending() {
    let srv = Capture::fixed(200, "{}").await;
    let c = client(&srv.url);
    let mut n = new_campaign();
    n.daily_budget = None;
    n.objective = "website_conv".into();
    n.end_date = Some(n.start_date + 3600);
    let e = c.create_campaign("105", &n).await.expect_err("refused");
    assert_eq!(e.code(), "invalid");
    assert!(e.field("daily_budget").is_some(), "{e}");
    assert!(e.field("pixel_external_id").is_some(), "{e}");
    assert!(e.field("pixel_event").is_some(), "{e}");
    let e = c
        .edit_ad_set(
            "105",
            "1",
            "2",
            &AdSetEdit {
                bid: Some(dec("0")),
                ..AdSetEdit::default()
            },
        )
        .await
        .expect_err("refused");
    assert_eq!(e.field("bid"), Some("must be more than 0"));
    let e = c
        .edit_ad_set("105", "1", "2", &AdSetEdit::default())
        .await
        .expect_err("empty");
    assert_eq!(e.field(""), Some("nothing to update"));
    let q = StatsQuery {
        aggregate: Aggregate::Day,
        ..StatsQuery::lifetime()
    };
    let e = c
        .statistics(
            &StatsOf::MediaPlan { plan: "105".into() },
            &q,
            PageRequest::default(),
        )
        .await
        .expect_err("refused");
    assert!(
        e.field("start_date").is_some() && e.field("end_date").is_some(),
        "{e}"
    );
    assert!(srv.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn statistics_at_every_level_send_the_documented_query() {
    let cases = [
        (
            "stats_media_plan",
            StatsOf::MediaPlan { plan: "105".into() },
            "/clients/105/statistics",
        ),
        (
            "stats_campaign",
            StatsOf::Campaign {
                plan: "105".into(),
                campaign: "1".into(),
            },
            "/clients/105/campaigns/1/statistics",
        ),
        (
            "stats_adset",
            StatsOf::AdSet {
                plan: "105".into(),
                campaign: "1".into(),
                ad_set: "7".into(),
            },
            "/clients/105/campaigns/1/adsets/7/statistics",
        ),
        (
            "stats_ad",
            StatsOf::Ad {
                plan: "105".into(),
                campaign: "1".into(),
                ad: "9".into(),
            },
            "/clients/105/campaigns/1/ads/9/statistics",
        ),
    ];
    for (fixture, of, path) in cases {
        let srv = Capture::fixed(200, doc(fixture)).await;
        let query =
            StatsQuery::between(Aggregate::Month, 1_700_000_000, 1_710_000_000).level(Level::Ad);
        let page = client(&srv.url)
            .statistics(&of, &query, PageRequest::default())
            .await
            .unwrap_or_else(|e| panic!("{fixture}: {e}"));
        let r = srv.one();
        assert_eq!((r.method.as_str(), r.path.as_str()), ("GET", path));
        assert_eq!(
            r.query,
            q("aggregate=month&start_date=1700000000&end_date=1710000000&level=ad&limit=100&page=1")
        );
        let row = &page.data[0];
        assert_eq!(
            (row.impression, row.click, row.spent),
            (0, 0, Decimal::ZERO)
        );
        assert_eq!(
            (row.ctr, row.ctr_links, row.conv_rate, row.conv_rate_links),
            Default::default()
        );
        assert_eq!((row.cpc, row.cpm, row.cpa), Default::default());
        assert_eq!(row.main_metrics.len(), 19);
        assert_eq!(row.main_metrics[0].name, "like");
        assert_eq!(row.main_metrics[18].name, "store_visits");
        assert!(row.metric("app_custom_event.fb_mobile_purchase").is_some());
        assert_eq!(row.metric("link_click").map(|m| m.number), Some(0));
        assert_eq!(row.date, None, "the documented row has no date");
        let next = page.range.and_then(|r| r.next).expect("next");
        assert!(
            next.contains("key=[redacted]") && next.ends_with("&page=2"),
            "{next}"
        );
    }
}

#[tokio::test]
async fn a_lifetime_query_sends_only_the_aggregate() {
    let srv = Capture::fixed(200, doc("stats_campaign")).await;
    let of = StatsOf::Campaign {
        plan: "105".into(),
        campaign: "1".into(),
    };
    client(&srv.url)
        .statistics(&of, &StatsQuery::lifetime(), PageRequest::default())
        .await
        .expect("parses");
    assert_eq!(srv.one().query, q("aggregate=period&limit=100&page=1"));
}
