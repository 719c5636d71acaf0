//! The agency token travels in every Marin URL (`key=`), so every failure could carry it. This
//! drives the connector's error paths — marin-sandbox's 400, 403 and 404, a server that answers
//! 401, 400, 500, a redirect and bad JSON with the whole request (token included) echoed in its
//! body and headers, and a closed port — and scans each app error's message and Debug output,
//! and each connection check, for the token.

use axum::http::{header, StatusCode, Uri};
use axum::response::IntoResponse;
use chrono::TimeZone;
use crescendo_core::domain::{CampaignEdit, CampaignFilter};
use crescendo_core::provider::marin::MarinConnector;
use crescendo_core::provider::Connector;
use crescendo_core::{AppError, ErrorCode};
use marin_api::{AgencyToken, Client};
use marin_sandbox::{Sandbox, SandboxConfig, OTHER_AGENCY_TOKEN};

const TOKEN: &str = "s3cr3t-Marin_agency.token-7f3a9c";

fn connector(base: &str, account: &str) -> Connector {
    let client = Client::builder(base, AgencyToken::new(TOKEN).expect("token"))
        .build()
        .expect("client");
    Connector::Marin(MarinConnector::new(client, account))
}

fn assert_clean(what: &str, e: &AppError) {
    let debug = format!("{e:?}");
    for text in [&e.message, &debug] {
        assert!(!text.contains(TOKEN), "{what}: the token leaked: {text}");
        assert!(
            !text.contains("7f3a9c"),
            "{what}: part of the token: {text}"
        );
    }
}

/// Answers by the number after `/accounts/` (401, 400, 500, 302; 299: a 200 with bad JSON),
/// echoing the request — with its `key` — everywhere it can.
async fn echo(uri: Uri) -> axum::response::Response {
    let code = uri
        .path()
        .split('/')
        .nth(2)
        .and_then(|s| s.parse::<u16>().ok())
        .unwrap_or(500);
    let seen = uri.to_string();
    let body = serde_json::json!({
        "message": format!("failed for {seen}"),
        "errors": {"children": {"daily_budget": {"errors": [format!("bad at {seen}")]}}}
    })
    .to_string();
    match code {
        302 => (
            StatusCode::FOUND,
            [(header::LOCATION, format!("https://elsewhere.example{seen}"))],
            "",
        )
            .into_response(),
        299 => (StatusCode::OK, format!("not json {seen}")).into_response(),
        c => (
            StatusCode::from_u16(c).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            body,
        )
            .into_response(),
    }
}

async fn echo_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, axum::Router::new().fallback(echo)).await;
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn the_agency_token_is_in_no_error_message_or_debug_output() {
    let mut seen: Vec<(String, AppError)> = Vec::new();

    // marin-sandbox, with this test's token as the demo agency's.
    let sb = Sandbox::start(SandboxConfig {
        tokens: vec![TOKEN.into(), OTHER_AGENCY_TOKEN.into()],
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let own = Client::builder(&sb.url(), AgencyToken::new(TOKEN).expect("token"))
        .build()
        .expect("client")
        .all_accounts()
        .await
        .expect("accounts")[0]
        .id
        .clone();
    let ok = connector(&sb.url(), &own);
    let id = ok
        .all_campaigns(&CampaignFilter::default())
        .await
        .expect("list")[0]
        .id
        .clone();
    let past = chrono::Utc
        .with_ymd_and_hms(2001, 1, 1, 0, 0, 0)
        .single()
        .expect("past");
    let edit = CampaignEdit {
        budget: None,
        currency: None,
        end: Some(past),
    };
    let e = ok.update(&id, &edit).await.expect_err("400");
    assert_eq!(e.code, ErrorCode::Validation);
    seen.push(("sandbox 400".into(), e));
    let e = ok.campaign("987654").await.expect_err("not found");
    seen.push(("unknown campaign".into(), e));
    let e = connector(&sb.url(), "424242")
        .brands()
        .await
        .expect_err("404");
    assert_eq!(e.code, ErrorCode::NotFound);
    seen.push(("sandbox 404".into(), e));
    // The other agency's account: 403.
    let theirs = sb.plan_ids(1);
    assert!(!theirs.is_empty());
    let other_account =
        Client::builder(&sb.url(), AgencyToken::new(OTHER_AGENCY_TOKEN).expect("t"))
            .build()
            .expect("client")
            .all_accounts()
            .await
            .expect("accounts")[0]
            .id
            .clone();
    let e = connector(&sb.url(), &other_account)
        .daily_stats(&id)
        .await
        .expect_err("403");
    assert_eq!(e.code, ErrorCode::Forbidden);
    seen.push(("sandbox 403".into(), e));

    // A server that echoes the request, token and all.
    let base = echo_server().await;
    for (account, code) in [
        ("401", ErrorCode::Unauthorized),
        ("400", ErrorCode::Validation),
        ("500", ErrorCode::Server),
        ("302", ErrorCode::Server),
        ("299", ErrorCode::Decode),
    ] {
        let c = connector(&base, account);
        let e = c.brands().await.expect_err(account);
        assert_eq!(e.code, code, "{account}: {}", e.message);
        seen.push((format!("echo {account}"), e));
        let check = c.check().await;
        assert!(!check.ok);
        assert!(
            !check.message.contains(TOKEN) && !format!("{check:?}").contains(TOKEN),
            "{account}: {check:?}"
        );
        let e = c
            .campaigns(&CampaignFilter::default())
            .await
            .expect_err("list");
        seen.push((format!("echo {account} list"), e));
    }
    let e = connector(&base, "400")
        .search_places("New York")
        .await
        .expect_err("search");
    seen.push(("echo search".into(), e));

    // A closed port.
    let closed = {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        l.local_addr().expect("addr")
    };
    let c = connector(&format!("http://{closed}"), "1");
    for e in [
        c.campaigns(&CampaignFilter::default())
            .await
            .expect_err("closed"),
        c.set_paused("5", true).await.expect_err("closed"),
    ] {
        assert_eq!(e.code, ErrorCode::Network, "{}", e.message);
        seen.push(("closed port".into(), e));
    }
    let check = c.check().await;
    assert_eq!(check.code, Some(ErrorCode::Network));

    assert!(seen.len() >= 15, "{}", seen.len());
    for (what, e) in &seen {
        assert_clean(what, e);
    }
}
