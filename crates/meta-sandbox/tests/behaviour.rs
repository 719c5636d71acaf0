//! What the sandbox simulates beyond single requests: effective_status over time, updates and
//! their rules, cursor paging, scoring with usage headers and 80004, deterministic insights.

use chrono::{DateTime, Utc};
use meta_sandbox::{
    Clock, RateConfig, Sandbox, SandboxConfig, DEMO_TOKEN, INR_ACCOUNT, JPY_ACCOUNT, USD_ACCOUNT,
};
use serde_json::Value;
use std::time::Duration;

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("date")
}

async fn start(config: SandboxConfig) -> Sandbox {
    Sandbox::start_with_clock(config, Clock::fixed(t0()))
        .await
        .expect("sandbox")
}

async fn call(
    sb: &Sandbox,
    method: reqwest::Method,
    path: &str,
    body: &str,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let r = reqwest::Client::new()
        .request(method, format!("{}/{path}", sb.base_url()))
        .bearer_auth(DEMO_TOKEN)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_string())
        .send()
        .await
        .expect("sent");
    let (s, h) = (r.status().as_u16(), r.headers().clone());
    (s, h, r.json().await.expect("json"))
}

async fn status_of(sb: &Sandbox, id: &str) -> (String, String) {
    let (_, _, v) = call(
        sb,
        reqwest::Method::GET,
        &format!("{id}?fields=status,effective_status"),
        "",
    )
    .await;
    (
        v["status"].as_str().unwrap_or("").into(),
        v["effective_status"].as_str().unwrap_or("").into(),
    )
}

#[tokio::test]
async fn effective_status_follows_the_documented_rules() {
    let sb = start(SandboxConfig::default()).await;
    let (_, _, v) = call(
        &sb,
        reqwest::Method::POST,
        &format!("act_{USD_ACCOUNT}/campaigns"),
        "name=a&special_ad_categories=%5B%5D&status=ACTIVE",
    )
    .await;
    let id = v["id"].as_str().expect("id").to_string();
    assert_eq!(
        status_of(&sb, &id).await,
        ("ACTIVE".into(), "IN_PROCESS".into())
    );
    sb.clock().advance(chrono::Duration::seconds(6));
    assert_eq!(status_of(&sb, &id).await.1, "ACTIVE");
    call(&sb, reqwest::Method::POST, &id, "status=PAUSED").await;
    assert_eq!(
        status_of(&sb, &id).await,
        ("PAUSED".into(), "PAUSED".into())
    );
    call(&sb, reqwest::Method::POST, &id, "status=ARCHIVED").await;
    assert_eq!(status_of(&sb, &id).await.1, "ARCHIVED");
    let (s, _, v) = call(&sb, reqwest::Method::POST, &id, "name=again").await;
    assert_eq!(
        (
            s,
            v["error"]["error_data"]["blame_field_specs"][0][0].as_str()
        ),
        (400, Some("status"))
    );
    let (_, _, v) = call(&sb, reqwest::Method::DELETE, &id, "").await;
    assert_eq!(v["success"], true);
    assert_eq!(
        status_of(&sb, &id).await,
        ("DELETED".into(), "DELETED".into())
    );
    let (s, _, _) = call(&sb, reqwest::Method::POST, &id, "status=ACTIVE").await;
    assert_eq!(s, 400, "a deleted campaign cannot be edited");
    // The seeded campaign with issues.
    let (_, _, list) = call(
        &sb,
        reqwest::Method::GET,
        &format!("act_{USD_ACCOUNT}/campaigns?fields=effective_status,issues_info&limit=50"),
        "",
    )
    .await;
    let with_issues: Vec<&Value> = list["data"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|c| c["effective_status"] == "WITH_ISSUES")
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(with_issues.len(), 1);
    assert!(with_issues[0]["issues_info"][0]["error_summary"].is_string());
}

#[tokio::test]
async fn updates_keep_budget_types_and_spend_cap_leaves_updated_time() {
    let sb = start(SandboxConfig::default()).await;
    let (_, _, v) = call(
        &sb,
        reqwest::Method::POST,
        &format!("act_{INR_ACCOUNT}/campaigns"),
        "name=a&special_ad_categories=%5B%5D&daily_budget=100000",
    )
    .await;
    let id = v["id"].as_str().expect("id").to_string();
    let (s, _, v) = call(&sb, reqwest::Method::POST, &id, "lifetime_budget=900000").await;
    assert_eq!(
        (
            s,
            v["error"]["error_data"]["blame_field_specs"][0][0].as_str()
        ),
        (400, Some("lifetime_budget"))
    );
    let (s, _, v) = call(
        &sb,
        reqwest::Method::POST,
        &id,
        "stop_time=2026-04-01T00%3A00%3A00%2B0000",
    )
    .await;
    assert_eq!(
        (
            s,
            v["error"]["error_data"]["blame_field_specs"][0][0].as_str()
        ),
        (400, Some("stop_time"))
    );
    sb.clock().advance(chrono::Duration::hours(1));
    let (s, _, _) = call(&sb, reqwest::Method::POST, &id, "spend_cap=922337203685478").await;
    assert_eq!(s, 200);
    let (_, _, c) = call(
        &sb,
        reqwest::Method::GET,
        &format!("{id}?fields=created_time,updated_time,spend_cap,daily_budget,bid_strategy"),
        "",
    )
    .await;
    assert_eq!(
        c["created_time"], c["updated_time"],
        "spend_cap alone does not touch updated_time"
    );
    assert_eq!(c["created_time"], "2026-03-02T12:00:00+0000");
    assert!(
        c.get("spend_cap").is_none(),
        "the remove value removes the cap"
    );
    assert_eq!(c["daily_budget"], "100000", "numeric strings");
    assert_eq!(
        c["bid_strategy"], "LOWEST_COST_WITH_BID_CAP",
        "the documented default during creation"
    );
}

#[tokio::test]
async fn cursor_paging_ends_without_a_next_link() {
    let sb = start(SandboxConfig::default()).await;
    let mut after: Option<String> = None;
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let q = after
            .as_ref()
            .map(|a| format!("&after={a}"))
            .unwrap_or_default();
        let (_, _, v) = call(
            &sb,
            reqwest::Method::GET,
            &format!("act_{USD_ACCOUNT}/campaigns?fields=name&limit=3{q}"),
            "",
        )
        .await;
        pages += 1;
        seen.extend(v["data"].as_array().cloned().unwrap_or_default());
        match v["paging"]["next"].as_str() {
            Some(next) => {
                assert!(
                    next.contains(&format!("access_token={DEMO_TOKEN}")),
                    "Graph's links carry the token: {next}"
                );
                after = v["paging"]["cursors"]["after"].as_str().map(str::to_string);
            }
            None => break,
        }
    }
    // Six campaigns in pages of three: the second page is full and still the last.
    assert_eq!((pages, seen.len()), (2, 6));
}

#[tokio::test]
async fn scoring_sends_usage_headers_then_80004() {
    let config = SandboxConfig {
        rate: RateConfig {
            max_score: 5,
            window: Duration::from_secs(60),
            block: Duration::from_secs(120),
        },
        ..SandboxConfig::default()
    };
    let sb = start(config).await;
    let path = format!("act_{JPY_ACCOUNT}?fields=currency");
    let (_, h, v) = call(&sb, reqwest::Method::GET, &path, "").await;
    assert_eq!(v["currency"], "JPY");
    let buc: Value = serde_json::from_str(h["x-business-use-case-usage"].to_str().unwrap_or(""))
        .expect("BUC JSON");
    assert_eq!(buc[JPY_ACCOUNT][0]["type"], "ads_management");
    assert_eq!(buc[JPY_ACCOUNT][0]["call_count"], 20);
    assert_eq!(buc[JPY_ACCOUNT][0]["estimated_time_to_regain_access"], 0);
    let acc: Value =
        serde_json::from_str(h["x-ad-account-usage"].to_str().unwrap_or("")).expect("JSON");
    assert!(acc["reset_time_duration"]
        .as_f64()
        .is_some_and(|r| r > 59.0));
    assert!(h.contains_key("x-app-usage"));
    for _ in 0..4 {
        call(&sb, reqwest::Method::GET, &path, "").await;
    }
    let (s, h, v) = call(&sb, reqwest::Method::GET, &path, "").await;
    assert_eq!(
        (
            s,
            v["error"]["code"].as_i64(),
            v["error"]["error_subcode"].as_i64()
        ),
        (400, Some(80004), Some(2446079))
    );
    let buc: Value =
        serde_json::from_str(h["x-business-use-case-usage"].to_str().unwrap_or("")).expect("JSON");
    assert_eq!(
        buc[JPY_ACCOUNT][0]["estimated_time_to_regain_access"], 2,
        "minutes"
    );
    let (s, _, _) = call(
        &sb,
        reqwest::Method::GET,
        &format!("act_{USD_ACCOUNT}?fields=currency"),
        "",
    )
    .await;
    assert_eq!(s, 200, "scores are per ad account");
    assert_eq!(sb.throttled(), 1);
}

#[tokio::test]
async fn insights_are_deterministic_per_seed_and_within_budget() {
    let a = start(SandboxConfig::default()).await;
    let b = start(SandboxConfig::default()).await;
    let c = start(SandboxConfig {
        seed: 7,
        ..SandboxConfig::default()
    })
    .await;
    let (_, _, list) = call(
        &a,
        reqwest::Method::GET,
        &format!("act_{JPY_ACCOUNT}/campaigns?fields=daily_budget,status"),
        "",
    )
    .await;
    let camp = list["data"]
        .as_array()
        .and_then(|d| {
            d.iter()
                .find(|x| x["status"] == "ACTIVE" && x["daily_budget"].is_string())
                .cloned()
        })
        .expect("active daily");
    let q = format!("{}/insights?fields=spend,impressions,reach,clicks,cpc,cpm,ctr,actions&time_increment=1&time_range=%7B%22since%22%3A%222026-02-20%22%2C%22until%22%3A%222026-03-02%22%7D", camp["id"].as_str().unwrap_or("0"));
    let (_, _, ra) = call(&a, reqwest::Method::GET, &q, "").await;
    let (_, _, rb) = call(&b, reqwest::Method::GET, &q, "").await;
    assert_eq!(ra, rb);
    let rows = ra["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(rows.len(), 11);
    let budget: i64 = camp["daily_budget"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("budget");
    for r in &rows {
        let spend: i64 = r["spend"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .expect("JPY spend is whole yen");
        assert!(spend > 0 && spend <= budget, "{r}");
        assert_eq!(r["date_start"], r["date_stop"]);
    }
    let (_, _, rc) = call(&c, reqwest::Method::GET, &q, "").await;
    assert_ne!(rc, ra, "another seed, other numbers (and other campaigns)");
}
