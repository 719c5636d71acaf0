//! Against a real Secret Service (gnome-keyring in a private D-Bus session, started by
//! scripts/test). Ignored in a plain `cargo test`, which may have no keyring; scripts/test runs
//! them with `--ignored`, single-threaded, the locking test last.

use crescendo_core::profiles::Environment;
use crescendo_core::session::{NewProfile, Session};
use crescendo_core::vault::{KeyStorage, Vault};
use crescendo_core::ErrorCode;
use std::process::Command;
use symphony_api::ApiKey;
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

const SERVICE: &str = "app.crescendo.desktop.test";

fn secret_tool(args: &[&str]) -> (bool, String) {
    let o = Command::new("secret-tool")
        .args(args)
        .output()
        .expect("secret-tool runs");
    (
        o.status.success(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

/// Every file under `dir`, as bytes.
fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else if let Ok(b) = std::fs::read(&p) {
            out.push((p.display().to_string(), b));
        }
    }
    out
}

fn forms(key: &str) -> Vec<String> {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = key.as_bytes();
    let mut b64 = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            b64.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    // The middle of the base64 form is stable whatever the alignment; the full forms too.
    vec![key.to_string(), b64.trim_end_matches('=').to_string(), hex]
}

#[test]
#[ignore = "needs a Secret Service: run by scripts/test"]
fn store_read_overwrite_delete_and_another_process_sees_it() {
    let v = Vault::new(SERVICE);
    assert!(v.status().available, "{:?}", v.status());
    let account = "round-trip";
    v.store(
        account,
        &ApiKey::new("sk_first_keychain_1111").expect("key"),
        KeyStorage::Keychain,
    )
    .expect("store");
    assert_eq!(
        v.load(account, KeyStorage::Keychain).expect("load").last4(),
        "1111"
    );
    v.store(
        account,
        &ApiKey::new("sk_second_keychain_2222").expect("key"),
        KeyStorage::Keychain,
    )
    .expect("overwrite");
    assert_eq!(
        v.load(account, KeyStorage::Keychain).expect("load").last4(),
        "2222"
    );
    // A second process (libsecret's CLI) reads the same entry.
    let (ok, out) = secret_tool(&["lookup", "service", SERVICE, "username", account]);
    assert!(ok);
    assert_eq!(out.trim(), "sk_second_keychain_2222");
    v.delete(account, KeyStorage::Keychain).expect("delete");
    assert_eq!(
        v.load(account, KeyStorage::Keychain)
            .map(|_| ())
            .map_err(|e| e.code),
        Err(ErrorCode::KeyMissing)
    );
    assert!(!secret_tool(&["lookup", "service", SERVICE, "username", account]).0);
    v.delete(account, KeyStorage::Keychain)
        .expect("deleting twice is fine");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a Secret Service: run by scripts/test"]
async fn accounts_keep_keys_in_the_keychain_only() {
    let sandbox = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let origin = format!("http://{}", sandbox.addr());
    let dir = tempfile::tempdir().expect("tempdir");
    let session = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");

    let p = session
        .add_profile(NewProfile {
            name: "Local sandbox".into(),
            environment: Environment::Custom,
            custom_url: Some(origin.clone()),
            api_key: format!("  {DEMO_KEY}\n"),
            session_only: false,
            provider: None,
            ad_account_id: None,
        })
        .await
        .expect("add");
    assert_eq!(p.key_hint, &DEMO_KEY[DEMO_KEY.len() - 4..]);
    assert_eq!(p.key_storage, KeyStorage::Keychain);

    let check = session.test_profile(&p.id).await;
    assert!(check.ok, "{check:?}");
    assert_eq!(check.brand_name.as_deref(), Some("Luna Vega"));
    let info = session.use_profile(Some(&p.id)).await.expect("use");
    assert_eq!(info.label, "Local sandbox");
    assert_eq!(info.profile_id.as_deref(), Some(p.id.as_str()));
    session.select_brand(574).await.expect("brand");

    // The data directory holds the profile, never the key, in any encoding.
    let stored = files(dir.path());
    assert!(!stored.is_empty());
    for (path, bytes) in &stored {
        let text = String::from_utf8_lossy(bytes);
        for f in forms(DEMO_KEY) {
            assert!(!text.contains(&f), "{path} contains the key as {f}");
        }
        // profiles.json.bak is the version before the last save, without the brand yet.
        if path.ends_with("profiles.json") {
            assert!(
                text.contains("\"lastBrandId\": 574"),
                "brand remembered in {path}"
            );
        }
    }

    // A second session (next launch) reopens the account and its brand from the keychain.
    let again = Session::open(dir.path(), Vault::new(SERVICE)).expect("reopen");
    let info = again.info().await.expect("info");
    assert_eq!(info.profile_id.as_deref(), Some(p.id.as_str()));
    assert_eq!(
        again.workspace().await.expect("ws").active_brand(),
        Some(574)
    );

    // The entry deleted behind the app's back: a specific, fixable error.
    assert!(secret_tool(&["clear", "service", SERVICE, "username", &p.id]).0);
    let check = session.test_profile(&p.id).await;
    assert_eq!(check.code, Some(ErrorCode::KeyMissing), "{check:?}");
    assert!(check.message.contains("Enter it again"));
    let fresh = Session::open(dir.path(), Vault::new(SERVICE)).expect("reopen");
    let info = fresh.info().await.expect("falls back to the demo");
    assert!(
        info.notice
            .as_deref()
            .unwrap_or("")
            .contains("could not be opened"),
        "{info:?}"
    );

    // Removing the account deletes its entry too.
    let q = session
        .add_profile(NewProfile {
            name: "Second".into(),
            environment: Environment::Sandbox,
            custom_url: None,
            api_key: "sk_remove_me_9999".into(),
            session_only: false,
            provider: None,
            ad_account_id: None,
        })
        .await
        .expect("add");
    assert!(secret_tool(&["lookup", "service", SERVICE, "username", &q.id]).0);
    session.remove_profile(&q.id).await.expect("remove");
    assert!(!secret_tool(&["lookup", "service", SERVICE, "username", &q.id]).0);
    assert!(session.profiles().iter().all(|x| x.id != q.id));
    session.remove_profile(&p.id).await.expect("remove first");
}

/// A Meta ad account's access token: the same vault, the same guarantees as a Symphony key.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a Secret Service: run by scripts/test"]
async fn meta_tokens_are_kept_in_the_keychain_only() {
    use meta_sandbox::DEMO_TOKEN;
    let sb = meta_sandbox::Sandbox::start(meta_sandbox::SandboxConfig::default())
        .await
        .expect("meta sandbox");
    let dir = tempfile::tempdir().expect("tempdir");
    let session = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");
    let p = session
        .add_profile(NewProfile {
            name: "Artist Meta".into(),
            environment: Environment::Custom,
            custom_url: Some(sb.base_url()),
            api_key: format!(" {DEMO_TOKEN}\n"),
            session_only: false,
            provider: Some(crescendo_core::domain::ProviderKind::Meta),
            ad_account_id: Some("act_1010".into()),
        })
        .await
        .expect("add");
    assert_eq!(p.key_storage, KeyStorage::Keychain);
    assert!(secret_tool(&["lookup", "service", SERVICE, "username", &p.id]).0);
    let check = session.test_profile(&p.id).await;
    assert!(check.ok && check.message.contains("USD"), "{check:?}");
    let info = session.use_profile(Some(&p.id)).await.expect("use");
    let json = serde_json::to_string(&(&p, &info, &session.profiles())).expect("json");
    for f in forms(DEMO_TOKEN) {
        assert!(!json.contains(&f), "the token crosses IPC as {f}");
    }
    for (path, bytes) in files(dir.path()) {
        let text = String::from_utf8_lossy(&bytes);
        for f in forms(DEMO_TOKEN) {
            assert!(!text.contains(&f), "{path} contains the token as {f}");
        }
    }
    // The next launch reopens it from the keychain.
    let again = Session::open(dir.path(), Vault::new(SERVICE)).expect("reopen");
    let ws = again.workspace().await.expect("ws");
    assert_eq!(
        ws.info().provider,
        crescendo_core::domain::ProviderKind::Meta
    );
    assert!(!ws
        .connector()
        .all_campaigns(&Default::default())
        .await
        .expect("list")
        .is_empty());
    session.remove_profile(&p.id).await.expect("remove");
    assert!(!secret_tool(&["lookup", "service", SERVICE, "username", &p.id]).0);
}

/// libdbus caches the session bus per process, so this runs in its own process with no bus:
/// scripts/test runs it with DBUS_SESSION_BUS_ADDRESS pointing nowhere.
#[test]
#[ignore = "needs a process without a Secret Service: run by scripts/test"]
fn no_secret_service_is_reported_with_the_fix() {
    let v = Vault::new(SERVICE);
    let status = v.status();
    let stored = v.store(
        "x",
        &ApiKey::new("sk_nowhere_0000").expect("key"),
        KeyStorage::Keychain,
    );
    // The explicit opt-in still works: the key stays in memory for the session.
    v.store(
        "y",
        &ApiKey::new("sk_memory_keychain_4444").expect("key"),
        KeyStorage::SessionOnly,
    )
    .expect("session only");
    let loaded = v.load("y", KeyStorage::SessionOnly).map(|k| k.last4());
    assert!(!status.available);
    assert_eq!(status.code, Some(ErrorCode::KeychainUnavailable));
    assert!(
        status.message.contains("gnome-keyring"),
        "{}",
        status.message
    );
    assert_eq!(
        stored.map_err(|e| e.code),
        Err(ErrorCode::KeychainUnavailable)
    );
    assert_eq!(loaded.ok().as_deref(), Some("4444"));
}

#[test]
#[ignore = "locks the keyring: run last by scripts/test"]
fn locked_collection_is_reported() {
    let v = Vault::new(SERVICE);
    v.store(
        "before-lock",
        &ApiKey::new("sk_lock_5555").expect("key"),
        KeyStorage::Keychain,
    )
    .expect("store");
    // Lock through the Secret Service API itself (secret-tool's lock crashes on Debian 12).
    let lock = Command::new("gdbus")
        .args([
            "call",
            "--session",
            "--dest",
            "org.freedesktop.secrets",
            "--object-path",
            "/org/freedesktop/secrets",
            "--method",
            "org.freedesktop.Secret.Service.Lock",
            "['/org/freedesktop/secrets/collection/login']",
        ])
        .output()
        .expect("gdbus runs");
    assert!(
        lock.status.success(),
        "{}",
        String::from_utf8_lossy(&lock.stderr)
    );
    let status = v.status();
    let loaded = v.load("before-lock", KeyStorage::Keychain);
    assert_eq!(status.code, Some(ErrorCode::KeychainLocked), "{status:?}");
    assert!(status.message.contains("Unlock"));
    assert_eq!(
        loaded.map(|_| ()).map_err(|e| e.code),
        Err(ErrorCode::KeychainLocked)
    );
}
