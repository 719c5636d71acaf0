//! Autosave speed: one save of a complete draft into the SQLite store (WAL, synchronous=FULL,
//! the revision check), as the wizard does on every change. Target: under 5 ms.
//! `cargo bench -p crescendo-core --bench drafts`

#[path = "../tests/store_common/mod.rs"]
mod store_common;

use crescendo_core::store::{DraftRecord, Store};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn autosave(c: &mut Criterion) {
    save_in(
        c,
        "autosave a complete draft",
        tempfile::tempdir().expect("tempdir"),
    );
    // The same save where fsync costs nothing (tmpfs): what the store itself costs, apart from
    // the disk's flush latency that synchronous=FULL waits for.
    if let Ok(shm) = tempfile::tempdir_in("/dev/shm") {
        save_in(c, "autosave, memory-backed dir (no fsync cost)", shm);
    }
}

fn save_in(c: &mut Criterion, name: &str, dir: tempfile::TempDir) {
    let store = Store::open(dir.path()).expect("store");
    let mut rec = store
        .save(&DraftRecord::new(
            "bench",
            358,
            store_common::full_draft("Autosave"),
        ))
        .expect("first save");
    let mut n = 0u64;
    c.bench_function(name, |b| {
        b.iter(|| {
            n += 1;
            // Each change is a new value (as typing is), saved on the last revision.
            rec.draft.budget = format!("{}.50", 1000 + n % 997);
            rec = store.save(black_box(&rec)).expect("save");
        })
    });
}

criterion_group!(benches, autosave);
criterion_main!(benches);
