use super::*;
use serde_json::json;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("date")
}

fn node(v: serde_json::Value) -> marin_api::Campaign {
    serde_json::from_value(v).expect("campaign")
}

/// The reference's "Get a specific Campaign" example, verbatim.
fn documented() -> serde_json::Value {
    json!({
        "status" : "pause", "account_id" : "101", "deleted" : false,
        "campaign_naming" : "{campaign-name}-{age-min}-{age-max}-{country}-{interest}",
        "start_date" : "2017-10-16T11:15:00+0000",
        "ads_naming" : "{campaign-name}-{age-min}-{age-max}-{picture}-{title}",
        "budget_type" : "daily",
        "url_reporting" : "https://social.marinsoftware.com/report/en/spent/{{CAMPAIGN_HASH_ID}}",
        "daily_budget" : 10, "client_id" : "105", "budget" : 10, "name" : "campaign 1",
        "id" : "1", "archived" : false, "src" : "fb", "special_ad_category": "none"
    })
}

fn state(v: serde_json::Value) -> (CampaignState, String, String) {
    let c = campaign(&node(v), "EUR", now()).expect("maps");
    (c.status.state, c.status.original, c.status.label)
}

#[test]
fn statuses_keep_marins_words() {
    let mut v = documented();
    assert_eq!(
        state(v.clone()),
        (CampaignState::Paused, "pause".into(), "Pause".into())
    );
    v["status"] = json!("play");
    assert_eq!(state(v.clone()).0, CampaignState::Active);
    v["start_date"] = json!("2026-04-01T00:00:00+0000");
    assert_eq!(state(v.clone()).0, CampaignState::Scheduled);
    v["start_date"] = json!("2026-01-01T00:00:00+0000");
    v["end_date"] = json!("2026-03-01T23:00:00+0100");
    assert_eq!(state(v.clone()).0, CampaignState::Completed);
    // A paused campaign past its end stays paused: the schedule only decides for "play".
    v["status"] = json!("pause");
    assert_eq!(state(v.clone()).0, CampaignState::Paused);
    v["archived"] = json!(true);
    assert_eq!(
        state(v.clone()),
        (CampaignState::Stopped, "archived".into(), "Archived".into())
    );
    v["deleted"] = json!(true);
    assert_eq!(state(v.clone()).1, "deleted");
    let mut odd = documented();
    odd["status"] = json!("in_review");
    assert_eq!(
        state(odd),
        (
            CampaignState::Unknown,
            "in_review".into(),
            "In review".into()
        )
    );
}

#[test]
fn budgets_are_exact_in_the_account_currency() {
    // The documented daily campaign: 10 a day, no end: the budget is one day's.
    let c = campaign(&node(documented()), "EUR", now()).expect("maps");
    let daily = c.daily_budget.clone().expect("daily");
    assert_eq!(
        (daily.amount.to_string().as_str(), daily.currency.as_str()),
        ("10.00", "EUR")
    );
    assert_eq!(c.budget.amount.to_string(), "10.00");
    assert_eq!(c.provider, ProviderKind::MarinSocial);
    assert_eq!((c.id.as_str(), c.name.as_str()), ("1", "campaign 1"));
    assert_eq!(c.schedule.start.to_rfc3339(), "2017-10-16T11:15:00+00:00");

    // Ten days of 12.35 USD, with the exact cents.
    let mut v = documented();
    v["daily_budget"] = serde_json::from_str("12.35").expect("number");
    v["start_date"] = json!("2026-03-01T00:00:00+0000");
    v["end_date"] = json!("2026-03-11T00:00:00+0000");
    let c = campaign(&node(v.clone()), "USD", now()).expect("maps");
    assert_eq!(c.budget.amount.to_string(), "123.50");
    assert_eq!(c.daily_budget.expect("daily").amount.to_string(), "12.35");

    // Yen have no decimals: 5000 stays 5000, and 12.35 yen is refused, not rounded.
    v["daily_budget"] = json!(5000);
    let c = campaign(&node(v.clone()), "JPY", now()).expect("maps");
    assert_eq!(
        (c.budget.amount.to_string(), c.budget.exponent),
        ("50000".into(), 0)
    );
    v["daily_budget"] = serde_json::from_str("12.35").expect("number");
    let e = campaign(&node(v), "JPY", now()).expect_err("not rounded");
    assert_eq!(e.code, ErrorCode::Decode);
    assert!(e.message.contains("daily_budget"), "{}", e.message);
    assert!(
        campaign(&node(documented()), "ZZZ", now()).is_err(),
        "an unknown currency is not guessed"
    );

    // The Twitter example: no budget_type, a daily and a lifetime budget.
    let tw = node(json!({
        "client_id" : "101", "daily_budget" : 10, "src" : "tw", "lifetime_budget" : 200,
        "archived" : false, "id" : "2", "name" : "campaign 2",
        "start_date" : "2018-04-26T12:04:00+0000", "deleted" : false, "account_id" : "102",
        "funding_instrument_id" : "201", "status" : "pause"
    }));
    let c = campaign(&tw, "EUR", now()).expect("maps");
    assert_eq!(c.budget.amount.to_string(), "200.00");
    assert_eq!(c.daily_budget.expect("daily").amount.to_string(), "10.00");

    let life = node(json!({
        "id": "3", "name": "life", "status": "play", "budget_type": "lifetime",
        "lifetime_budget": "1500.5", "start_date": "2026-02-01T00:00:00+0000"
    }));
    let c = campaign(&life, "EUR", now()).expect("maps");
    assert_eq!(
        (c.budget.amount.to_string().as_str(), c.daily_budget),
        ("1500.50", None)
    );
}

#[test]
fn dates_are_read_as_marin_writes_them() {
    assert_eq!(
        time("2017-10-16T11:15:00+0000").map(|t| t.to_rfc3339()),
        Some("2017-10-16T11:15:00+00:00".into())
    );
    assert_eq!(
        time("2026-03-01T00:30:00+0200").map(|t| t.to_rfc3339()),
        Some("2026-02-28T22:30:00+00:00".into())
    );
    assert!(time("2026-03-01T00:00:00Z").is_some(), "RFC 3339 too");
    assert_eq!(time("16/10/2017"), None);
    let mut v = documented();
    v["end_date"] = json!("tomorrow");
    let e = campaign(&node(v), "EUR", now()).expect_err("refused");
    assert!(e.message.contains("end_date"), "{}", e.message);
}

#[test]
fn days_from_statistics_rows() {
    let row = |date: Option<&str>, spent: &str, imp: u64, click: u64, leads: u64| {
        let mut v = json!({
            "ctr": 0, "ctrLinks": 0, "convRate": 0, "convRateLinks": 0, "cpc": 0, "cpm": 0,
            "cpa": 0, "impression": imp, "click": click,
            "spent": serde_json::from_str::<serde_json::Value>(spent).expect("number"),
            "main_metrics": [
                {"name": "link_click", "amount": 0, "number": click, "object_id": ""},
                {"name": "leadgen.other", "amount": 0, "number": leads, "object_id": ""},
                {"name": "app_custom_event.fb_mobile_purchase", "amount": 0, "number": 1, "object_id": ""}
            ]
        });
        if let Some(d) = date {
            v["date"] = json!(d);
        }
        v
    };
    let rows: Vec<StatsRow> = serde_json::from_value(json!([
        row(Some("2026-03-02"), "12.34", 1000, 20, 2),
        row(Some("2026-03-01"), "0.5", 50, 0, 0),
        row(None, "99", 1, 1, 0),
        row(Some("2026-03"), "99", 1, 1, 0)
    ]))
    .expect("rows");
    let d = days(&rows, "EUR");
    assert_eq!(d.skipped, 2, "a row without a day is not a day");
    let (first, second) = (&d.days[0], &d.days[1]);
    assert_eq!(first.date.to_string(), "2026-03-01");
    assert_eq!(first.spend.amount.to_string(), "0.50");
    assert_eq!(first.spend.currency, "EUR");
    assert_eq!(
        (first.impressions, first.clicks, first.conversions),
        (50, 0, 1)
    );
    assert_eq!(second.spend.amount.to_string(), "12.34");
    assert_eq!(
        (second.impressions, second.clicks, second.conversions),
        (1000, 20, 3),
        "leads and app events are conversions, link clicks are not"
    );
    assert_eq!(second.reach_to_date, 0, "Marin reports no reach");
}

#[test]
fn search_results_as_places_and_audiences() {
    let locs: Vec<LocationResult> = serde_json::from_value(json!([
        {"key": "3875", "name": "New York (United States)", "type": "region",
         "country_code": "US", "country_name": "United States",
         "supports_region": true, "supports_city": true},
        {"key": "DMA:501", "name": "New York (DMA)", "type": "geo_market", "country_code": "US"},
        {"key": "2490299", "name": "New York", "type": "city", "country_code": "US",
         "region": "New York", "region_id": 3875},
        {"key": "FR", "name": "France", "type": "country", "country_code": "FR"}
    ]))
    .expect("locations");
    let kinds: Vec<PlaceKind> = locs.iter().map(|l| place(l).kind).collect();
    assert_eq!(
        kinds,
        [
            PlaceKind::Region,
            PlaceKind::Region,
            PlaceKind::City,
            PlaceKind::Country
        ]
    );
    let ny = place(&locs[2]);
    assert_eq!(
        (
            ny.key.as_str(),
            ny.label.as_str(),
            ny.country_code.as_deref()
        ),
        ("2490299", "New York", Some("US"))
    );
    let i: InterestResult = serde_json::from_value(json!(
        {"key": "141750626068", "name": "USA Swimming", "category": "demographic", "type": "work_employer"}
    ))
    .expect("interest");
    let a = audience(&i);
    assert_eq!(
        (a.id.as_str(), a.name.as_str()),
        ("141750626068", "USA Swimming")
    );
    assert_eq!(a.path, ["Demographic", "Work employer"]);
    assert_eq!((a.size_min, a.size_max), (None, None));
}
