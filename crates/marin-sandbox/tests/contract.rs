//! The simulator's behaviours, over raw HTTP: the token gate, paging and its `next` link, form
//! errors and their shape, 202, 403/404, the 24-hour rule, the recorder, and the same data for
//! the same seed.

mod common;

use common::{call, call_as, demo, errors_at};
use marin_sandbox::{Sandbox, SandboxConfig, DEMO_TOKEN, OTHER_AGENCY_TOKEN};
use serde_json::Value;

#[tokio::test]
async fn the_token_goes_in_key_and_nothing_else_opens() {
    let sb = demo().await;
    let bare = reqwest::get(format!("{}/accounts", sb.url()))
        .await
        .expect("sent");
    assert_eq!(bare.status().as_u16(), 403);
    let body: Value = bare.json().await.expect("json");
    assert_eq!(body["message"], "Access denied");
    assert_eq!(
        call_as(&sb, "wrong", "GET", "/accounts", None).await.status,
        403
    );
    // The token in a header is not the documented place.
    let hdr = reqwest::Client::new()
        .get(format!("{}/accounts", sb.url()))
        .header("key", DEMO_TOKEN)
        .send()
        .await
        .expect("sent");
    assert_eq!(hdr.status().as_u16(), 403);
    assert_eq!(call(&sb, "GET", "/accounts", None).await.status, 200);
    assert_eq!(call(&sb, "GET", "/nowhere", None).await.status, 404);
    for r in sb.requests() {
        assert!(!format!("{r:?}").contains(DEMO_TOKEN), "{r:?}");
    }
    let last = sb.requests().pop().expect("recorded");
    assert!(last.key_sent && last.key_valid);
    assert_eq!(last.query, "key=[redacted]");
}

#[tokio::test]
async fn pages_carry_the_documented_range_and_a_next_link_with_the_key() {
    let sb = demo().await;
    let plan = sb.plan_ids(0)[0].clone();
    let p1 = call(
        &sb,
        "GET",
        &format!("/clients/{plan}/campaigns?limit=3"),
        None,
    )
    .await
    .body;
    let r = &p1["range"];
    assert_eq!(
        (
            r["total"].as_u64(),
            r["limit"].as_u64(),
            r["nb_pages"].as_u64(),
            r["page"].as_u64(),
            r["results"].as_u64()
        ),
        (Some(7), Some(3), Some(3), Some(1), Some(3))
    );
    let next = r["next"].as_str().expect("next");
    assert!(
        next.ends_with(&format!(
            "/clients/{plan}/campaigns?limit=3&key={DEMO_TOKEN}&page=2"
        )),
        "{next}"
    );
    // Following it works as the reference says.
    let p2: Value = reqwest::get(next)
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(p2["range"]["page"], 2);
    let p3 = call(
        &sb,
        "GET",
        &format!("/clients/{plan}/campaigns?limit=3&page=3"),
        None,
    )
    .await
    .body;
    assert_eq!(p3["data"].as_array().map(Vec::len), Some(1));
    assert_eq!(p3["range"]["next"], Value::Null);
    let past = call(
        &sb,
        "GET",
        &format!("/clients/{plan}/campaigns?limit=3&page=9"),
        None,
    )
    .await
    .body;
    assert_eq!(past["data"].as_array().map(Vec::len), Some(0));
    let too_many = call(&sb, "GET", "/accounts?limit=301&page=0", None).await;
    assert_eq!(too_many.status, 400);
    assert_eq!(
        errors_at(&too_many.body, "limit").len(),
        1,
        "{}",
        too_many.body
    );
    assert_eq!(errors_at(&too_many.body, "page").len(), 1);
}

#[tokio::test]
async fn form_errors_describe_the_form_field_by_field() {
    let sb = demo().await;
    let plan = sb.plan_ids(0)[0].clone();
    let path = format!("/clients/{plan}/campaigns");
    let r = call(
        &sb,
        "POST",
        &path,
        Some("status=running&budget_type=daily&daily_budget=-5&start_date=soon&color=red"),
    )
    .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["message"], "Validation Failed");
    assert_eq!(
        errors_at(&r.body, "name"),
        ["This value should not be blank."]
    );
    assert_eq!(
        errors_at(&r.body, "status"),
        ["The value you selected is not a valid choice."]
    );
    assert_eq!(
        errors_at(&r.body, "objective"),
        ["This value should not be blank."]
    );
    assert_eq!(
        errors_at(&r.body, "daily_budget"),
        ["This value should be greater than 0."]
    );
    assert_eq!(
        errors_at(&r.body, "start_date"),
        ["This value should be a Unix timestamp."]
    );
    assert_eq!(
        errors_at(&r.body, "useReachAndFrequency"),
        ["This value should not be blank."]
    );
    assert!(errors_at(&r.body, "budget_type").is_empty());
    assert!(
        r.body["errors"]["children"]["budget_type"].is_object(),
        "every field of the form is described"
    );
    assert_eq!(
        r.body["errors"]["errors"][0],
        "This form should not contain extra fields."
    );
    // JSON is not a form.
    let json = reqwest::Client::new()
        .post(format!("{}{path}?key={DEMO_TOKEN}", sb.url()))
        .json(&serde_json::json!({"name": "x"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(json.status().as_u16(), 400);
}

#[tokio::test]
async fn a_daily_budget_shorter_than_a_day_becomes_lifetime() {
    let sb = demo().await;
    let plan = sb.plan_ids(0)[0].clone();
    let form = "name=flash&status=play&objective=reach&budget_type=daily&daily_budget=25.50&start_date=1772452800&end_date=1772470800&useReachAndFrequency=false";
    let r = call(
        &sb,
        "POST",
        &format!("/clients/{plan}/campaigns"),
        Some(form),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["budget_type"], "lifetime");
    assert_eq!(r.body["lifetime_budget"].to_string(), "25.5");
    assert!(r.body.get("daily_budget").is_none());
}

#[tokio::test]
async fn play_pause_202_bid_update_and_ownership() {
    let sb = demo().await;
    let plan = sb.plan_ids(0)[0].clone();
    let camps = call(&sb, "GET", &format!("/clients/{plan}/campaigns"), None)
        .await
        .body;
    let c = camps["data"]
        .as_array()
        .expect("list")
        .iter()
        .find(|c| c["status"] == "pause")
        .expect("paused")
        .clone();
    let base = format!(
        "/clients/{plan}/campaigns/{}",
        c["id"].as_str().expect("id")
    );
    assert_eq!(
        call(&sb, "PATCH", &format!("{base}/performs/pause"), None)
            .await
            .status,
        202
    );
    assert_eq!(
        call(&sb, "PATCH", &format!("{base}/performs/play"), None)
            .await
            .status,
        200
    );
    assert_eq!(
        call(&sb, "PATCH", &format!("{base}/performs/play"), None)
            .await
            .status,
        202
    );
    assert_eq!(
        call(&sb, "PATCH", &format!("{base}/performs/stop"), None)
            .await
            .status,
        400
    );
    let ads = call(&sb, "GET", &format!("{base}/ads"), None).await.body;
    let ad = ads["data"][0]["id"].as_str().expect("ad").to_string();
    let bid = call(
        &sb,
        "PATCH",
        &format!("{base}/ads/{ad}/performs/bid-update"),
        Some("bid=0.07"),
    )
    .await;
    assert_eq!(
        (bid.status, bid.body["bid"].to_string()),
        (200, "0.07".to_string())
    );
    let bad = call(
        &sb,
        "PATCH",
        &format!("{base}/ads/{ad}/performs/bid-update"),
        Some("bid=zero"),
    )
    .await;
    assert_eq!(errors_at(&bad.body, "bid"), ["This value is not valid."]);
    // Another agency: 403 on the plan and under it; unknown ids: 404.
    let theirs = sb.plan_ids(1)[0].clone();
    assert_eq!(
        call(&sb, "GET", &format!("/clients/{theirs}/campaigns"), None)
            .await
            .status,
        403
    );
    assert_eq!(
        call(&sb, "GET", &format!("/clients/{theirs}/statistics"), None)
            .await
            .status,
        403
    );
    assert_eq!(
        call_as(
            &sb,
            OTHER_AGENCY_TOKEN,
            "GET",
            &format!("/clients/{theirs}"),
            None
        )
        .await
        .status,
        200
    );
    assert_eq!(
        call(&sb, "GET", &format!("{base}/adsets/999999"), None)
            .await
            .status,
        404
    );
    assert_eq!(
        call(
            &sb,
            "GET",
            &format!("/clients/{plan}/campaigns/999999/statistics"),
            None
        )
        .await
        .status,
        404
    );
}

#[tokio::test]
async fn the_same_seed_gives_the_same_objects() {
    let a = Sandbox::start(SandboxConfig::default()).await.expect("a");
    let b = Sandbox::start(SandboxConfig::default()).await.expect("b");
    let c = Sandbox::start(SandboxConfig {
        seed: 43,
        ..SandboxConfig::default()
    })
    .await
    .expect("c");
    let read = |sb: &Sandbox| {
        let path = format!("/clients/{}/campaigns", sb.plan_ids(0)[0]);
        let sb_url = sb.url();
        async move {
            let url = format!("{sb_url}{path}?key={DEMO_TOKEN}");
            reqwest::get(url)
                .await
                .expect("sent")
                .json::<Value>()
                .await
                .expect("json")
        }
    };
    let (ra, rb, rc) = (read(&a).await, read(&b).await, read(&c).await);
    assert_eq!(ra["data"], rb["data"]);
    assert_ne!(ra["data"], rc["data"]);
}

#[tokio::test]
async fn who_may_write_is_checked_before_what_is_written() {
    let sb = demo().await;
    let theirs = sb.plan_ids(1)[0].clone();
    let r = call(
        &sb,
        "POST",
        &format!("/clients/{theirs}/campaigns"),
        Some("name="),
    )
    .await;
    assert_eq!(r.status, 403, "{}", r.body);
    let mine = sb.plan_ids(0)[0].clone();
    let camps = call(&sb, "GET", &format!("/clients/{mine}/campaigns"), None)
        .await
        .body;
    let base = format!(
        "/clients/{mine}/campaigns/{}",
        camps["data"][0]["id"].as_str().expect("id")
    );
    assert_eq!(
        call(&sb, "PUT", &format!("{base}/adsets/999999"), Some("bid=-1"))
            .await
            .status,
        404
    );
    assert_eq!(
        call(
            &sb,
            "PATCH",
            &format!("{base}/ads/999999/performs/bid-update"),
            Some("bid=x")
        )
        .await
        .status,
        404
    );
    assert_eq!(
        call(&sb, "PUT", "/clients/999999/campaigns/1", Some("name="))
            .await
            .status,
        404
    );
}
