//! The documented read examples: each response example (verbatim, fixtures/) served to the
//! client, the exact request it sends compared, and the typed result checked against the
//! example's values.

mod common;

use common::{client, doc, q, Capture};
use marin_api::*;
use std::str::FromStr;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).expect("decimal")
}

#[tokio::test]
async fn get_all_accounts() {
    let srv = Capture::fixed(200, doc("accounts")).await;
    let page = client(&srv.url)
        .accounts(PageRequest::default())
        .await
        .expect("parses");
    let r = srv.one();
    assert_eq!((r.method.as_str(), r.path.as_str()), ("GET", "/accounts"));
    assert_eq!(r.query, q("limit=100&page=1"));
    assert_eq!(page.data.len(), 2);
    let fb = &page.data[0];
    assert_eq!(
        (fb.id.as_str(), fb.network_id.as_deref(), fb.name.as_str()),
        ("1", Some("123456789101111212"), "Account 1")
    );
    assert_eq!(fb.currency.as_deref(), Some("EUR"));
    assert_eq!(fb.src.as_deref(), Some("fb"));
    let tw = &page.data[1];
    assert_eq!(tw.currency, None);
    assert_eq!(tw.funding_instruments, vec!["a1b2c3".to_string()]);
    let range = page.range.expect("range");
    assert_eq!(
        (
            range.total,
            range.limit,
            range.nb_pages,
            range.page,
            range.results
        ),
        (1000, 100, 10, 1, Some(100))
    );
    // The documented link carries the token; callers get it redacted.
    assert_eq!(
        range.next.as_deref(),
        Some("https://api.mysocialpixel.com/accounts?limit=100&key=[redacted]&page=2")
    );
}

#[tokio::test]
async fn get_a_specific_account() {
    let srv = Capture::fixed(200, doc("account")).await;
    let a = client(&srv.url).account("1").await.expect("parses");
    let r = srv.one();
    assert_eq!((r.method.as_str(), r.path.as_str()), ("GET", "/accounts/1"));
    assert_eq!(r.query, q(""));
    assert_eq!(a.timezone.as_deref(), Some("Europe/Paris"));
    assert!(a.active);
}

#[tokio::test]
async fn search_interests_and_locations() {
    let srv = Capture::fixed(200, doc("target_search_interest")).await;
    let found = client(&srv.url)
        .search_interests("1", "Swimming pool")
        .await
        .expect("parses");
    let r = srv.one();
    assert_eq!(r.path, "/accounts/1/target_search");
    assert_eq!(r.query, q("q=Swimming+pool&type=interest"));
    assert_eq!(found.len(), 4);
    assert_eq!(found[1].key, "141750626068");
    assert_eq!(found[1].category.as_deref(), Some("demographic"));
    assert_eq!(found[1].kind.as_deref(), Some("work_employer"));

    let srv = Capture::fixed(200, doc("target_search_location")).await;
    let found = client(&srv.url)
        .search_locations("1", "New York")
        .await
        .expect("parses");
    assert_eq!(srv.one().query, q("q=New+York&type=location"));
    assert_eq!(found.len(), 3);
    assert_eq!(found[1].key, "DMA:501");
    assert_eq!(found[1].kind, "geo_market");
    let city = &found[2];
    assert_eq!(city.region.as_deref(), Some("New York"));
    assert_eq!(city.region_id, Some(3875));
    assert!(city.supports_region && city.supports_city);
}

#[tokio::test]
async fn media_plans_one_and_all() {
    let srv = Capture::fixed(200, doc("media_plans")).await;
    let page = client(&srv.url)
        .media_plans(PageRequest::new(300, 2).expect("valid"))
        .await
        .expect("parses");
    let r = srv.one();
    assert_eq!((r.method.as_str(), r.path.as_str()), ("GET", "/clients"));
    assert_eq!(r.query, q("limit=300&page=2"));
    let p = &page.data[0];
    assert_eq!(p.id, "105");
    assert_eq!(p.margin_type, Some(0));
    assert_eq!(p.margin_value, Some(Decimal::ZERO));
    assert_eq!(p.autopause_value, Some(Decimal::ZERO));
    assert_eq!(p.io_number.as_deref(), Some("mediaPlanIoNumber"));
    assert_eq!(p.general_objective.as_deref(), Some("fan_acq"));

    let srv = Capture::fixed(200, doc("media_plan")).await;
    let p = client(&srv.url)
        .media_plan("mediaPlanIoNumber")
        .await
        .expect("parses");
    assert_eq!(srv.one().path, "/clients/mediaPlanIoNumber");
    assert_eq!(
        p.url_connection.as_deref(),
        Some("https://social.marinsoftware.com/datagrid/105")
    );
}

#[tokio::test]
async fn campaigns_of_a_media_plan_and_one_campaign() {
    let srv = Capture::fixed(200, doc("campaigns")).await;
    let page = client(&srv.url)
        .campaigns("105", PageRequest::default())
        .await
        .expect("parses");
    assert_eq!(srv.one().path, "/clients/105/campaigns");
    let c = &page.data[0];
    assert_eq!((c.id.as_str(), c.name.as_str()), ("1", "campaign 1"));
    assert_eq!(c.status, Status::Pause);
    assert_eq!(c.budget_type, Some(BudgetType::Daily));
    assert_eq!(c.daily_budget, Some(dec("10")));
    assert_eq!(c.special_ad_category.as_deref(), Some("housing"));
    assert_eq!(c.start_date.as_deref(), Some("2017-10-16T11:15:00+0000"));

    let srv = Capture::fixed(200, doc("campaign")).await;
    let c = client(&srv.url).campaign("105", "1").await.expect("parses");
    assert_eq!(srv.one().path, "/clients/105/campaigns/1");
    assert_eq!(c.special_ad_category.as_deref(), Some("none"));
    assert_eq!(c.client_id.as_deref(), Some("105"));
}

#[test]
fn the_agency_wide_campaign_list_parses_with_its_twitter_row() {
    let v: serde_json::Value = serde_json::from_str(&doc("campaigns_of_agency")).expect("json");
    let rows: Vec<Campaign> = serde_json::from_value(v["data"].clone()).expect("typed");
    let tw = &rows[1];
    assert_eq!(tw.src.as_deref(), Some("tw"));
    assert_eq!(tw.lifetime_budget, Some(dec("200")));
    assert_eq!(tw.funding_instrument_id.as_deref(), Some("201"));
    assert_eq!(tw.budget_type, None);
}

#[tokio::test]
async fn ad_sets_with_string_bids() {
    let srv = Capture::fixed(200, doc("adsets")).await;
    let page = client(&srv.url)
        .ad_sets("105", "1", PageRequest::default())
        .await
        .expect("parses");
    assert_eq!(srv.one().path, "/clients/105/campaigns/1/adsets");
    let s = &page.data[1];
    assert_eq!(s.bid, Some(dec("4.56")));
    assert_eq!(s.daily_budget, Some(dec("456")));
    assert_eq!(s.promoted_object.as_deref(), Some("357951"));
    assert_eq!(s.computed_status.as_deref(), Some("not_sync"));
    assert_eq!(page.range.map(|r| r.nb_pages), Some(2));

    let srv = Capture::fixed(200, doc("adset")).await;
    let s = client(&srv.url)
        .ad_set("105", "1", "1")
        .await
        .expect("parses");
    assert_eq!(srv.one().path, "/clients/105/campaigns/1/adsets/1");
    assert_eq!(s.bid, Some(dec("1.23")));
}

#[test]
fn the_ad_set_creation_answer_parses() {
    let rows: Vec<AdSet> = serde_json::from_str(&doc("adset_create")).expect("typed");
    assert_eq!(rows[0].daily_budget, Some(dec("0.05")));
    assert_eq!(
        rows[0].adset_bid_strategy.as_deref(),
        Some("lowest_cost_with_bid_cap")
    );
}

#[tokio::test]
async fn ads_of_a_campaign_of_an_ad_set_and_one_ad() {
    let srv = Capture::fixed(200, doc("campaign_ads")).await;
    let page = client(&srv.url)
        .campaign_ads("105", "1", PageRequest::default())
        .await
        .expect("parses");
    assert_eq!(srv.one().path, "/clients/105/campaigns/1/ads");
    let ad = &page.data[1];
    assert_eq!(ad.kind.as_deref(), Some("page_post_ad"));
    assert_eq!(ad.bid, Some(dec("0.01")));
    assert_eq!(ad.headline.as_deref(), Some("my_headline"));
    assert_eq!(ad.page.as_deref(), Some("123456789"));
    assert_eq!(ad.target.location[0].label, "San Francisco");
    assert_eq!(ad.target.age, vec!["18-22".to_string()]);
    assert_eq!(ad.placement.position.len(), 5);

    let srv = Capture::fixed(200, doc("adset_ads")).await;
    let page = client(&srv.url)
        .ad_set_ads("105", "1", "7", PageRequest::default())
        .await
        .expect("parses");
    assert_eq!(srv.one().path, "/clients/105/campaigns/1/adsets/7/ads");
    assert_eq!(page.data.len(), 2);

    // Documented without the `data` envelope.
    let srv = Capture::fixed(200, doc("ad")).await;
    let ad = client(&srv.url)
        .ad("105", "1", "7", "1")
        .await
        .expect("parses");
    assert_eq!(srv.one().path, "/clients/105/campaigns/1/adsets/7/ads/1");
    assert_eq!((ad.id.as_str(), ad.status.clone()), ("1", Status::Pause));
}

#[tokio::test]
async fn every_page_is_read_by_number() {
    let srv = Capture::start(|n, _| {
        let page = n + 1;
        common::Reply::json(
            200,
            format!(
                r#"{{"data":[{{"id":"{page}","name":"Account {page}"}}],
                   "range":{{"total":2,"limit":1,"nb_pages":2,"page":{page},"results":1,
                   "next":"https://elsewhere.example/accounts?key=x&page=2"}}}}"#
            ),
        )
    })
    .await;
    let all = client(&srv.url).all_accounts().await.expect("walks");
    assert_eq!(
        all.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["1", "2"]
    );
    let queries: Vec<String> = srv.requests().into_iter().map(|r| r.query).collect();
    assert_eq!(queries, [q("limit=100&page=1"), q("limit=100&page=2")]);
}
