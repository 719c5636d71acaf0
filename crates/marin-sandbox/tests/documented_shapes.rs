//! The simulator answers with the reference's shapes: for every documented example, the same
//! endpoint of the sandbox has every field, with the same JSON type and the same envelope
//! (`{"data": ..}`, bare object, one-element list).

mod common;

use common::{assert_shape, call, demo, doc};
use serde_json::Value;

fn id(v: &Value) -> String {
    v["id"].as_str().expect("string id").to_string()
}

#[tokio::test]
async fn every_documented_read_has_its_shape() {
    let sb = demo().await;
    let accounts = call(&sb, "GET", "/accounts", None).await.body;
    assert_shape(
        &doc("accounts")["data"][0],
        &accounts["data"][0],
        "accounts",
    );
    // A page with a next one (on the last page `next` is null: README).
    let first = call(&sb, "GET", "/accounts?limit=1", None).await.body;
    assert_shape(&doc("accounts")["range"], &first["range"], "accounts.range");
    assert_eq!(accounts["range"]["next"], Value::Null);
    let account = id(&accounts["data"][0]);
    let one = call(&sb, "GET", &format!("/accounts/{account}"), None)
        .await
        .body;
    assert_shape(&doc("account"), &one, "account");
    for (kind, q, fixture) in [
        ("interest", "swimming", "target_search_interest"),
        ("location", "New York", "target_search_location"),
    ] {
        let found = call(
            &sb,
            "GET",
            &format!("/accounts/{account}/target_search?q={q}&type={kind}"),
            None,
        )
        .await;
        assert_eq!(found.status, 200);
        assert_eq!(
            found.body["data"].as_array().map(Vec::len),
            Some(if kind == "interest" { 4 } else { 3 })
        );
        assert_shape(&doc(fixture), &found.body, fixture);
    }

    let plans = call(&sb, "GET", "/clients?limit=1", None).await.body;
    assert_shape(&doc("media_plans"), &plans, "media_plans");
    let plan = id(&plans["data"][0]);
    assert_shape(
        &doc("media_plan"),
        &call(&sb, "GET", &format!("/clients/{plan}"), None)
            .await
            .body,
        "media_plan",
    );
    let camps = call(
        &sb,
        "GET",
        &format!("/clients/{plan}/campaigns?limit=1"),
        None,
    )
    .await
    .body;
    assert_shape(&doc("campaigns"), &camps, "campaigns");
    let camp = id(&camps["data"][0]);
    let base = format!("/clients/{plan}/campaigns/{camp}");
    assert_shape(
        &doc("campaign"),
        &call(&sb, "GET", &base, None).await.body,
        "campaign",
    );
    let sets = call(&sb, "GET", &format!("{base}/adsets?limit=1"), None)
        .await
        .body;
    assert_shape(&doc("adsets"), &sets, "adsets");
    let set = id(&sets["data"][0]);
    assert_shape(
        &doc("adset"),
        &call(&sb, "GET", &format!("{base}/adsets/{set}"), None)
            .await
            .body,
        "adset",
    );
    assert_shape(
        &doc("campaign_ads"),
        &call(&sb, "GET", &format!("{base}/ads?limit=1"), None)
            .await
            .body,
        "campaign_ads",
    );
    let ads = call(
        &sb,
        "GET",
        &format!("{base}/adsets/{set}/ads?limit=1"),
        None,
    )
    .await
    .body;
    assert_shape(&doc("adset_ads"), &ads, "adset_ads");
    let ad = id(&ads["data"][0]);
    // Documented bare, without `data`.
    let one_ad = call(&sb, "GET", &format!("{base}/adsets/{set}/ads/{ad}"), None)
        .await
        .body;
    assert!(one_ad.get("data").is_none());
    assert_shape(&doc("ad"), &one_ad, "ad");

    let q = "aggregate=month&start_date=1760000000&end_date=1772452800&limit=1";
    for (fixture, path) in [
        ("stats_media_plan", format!("/clients/{plan}/statistics")),
        ("stats_campaign", format!("{base}/statistics")),
        ("stats_adset", format!("{base}/adsets/{set}/statistics")),
        ("stats_ad", format!("{base}/ads/{ad}/statistics")),
    ] {
        let got = call(&sb, "GET", &format!("{path}?{q}"), None).await;
        assert_eq!(got.status, 200, "{fixture}: {}", got.body);
        assert_shape(&doc(fixture), &got.body, fixture);
        let names: Vec<&str> = got.body["data"][0]["main_metrics"]
            .as_array()
            .expect("list")
            .iter()
            .filter_map(|m| m["name"].as_str())
            .collect();
        let documented: Vec<String> = doc(fixture)["data"][0]["main_metrics"]
            .as_array()
            .expect("list")
            .iter()
            .filter_map(|m| m["name"].as_str().map(str::to_string))
            .collect();
        assert_eq!(
            names, documented,
            "{fixture}: the same metrics in the same order"
        );
    }
}

#[tokio::test]
async fn every_documented_write_has_its_shape_and_envelope() {
    let sb = demo().await;
    let plan = sb.plan_ids(0)[0].clone();
    let created = call(&sb, "POST", &format!("/clients/{plan}/campaigns"), Some(
        "name=campaign+1&status=pause&objective=fan_acq&budget_type=daily&daily_budget=10&start_date=1772452800&useReachAndFrequency=false&special_ad_category=credit",
    )).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_shape(&doc("campaign_create"), &created.body, "campaign_create");
    let camp = id(&created.body);
    let base = format!("/clients/{plan}/campaigns/{camp}");
    let updated = call(&sb, "PUT", &base, Some("name=campaign+1+-+edited")).await;
    assert_eq!(updated.status, 200);
    assert_shape(&doc("campaign_update"), &updated.body, "campaign_update");
    assert_eq!(updated.body["name"], "campaign 1 - edited");
    let performed = call(&sb, "PATCH", &format!("{base}/performs/play"), None).await;
    assert_eq!(performed.status, 200);
    assert_shape(
        &doc("campaign_perform"),
        &performed.body,
        "campaign_perform",
    );

    let seeded = sb.plan_ids(0)[1].clone();
    let camps = call(&sb, "GET", &format!("/clients/{seeded}/campaigns"), None)
        .await
        .body;
    let base = format!("/clients/{seeded}/campaigns/{}", id(&camps["data"][0]));
    let set = id(&call(&sb, "GET", &format!("{base}/adsets"), None).await.body["data"][0]);
    let edited = call(
        &sb,
        "PUT",
        &format!("{base}/adsets/{set}"),
        Some("name=new+name&bid=1"),
    )
    .await;
    assert_eq!(edited.status, 200);
    assert!(
        edited.body.as_array().is_some_and(|a| a.len() == 1),
        "a one-element list: {}",
        edited.body
    );
    assert_shape(&doc("adset_update"), &edited.body, "adset_update");
    let ads = call(&sb, "GET", &format!("{base}/ads"), None).await.body;
    let playing = ads["data"]
        .as_array()
        .expect("ads")
        .iter()
        .find(|a| a["status"] == "play")
        .expect("a playing ad");
    let paused = call(
        &sb,
        "PATCH",
        &format!("{base}/ads/{}/performs/pause", id(playing)),
        None,
    )
    .await;
    assert_eq!(paused.status, 200);
    assert_shape(&doc("ad_perform"), &paused.body, "ad_perform");
}
