//! The drafts store: what is saved comes back exactly, lists are scoped and ordered, stale
//! copies are refused, old files are migrated, newer ones refused untouched, damaged ones set
//! aside.

mod store_common;

use crescendo_core::store::schema::{self, MIGRATIONS};
use crescendo_core::store::{DraftRecord, LaunchState, Store, StoreError, FILE_NAME};
use crescendo_core::{AppError, ErrorCode};
use store_common::full_draft;

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    (dir, store)
}

#[test]
fn a_full_draft_comes_back_exactly() {
    let (dir, store) = open();
    let saved = store
        .save(&DraftRecord::new(
            "profile-1",
            574,
            full_draft("Midnight Drive"),
        ))
        .expect("save");
    assert_eq!(saved.id.len(), 16);
    assert_eq!(saved.revision, 1);
    drop(store);
    let store = Store::open(dir.path()).expect("reopen");
    assert!(store.notice().is_none());
    let back = store.get(&saved.id).expect("get");
    assert_eq!(back, saved);
    assert_eq!(back.draft, full_draft("Midnight Drive"));
    // Exact shares: the three add up to exactly 1, which f64 would not keep.
    let total: rust_decimal::Decimal = back.draft.markets.iter().map(|m| m.share).sum();
    assert_eq!(total, rust_decimal::Decimal::ONE);
    assert_eq!(
        back.draft.markets[0].share.to_string(),
        "0.3333333333333333333333333334"
    );
}

#[test]
fn durability_settings_are_in_force() {
    let (_dir, store) = open();
    let s = store.settings().expect("settings");
    assert_eq!(s.journal_mode, "wal");
    assert_eq!(
        s.synchronous, 2,
        "FULL: NORMAL may lose a commit on power loss"
    );
    assert!(s.foreign_keys);
    assert_eq!(s.busy_timeout_ms, 5000);
    assert_eq!(store.schema_version().expect("version"), schema::LATEST);
}

#[test]
fn lists_are_scoped_and_newest_first() {
    let (_dir, store) = open();
    let save = |scope: &str, brand, name: &str| {
        store
            .save(&DraftRecord::new(scope, brand, full_draft(name)))
            .expect("save")
    };
    let a = save("p1", 1, "A");
    let b = save("p1", 2, "B");
    let _other = save("demo", 1, "Other account");
    let c = save("p1", 1, "C");
    // Touching A makes it the newest.
    let mut a2 = a.clone();
    a2.draft.budget = "99".into();
    store.save(&a2).expect("resave");

    let names = |v: Vec<crescendo_core::store::DraftSummary>| {
        v.into_iter().map(|s| s.name).collect::<Vec<_>>()
    };
    assert_eq!(
        names(store.list("p1", None).expect("list")),
        ["A", "C", "B"]
    );
    assert_eq!(names(store.list("p1", Some(1)).expect("list")), ["A", "C"]);
    assert_eq!(
        names(store.list("demo", None).expect("list")),
        ["Other account"]
    );
    assert!(store.list("p2", None).expect("list").is_empty());
    let top = &store.list("p1", None).expect("list")[0];
    assert_eq!(
        (top.budget.as_str(), top.currency.as_str(), top.revision),
        ("99", "EUR", 2)
    );
    assert_eq!(top.objective, "record_streams");
    assert!(top.updated_at >= c.updated_at && c.updated_at >= b.updated_at);
    assert_eq!(store.list_all(Some(1)).expect("all").len(), 3);
}

#[test]
fn a_stale_copy_is_refused_and_nothing_is_overwritten() {
    let (_dir, store) = open();
    let first = store
        .save(&DraftRecord::new("p", 1, full_draft("Window")))
        .expect("save");
    let mut one = first.clone();
    one.draft.name = "Edited in window one".into();
    let one = store.save(&one).expect("window one");
    assert_eq!(one.revision, 2);

    let mut two = first.clone();
    two.draft.name = "Edited in window two".into();
    match store.save(&two) {
        Err(StoreError::Conflict { current, given }) => assert_eq!((current, given), (2, 1)),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        store.get(&first.id).expect("get").draft.name,
        "Edited in window one"
    );
    let e: AppError = StoreError::Conflict {
        current: 2,
        given: 1,
    }
    .into();
    assert_eq!(e.code, ErrorCode::Validation);
    assert!(
        e.message.contains("changed in another window"),
        "{}",
        e.message
    );
}

#[test]
fn duplicate_delete_and_launch_states() {
    let (_dir, store) = open();
    let d = store
        .save(&DraftRecord::new("p", 7, full_draft("Tour")))
        .expect("save");
    let pending = store
        .mark_launch(&d.id, Some(LaunchState::Pending), None)
        .expect("pending");
    assert_eq!(pending.launch_state, Some(LaunchState::Pending));
    assert_eq!(pending.revision, 2, "a stale window cannot overwrite it");
    // Frozen while the outcome is unknown: what was sent stays what is stored.
    assert!(matches!(store.save(&pending), Err(StoreError::Launched)));
    let launched = store
        .mark_launch(&d.id, Some(LaunchState::Launched), Some("4711"))
        .expect("launched");
    assert_eq!(launched.launched_campaign_id.as_deref(), Some("4711"));
    assert_eq!(
        store.list("p", None).expect("list")[0].launch_state,
        Some(LaunchState::Launched)
    );

    let copy = store.duplicate(&d.id).expect("duplicate");
    assert_ne!(copy.id, d.id);
    assert_eq!(copy.draft.name, "Tour (copy)");
    assert_eq!((copy.revision, copy.launch_state), (1, None));
    assert_eq!(copy.launched_campaign_id, None);
    assert_eq!(copy.draft.markets, d.draft.markets);
    assert_eq!((copy.scope.as_str(), copy.brand_id), ("p", 7));

    store.delete(&d.id).expect("delete");
    assert!(matches!(store.get(&d.id), Err(StoreError::NotFound)));
    assert!(matches!(store.delete(&d.id), Err(StoreError::NotFound)));
    let e: AppError = StoreError::NotFound.into();
    assert_eq!(
        (e.code, e.message.as_str()),
        (ErrorCode::NotFound, "That draft no longer exists.")
    );
    // Known not created: editable again.
    store
        .mark_launch(&copy.id, Some(LaunchState::Pending), None)
        .expect("pending");
    let back = store.mark_launch(&copy.id, None, None).expect("cleared");
    assert!(store.save(&back).is_ok());
}

/// A file made by the first released schema, with a draft in it, opens migrated and the draft
/// reads back.
#[test]
fn a_version_1_file_is_migrated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(FILE_NAME);
    let data = serde_json::to_string(&full_draft("Old")).expect("json");
    {
        let mut conn = rusqlite::Connection::open(&path).expect("open v1");
        assert_eq!(schema::migrate(&mut conn, &MIGRATIONS[..1]).expect("v1"), 1);
        conn.execute(
            "INSERT INTO drafts (id, scope, brand_id, name, objective, budget, currency, data,
                created_at, updated_at, revision)
             VALUES ('old1', 'p', 3, 'Old', 'record_streams', '1234.56', 'EUR', ?1,
                '2026-01-02T03:04:05.000000Z', '2026-01-02T03:04:05.000000Z', 4)",
            [&data],
        )
        .expect("insert");
    }
    let store = Store::open(dir.path()).expect("open migrates");
    assert_eq!(store.schema_version().expect("version"), schema::LATEST);
    let old = store.get("old1").expect("get");
    assert_eq!(old.draft, full_draft("Old"));
    assert_eq!((old.revision, old.launch_state), (4, None));
    store
        .mark_launch("old1", Some(LaunchState::Pending), None)
        .expect("the v2 columns work");
}

#[test]
fn a_file_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .expect("future");
    }
    let before = std::fs::read(&path).expect("read");
    match Store::open(dir.path()) {
        Err(StoreError::TooNew {
            found, supported, ..
        }) => assert_eq!((found, supported), (99, schema::LATEST)),
        Err(e) => panic!("expected TooNew, got {e:?}"),
        Ok(_) => panic!("expected TooNew, got a store"),
    }
    assert_eq!(std::fs::read(&path).expect("read"), before, "not modified");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, [FILE_NAME], "no WAL or aside file made");
    let e: AppError = Store::open(dir.path()).err().expect("refused").into();
    assert_eq!(e.code, ErrorCode::Config);
    assert!(
        e.message.contains("newer version of Crescendo"),
        "{}",
        e.message
    );
    assert!(
        e.message.contains("The file was not changed"),
        "{}",
        e.message
    );
}

#[test]
fn a_damaged_file_is_set_aside_and_a_fresh_one_started() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(FILE_NAME);
    let garbage = b"this is not a database, it is a shopping list\n".repeat(200);
    std::fs::write(&path, &garbage).expect("write");
    let store = Store::open(dir.path()).expect("opens fresh");
    let notice = store.notice().expect("a notice").to_string();
    assert!(notice.contains("damaged"), "{notice}");
    assert!(notice.contains(".damaged-"), "{notice}");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read(&aside[0]).expect("aside"),
        garbage,
        "kept as it was"
    );
    assert!(store.list_all(None).expect("list").is_empty());
    store
        .save(&DraftRecord::new("p", 1, full_draft("New")))
        .expect("the fresh file works");
}

#[test]
fn errors_reach_the_user_in_plain_words() {
    let cases = [
        (
            StoreError::DiskFull,
            ErrorCode::Internal,
            "The disk is full",
        ),
        (StoreError::Busy, ErrorCode::Timeout, "busy"),
        (StoreError::Launched, ErrorCode::Validation, "duplicate it"),
    ];
    for (e, code, words) in cases {
        let a: AppError = e.into();
        assert_eq!(a.code, code);
        assert!(a.message.contains(words), "{}", a.message);
    }
}

/// A real database whose pages were damaged (a bad disk, a copy cut short) is found at
/// opening and set aside too, not left to fail a save later.
#[test]
fn a_database_with_damaged_pages_is_set_aside() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let store = Store::open(dir.path()).expect("open");
        for i in 0..20 {
            store
                .save(&DraftRecord::new("p", 1, full_draft(&format!("d{i}"))))
                .expect("save");
        }
    }
    let path = dir.path().join(FILE_NAME);
    assert!(
        !dir.path().join(format!("{FILE_NAME}-wal")).exists(),
        "closing checkpointed the WAL into the file"
    );
    let mut bytes = std::fs::read(&path).expect("read");
    assert!(bytes.len() > 3 * 4096);
    bytes[4096..3 * 4096].fill(0xA5);
    std::fs::write(&path, &bytes).expect("damage");
    let store = Store::open(dir.path()).expect("opens fresh");
    assert!(store.notice().expect("a notice").contains("damaged"));
    assert!(store.list_all(None).expect("list").is_empty());
}
