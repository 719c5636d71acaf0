//! Meta ad account profiles without a keychain (token kept for the session): every field checked
//! at its place, the token never on disk nor in what crosses IPC, the workspace and the test
//! connection against meta-sandbox. Runs in a plain `cargo test`.

use crescendo_core::domain::{CampaignFilter, ProviderKind};
use crescendo_core::profiles::Environment;
use crescendo_core::session::{NewProfile, Session};
use crescendo_core::vault::{Vault, SERVICE};
use crescendo_core::ErrorCode;
use meta_sandbox::{Sandbox, SandboxConfig, DEMO_TOKEN};

fn meta(name: &str, env: Environment, url: Option<String>, account: &str) -> NewProfile {
    NewProfile {
        name: name.into(),
        environment: env,
        custom_url: url,
        api_key: DEMO_TOKEN.into(),
        session_only: true,
        provider: Some(ProviderKind::Meta),
        ad_account_id: Some(account.into()),
    }
}

fn everything_on_disk(dir: &std::path::Path) -> String {
    let mut all = String::new();
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        all.push_str(&String::from_utf8_lossy(
            &std::fs::read(e.path()).unwrap_or_default(),
        ));
    }
    all
}

#[tokio::test]
async fn a_meta_account_opens_its_ad_account_and_never_shows_its_token() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");
    let p = s
        .add_profile(meta(
            "Artist ads",
            Environment::Custom,
            Some(sb.base_url()),
            " 1010 ",
        ))
        .await
        .expect("add");
    assert_eq!(
        (p.provider, p.ad_account_id.as_deref()),
        (ProviderKind::Meta, Some("act_1010"))
    );
    assert_eq!(p.key_hint, "oken");

    let check = s.test_profile(&p.id).await;
    assert!(check.ok, "{check:?}");
    assert!(
        check.message.contains("USD") && check.message.contains("America/Los_Angeles"),
        "{}",
        check.message
    );
    let info = s.use_profile(Some(&p.id)).await.expect("use");
    assert_eq!(
        (info.provider, info.label.as_str()),
        (ProviderKind::Meta, "Artist ads")
    );
    assert!(!info.spends_money, "a local simulator");
    let ws = s.workspace().await.expect("ws");
    let page = ws
        .connector()
        .campaigns(&CampaignFilter {
            limit: 25,
            ..CampaignFilter::default()
        })
        .await
        .expect("list");
    assert_eq!(page.total, 6);
    let brands = crescendo_core::brands::list(&ws).await.expect("brands");
    assert_eq!(brands.len(), 1);
    assert_eq!(brands[0].currency.as_deref(), Some("USD"));

    let json = serde_json::to_string(&(&p, &info, &s.profiles())).expect("json");
    assert!(!json.contains(DEMO_TOKEN), "the token crosses IPC: {json}");
    let disk = everything_on_disk(dir.path());
    assert!(!disk.contains(DEMO_TOKEN), "{disk}");
    assert!(
        disk.contains("\"adAccountId\": \"act_1010\"") && disk.contains("\"provider\": \"meta\""),
        "{disk}"
    );
}

#[tokio::test]
async fn each_bad_field_is_reported_at_its_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");
    let e = s
        .add_profile(meta("Bad", Environment::Sandbox, None, "act_12ab"))
        .await
        .expect_err("refused");
    assert_eq!(e.code, ErrorCode::Validation);
    let fields: Vec<&str> = e.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["environment", "adAccountId"]);
    assert!(
        e.problems[1].message.contains("act_"),
        "{}",
        e.problems[1].message
    );
    let mut missing = meta("Bad", Environment::Production, None, "");
    missing.ad_account_id = None;
    let e = s.add_profile(missing).await.expect_err("refused");
    assert_eq!(e.problems[0].field, "adAccountId");
    assert!(s.profiles().is_empty(), "nothing saved");

    // A production Meta account points at Graph itself and spends money.
    let p = s
        .add_profile(meta("Real", Environment::Production, None, "act_42"))
        .await
        .expect("add");
    let info = s.use_profile(Some(&p.id)).await.expect("use");
    assert!(info.spends_money);
    assert_eq!(info.advertising_url, meta_api::GRAPH_BASE);
}

/// Every Meta campaign id the workspace in use lists, with the route core gave them.
async fn meta_ids(s: &Session) -> Vec<String> {
    let ws = s.workspace().await.expect("ws");
    ws.connector()
        .all_campaigns(&CampaignFilter {
            provider: Some(ProviderKind::Meta),
            ..CampaignFilter::default()
        })
        .await
        .expect("list")
        .into_iter()
        .map(|c| c.id)
        .collect()
}

#[tokio::test]
async fn a_saved_meta_account_is_linked_beside_the_account_in_use_until_removed() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");
    // The demo, with its own Meta account (Luna Vega's) beside its artists.
    let before = meta_ids(&s).await;
    assert!(!before.is_empty() && before.iter().all(|id| id.starts_with("meta:demo:")));

    let p = s
        .add_profile(meta(
            "Ren in Japan",
            Environment::Custom,
            Some(sb.base_url()),
            "act_2020",
        ))
        .await
        .expect("add");
    let route = format!("meta:{}:", p.id);
    let after = meta_ids(&s).await;
    let added: Vec<_> = after.iter().filter(|id| id.starts_with(&route)).collect();
    assert_eq!(
        added.len(),
        sb.campaign_count(meta_sandbox::JPY_ACCOUNT) - 1,
        "every listed campaign of the new account (not the archived one): {after:?}"
    );
    assert_eq!(after.len(), before.len() + added.len());

    // Using that account makes it the main one: not linked beside itself.
    s.use_profile(Some(&p.id)).await.expect("use");
    let ws = s.workspace().await.expect("ws");
    assert!(ws.linked().is_empty(), "no account beside itself");
    s.use_profile(None).await.expect("back to the demo");

    s.remove_profile(&p.id).await.expect("remove");
    assert_eq!(
        meta_ids(&s).await,
        before,
        "removed, it is gone from the list"
    );
}
