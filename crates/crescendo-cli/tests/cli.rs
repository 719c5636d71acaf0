//! The `crescendo` binary against symphony-sandbox on 127.0.0.1.

use std::process::{Command, Output};
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY, DEMO_REVOKED_KEY};

async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox")
}

/// Runs the CLI off the async runtime (it blocks) with the key in the environment only.
async fn crescendo(sb: &Sandbox, key: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crescendo"));
    cmd.args(args)
        .env("CRESCENDO_BASE_URL", sb.advertising_url())
        .env_remove("CRESCENDO_V2_URL")
        .env_remove("CRESCENDO_BRAND_ID");
    match key {
        Some(k) => cmd.env("CRESCENDO_API_KEY", k),
        None => cmd.env_remove("CRESCENDO_API_KEY"),
    };
    tokio::task::spawn_blocking(move || cmd.output().expect("runs"))
        .await
        .expect("joins")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn ping_and_list() {
    let sb = sandbox().await;
    let o = crescendo(&sb, Some(DEMO_KEY), &["ping"]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("default brand Luna Vega (358)"));

    let o = crescendo(&sb, Some(DEMO_KEY), &["campaigns", "list", "--limit", "3"]).await;
    let text = stdout(&o);
    assert!(text.trim_start().starts_with("ID"), "{text}");
    assert!(text.contains("3 of 8 campaign(s)"), "{text}");

    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "list", "--all", "--json", "--brand-id", "574"],
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("exact JSON");
    assert_eq!(v["count"], 3);
    assert!(v["campaigns"]
        .as_array()
        .map(|a| a.iter().all(|c| c["brand_id"] == 574))
        .unwrap_or(false));
}

#[tokio::test(flavor = "multi_thread")]
async fn create_from_a_documented_file_then_get_and_pause() {
    let sb = sandbox().await;
    let file =
        std::env::temp_dir().join(format!("crescendo-cli-create-{}.json", std::process::id()));
    let body = serde_json::json!({
        "provider": "facebook", "campaign_type": "link_clicks", "campaign_name": "CLI link clicks",
        "metadata": {
            "budget": { "value": 70, "currency": "USD" },
            "start_date": "2030-01-01T00:00:00.000Z", "end_date": "2030-01-08T00:00:00.000Z",
            "call_to_action": "LEARN_MORE", "instagram_post_id": "17921761666746619",
            "link_to_boost": "https://shop.example.com", "caption": "New merch"
        }
    });
    std::fs::write(&file, body.to_string()).expect("write");
    let path = file.to_string_lossy().to_string();
    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "create", "--file", &path, "--json"],
    )
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["outcome"], "created");
    let id = v["campaign"]["id"].as_u64().expect("id").to_string();

    let o = crescendo(&sb, Some(DEMO_KEY), &["campaigns", "get", &id]).await;
    assert!(stdout(&o).contains("CLI link clicks"), "{}", stdout(&o));
    let o = crescendo(&sb, Some(DEMO_KEY), &["campaigns", "pause", &id]).await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), format!("Paused campaign {id}"));

    // Too small a budget: a validation error with the server's words, exit code 4.
    let mut cheap = body.clone();
    cheap["metadata"]["budget"]["value"] = serde_json::json!(5);
    std::fs::write(&file, cheap.to_string()).expect("write");
    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "create", "--file", &path],
    )
    .await;
    assert_eq!(o.status.code(), Some(4));
    assert!(
        stderr(&o).contains("metadata.budget.value"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stderr(&o).lines().count(), 1, "one line: {}", stderr(&o));
    let _ = std::fs::remove_file(&file);
}

#[tokio::test(flavor = "multi_thread")]
async fn search_content_and_analytics() {
    let sb = sandbox().await;
    let o = crescendo(&sb, Some(DEMO_KEY), &["search", "locations", "Madrid"]).await;
    assert!(stdout(&o).contains("689194"));
    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["search", "interests", "indie pop", "--json"],
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v[0]["id"], "6003278637610");
    let o = crescendo(&sb, Some(DEMO_KEY), &["content", "releases", "midnight"]).await;
    assert!(stdout(&o).contains("Midnight Drive"));
    let o = crescendo(&sb, Some(DEMO_KEY), &["analytics", "5001", "--csv"]).await;
    let csv = stdout(&o);
    // The app's numbers: crescendo-core's report, one row per day of the campaign so far.
    assert!(
        csv.starts_with("date,campaign_id,campaign_name,currency,spend,cumulative_spend,ideal_cumulative_spend,"),
        "{csv}"
    );
    assert!(csv.lines().count() > 60, "60+ days of stats");
    let second = csv.lines().nth(1).unwrap_or_default();
    assert!(
        second.contains(",5001,Midnight Drive — release push,USD,"),
        "{second}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn errors_are_one_line_with_a_code_and_never_show_the_key() {
    let sb = sandbox().await;
    let o = crescendo(&sb, None, &["ping"]).await;
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("CRESCENDO_API_KEY"));
    let o = crescendo(&sb, Some(DEMO_REVOKED_KEY), &["ping"]).await;
    assert_eq!(o.status.code(), Some(3));
    let err = stderr(&o);
    assert!(
        err.contains("not active") && err.contains("[forbidden]"),
        "{err}"
    );
    assert!(!err.contains(DEMO_REVOKED_KEY));
    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "list", "--from", "yesterday"],
    )
    .await;
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("YYYY-MM-DD"));
    let o = crescendo(&sb, Some(DEMO_KEY), &["campaigns", "get", "1", "--json"]).await;
    let v: serde_json::Value = serde_json::from_str(stderr(&o).trim()).expect("json error");
    assert_eq!(v["error"]["code"], "not_found");
}

/// `crescendo portfolio` adds up exactly what the app's Portfolio page does (one core function),
/// per currency; `--csv` has a row per campaign-day in the range; bad days are refused.
#[tokio::test(flavor = "multi_thread")]
async fn portfolio_matches_the_apps_portfolio_and_exports_csv() {
    use crescendo_core::portfolio_page;
    let sb = sandbox().await;
    let (from, to) = ("2026-10-01", "2026-11-29");
    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["portfolio", "--from", from, "--to", to, "--json"],
    )
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    let cli: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let endpoints =
        symphony_api::Endpoints::new(&sb.advertising_url(), &sb.v2_url()).expect("urls");
    let ws = crescendo_core::Workspace::connect(
        crescendo_core::WorkspaceKind::Sandbox,
        endpoints,
        symphony_api::ApiKey::new(DEMO_KEY).expect("key"),
    )
    .expect("workspace");
    let range = crescendo_core::campaign_page::range(Some(from), Some(to))
        .expect("days")
        .expect("a range");
    let app = portfolio_page::portfolio_page(&ws, Some(range), "en-US")
        .await
        .expect("the app's portfolio");
    let app_groups = serde_json::to_value(&app.portfolio.by_currency).expect("json");
    assert_eq!(
        cli["byCurrency"], app_groups,
        "the CLI and the app add up alike"
    );
    assert!(
        cli["byCurrency"][0]["totals"]["spend"]["amount"].is_string(),
        "money stays exact text"
    );

    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["portfolio", "--from", from, "--to", to],
    )
    .await;
    let text = stdout(&o);
    assert!(text.contains("SUM OF CAMPAIGN REACH"), "{text}");
    assert!(
        text.starts_with(&format!("Portfolio {from} – {to}")),
        "{text}"
    );

    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["portfolio", "--from", from, "--to", to, "--csv"],
    )
    .await;
    let csv = stdout(&o);
    let g = portfolio_page::gather(&ws.connector())
        .await
        .expect("gather");
    let entries: Vec<_> = g
        .read
        .iter()
        .map(|(c, a)| crescendo_core::analytics::PortfolioEntry {
            campaign: c,
            stats: &a.days,
            brand: "Luna Vega",
            countries: &a.countries,
        })
        .collect();
    let core_csv = crescendo_core::analytics::portfolio_csv(&entries, range).expect("csv");
    assert_eq!(
        csv.trim_end(),
        core_csv.trim_end(),
        "the CLI prints core's CSV"
    );
    let days: u64 = app
        .portfolio
        .by_currency
        .iter()
        .map(|g| g.totals.days_with_data)
        .sum();
    assert!(
        days > 30,
        "the demo artist has days of data in the range: {days}"
    );
    assert!(csv.lines().next().unwrap_or_default().contains("currency"));

    let o = crescendo(&sb, Some(DEMO_KEY), &["portfolio", "--days", "0"]).await;
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("between 1 and 3660 days"),
        "{}",
        stderr(&o)
    );
}

/// `location/PAUSED` turns a location's state over: the CLI reads the state first, so a second
/// pause is refused instead of resuming.
#[tokio::test(flavor = "multi_thread")]
async fn a_location_is_paused_once_then_resumed() {
    let sb = sandbox().await;
    let o = crescendo(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "list", "--status", "ACTIVE", "--json"],
    )
    .await;
    let list: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let mut found = None;
    for c in list["campaigns"].as_array().into_iter().flatten() {
        let id = c["id"].as_u64().unwrap_or_default().to_string();
        let o = crescendo(&sb, Some(DEMO_KEY), &["campaigns", "get", &id, "--json"]).await;
        let d: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap_or_default();
        let m = &d["campaign_metadata"]["platform_details"]["campaignsMapping"][0];
        if let (Some(market), Some(key)) =
            (m["fbCampaign"]["id"].as_str(), m["countries"][0].as_str())
        {
            found = Some((id, market.to_string(), key.to_string()));
            break;
        }
    }
    let (id, market, key) = found.expect("an active demo campaign with a market");
    let run = |verb: &'static str| {
        let (id, market, key) = (id.clone(), market.clone(), key.clone());
        let sb = &sb;
        async move {
            crescendo(
                sb,
                Some(DEMO_KEY),
                &["locations", verb, &id, "--market", &market, "--key", &key],
            )
            .await
        }
    };
    let o = run("pause").await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).trim(),
        format!("Paused location {key} of campaign {id}")
    );
    let o = run("pause").await;
    assert!(!o.status.success());
    assert!(stderr(&o).contains("is already paused"), "{}", stderr(&o));
    let o = run("resume").await;
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run("resume").await;
    assert!(stderr(&o).contains("is already active"), "{}", stderr(&o));
}
