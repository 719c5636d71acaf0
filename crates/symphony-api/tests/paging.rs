//! Paging is bounded against a server whose campaign list never ends: `all_campaigns` stops
//! after `MAX_PAGES` with a clear error, offsets cannot overflow, and a lost create's lookup
//! gives up after `LOOKUP_MAX_PAGES` with the outcome reported unknown.

mod common;

use common::server::{Reply, Server};
use common::{meta, quick_client};
use symphony_api::v1::campaigns::{CampaignFilter, MAX_PAGES};
use symphony_api::v1::create::*;
use symphony_api::*;

/// Answers every GET with a full page (as many rows as asked) of a list "a billion long", and
/// every POST with a 500.
async fn endless_server() -> Server {
    Server::start(|_, req| {
        if req.method != "GET" {
            return Reply::json(500, r#"{"success":false,"message":"boom","error":"boom"}"#);
        }
        let limit: usize = req
            .path
            .split("limit=")
            .nth(1)
            .and_then(|r| r.split('&').next())
            .and_then(|l| l.parse().ok())
            .unwrap_or(10);
        let rows: Vec<String> = (0..limit)
            .map(|i| {
                format!(
                    r#"{{"id":{},"status":"ACTIVE","brand_id":1,"campaign_metadata":{{"start_date":"2020-01-01T00:00:00.000Z","end_date":"2020-01-02T00:00:00.000Z","campaign_type":"link_clicks","budget":10}}}}"#,
                    1_000_000 - i
                )
            })
            .collect();
        let body = format!(
            r#"{{"data":{{"campaigns":[{}],"count":1000000000,"total_pages":100000000}},"status":200}}"#,
            rows.join(",")
        );
        Reply::json(200, &body).with_header("date", "Mon, 02 Mar 2026 12:00:00 GMT")
    })
    .await
}

fn gets(server: &Server) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.method == "GET")
        .count()
}

fn client(server: &Server) -> Client {
    quick_client(Endpoints::from_origin(&server.origin()).expect("urls"), "k")
}

#[tokio::test]
async fn an_endless_list_stops_at_the_page_bound() {
    let server = endless_server().await;
    let err = client(&server)
        .all_campaigns(&CampaignFilter::default(), 100)
        .await
        .expect_err("bounded");
    assert_eq!(err.code(), "decode");
    assert!(err.to_string().contains("did not end"), "{err}");
    assert_eq!(gets(&server), MAX_PAGES as usize);
}

#[tokio::test]
async fn offsets_near_the_limit_do_not_overflow() {
    let server = endless_server().await;
    let filter = CampaignFilter {
        offset: Some(u32::MAX - 150),
        ..CampaignFilter::default()
    };
    let err = client(&server)
        .all_campaigns(&filter, 100)
        .await
        .expect_err("overflow is an error, not a panic");
    assert!(err.to_string().contains("did not end"), "{err}");
    assert_eq!(gets(&server), 2);
}

#[tokio::test]
async fn a_lookup_that_cannot_conclude_leaves_the_outcome_unknown() {
    let server = endless_server().await;
    let start = chrono::DateTime::parse_from_rfc3339("2020-01-01T00:00:00Z")
        .map(|d| d.with_timezone(&chrono::Utc))
        .expect("date");
    let new = NewCampaign {
        name: "Never found".into(),
        kind: NewCampaignKind::LinkClicks {
            meta: MetaMetadata {
                instagram_post_id: Some("1".into()),
                // Rows start elsewhere: no candidate, so every page must be read.
                start_date: start + chrono::Duration::hours(3),
                end_date: start + chrono::Duration::days(7),
                ..meta(70, start, 7)
            },
            link_to_boost: "https://shop.example.com".into(),
            caption: "x".into(),
        },
    };
    let outcome = client(&server)
        .create_campaign(&new)
        .await
        .expect("outcome");
    match outcome {
        CreateOutcome::Unknown { lookup, .. } => {
            assert!(lookup.to_string().contains("20 pages"), "{lookup}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(gets(&server), 20);
}
