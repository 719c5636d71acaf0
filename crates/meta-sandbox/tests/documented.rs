//! The reference's examples and rules, sent to the sandbox as raw HTTP (no client types): the
//! sandbox must accept what the documents show and refuse what they forbid, Graph-shaped.

use chrono::{DateTime, Utc};
use meta_sandbox::{
    Clock, Sandbox, SandboxConfig, DEMO_TOKEN, JPY_ACCOUNT, KRW_ACCOUNT, USD_ACCOUNT,
};
use serde_json::Value;

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("date")
}

async fn start() -> Sandbox {
    Sandbox::start_with_clock(SandboxConfig::default(), Clock::fixed(t0()))
        .await
        .expect("sandbox")
}

async fn post(sb: &Sandbox, path: &str, body: &str) -> (u16, Value) {
    let r = reqwest::Client::new()
        .post(format!("{}/{path}", sb.base_url()))
        .bearer_auth(DEMO_TOKEN)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_string())
        .send()
        .await
        .expect("sent");
    (r.status().as_u16(), r.json().await.expect("json"))
}

async fn get(sb: &Sandbox, path_and_query: &str) -> (u16, Value) {
    let r = reqwest::Client::new()
        .get(format!("{}/{path_and_query}", sb.base_url()))
        .bearer_auth(DEMO_TOKEN)
        .send()
        .await
        .expect("sent");
    (r.status().as_u16(), r.json().await.expect("json"))
}

#[tokio::test]
async fn the_http_example_creates_a_paused_link_clicks_campaign() {
    let sb = start().await;
    let (status, body) = post(
        &sb,
        &format!("act_{KRW_ACCOUNT}/campaigns"),
        "name=My+campaign&objective=LINK_CLICKS&status=PAUSED&special_ad_categories=%5B%5D",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let id = body["id"].as_str().expect("Struct { id: numeric string }");
    assert!(id.bytes().all(|b| b.is_ascii_digit()));
    let (_, c) = get(
        &sb,
        &format!("{id}?fields=name,objective,status,effective_status,special_ad_categories"),
    )
    .await;
    assert_eq!(c["name"], "My campaign");
    assert_eq!(c["objective"], "LINK_CLICKS");
    assert_eq!(
        (c["status"].as_str(), c["effective_status"].as_str()),
        (Some("PAUSED"), Some("PAUSED"))
    );
    assert_eq!(c["special_ad_categories"], serde_json::json!([]));
}

#[tokio::test]
async fn the_curl_example_as_multipart_with_the_token_in_the_form() {
    let sb = start().await;
    let b = "----crescendoBoundary7";
    let mut body = String::new();
    for (k, v) in [
        ("name", "\"My campaign\""),
        ("objective", "\"LINK_CLICKS\""),
        ("status", "\"PAUSED\""),
        ("special_ad_categories", "[]"),
        ("access_token", DEMO_TOKEN),
    ] {
        body.push_str(&format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
        ));
    }
    body.push_str(&format!("--{b}--\r\n"));
    let r = reqwest::Client::new()
        .post(format!("{}/act_{KRW_ACCOUNT}/campaigns", sb.base_url()))
        .header("content-type", format!("multipart/form-data; boundary={b}"))
        .body(body)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status().as_u16(), 200);
    let v: Value = r.json().await.expect("json");
    let (_, c) = get(
        &sb,
        &format!("{}?fields=name,status", v["id"].as_str().unwrap_or("0")),
    )
    .await;
    assert_eq!(
        (c["name"].as_str(), c["status"].as_str()),
        (Some("My campaign"), Some("PAUSED"))
    );
}

#[tokio::test]
async fn the_javascript_examples_parameters_as_a_json_body() {
    let sb = start().await;
    let params = r#"{
        "name": "My campaign",
        "objective": "LINK_CLICKS",
        "status": "PAUSED",
        "special_ad_categories": "[]"
    }"#;
    let r = reqwest::Client::new()
        .post(format!("{}/act_{KRW_ACCOUNT}/campaigns", sb.base_url()))
        .bearer_auth(DEMO_TOKEN)
        .header("content-type", "application/json")
        .body(params)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(sb.campaign_count(KRW_ACCOUNT), 1);
}

#[tokio::test]
async fn every_rule_answers_a_graph_error_blaming_its_field() {
    let sb = start().await;
    let path = format!("act_{USD_ACCOUNT}/campaigns");
    let cases = [
        ("name=x&objective=LINK_CLICKS", "special_ad_categories"),
        ("name=x&special_ad_categories=NONE", "special_ad_categories"),
        (
            "name=x&special_ad_categories=%5B%22NONE%22%2C%22HOUSING%22%5D",
            "special_ad_categories",
        ),
        (
            "name=x&special_ad_categories=%5B%5D&objective=OUTCOME_SALES",
            "objective",
        ),
        (
            "name=x&special_ad_categories=%5B%5D&status=ARCHIVED",
            "status",
        ),
        (
            "name=x&special_ad_categories=%5B%5D&daily_budget=1000&lifetime_budget=30000",
            "lifetime_budget",
        ),
        (
            "name=x&special_ad_categories=%5B%5D&daily_budget=-5",
            "daily_budget",
        ),
        (
            "name=x&special_ad_categories=%5B%5D&daily_budget=12.5",
            "daily_budget",
        ),
        (
            "name=x&special_ad_categories=%5B%5D&bid_strategy=COST_CAP",
            "bid_strategy",
        ),
        (
            "name=x&special_ad_categories=%5B%5D&bid_strategy=TARGET_COST&daily_budget=1000",
            "bid_strategy",
        ),
        (
            "name=x&special_ad_categories=%5B%22CREDIT%22%5D&buying_type=RESERVED",
            "buying_type",
        ),
        (
            "name=x&special_ad_categories=%5B%5D&spend_cap=9999",
            "spend_cap",
        ),
        ("special_ad_categories=%5B%5D", "name"),
    ];
    for (body, field) in cases {
        let (status, v) = post(&sb, &path, body).await;
        assert_eq!(status, 400, "{body}");
        let e = &v["error"];
        assert_eq!(e["code"], 100, "{body}: {v}");
        assert_eq!(e["type"], "OAuthException");
        assert!(
            e["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("(#100)")),
            "{v}"
        );
        assert!(e["fbtrace_id"].is_string());
        assert_eq!(
            e["error_data"]["blame_field_specs"][0][0], field,
            "{body}: {v}"
        );
    }
    assert_eq!(sb.campaign_count(USD_ACCOUNT), 8, "nothing was created");
    // validate_only runs the rules without creating.
    let (status, v) = post(
        &sb,
        &path,
        "name=x&special_ad_categories=%5B%5D&execution_options=%5B%22validate_only%22%5D",
    )
    .await;
    assert_eq!((status, v["success"].as_bool()), (200, Some(true)));
    assert_eq!(sb.campaign_count(USD_ACCOUNT), 8);
    // The spend cap's "remove" value and a JPY minimum (~100 USD in whole yen).
    let (status, _) = post(
        &sb,
        &format!("act_{JPY_ACCOUNT}/campaigns"),
        "name=x&special_ad_categories=%5B%5D&spend_cap=15000",
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = post(
        &sb,
        &path,
        "name=x&special_ad_categories=%5B%5D&spend_cap=922337203685478",
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn documented_error_codes() {
    let sb = start().await;
    let http = reqwest::Client::new();
    let code = |v: &Value| {
        (
            v["error"]["code"].as_i64(),
            v["error"]["error_subcode"].as_i64(),
        )
    };
    // 275: campaigns posted to something that is not an ad account.
    let (_, v) = post(&sb, "1234/campaigns", "name=x&special_ad_categories=%5B%5D").await;
    assert_eq!(code(&v), (Some(275), None), "{v}");
    // 190: unknown token; 190/463: expired; 104: none.
    let call = |tok: Option<&str>| {
        let mut r = http.get(format!("{}/act_{USD_ACCOUNT}?fields=name", sb.base_url()));
        if let Some(t) = tok {
            r = r.bearer_auth(t);
        }
        r.send()
    };
    let v: Value = call(Some("nope"))
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(code(&v), (Some(190), None));
    let v: Value = call(Some(meta_sandbox::EXPIRED_TOKEN))
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(code(&v), (Some(190), Some(463)));
    let v: Value = call(None).await.expect("sent").json().await.expect("json");
    assert_eq!(code(&v), (Some(104), None));
    // 294: writing with a read-only token.
    let r = http
        .post(format!("{}/act_{USD_ACCOUNT}/campaigns", sb.base_url()))
        .query(&[("access_token", meta_sandbox::READ_ONLY_TOKEN)])
        .body("")
        .send()
        .await
        .expect("sent");
    let v: Value = r.json().await.expect("json");
    assert_eq!(code(&v), (Some(294), None));
    // 100/33: no such node; 100: a field the Campaign node does not have.
    let (_, v) = get(&sb, "999").await;
    assert_eq!(code(&v), (Some(100), Some(33)));
    let (_, list) = get(&sb, &format!("act_{USD_ACCOUNT}/campaigns")).await;
    let id = list["data"][0]["id"].as_str().unwrap_or("0").to_string();
    let (_, v) = get(&sb, &format!("{id}?fields=name,colour")).await;
    assert!(
        v["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("nonexisting field (colour)")),
        "{v}"
    );
    let (_, c) = get(&sb, &format!("{id}?fields=name")).await;
    let keys: Vec<&str> = c
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(keys, vec!["id", "name"], "only what was asked, and id");
}
