//! The local store: one SQLite file, `crescendo.sqlite3` in the app data dir, holding the
//! wizard's drafts and the last known answers of each account (history.rs). Written so that a draft is never lost: WAL
//! with `synchronous = FULL` (each commit is fsynced before it returns, so a saved draft
//! survives a power cut as well as a killed process), schema migrations from the first version,
//! and a damaged file set aside (never deleted) for a fresh one, with a notice for the user.

mod drafts;
mod error;
mod history;
pub(crate) use history::state_code;
pub mod schema;
#[cfg(test)]
mod tests;

pub use drafts::{DraftRecord, DraftSummary, LaunchState};
pub use error::StoreError;
pub use history::{Seen, StatusChange};

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

pub const FILE_NAME: &str = "crescendo.sqlite3";
/// How long a call waits for another process (the CLI, a second app instance) to finish its
/// write before answering `Busy`. Writes here take milliseconds.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

pub type Result<T> = std::result::Result<T, StoreError>;

/// The open store. `Send + Sync`: Tauri keeps one in its state and async commands share it.
///
/// Why a `Mutex<Connection>` and not a dedicated thread or a pool: rusqlite's `Connection` is
/// `Send` but not `Sync`, and SQLite runs one writer at a time anyway. Every call here is one
/// short statement or transaction (well under the 5 ms autosave budget), so holding a mutex
/// for it costs less than a message round trip to a worker thread and keeps errors and
/// lifetimes plain. Callers on an async runtime may call it directly for these short calls or
/// through `spawn_blocking`; other processes on the same file are handled by SQLite's locks and
/// the busy timeout.
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
    notice: Option<String>,
}

/// The connection settings that make a save durable, as SQLite reports them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub journal_mode: String,
    /// 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
    pub synchronous: i64,
    pub foreign_keys: bool,
    pub busy_timeout_ms: i64,
}

impl Store {
    /// Opens (creating if needed) `<dir>/crescendo.sqlite3`, migrating it to the latest schema.
    /// A file from a newer Crescendo is refused untouched; a damaged one is set aside as
    /// `crescendo.sqlite3.damaged-<unix seconds>` and a fresh one started (see `notice`).
    pub fn open(dir: &Path) -> Result<Store> {
        let path = dir.join(FILE_NAME);
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
            path: path.clone(),
            why: e.to_string(),
        })?;
        match connect_retrying(&path) {
            Ok(conn) => Ok(Store::new(conn, path, None)),
            Err(e) if e.is_damage() => {
                let why = match &e {
                    StoreError::Damaged { why, .. } => why.clone(),
                    _ => e.to_string(),
                };
                let aside = set_aside(&path)?;
                let conn = connect_retrying(&path)?;
                let notice = format!(
                    "The drafts database was damaged ({why}); Crescendo started a new, empty one. The damaged file is kept as {}.",
                    aside.display()
                );
                Ok(Store::new(conn, path, Some(notice)))
            }
            Err(e) => Err(e),
        }
    }

    fn new(conn: Connection, path: PathBuf, notice: Option<String>) -> Store {
        Store {
            conn: Mutex::new(conn),
            path,
            notice,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What was done at opening about a damaged file, for the user.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    pub fn settings(&self) -> Result<Settings> {
        let conn = self.lock();
        let q = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
        let s = (|| {
            Ok::<_, rusqlite::Error>(Settings {
                journal_mode: conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                synchronous: q("PRAGMA synchronous")?,
                foreign_keys: q("PRAGMA foreign_keys")? == 1,
                busy_timeout_ms: q("PRAGMA busy_timeout")?,
            })
        })();
        s.map_err(|e| self.err(e))
    }

    pub fn schema_version(&self) -> Result<i64> {
        schema::version(&self.lock()).map_err(|e| self.err(e))
    }

    /// A poisoned lock still holds a consistent connection: SQLite rolled back whatever
    /// transaction the panicking call had open when it was dropped.
    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::sqlite(&self.path, e)
    }
}

/// [`connect`], again while another process or window holds a lock SQLite's busy handler
/// does not wait for (switching a fresh file to WAL, recovering its index): seen when several
/// open a fresh file at once. Every step is safe to repeat (migrations are transactional).
fn connect_retrying(path: &Path) -> Result<Connection> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        match connect(path) {
            Err(StoreError::Busy) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            r => return r,
        }
    }
}

/// Opens and checks the file, refusing a newer schema before anything is written to it.
fn connect(path: &Path) -> Result<Connection> {
    let err = |e| StoreError::sqlite(path, e);
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(err)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(err)?;
    // Reading the version reads the header: a file that is not a database fails here.
    let found = schema::version(&conn).map_err(err)?;
    if found > schema::LATEST {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            supported: schema::LATEST,
        });
    }
    // Reads every page once (milliseconds for drafts): damage found now is set aside at once
    // instead of failing a save later.
    let ok: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(err)?;
    if ok != "ok" {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            why: ok,
        });
    }
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(err)?;
    // FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power loss.
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(err)?;
    conn.pragma_update(None, "foreign_keys", true)
        .map_err(err)?;
    schema::migrate(&mut conn, schema::MIGRATIONS).map_err(err)?;
    Ok(conn)
}

/// Moves the damaged file (and its WAL) aside under a new name; drops its stale shared-memory
/// index, which SQLite rebuilds.
fn set_aside(path: &Path) -> Result<PathBuf> {
    let aside = crate::durable::aside_path(path);
    std::fs::rename(path, &aside).map_err(|e| StoreError::CannotSetAside {
        path: path.to_path_buf(),
        why: e.to_string(),
    })?;
    let with = |p: &Path, suffix: &str| {
        let mut s = p.as_os_str().to_owned();
        s.push(suffix);
        PathBuf::from(s)
    };
    let wal = with(path, "-wal");
    if wal.exists() {
        let _ = std::fs::rename(&wal, with(&aside, "-wal"));
    }
    let _ = std::fs::remove_file(with(path, "-shm"));
    Ok(aside)
}
