//! Paging is bounded against a server whose campaign list never ends: `all_campaigns` stops
//! after `MAX_PAGES` with a clear error, offsets cannot overflow, and a lost create's lookup
//! gives up after `LOOKUP_MAX_PAGES` with the outcome reported unknown.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use symphony_api::v1::campaigns::{CampaignFilter, MAX_PAGES};
use symphony_api::v1::create::*;
use symphony_api::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Answers every GET with a full page (as many rows as asked) of a list "a billion long", and
/// every POST with a 500. Counts the GETs.
async fn endless_server() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let gets = Arc::new(AtomicUsize::new(0));
    let counter = gets.clone();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let counter = counter.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16 * 1024];
                let n = sock.read(&mut buf).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n]).to_string();
                let (status, body) = if head.starts_with("GET") {
                    counter.fetch_add(1, Ordering::SeqCst);
                    let limit: usize = head
                        .split("limit=")
                        .nth(1)
                        .and_then(|r| r.split(['&', ' ']).next())
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
                    (
                        "200 OK",
                        format!(
                            r#"{{"data":{{"campaigns":[{}],"count":1000000000,"total_pages":100000000}},"status":200}}"#,
                            rows.join(",")
                        ),
                    )
                } else {
                    (
                        "500 Internal Server Error",
                        r#"{"success":false,"message":"boom","error":"boom"}"#.to_string(),
                    )
                };
                let resp = format!(
                    "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ndate: Mon, 02 Mar 2026 12:00:00 GMT\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = sock.write_all(resp.as_bytes()).await;
            });
        }
    });
    (format!("http://{addr}"), gets)
}

fn client(origin: &str) -> Client {
    Client::builder(
        Endpoints::from_origin(origin).expect("urls"),
        ApiKey::new("k").expect("key"),
    )
    .retry(RetryPolicy {
        base: Duration::from_millis(5),
        cap: Duration::from_millis(10),
        ..RetryPolicy::default()
    })
    .rate_limiter(RateLimiter::new(100_000, Duration::from_secs(60)))
    .build()
    .expect("client")
}

#[tokio::test]
async fn an_endless_list_stops_at_the_page_bound() {
    let (origin, gets) = endless_server().await;
    let err = client(&origin)
        .all_campaigns(&CampaignFilter::default(), 100)
        .await
        .expect_err("bounded");
    assert_eq!(err.code(), "decode");
    assert!(err.to_string().contains("did not end"), "{err}");
    assert_eq!(gets.load(Ordering::SeqCst), MAX_PAGES as usize);
}

#[tokio::test]
async fn offsets_near_the_limit_do_not_overflow() {
    let (origin, gets) = endless_server().await;
    let filter = CampaignFilter {
        offset: Some(u32::MAX - 150),
        ..CampaignFilter::default()
    };
    let err = client(&origin)
        .all_campaigns(&filter, 100)
        .await
        .expect_err("overflow is an error, not a panic");
    assert!(err.to_string().contains("did not end"), "{err}");
    assert_eq!(gets.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_lookup_that_cannot_conclude_leaves_the_outcome_unknown() {
    let (origin, gets) = endless_server().await;
    let start = chrono::DateTime::parse_from_rfc3339("2020-01-01T00:00:00Z")
        .map(|d| d.with_timezone(&chrono::Utc))
        .expect("date");
    let new = NewCampaign {
        name: "Never found".into(),
        kind: NewCampaignKind::LinkClicks {
            meta: MetaMetadata {
                budget: Budget::new(Decimal::from(70), "USD"),
                // Rows start elsewhere: no candidate, so every page must be read.
                start_date: start + chrono::Duration::hours(3),
                end_date: start + chrono::Duration::days(7),
                call_to_action: None,
                instagram_post_id: Some("1".into()),
                public_video_links: vec![],
                public_image_links: vec![],
                targeting_countries: None,
                targeting_audiences: None,
                targeting_demographic: None,
                extra: Default::default(),
            },
            link_to_boost: "https://shop.example.com".into(),
            caption: "x".into(),
        },
    };
    let outcome = client(&origin)
        .create_campaign(&new)
        .await
        .expect("outcome");
    match outcome {
        CreateOutcome::Unknown { lookup, .. } => {
            assert!(lookup.to_string().contains("20 pages"), "{lookup}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(gets.load(Ordering::SeqCst), 20);
}
