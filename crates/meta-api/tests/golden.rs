//! Every request shape and response example of the reference (and of the Graph guides it
//! points to where it is silent), against what the client builds, sends and parses.

mod common;

use common::{act, client, sandbox};
use meta_api::{
    Campaign, CampaignUpdate, ConfiguredStatus, Error, NewCampaign, Objective, Page,
    CAMPAIGN_FIELDS,
};
use meta_sandbox::{SandboxConfig, KRW_ACCOUNT, USD_ACCOUNT};

/// The reference's create example, HTTP form.
const CREATE_BODY: &str =
    "name=My+campaign&objective=LINK_CLICKS&status=PAUSED&special_ad_categories=%5B%5D";

/// Every field of the reference's "Fields" table of the Campaign node.
const REFERENCE_FIELDS: &[&str] = &[
    "id",
    "account_id",
    "ad_strategy_id",
    "adlabels",
    "bid_strategy",
    "boosted_object_id",
    "brand_lift_studies",
    "budget_rebalance_flag",
    "budget_remaining",
    "buying_type",
    "can_create_brand_lift_study",
    "can_use_spend_cap",
    "configured_status",
    "created_time",
    "daily_budget",
    "effective_status",
    "is_skadnetwork_attribution",
    "issues_info",
    "last_budget_toggling_time",
    "lifetime_budget",
    "name",
    "objective",
    "pacing_type",
    "promoted_object",
    "recommendations",
    "smart_promotion_type",
    "source_campaign",
    "source_campaign_id",
    "special_ad_categories",
    "special_ad_category",
    "special_ad_category_country",
    "spend_cap",
    "start_time",
    "status",
    "stop_time",
    "topline_id",
    "updated_time",
];

#[test]
fn the_create_example_is_rebuilt_exactly() {
    let c = NewCampaign::new("My campaign", Objective::LinkClicks);
    // PHP, JS, Android and iOS examples: the same four parameters, special_ad_categories "[]".
    let form = c.to_form();
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let want = [
        ("name", "My campaign"),
        ("objective", "LINK_CLICKS"),
        ("status", "PAUSED"),
        ("special_ad_categories", "[]"),
    ];
    assert_eq!(pairs.len(), want.len());
    for ((k, v), (wk, wv)) in pairs.iter().zip(want) {
        assert_eq!((*k, *v), (wk, wv));
    }
    // The HTTP example's body, byte for byte.
    assert_eq!(meta_api::form_body(&form), CREATE_BODY);
}

/// The parameters object of the reference's JavaScript (FB.api) create example, verbatim.
const JS_PARAMS: &str = r#"{
        "name": "My campaign",
        "objective": "LINK_CLICKS",
        "status": "PAUSED",
        "special_ad_categories": "[]"
    }"#;

#[test]
fn the_javascript_examples_parameters_are_what_the_client_sends() {
    let doc: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(JS_PARAMS).expect("the example is JSON");
    let form = NewCampaign::new("My campaign", Objective::LinkClicks).to_form();
    assert_eq!(doc.len(), form.len());
    for (k, v) in &form {
        assert_eq!(
            doc.get(*k).and_then(|x| x.as_str()),
            Some(v.as_str()),
            "{k}"
        );
    }
}

#[tokio::test]
async fn the_create_example_goes_over_the_wire_as_documented() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let created = c
        .create_campaign(
            &act(KRW_ACCOUNT),
            &NewCampaign::new("My campaign", Objective::LinkClicks),
            Some("KRW"),
        )
        .await
        .expect("created");
    let r = sb.requests().pop().expect("one request");
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        (
            "POST",
            format!("/v10.0/act_{KRW_ACCOUNT}/campaigns").as_str()
        )
    );
    assert_eq!(r.body, CREATE_BODY);
    assert_eq!(
        r.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert!(r.bearer, "the token goes in Authorization: Bearer");
    assert_eq!(r.query, None, "nothing in the URL, least of all the token");
    let got = c.get_campaign(&created.id).await.expect("read back");
    assert_eq!(got.name.as_deref(), Some("My campaign"));
    assert_eq!(
        got.status,
        Some(ConfiguredStatus::Paused),
        "PAUSED by default"
    );
    assert_eq!(got.special_ad_categories, Some(vec![]));
}

#[tokio::test]
async fn reads_updates_and_deletes_have_the_documented_shapes() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let page = c
        .list_campaigns(
            &act(USD_ACCOUNT),
            &meta_api::ListOptions {
                limit: Some(2),
                ..Default::default()
            },
        )
        .await
        .expect("list");
    let list = sb.requests().pop().expect("list request");
    assert_eq!(list.path, format!("/v10.0/act_{USD_ACCOUNT}/campaigns"));
    let fields = CAMPAIGN_FIELDS.replace(',', "%2C");
    assert_eq!(
        list.query.as_deref(),
        Some(format!("fields={fields}&limit=2").as_str())
    );
    // GET v10.0/<id>?fields={fieldname_of_type_Campaign}: every field asked for is in the table.
    for f in CAMPAIGN_FIELDS.split(',') {
        assert!(
            REFERENCE_FIELDS.contains(&f),
            "{f} is not a documented Campaign field"
        );
    }
    let id = page.data[0].id.clone();
    c.get_campaign(&id).await.expect("get");
    let get = sb.requests().pop().expect("get request");
    assert_eq!(
        (get.method.as_str(), get.path.as_str()),
        ("GET", format!("/v10.0/{id}").as_str())
    );
    assert_eq!(
        get.query.as_deref(),
        Some(format!("fields={fields}").as_str())
    );
    // Updating: POST /{campaign_id} with the fields that change.
    c.update_campaign(
        &id,
        &CampaignUpdate {
            name: Some("Tour 2026".into()),
            daily_budget: Some(2500),
            ..CampaignUpdate::status(ConfiguredStatus::Paused)
        },
        Some("USD"),
    )
    .await
    .ok();
    let upd = sb.requests().pop().expect("update request");
    assert_eq!(
        (upd.method.as_str(), upd.path.as_str()),
        ("POST", format!("/v10.0/{id}").as_str())
    );
    assert_eq!(upd.body, "name=Tour+2026&status=PAUSED&daily_budget=2500");
    c.archive_campaign(&id).await.expect("archive");
    assert_eq!(
        sb.requests().pop().map(|r| r.body),
        Some("status=ARCHIVED".into())
    );
    // Deleting: a DELETE request to /{campaign_id}, no parameters.
    c.delete_campaign(&id).await.expect("delete");
    let del = sb.requests().pop().expect("delete request");
    assert_eq!(
        (
            del.method.as_str(),
            del.path.as_str(),
            del.body.as_str(),
            del.query.clone()
        ),
        ("DELETE", format!("/v10.0/{id}").as_str(), "", None)
    );
}

#[tokio::test]
async fn insights_and_account_queries() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    c.ad_account(&act(USD_ACCOUNT)).await.expect("account");
    let a = sb.requests().pop().expect("request");
    assert_eq!(a.path, format!("/v10.0/act_{USD_ACCOUNT}"));
    assert_eq!(
        a.query.as_deref(),
        Some("fields=name%2Ccurrency%2Ctimezone_name%2Caccount_status")
    );
    c.permissions().await.expect("permissions");
    assert_eq!(
        sb.requests().pop().map(|r| r.path),
        Some("/v10.0/me/permissions".into())
    );
    let id = c
        .list_campaigns(&act(USD_ACCOUNT), &Default::default())
        .await
        .expect("list")
        .data[0]
        .id
        .clone();
    let d = |s: &str| s.parse::<chrono::NaiveDate>().expect("date");
    c.daily_insights(&id, d("2026-02-01"), d("2026-02-03"))
        .await
        .expect("insights");
    let q = sb.requests().pop().expect("request");
    assert_eq!(q.path, format!("/v10.0/{id}/insights"));
    assert_eq!(
        q.query.as_deref(),
        Some("fields=spend%2Cimpressions%2Creach%2Cclicks%2Ccpc%2Ccpm%2Cctr%2Cactions&time_increment=1&time_range=%7B%22since%22%3A%222026-02-01%22%2C%22until%22%3A%222026-02-03%22%7D")
    );
}

#[test]
fn the_return_types_parse() {
    // Creating: Struct { id: numeric string, success: bool }.
    let created: meta_api::Created =
        serde_json::from_str(r#"{"id":"23850000000000001","success":true}"#).expect("created");
    assert_eq!(created.id, "23850000000000001");
    // Updating and deleting: Struct { success: bool }; false is an error, not a silent no-op.
    assert!(matches!(
        meta_api::decode::<meta_api::Created>(br#"{"success":true}"#),
        Err(Error::Decode { .. })
    ));
    // A Campaign with every field the client asks for, typed as the reference says.
    let json = r#"{"id":"23843000000000001","account_id":"1010","name":"Tour","objective":"LINK_CLICKS",
        "status":"ACTIVE","configured_status":"ACTIVE","effective_status":"WITH_ISSUES",
        "daily_budget":"2500","spend_cap":"922337203685478","budget_remaining":"1200",
        "start_time":"2021-03-10T10:00:00-0800","stop_time":"2021-04-10T10:00:00-0700",
        "created_time":"2021-03-09T10:00:00-0800","updated_time":"2021-03-09T10:00:00-0800",
        "bid_strategy":"LOWEST_COST_WITHOUT_CAP","buying_type":"AUCTION","special_ad_categories":["NONE"],
        "issues_info":[{"level":"AD","error_code":1815520,"error_summary":"Ad rejected","error_message":"m","error_type":"SOFT_ERROR"}],
        "recommendations":[{"title":"t","message":"m","code":1772121,"importance":"MEDIUM","confidence":"HIGH","blame_field":"daily_budget"}]}"#;
    let c: Campaign = serde_json::from_str(json).expect("campaign");
    assert_eq!(c.daily_budget, Some(2500));
    assert_eq!(c.lifetime_budget, None);
    assert_eq!(
        c.effective_status,
        Some(meta_api::EffectiveStatus::WithIssues)
    );
    assert_eq!(
        c.issues_info.as_ref().map(|i| i[0].error_code),
        Some(Some(1815520))
    );
    assert!(c.start_time.is_some() && c.stop_time.is_some());
}

#[test]
fn the_graph_guides_examples() {
    // The error envelope of "Handling Errors", verbatim.
    let err = br#"{
  "error": {
    "message": "Message describing the error", 
    "type": "OAuthException", 
    "code": 190,
    "error_subcode": 460,
    "error_user_title": "A title",
    "error_user_msg": "A message",
    "fbtrace_id": "EJplcsCHuLu"
  }
}"#;
    let e = meta_api::error_for_status(400, err);
    assert!(
        matches!(e, Error::InvalidToken { expired: false, .. }),
        "{e:?}"
    );
    assert!(
        e.to_string().contains("A message") && e.to_string().contains("EJplcsCHuLu"),
        "{e}"
    );
    // "Paginated Results", verbatim: it lacks a comma after "previous", so it is not JSON.
    let printed = r#"{
  "data": [],
  "paging": {
    "cursors": {
      "after": "MTAxNTExOTQ1MjAwNzI5NDE=",
      "before": "NDMyNzQyODI3OTQw"
    },
    "previous": "https://graph.facebook.com/{your-user-id}/albums?limit=25&before=NDMyNzQyODI3OTQw"
    "next": "https://graph.facebook.com/{your-user-id}/albums?limit=25&after=MTAxNTExOTQ1MjAwNzI5NDE="
  }
}"#;
    assert!(serde_json::from_str::<Page<Campaign>>(printed).is_err());
    let fixed = printed.replace(
        "NDMyNzQyODI3OTQw\"\n    \"next\"",
        "NDMyNzQyODI3OTQw\",\n    \"next\"",
    );
    let page: Page<Campaign> = serde_json::from_str(&fixed).expect("corrected copy parses");
    assert_eq!(page.next_cursor(), Some("MTAxNTExOTQ1MjAwNzI5NDE="));
}
