//! The agency token is in every URL (`key`); it must never come back out. Every error path of
//! the client is driven here with servers that echo the token everywhere they can (messages,
//! form errors, bodies, links, redirects), and every error's Display and Debug is scanned.

mod common;

use common::{client, client_with, Capture, Reply, TOKEN};
use marin_api::stats::{StatsOf, StatsQuery};
use marin_api::*;
use std::time::Duration;

fn assert_clean(what: &str, e: &Error) {
    for shown in [format!("{e}"), format!("{e:?}")] {
        assert!(!shown.contains(TOKEN), "{what}: the token leaked: {shown}");
        assert!(
            !shown.contains("SECRET"),
            "{what}: part of the token leaked: {shown}"
        );
    }
}

/// A URL with the token in it, as a server might echo it.
fn echoed() -> String {
    format!("http://127.0.0.1/accounts?key={TOKEN}&page=2")
}

async fn error_from(status: u16, body: String) -> Error {
    let srv = Capture::fixed(status, body).await;
    client(&srv.url)
        .accounts(PageRequest::default())
        .await
        .expect_err("an error")
}

#[tokio::test]
async fn no_error_of_any_kind_holds_the_token() {
    let mut seen_codes = Vec::new();
    let mut check = |what: &str, e: Error| {
        assert_clean(what, &e);
        seen_codes.push(e.code());
    };

    // Network error: nothing listens on this port.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let dead = format!("http://{}", closed.local_addr().expect("addr"));
    drop(closed);
    let e = client(&dead)
        .accounts(PageRequest::default())
        .await
        .expect_err("refused");
    assert_eq!(e.code(), "network", "{e}");
    check("network", e);

    // Timeout.
    let srv = Capture::start(|_, _| Reply {
        delay: Duration::from_secs(3),
        ..Reply::json(200, "{}")
    })
    .await;
    let slow = Client::builder(&srv.url, AgencyToken::new(TOKEN).expect("token"))
        .timeout(Duration::from_millis(200))
        .build()
        .expect("client");
    let e = slow.account("1").await.expect_err("times out");
    assert_eq!(e, Error::Timeout);
    check("timeout", e);

    // 400 with the token in the message and in a field's error.
    let body = format!(
        r#"{{"code":400,"message":"bad {TOKEN}","errors":{{"children":{{"bid":{{"errors":["at {}"]}},"{TOKEN}":{{"errors":["x"]}}}}}}}}"#,
        echoed()
    );
    let e = error_from(400, body).await;
    assert!(e.field("bid").is_some(), "{e:?}");
    check("400", e);

    for (status, code) in [
        (401, "unauthorized"),
        (403, "forbidden"),
        (404, "not_found"),
        (500, "server"),
        (503, "server"),
        (418, "status"),
    ] {
        let e = error_from(
            status,
            format!(r#"[{{"message":"no access for {} ({TOKEN})"}}]"#, echoed()),
        )
        .await;
        assert_eq!(e.code(), code, "{e:?}");
        check(code, e);
    }
    // A non-JSON error body is kept as an excerpt: scrubbed too.
    let e = error_from(502, format!("<html>upstream {} failed</html>", echoed())).await;
    check("5xx text", e);

    // Bad JSON whose excerpt holds the token.
    let e = error_from(200, format!(r#"{{"data": [ "next": "{}""#, echoed())).await;
    assert_eq!(e.code(), "decode");
    check("bad json", e);
    // Well-formed JSON with the token as a value that does not parse.
    let body = format!(
        r#"{{"data":[{{"id":"1","name":"a"}}],"range":{{"total":"{TOKEN}","limit":1,"nb_pages":1,"page":1}}}}"#
    );
    let e = error_from(200, body).await;
    assert_eq!(e.code(), "decode");
    check("bad range", e);
    let srv = Capture::fixed(
        200,
        format!(r#"{{"data":{{"id":"1","name":"x","status":"play","bid":"{TOKEN}"}}}}"#),
    )
    .await;
    let e = client(&srv.url)
        .ad_set("1", "2", "3")
        .await
        .expect_err("bad bid");
    assert_eq!(e.code(), "decode");
    check("bad bid", e);

    // A redirect pointing at the token (never followed).
    let srv = Capture::start(|_, _| Reply {
        headers: vec![("location", echoed())],
        ..Reply::json(302, "")
    })
    .await;
    let e = client(&srv.url).account("1").await.expect_err("redirect");
    assert_eq!(e.code(), "status");
    assert_eq!(srv.requests().len(), 1, "not followed");
    check("redirect", e);

    // Paging: a walk that fails on its second page.
    let srv = Capture::start(|n, _| {
        if n == 0 {
            Reply::json(200, format!(r#"{{"data":[{{"id":"1","name":"a"}}],"range":{{"total":2,"limit":1,"nb_pages":2,"page":1,"next":"{}"}}}}"#, echoed()))
        } else {
            Reply::json(500, format!(r#"{{"message":"page 2 of {} failed"}}"#, echoed()))
        }
    })
    .await;
    let e = client(&srv.url)
        .all_accounts()
        .await
        .expect_err("page 2 fails");
    check("paging", e);
    // Statistics, and writes, go through the same place.
    let srv = Capture::fixed(404, format!(r#"{{"message":"{}"}}"#, echoed())).await;
    let c = client(&srv.url);
    let of = StatsOf::MediaPlan { plan: "1".into() };
    let e = c
        .statistics(&of, &StatsQuery::lifetime(), PageRequest::default())
        .await
        .expect_err("404");
    check("stats", e);
    let e = c
        .perform_campaign("1", "2", Action::Play)
        .await
        .expect_err("404");
    check("perform", e);

    for code in [
        "network",
        "timeout",
        "form",
        "unauthorized",
        "forbidden",
        "not_found",
        "server",
        "decode",
        "status",
    ] {
        assert!(
            seen_codes.contains(&code),
            "{code} was not driven: {seen_codes:?}"
        );
    }
}

#[tokio::test]
async fn links_handed_out_are_redacted() {
    let body = format!(
        r#"{{"data":[{{"id":"1","name":"a"}}],"range":{{"total":9,"limit":1,"nb_pages":9,"page":1,"next":"{}"}}}}"#,
        echoed()
    );
    let srv = Capture::fixed(200, body).await;
    let page = client(&srv.url)
        .accounts(PageRequest::default())
        .await
        .expect("parses");
    let next = page.range.clone().and_then(|r| r.next).expect("next");
    assert_eq!(next, "http://127.0.0.1/accounts?key=[redacted]&page=2");
    assert!(!format!("{page:?}").contains(TOKEN));
}

#[test]
fn the_client_and_the_token_print_without_it() {
    let c = client_with("http://127.0.0.1:9", TOKEN);
    let shown = format!("{c:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(shown.contains("127.0.0.1:9"), "{shown}");
    let t = AgencyToken::new(TOKEN).expect("token");
    assert!(!format!("{t:?} {t}").contains(TOKEN));
}

#[test]
fn base_urls_that_would_misplace_the_token_are_refused() {
    for bad in [
        "http://api.mysocialpixel.com",
        "https://user:pw@api.mysocialpixel.com",
        "https://api.mysocialpixel.com/?key=abc",
        "ftp://127.0.0.1",
        "not a url",
    ] {
        let e = Client::builder(bad, AgencyToken::new(TOKEN).expect("token"))
            .build()
            .expect_err(bad);
        assert_eq!(e.code(), "config", "{bad}");
        assert!(!e.to_string().contains("pw"), "{e}");
    }
    assert!(Client::builder(
        "https://api.mysocialpixel.com",
        AgencyToken::new(TOKEN).expect("t")
    )
    .build()
    .is_ok());
}
