//! `crescendo campaigns get --json` prints no provider token: the sandbox's details carry
//! (fake) access tokens where the documented example has them, and the client redacts them.

use std::process::Command;
use symphony_sandbox::documents::FAKE_TOKEN_PREFIX;
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

#[tokio::test(flavor = "multi_thread")]
async fn campaigns_get_json_prints_no_token() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    // The raw response, over a plain socket.
    let addr = sb.addr();
    let raw = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(addr).expect("connects");
        let req = format!(
            "GET /advertising/v1/campaign/5001 HTTP/1.1\r\nHost: {addr}\r\nx-api-key: {DEMO_KEY}\r\nConnection: close\r\n\r\n"
        );
        s.write_all(req.as_bytes()).expect("writes");
        let mut out = String::new();
        s.read_to_string(&mut out).expect("reads");
        out
    })
    .await
    .expect("joins");
    assert!(raw.contains(FAKE_TOKEN_PREFIX), "the sandbox sends tokens");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crescendo"));
    cmd.args(["campaigns", "get", "5001", "--json"])
        .env("CRESCENDO_BASE_URL", sb.advertising_url())
        .env("CRESCENDO_API_KEY", DEMO_KEY)
        .env_remove("CRESCENDO_V2_URL")
        .env_remove("CRESCENDO_BRAND_ID");
    let o = tokio::task::spawn_blocking(move || cmd.output().expect("runs"))
        .await
        .expect("joins");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(
        v["campaign_metadata"]["campaign_input"]["campaignName"],
        "Midnight Drive — release push"
    );
    assert!(!out.contains(FAKE_TOKEN_PREFIX), "a token was printed");
    assert!(out.contains("[redacted]"));
}

/// List rows carry no name (as documented): the table reads names and currencies from details.
#[tokio::test(flavor = "multi_thread")]
async fn campaigns_list_table_shows_names_and_currencies() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crescendo"));
    cmd.args(["campaigns", "list", "--limit", "8"])
        .env("CRESCENDO_BASE_URL", sb.advertising_url())
        .env("CRESCENDO_API_KEY", DEMO_KEY)
        .env_remove("CRESCENDO_V2_URL")
        .env_remove("CRESCENDO_BRAND_ID");
    let o = tokio::task::spawn_blocking(move || cmd.output().expect("runs"))
        .await
        .expect("joins");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("Midnight Drive — release push"), "{out}");
    assert!(out.contains("Tour teaser boost"), "{out}");
    assert!(out.contains(" USD"), "{out}");
}
