#![allow(dead_code)]
//! Running the `crescendo` binary against a local symphony-sandbox.

use std::process::{Command, Output};
use std::time::Duration;
use symphony_sandbox::Sandbox;

/// The environment a test runs the CLI with: only what it sets, nothing inherited that could
/// change where it connects.
pub fn command(sb: &Sandbox, key: Option<&str>, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crescendo"));
    cmd.args(args)
        .env("CRESCENDO_BASE_URL", sb.advertising_url())
        .env_remove("CRESCENDO_V2_URL")
        .env_remove("CRESCENDO_ENV")
        .env_remove("CRESCENDO_PROFILE")
        .env_remove("CRESCENDO_BRAND_ID")
        .env_remove("CRESCENDO_TEST_PRODUCTION_ORIGIN");
    match key {
        Some(k) => cmd.env("CRESCENDO_API_KEY", k),
        None => cmd.env_remove("CRESCENDO_API_KEY"),
    };
    cmd
}

/// Runs it off the async runtime (it blocks), failing the test if it hangs.
pub async fn output(mut cmd: Command) -> Output {
    let child = tokio::task::spawn_blocking(move || cmd.output().expect("runs"));
    tokio::time::timeout(Duration::from_secs(120), child)
        .await
        .expect("the CLI finished within 2 minutes")
        .expect("joins")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A link_clicks campaign in the documents' shape, written to a temp file.
pub fn campaign_file(dir: &tempfile::TempDir, name: &str, value: u32) -> String {
    let body = serde_json::json!({
        "provider": "facebook", "campaign_type": "link_clicks", "campaign_name": name,
        "metadata": {
            "budget": { "value": value, "currency": "USD" },
            "start_date": "2030-01-01T00:00:00.000Z", "end_date": "2030-01-08T00:00:00.000Z",
            "call_to_action": "LEARN_MORE", "instagram_post_id": "17921761666746619",
            "link_to_boost": "https://shop.example.com", "caption": "New merch"
        }
    });
    let path = dir.path().join(format!("{name}.json"));
    std::fs::write(&path, body.to_string()).expect("write");
    path.to_string_lossy().into_owned()
}

/// POSTs of a campaign the sandbox received.
pub fn creates(sb: &Sandbox) -> usize {
    sb.requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/v1/campaign"))
        .count()
}
