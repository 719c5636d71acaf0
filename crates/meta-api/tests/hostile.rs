//! Whatever comes back, the client answers with a value or a typed error, never a panic, and
//! never shows the token: arbitrary bodies, hostile usage headers from a scripted server, a
//! redirect, and a server that is not there.

use meta_api::{
    decode, error_for_status, AccessToken, AdAccountId, Campaign, Client, Error, InsightsRow, Page,
    RetryPolicy, Scheduler,
};
use proptest::prelude::*;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const TOKEN: &str = "EAAhostiletokenvalue123";

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, .. ProptestConfig::default() })]

    #[test]
    fn any_bytes_any_status(body in proptest::collection::vec(any::<u8>(), 0..300), status in any::<u16>()) {
        let _ = error_for_status(status, &body);
        let _ = decode::<Page<Campaign>>(&body);
        let _ = decode::<Page<InsightsRow>>(&body);
    }

    #[test]
    fn any_json_shaped_campaign(id in ".{0,12}", budget in ".{0,12}", status in ".{0,12}", time in ".{0,30}") {
        let v = serde_json::json!({"data": [{"id": id, "daily_budget": budget, "effective_status": status, "start_time": time}]});
        let _ = decode::<Page<Campaign>>(v.to_string().as_bytes());
    }
}

/// A one-shot HTTP server that answers every connection with `response`.
async fn scripted(response: String) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = sock.read(&mut buf).await;
            let _ = sock.write_all(response.as_bytes()).await;
        }
    });
    format!("http://{addr}/v10.0")
}

fn client(base: &str) -> Client {
    Client::builder(base, AccessToken::new(TOKEN).expect("token"))
        .retry(RetryPolicy {
            base: Duration::from_millis(1),
            cap: Duration::from_millis(5),
            max_rate_limit_wait: Duration::from_millis(200),
            ..RetryPolicy::default()
        })
        .scheduler(Scheduler::new(Duration::from_millis(10)))
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client")
}

fn reply(status: &str, headers: &str, body: &str) -> String {
    format!("HTTP/1.1 {status}\r\ncontent-type: application/json\r\n{headers}content-length: {}\r\nconnection: close\r\n\r\n{body}", body.len())
}

#[tokio::test]
async fn absurd_usage_headers_neither_panic_nor_hang() {
    // An unreadable percentage, a regain estimate of 1e308 minutes, negative and nested garbage.
    let headers = "x-business-use-case-usage: {\"1\":[{\"call_count\":1e999,\"estimated_time_to_regain_access\":\"NaN\"},{\"estimated_time_to_regain_access\":1e308}]}\r\nx-ad-account-usage: {\"acc_id_util_pct\":-4,\"reset_time_duration\":1e308}\r\nx-app-usage: [[[[\r\n";
    let base = scripted(reply(
        "200 OK",
        headers,
        r#"{"id":"act_1","currency":"USD"}"#,
    ))
    .await;
    let c = client(&base);
    let acc = AdAccountId::parse("1").expect("id");
    let first = tokio::time::timeout(Duration::from_secs(5), c.ad_account(&acc))
        .await
        .expect("no hang");
    assert_eq!(first.map(|a| a.currency).ok().as_deref(), Some("USD"));
    // A regain estimate past the clamp (a day): the next call is refused at once, not slept.
    let second = tokio::time::timeout(Duration::from_secs(5), c.ad_account(&acc))
        .await
        .expect("no hang");
    assert!(
        matches!(second, Err(Error::RateLimited { code: None, .. })),
        "{second:?}"
    );
}

#[tokio::test]
async fn a_redirect_is_not_followed_and_shows_no_token() {
    let base = scripted(reply(
        "302 Found",
        &format!("location: https://evil.example/x?access_token={TOKEN}\r\n"),
        "",
    ))
    .await;
    let err = client(&base).permissions().await.expect_err("redirect");
    let shown = format!("{err} {err:?}");
    assert!(
        matches!(err, Error::Redirect { status: 302, .. }),
        "{shown}"
    );
    assert!(
        !shown.contains(TOKEN) && shown.contains("evil.example"),
        "{shown}"
    );
}

#[tokio::test]
async fn network_errors_and_the_client_itself_show_no_token() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    let c = client(&format!("http://{addr}/v10.0"));
    let err = c.permissions().await.expect_err("nothing listens");
    let shown = format!("{err} {err:?} {c:?}");
    assert_eq!(err.code(), "network");
    assert!(
        !shown.contains(TOKEN) && !shown.contains("hostiletoken"),
        "{shown}"
    );
    // A Graph error whose message quotes a URL with the token.
    let body = format!(
        r#"{{"error":{{"message":"bad request to https://graph.facebook.com/v10.0/me?access_token={TOKEN}","type":"OAuthException","code":100}}}}"#
    );
    let e = error_for_status(400, body.as_bytes());
    assert!(!format!("{e} {e:?}").contains(TOKEN), "{e}");
}
