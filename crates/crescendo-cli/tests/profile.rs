//! `crescendo --profile NAME` uses the app's saved accounts and the same keychain entries.
//! Needs a Secret Service: ignored in a plain `cargo test`, run by scripts/test in the keyring.

use crescendo_core::profiles::Environment;
use crescendo_core::session::{NewProfile, Session};
use crescendo_core::vault::{Vault, SERVICE};
use std::process::Command;
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a Secret Service: run by scripts/test"]
async fn the_cli_uses_the_apps_accounts_and_keychain() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let data = tempfile::tempdir().expect("tempdir");
    // What the app does: the session in <data dir>/app.crescendo.desktop, the key in the keychain.
    let session = Session::open(
        &data.path().join("app.crescendo.desktop"),
        Vault::new(SERVICE),
    )
    .expect("session");
    let p = session
        .add_profile(NewProfile {
            name: "Local sandbox".into(),
            environment: Environment::Custom,
            custom_url: Some(format!("http://{}", sb.addr())),
            api_key: DEMO_KEY.into(),
            session_only: false,
            provider: None,
            ad_account_id: None,
        })
        .await
        .expect("add");
    session.use_profile(Some(&p.id)).await.expect("use");
    session.select_brand(574).await.expect("brand");

    let run = |args: Vec<String>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_crescendo"));
        cmd.args(&args)
            .env("XDG_DATA_HOME", data.path())
            .env_remove("CRESCENDO_API_KEY")
            .env_remove("CRESCENDO_BASE_URL");
        tokio::task::spawn_blocking(move || cmd.output().expect("runs"))
    };
    let o = run(vec![
        "--profile".into(),
        "local sandbox".into(),
        "campaigns".into(),
        "list".into(),
        "--json".into(),
    ])
    .await
    .expect("joins");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["count"], 3, "the profile's last artist (574) is used");

    let o = run(vec!["--profile".into(), "Nope".into(), "ping".into()])
        .await
        .expect("joins");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("saved: Local sandbox"));
    session.remove_profile(&p.id).await.expect("cleanup");
    let o = run(vec![
        "--profile".into(),
        "Local sandbox".into(),
        "ping".into(),
    ])
    .await
    .expect("joins");
    assert!(
        !o.status.success(),
        "removed accounts are gone for the CLI too"
    );
}

/// `crescendo --profile NAME campaigns …` with a saved Meta ad account: the token from the
/// keychain, the campaigns through core's Meta connector, over HTTP to meta-sandbox.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a Secret Service: run by scripts/test"]
async fn the_cli_runs_campaign_commands_for_a_meta_account() {
    let sb = meta_sandbox::Sandbox::start(meta_sandbox::SandboxConfig {
        in_process: chrono::Duration::zero(),
        ..meta_sandbox::SandboxConfig::default()
    })
    .await
    .expect("meta sandbox");
    let data = tempfile::tempdir().expect("tempdir");
    let session = Session::open(
        &data.path().join("app.crescendo.desktop"),
        Vault::new(SERVICE),
    )
    .expect("session");
    let p = session
        .add_profile(NewProfile {
            name: "Artist Meta".into(),
            environment: Environment::Custom,
            custom_url: Some(sb.base_url()),
            api_key: meta_sandbox::DEMO_TOKEN.into(),
            session_only: false,
            provider: Some(crescendo_core::domain::ProviderKind::Meta),
            ad_account_id: Some("act_1010".into()),
        })
        .await
        .expect("add");
    let run = |args: &[&str]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_crescendo"));
        cmd.args(["--profile", "artist meta"])
            .args(args)
            .env("XDG_DATA_HOME", data.path())
            .env_remove("CRESCENDO_API_KEY")
            .env_remove("CRESCENDO_BASE_URL");
        tokio::task::spawn_blocking(move || cmd.output().expect("runs"))
    };
    let o = run(&["campaigns", "list", "--json"]).await.expect("joins");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["count"], 6);
    let id = v["campaigns"][0]["id"].as_str().expect("id").to_string();
    for (args, want) in [
        (vec!["campaigns", "pause", id.as_str()], "Paused campaign"),
        (vec!["campaigns", "resume", id.as_str()], "Resumed campaign"),
        (
            vec!["campaigns", "get", id.as_str()],
            "status      Active (ACTIVE)",
        ),
        (
            vec![
                "campaigns",
                "update",
                id.as_str(),
                "--budget",
                "12.34",
                "--currency",
                "USD",
            ],
            "Updated campaign",
        ),
    ] {
        let o = run(&args).await.expect("joins");
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(
            o.status.success() && out.contains(want),
            "{args:?}: {out} {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = run(&["ping"]).await.expect("joins");
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("[unsupported]"));
    session.remove_profile(&p.id).await.expect("cleanup");
}

/// `crescendo --profile NAME campaigns …` with a saved Marin Social account: the agency token
/// from the keychain, the campaigns through core's Marin connector, over HTTP to marin-sandbox.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a Secret Service: run by scripts/test"]
async fn the_cli_runs_campaign_commands_for_a_marin_account() {
    let sb = marin_sandbox::Sandbox::start(marin_sandbox::SandboxConfig::default())
        .await
        .expect("marin sandbox");
    let data = tempfile::tempdir().expect("tempdir");
    let session = Session::open(
        &data.path().join("app.crescendo.desktop"),
        Vault::new(SERVICE),
    )
    .expect("session");
    let p = session
        .add_profile(NewProfile {
            name: "Agency Marin".into(),
            environment: Environment::Custom,
            custom_url: Some(sb.url()),
            api_key: marin_sandbox::DEMO_TOKEN.into(),
            session_only: false,
            provider: Some(crescendo_core::domain::ProviderKind::MarinSocial),
            // The sandbox's first account (ids count from 1).
            ad_account_id: Some("1".into()),
        })
        .await
        .expect("add");
    let run = |args: &[&str]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_crescendo"));
        cmd.args(["--profile", "agency marin"])
            .args(args)
            .env("XDG_DATA_HOME", data.path())
            .env_remove("CRESCENDO_API_KEY")
            .env_remove("CRESCENDO_BASE_URL");
        tokio::task::spawn_blocking(move || cmd.output().expect("runs"))
    };
    let o = run(&["campaigns", "list", "--json"]).await.expect("joins");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["count"], 14, "two media plans of 7");
    let id = v["campaigns"][1]["id"].as_str().expect("id").to_string();
    for (args, want) in [
        (vec!["campaigns", "pause", id.as_str()], "Paused campaign"),
        (vec!["campaigns", "pause", id.as_str()], "Paused campaign"),
        (vec!["campaigns", "resume", id.as_str()], "Resumed campaign"),
        (
            vec!["campaigns", "get", id.as_str()],
            "status      Play (play)",
        ),
    ] {
        let o = run(&args).await.expect("joins");
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(
            o.status.success() && out.contains(want),
            "{args:?}: {out} {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = run(&["ping"]).await.expect("joins");
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("[unsupported]") && err.contains("Marin Social"),
        "{err}"
    );
    assert!(!err.contains(marin_sandbox::DEMO_TOKEN));
    session.remove_profile(&p.id).await.expect("cleanup");
}
