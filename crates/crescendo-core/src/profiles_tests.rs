use super::*;

fn profile(name: &str) -> Profile {
    Profile {
        id: new_id(),
        name: name.into(),
        environment: Environment::Sandbox,
        custom_url: None,
        key_hint: "1a2b".into(),
        key_storage: KeyStorage::Keychain,
        last_brand_id: None,
        provider: ProviderKind::Symphony,
        ad_account_id: None,
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

#[test]
fn saves_atomically_and_reloads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = ProfileStore::open(dir.path()).expect("open");
    let p = profile("Label Sandbox");
    s.insert(p.clone()).expect("insert");
    s.set_active(Some(&p.id)).expect("active");
    s.rename(&p.id, "Label (sandbox)").expect("rename");
    let again = ProfileStore::open(dir.path()).expect("reopen");
    assert_eq!(again.list()[0].name, "Label (sandbox)");
    assert_eq!(again.active(), Some(p.id.as_str()));
    assert!(again.recovery().is_none());
    assert_eq!(
        names(dir.path()),
        ["profiles.json", "profiles.json.bak"],
        "no temp file left behind"
    );
    // The backup is the version before the last save: the name before the rename.
    let bak = std::fs::read_to_string(dir.path().join("profiles.json.bak")).expect("bak");
    assert!(bak.contains("\"Label Sandbox\""), "{bak}");
}

#[cfg(unix)]
#[test]
fn the_accounts_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = ProfileStore::open(dir.path()).expect("open");
    s.insert(profile("A")).expect("insert");
    s.insert(profile("B")).expect("insert");
    for f in ["profiles.json", "profiles.json.bak"] {
        let mode = std::fs::metadata(dir.path().join(f))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{f}");
    }
}

#[test]
fn names_are_required_and_unique() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = ProfileStore::open(dir.path()).expect("open");
    s.insert(profile("Main")).expect("insert");
    assert_eq!(
        s.insert(profile("main")).map_err(|e| e.code),
        Err(ErrorCode::Validation)
    );
    assert!(validate_name("  ").is_err());
    assert!(validate_name(&"x".repeat(61)).is_err());
}

#[test]
fn custom_urls_must_be_https_unless_local() {
    assert_eq!(
        validate_url("https://api.example.com/").ok().as_deref(),
        Some("https://api.example.com")
    );
    for local in [
        "http://127.0.0.1:8787",
        "http://127.8.0.1:8787",
        "http://localhost:8787",
        "http://[::1]:8787",
    ] {
        assert!(validate_url(local).is_ok(), "{local}");
    }
    let e = validate_url("http://api.example.com").expect_err("plain http");
    assert!(e.message.contains("unencrypted"));
    assert!(validate_url("http://127.0.0.1.example.com").is_err());
    assert!(validate_url("not a url").is_err());
    assert!(validate_url("ftp://api.example.com").is_err());
    let e = validate_url("https://me:pw@api.example.com").expect_err("user-info");
    assert!(e.message.contains("user name"), "{}", e.message);
    assert!(validate_url("https://me@api.example.com").is_err());
    let e = validate_url("https://api.example.com/?x=1").expect_err("query");
    assert!(e.message.contains("query"), "{}", e.message);
    assert!(validate_url("https://api.example.com/#top").is_err());
}

#[test]
fn a_damaged_file_is_kept_aside_and_the_previous_version_restored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = ProfileStore::open(dir.path()).expect("open");
    let a = profile("A");
    s.insert(a.clone()).expect("insert");
    s.insert(profile("B")).expect("insert"); // the .bak now holds [A]
    std::fs::write(dir.path().join("profiles.json"), "{oops").expect("damage");

    let s = ProfileStore::open(dir.path()).expect("recovers");
    assert_eq!(s.list(), [a], "the previous version is back");
    let note = s.recovery().expect("says what happened");
    assert!(
        note.contains("damaged") && note.contains("previous version was restored"),
        "{note}"
    );
    let files = names(dir.path());
    let aside: Vec<_> = files
        .iter()
        .filter(|n| n.starts_with("profiles.json.damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "{files:?}");
    assert!(
        note.contains(aside[0].as_str()),
        "names where it is: {note}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join(aside[0]))
            .ok()
            .as_deref(),
        Some("{oops"),
        "the damaged bytes are kept as they were"
    );
    // And the restored list is on disk again, so the next start is clean.
    assert!(ProfileStore::open(dir.path())
        .expect("open")
        .recovery()
        .is_none());
}

#[test]
fn a_damaged_file_without_a_backup_starts_empty_and_keeps_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("profiles.json"), "{oops").expect("write");
    let s = ProfileStore::open(dir.path()).expect("opens");
    assert!(s.list().is_empty());
    assert!(s
        .recovery()
        .is_some_and(|n| n.contains("no readable previous version")));
    assert!(names(dir.path())
        .iter()
        .any(|n| n.starts_with("profiles.json.damaged-")));
}

/// A profiles file written before Meta accounts existed (no `provider`, no `adAccountId`)
/// still loads, as Symphony accounts.
#[test]
fn an_old_profiles_file_still_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = r#"{
  "profiles": [
    {
      "id": "p18c1",
      "name": "Label Sandbox",
      "environment": "sandbox",
      "customUrl": null,
      "keyHint": "1a2b",
      "keyStorage": "keychain",
      "lastBrandId": 574
    }
  ],
  "active": "p18c1"
}"#;
    std::fs::write(dir.path().join("profiles.json"), old).expect("write");
    let s = ProfileStore::open(dir.path()).expect("open");
    assert!(s.recovery().is_none(), "read as is, not recovered");
    let p = s.get("p18c1").expect("kept");
    assert_eq!(p.provider, ProviderKind::Symphony);
    assert_eq!(
        (p.ad_account_id.clone(), p.last_brand_id),
        (None, Some(574))
    );
    assert_eq!(s.active(), Some("p18c1"));
}

#[test]
fn ad_account_ids_are_checked_at_their_field() {
    assert_eq!(
        validate_ad_account(" act_1010 ").ok().as_deref(),
        Some("act_1010")
    );
    assert_eq!(
        validate_ad_account("2020").ok().as_deref(),
        Some("act_2020")
    );
    for bad in ["", "act_", "act_12a", "1234-5678", "act_1010/campaigns"] {
        let e = validate_ad_account(bad).expect_err(bad);
        assert_eq!(e.code, ErrorCode::Validation);
        assert!(e.message.contains("act_"), "{}", e.message);
    }
}
