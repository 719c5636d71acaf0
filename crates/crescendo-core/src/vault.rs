//! API keys at rest: in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows), or — only when the user opts in because no keychain is usable — in
//! this process's memory for the session. Never in a file.

use crate::{AppError, ErrorCode};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;
use symphony_api::ApiKey;
use ts_rs::TS;

/// The keychain service name: the app's identifier, shared by the app and the CLI.
pub const SERVICE: &str = crate::paths::IDENTIFIER;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KeyStorage {
    Keychain,
    /// Kept in memory until Crescendo quits; chosen explicitly by the user.
    SessionOnly,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KeychainStatus {
    pub available: bool,
    /// keychain_unavailable or keychain_locked when not available.
    pub code: Option<ErrorCode>,
    /// What is wrong and how to fix it.
    pub message: String,
}

pub struct Vault {
    service: String,
    session: Mutex<HashMap<String, ApiKey>>,
}

fn map_err(e: keyring::Error, account: &str) -> AppError {
    match e {
        keyring::Error::NoStorageAccess(_) => AppError::new(
            ErrorCode::KeychainLocked,
            "Your keychain is locked. Unlock it (for example by logging in again, or with your keyring app) and try again.",
        ),
        keyring::Error::PlatformFailure(_) => AppError::new(
            ErrorCode::KeychainUnavailable,
            "No keychain is available: on Linux, start a Secret Service such as GNOME Keyring (gnome-keyring-daemon) and try again, or keep the key for this session only.",
        ),
        keyring::Error::NoEntry => AppError::new(
            ErrorCode::KeyMissing,
            format!("The key for this account is no longer in your keychain (entry {account}). Enter it again to keep using the account."),
        ),
        other => AppError::new(ErrorCode::KeychainUnavailable, format!("The keychain refused the request: {}", redact(&other.to_string()))),
    }
}

// keyring's messages can quote what was stored; keep only the first line, which names the failure.
fn redact(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(160).collect()
}

impl Vault {
    pub fn new(service: impl Into<String>) -> Vault {
        Vault {
            service: service.into(),
            session: Mutex::new(HashMap::new()),
        }
    }

    fn entry(&self, account: &str) -> Result<keyring::Entry, AppError> {
        keyring::Entry::new(&self.service, account).map_err(|e| map_err(e, account))
    }

    /// Whether keys can be stored now: writes and deletes a probe entry, since only a write
    /// shows a locked collection (searching a locked one still works). Blocking: call it off
    /// the UI thread.
    pub fn status(&self) -> KeychainStatus {
        let probe = self.entry("crescendo-probe").and_then(|e| {
            // Reachable? A search works even on a locked collection.
            match e.get_password() {
                Ok(_) | Err(keyring::Error::NoEntry) => {}
                Err(err) => return Err(map_err(err, "crescendo-probe")),
            }
            // Writable? A reachable service that refuses a new item is locked (it wants a prompt).
            e.set_password("probe").map_err(|err| match err {
                keyring::Error::PlatformFailure(_) => map_err(
                    keyring::Error::NoStorageAccess("refused".into()),
                    "crescendo-probe",
                ),
                other => map_err(other, "crescendo-probe"),
            })?;
            match e.delete_credential() {
                Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
                Err(err) => Err(map_err(err, "crescendo-probe")),
            }
        });
        match probe {
            Ok(()) => KeychainStatus {
                available: true,
                code: None,
                message: "Keys are stored in your system keychain.".into(),
            },
            Err(e) => KeychainStatus {
                available: false,
                code: Some(e.code),
                message: e.message,
            },
        }
    }

    pub fn store(&self, account: &str, key: &ApiKey, storage: KeyStorage) -> Result<(), AppError> {
        match storage {
            KeyStorage::Keychain => self
                .entry(account)?
                .set_password(key.expose_for_storage())
                .map_err(|e| map_err(e, account)),
            KeyStorage::SessionOnly => {
                self.session
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(account.to_string(), key.clone());
                Ok(())
            }
        }
    }

    pub fn load(&self, account: &str, storage: KeyStorage) -> Result<ApiKey, AppError> {
        match storage {
            KeyStorage::Keychain => {
                let raw = self
                    .entry(account)?
                    .get_password()
                    .map_err(|e| map_err(e, account))?;
                ApiKey::new(raw).map_err(|_| {
                    AppError::new(
                        ErrorCode::KeyMissing,
                        "The key stored in your keychain is empty; enter it again.",
                    )
                })
            }
            KeyStorage::SessionOnly => self
                .session
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get(account)
                .cloned()
                .ok_or_else(|| {
                    AppError::new(
                        ErrorCode::KeyMissing,
                        "This account's key was kept for the last session only. Enter it again.",
                    )
                }),
        }
    }

    /// Removes the key; a key already gone is not an error.
    pub fn delete(&self, account: &str, storage: KeyStorage) -> Result<(), AppError> {
        self.session
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(account);
        if storage == KeyStorage::SessionOnly {
            return Ok(());
        }
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_err(e, account)),
        }
    }
}
