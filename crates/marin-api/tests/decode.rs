//! Answers that do not match the reference: a typed decode error naming the field, never a
//! panic, whatever the body (every documented example cut at every 7th byte).

mod common;

use common::{client, doc, Capture, Reply};
use marin_api::*;

#[tokio::test]
async fn a_malformed_value_names_its_field() {
    let body = r#"{"data":[{"id":"1","status":"play","bid":"1.2.3"}],"range":{"total":1,"limit":100,"nb_pages":1,"page":1}}"#;
    let srv = Capture::fixed(200, body).await;
    let e = client(&srv.url)
        .ad_sets("1", "2", PageRequest::default())
        .await
        .expect_err("bad bid");
    let Error::Decode { path, message, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "data[0].bid", "{e}");
    assert!(message.contains("1.2.3"), "{message}");
    let srv = Capture::fixed(
        200,
        r#"{"data":{"id":"1","name":"x","status":"play","daily_budget":true}}"#,
    )
    .await;
    let e = client(&srv.url)
        .ad_set("1", "2", "3")
        .await
        .expect_err("bad budget");
    assert!(
        matches!(&e, Error::Decode { path, .. } if path == "data.daily_budget"),
        "{e:?}"
    );
    // Two resources where one is expected.
    let srv = Capture::fixed(
        200,
        r#"[{"id":"1","status":"play"},{"id":"2","status":"play"}]"#,
    )
    .await;
    let e = client(&srv.url)
        .ad_set("1", "2", "3")
        .await
        .expect_err("two");
    assert_eq!(e.code(), "decode");
}

#[tokio::test]
async fn cut_bodies_are_errors_not_panics() {
    let bodies: Vec<String> = ["accounts", "campaigns", "adsets", "stats_campaign", "ad"]
        .iter()
        .map(|n| doc(n))
        .collect();
    let cuts: Vec<(usize, usize)> = bodies
        .iter()
        .enumerate()
        .flat_map(|(i, b)| (0..b.len()).step_by(7).map(move |n| (i, n)))
        .collect();
    let total = cuts.len();
    let script_cuts = cuts.clone();
    let script_bodies = bodies.clone();
    let srv = Capture::start(move |n, _| {
        let (i, len) = script_cuts[n % script_cuts.len()];
        let b = &script_bodies[i];
        let mut end = len;
        while !b.is_char_boundary(end) {
            end -= 1;
        }
        Reply::json(200, b[..end].to_string())
    })
    .await;
    let c = client(&srv.url);
    for _ in 0..total {
        // Any outcome but a panic; a cut body must not parse as a full page.
        if let Ok(page) = c.campaigns("1", PageRequest::default()).await {
            assert!(page.data.len() <= 2);
        }
    }
    assert_eq!(srv.requests().len(), total);
}
