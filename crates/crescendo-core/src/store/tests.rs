//! SQLite's own refusals reach the caller as typed errors with the user's words: a full disk
//! (simulated with a page limit) and a database another process keeps locked.

use super::*;
use crate::draft::CampaignDraft;
use crate::{AppError, ErrorCode};

fn draft(name: &str, notes: usize) -> CampaignDraft {
    let mut d = CampaignDraft {
        name: name.into(),
        objective: "get_playlisted".into(),
        ..CampaignDraft::default()
    };
    d.creative.pitch_notes = Some("n".repeat(notes));
    d
}

#[test]
fn a_full_disk_is_reported_as_such_and_the_last_save_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let kept = store
        .save(&DraftRecord::new("p", 1, draft("kept", 10)))
        .expect("save");
    let pages: i64 = store
        .lock()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("pages");
    // No room to grow: what a full disk looks like to SQLite.
    store
        .lock()
        .pragma_update(None, "max_page_count", pages)
        .expect("limit");
    let mut big = kept.clone();
    big.draft = draft("kept", 200_000);
    let e = store.save(&big).expect_err("no room");
    assert!(matches!(e, StoreError::DiskFull), "{e:?}");
    let a: AppError = e.into();
    assert_eq!(
        a.message,
        "The disk is full: the draft could not be saved. Free some space, then retry."
    );
    assert_eq!(
        store.get(&kept.id).expect("get"),
        kept,
        "the last save is intact"
    );
}

#[test]
fn a_database_locked_elsewhere_answers_busy_after_the_timeout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    store
        .lock()
        .busy_timeout(Duration::from_millis(50))
        .expect("short timeout");
    let other = Connection::open(store.path()).expect("other");
    other
        .execute_batch("BEGIN EXCLUSIVE")
        .expect("another process writes");
    let e = store
        .save(&DraftRecord::new("p", 1, draft("waits", 1)))
        .expect_err("locked");
    assert!(matches!(e, StoreError::Busy), "{e:?}");
    assert_eq!(AppError::from(e).code, ErrorCode::Timeout);
    other.execute_batch("COMMIT").expect("done");
    store
        .save(&DraftRecord::new("p", 1, draft("waits", 1)))
        .expect("then it saves");
}
