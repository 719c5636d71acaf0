//! Marin Social account profiles without a keychain (token kept for the session): every field
//! checked at its place, the agency token never on disk nor in what crosses IPC, the workspace
//! and the test connection against marin-sandbox. Runs in a plain `cargo test`.

use crescendo_core::domain::{CampaignFilter, ProviderKind};
use crescendo_core::profiles::Environment;
use crescendo_core::session::{NewProfile, Session};
use crescendo_core::vault::{Vault, SERVICE};
use crescendo_core::ErrorCode;
use marin_sandbox::{Sandbox, SandboxConfig, DEMO_TOKEN};

fn marin(name: &str, env: Environment, url: Option<String>, account: &str) -> NewProfile {
    NewProfile {
        name: name.into(),
        environment: env,
        custom_url: url,
        api_key: DEMO_TOKEN.into(),
        session_only: true,
        provider: Some(ProviderKind::MarinSocial),
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
async fn a_marin_account_opens_its_campaigns_and_never_shows_its_token() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let account = marin_api::Client::builder(
        &sb.url(),
        marin_api::AgencyToken::new(DEMO_TOKEN).expect("token"),
    )
    .build()
    .expect("client")
    .all_accounts()
    .await
    .expect("accounts")[0]
        .id
        .clone();
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");
    let p = s
        .add_profile(marin(
            "Agency ads",
            Environment::Custom,
            Some(sb.url()),
            &format!(" {account} "),
        ))
        .await
        .expect("add");
    assert_eq!(
        (p.provider, p.ad_account_id.as_deref()),
        (ProviderKind::MarinSocial, Some(account.as_str()))
    );
    assert_eq!(p.key_hint, "oken");

    let check = s.test_profile(&p.id).await;
    assert!(check.ok, "{check:?}");
    assert!(
        check.message.contains("EUR") && check.message.contains("Europe/Paris"),
        "{}",
        check.message
    );
    let info = s.use_profile(Some(&p.id)).await.expect("use");
    assert_eq!(
        (info.provider, info.label.as_str()),
        (ProviderKind::MarinSocial, "Agency ads")
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
    // The default sandbox: 2 accounts, 3 media plans of 7 campaigns; plans 1 and 3 are the
    // first account's.
    assert_eq!(page.total, 14);
    let brands = crescendo_core::brands::list(&ws).await.expect("brands");
    assert_eq!(brands.len(), 1);
    assert_eq!(brands[0].currency.as_deref(), Some("EUR"));

    // The wizard's pickers search through the account in use: Marin's target_search.
    use crescendo_core::wizard::{search, SearchKind, SearchResults};
    let found = search(&ws, SearchKind::Places, "locations", "new york", 1)
        .await
        .expect("places");
    match found.results {
        Some(SearchResults::Places(p)) => {
            assert!(p.iter().any(|p| p.label.contains("New York")), "{p:?}")
        }
        other => panic!("no places: {other:?}"),
    }
    let found = search(&ws, SearchKind::Audiences, "interests", "music", 1)
        .await
        .expect("interests");
    assert!(
        matches!(&found.results, Some(SearchResults::Audiences(a)) if !a.is_empty()),
        "{found:?}"
    );

    let json = serde_json::to_string(&(&p, &info, &s.profiles())).expect("json");
    assert!(!json.contains(DEMO_TOKEN), "the token crosses IPC: {json}");
    let disk = everything_on_disk(dir.path());
    assert!(!disk.contains(DEMO_TOKEN), "{disk}");
    assert!(disk.contains("\"provider\": \"marin_social\""), "{disk}");
}

#[tokio::test]
async fn each_bad_marin_field_is_reported_at_its_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");
    let mut bad = marin("Bad", Environment::Sandbox, None, "act_12");
    bad.api_key = "agency&token".into();
    let e = s.add_profile(bad).await.expect_err("refused");
    assert_eq!(e.code, ErrorCode::Validation);
    let fields: Vec<&str> = e.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["environment", "adAccountId", "apiKey"]);
    assert!(
        e.problems[1].message.contains("Marin Social account id"),
        "{}",
        e.problems[1].message
    );
    let mut missing = marin("Bad", Environment::Production, None, "");
    missing.ad_account_id = None;
    let e = s.add_profile(missing).await.expect_err("refused");
    assert_eq!(e.problems[0].field, "adAccountId");
    assert!(s.profiles().is_empty(), "nothing saved");

    // A production Marin account points at Marin's API itself and spends money.
    let p = s
        .add_profile(marin("Real", Environment::Production, None, "101"))
        .await
        .expect("add");
    let info = s.use_profile(Some(&p.id)).await.expect("use");
    assert!(info.spends_money);
    assert_eq!(info.advertising_url, "https://api.mysocialpixel.com");
    assert_eq!(info.provider_label, "Marin Social");
}

#[tokio::test]
async fn a_saved_marin_account_is_linked_beside_the_account_in_use() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let client = marin_api::Client::builder(
        &sb.url(),
        marin_api::AgencyToken::new(DEMO_TOKEN).expect("token"),
    )
    .build()
    .expect("client");
    let account = client.all_accounts().await.expect("accounts")[0].id.clone();
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");
    assert!(
        marin_ids(&s).await.is_empty(),
        "the demo has no Marin account"
    );
    let p = s
        .add_profile(marin(
            "Label agency",
            Environment::Custom,
            Some(sb.url()),
            &account,
        ))
        .await
        .expect("add");
    let ids = marin_ids(&s).await;
    assert!(!ids.is_empty());
    let route = format!("marin:{}:", p.id);
    assert!(ids.iter().all(|id| id.starts_with(&route)), "{ids:?}");
    // A routed id reaches Marin: the campaign and its days.
    let ws = s.workspace().await.expect("ws");
    let c = ws.connector().campaign(&ids[0]).await.expect("campaign");
    assert_eq!(
        (c.id.as_str(), c.provider),
        (ids[0].as_str(), ProviderKind::MarinSocial)
    );
    ws.connector().daily_stats(&ids[0]).await.expect("days");
    s.remove_profile(&p.id).await.expect("remove");
    assert!(marin_ids(&s).await.is_empty());
}

async fn marin_ids(s: &Session) -> Vec<String> {
    let ws = s.workspace().await.expect("ws");
    ws.connector()
        .all_campaigns(&CampaignFilter {
            provider: Some(ProviderKind::MarinSocial),
            ..CampaignFilter::default()
        })
        .await
        .expect("list")
        .into_iter()
        .map(|c| c.id)
        .collect()
}
