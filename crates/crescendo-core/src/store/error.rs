//! What can go wrong with the local store, typed for callers that branch (a conflict, a file
//! from a newer Crescendo) and worded for the user when it becomes an `AppError`.

use crate::{AppError, ErrorCode};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The draft was saved elsewhere (another window) since this copy was read.
    #[error("This draft was changed in another window (now at revision {current}, this copy is at {given}); reload it before saving again.")]
    Conflict { current: u64, given: u64 },
    #[error("That draft no longer exists.")]
    NotFound,
    /// A launch is under way or done: the draft stays as it was sent.
    #[error("This draft has been launched (or its launch is being checked); duplicate it to make changes.")]
    Launched,
    /// Written by a newer Crescendo: left untouched.
    #[error("The drafts database {} was written by a newer version of Crescendo (schema {found}, this version knows up to {supported}); update Crescendo to open it. The file was not changed.", path.display())]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("The disk is full: the draft could not be saved. Free some space, then retry.")]
    DiskFull,
    /// Another process held the database longer than the busy timeout.
    #[error("The drafts database is busy (another Crescendo window or command is using it); retry in a moment.")]
    Busy,
    /// Damaged while open; the next start sets it aside and starts fresh.
    #[error("The drafts database {} is damaged ({why}); restart Crescendo to set it aside and start fresh.", path.display())]
    Damaged { path: PathBuf, why: String },
    #[error("The drafts database {} is damaged and could not be moved aside ({why}); move it away to start fresh.", path.display())]
    CannotSetAside { path: PathBuf, why: String },
    #[error("Could not use the drafts database {}: {why}", path.display())]
    Io { path: PathBuf, why: String },
    /// A stored draft that no longer reads as a draft (written by hand, or a bug).
    #[error("The stored draft {id} could not be read ({why}).")]
    Unreadable { id: String, why: String },
}

impl StoreError {
    /// Classifies SQLite's answer; `path` names the file in the message.
    pub(crate) fn sqlite(path: &std::path::Path, e: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(f, msg) = &e {
            match f.code {
                C::DiskFull => return StoreError::DiskFull,
                C::DatabaseBusy | C::DatabaseLocked => return StoreError::Busy,
                C::DatabaseCorrupt | C::NotADatabase => {
                    return StoreError::Damaged {
                        path: path.to_path_buf(),
                        why: msg.clone().unwrap_or_else(|| f.to_string()),
                    }
                }
                _ => {}
            }
        }
        StoreError::Io {
            path: path.to_path_buf(),
            why: e.to_string(),
        }
    }

    pub(crate) fn is_damage(&self) -> bool {
        matches!(self, StoreError::Damaged { .. })
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        let code = match &e {
            // A stale copy is the user's to resolve (reload), like any refused input.
            StoreError::Conflict { .. } | StoreError::Launched => ErrorCode::Validation,
            StoreError::NotFound => ErrorCode::NotFound,
            StoreError::TooNew { .. } => ErrorCode::Config,
            StoreError::Busy => ErrorCode::Timeout,
            _ => ErrorCode::Internal,
        };
        AppError::new(code, e.to_string())
    }
}
