//! The local history of the account in use (see [`crate::history`]).

use super::Session;
use crate::history::{History, StatusListener};

impl Session {
    /// The history of the workspace in use; None when the local database could not open (the
    /// app then works live only, and `info().notice` says why).
    pub async fn history(&self) -> Option<History> {
        let store = self.drafts.as_ref().ok()?.clone();
        let info = self.info().await.ok()?;
        let scope = info
            .profile_id
            .unwrap_or_else(|| format!("{:?}", info.kind).to_lowercase());
        let listener = self
            .status_listener
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        Some(History::new(store, scope).with_listener(listener))
    }

    /// Called with every status change the history sees (the app sends a notification).
    pub fn on_status_change(&self, listener: StatusListener) {
        *self
            .status_listener
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = Some(listener);
    }
}
