//! The app's session: which workspace is in use (the demo, a saved account, or one from the
//! environment), the saved accounts and their keys. Every key goes from the UI to the vault
//! once and is only read back here, in Rust.

use crate::brands::{self, BrandView};
pub use crate::connection::{check, ConnectionCheck};
use crate::profiles::{self, Environment, Profile, ProfileStore};
use crate::provider::Connector;
use crate::vault::{KeyStorage, KeychainStatus, Vault};
use crate::workspace::{Workspace, WorkspaceInfo, WorkspaceKind};
use crate::{AppError, ErrorCode};
use serde::Deserialize;
use std::path::Path;
use std::sync::{Arc, Mutex};
use symphony_api::{ApiKey, Endpoints};

use tokio::sync::{OnceCell, RwLock};
use ts_rs::TS;

/// What the Add account form sends. The key arrives here once and goes to the vault.
#[derive(Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewProfile {
    pub name: String,
    pub environment: Environment,
    pub custom_url: Option<String>,
    pub api_key: String,
    /// The user chose to keep the key in memory for this session (no keychain available).
    pub session_only: bool,
}

// Hand-written so the key can never be printed by accident.
impl std::fmt::Debug for NewProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewProfile")
            .field("name", &self.name)
            .field("environment", &self.environment)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewBrandInput {
    pub name: String,
    pub spotify_artist_id: Option<String>,
}

struct Active {
    profile_id: Option<String>,
    workspace: Arc<Workspace>,
}

pub struct Session {
    store: Arc<Mutex<ProfileStore>>,
    vault: Arc<Vault>,
    active: RwLock<Option<Active>>,
    demo: OnceCell<Arc<Workspace>>,
    notice: Mutex<Option<String>>,
}

/// The API bases a profile points at (see `endpoints::of_profile`).
pub fn endpoints(p: &Profile) -> Result<Endpoints, AppError> {
    crate::endpoints::of_profile(p)
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| AppError::new(ErrorCode::Internal, format!("keychain task failed: {e}")))?
}

impl Session {
    /// Opens the saved accounts in `data_dir`. Keys are in `vault`, never in that directory.
    pub fn open(data_dir: &Path, vault: Vault) -> Result<Session, AppError> {
        let store = ProfileStore::open(data_dir)?;
        let notice = store.recovery().map(str::to_string);
        Ok(Session {
            store: Arc::new(Mutex::new(store)),
            vault: Arc::new(vault),
            active: RwLock::new(None),
            demo: OnceCell::new(),
            notice: Mutex::new(notice),
        })
    }

    fn store(&self) -> std::sync::MutexGuard<'_, ProfileStore> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    async fn demo(&self) -> Result<Arc<Workspace>, AppError> {
        self.demo
            .get_or_try_init(|| async { Workspace::demo().await.map(Arc::new) })
            .await
            .cloned()
    }

    /// The workspace in use. On first use: the environment's key if set, else the account used
    /// last time, else the demo. If the last account cannot open (keychain locked, key gone),
    /// the demo opens and `info()` carries a notice saying why.
    pub async fn workspace(&self) -> Result<Arc<Workspace>, AppError> {
        if let Some(a) = self.active.read().await.as_ref() {
            return Ok(a.workspace.clone());
        }
        let mut guard = self.active.write().await;
        if let Some(a) = guard.as_ref() {
            return Ok(a.workspace.clone());
        }
        let chosen = match Workspace::from_env() {
            Some(ws) => Active {
                profile_id: None,
                workspace: Arc::new(ws?),
            },
            None => {
                let last = self.store().active().map(str::to_string);
                match last {
                    Some(id) => match self.open_profile(&id).await {
                        Ok(ws) => Active {
                            profile_id: Some(id),
                            workspace: ws,
                        },
                        Err(e) => {
                            let why = format!("Your last account could not be opened: {} The demo workspace is shown instead.", e.message);
                            {
                                let mut n = self.notice.lock().unwrap_or_else(|p| p.into_inner());
                                *n = Some(match n.take() {
                                    Some(before) => format!("{before} {why}"),
                                    None => why,
                                });
                            }
                            Active {
                                profile_id: None,
                                workspace: self.demo().await?,
                            }
                        }
                    },
                    None => Active {
                        profile_id: None,
                        workspace: self.demo().await?,
                    },
                }
            }
        };
        let ws = chosen.workspace.clone();
        *guard = Some(chosen);
        Ok(ws)
    }

    pub async fn info(&self) -> Result<WorkspaceInfo, AppError> {
        let ws = self.workspace().await?;
        let mut info = ws.info().clone();
        let active = self.active.read().await;
        if let Some(id) = active.as_ref().and_then(|a| a.profile_id.clone()) {
            if let Ok(p) = self.store().get(&id) {
                info.profile_id = Some(p.id.clone());
                info.label = p.name.clone();
            }
        }
        info.notice = self
            .notice
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        Ok(info)
    }

    async fn open_profile(&self, id: &str) -> Result<Arc<Workspace>, AppError> {
        let found = self.store().get(id).cloned();
        let p = found?;
        let vault = self.vault.clone();
        let profile = p.clone();
        let (endpoints, key) =
            blocking(move || crate::access::credentials(&profile, &vault)).await?;
        let ws = Workspace::connect(WorkspaceKind::from(p.environment), endpoints, key)?;
        ws.set_active_brand(p.last_brand_id);
        Ok(Arc::new(ws))
    }

    pub fn profiles(&self) -> Vec<Profile> {
        self.store().list().to_vec()
    }

    pub async fn keychain_status(&self) -> KeychainStatus {
        let vault = self.vault.clone();
        blocking(move || Ok(vault.status()))
            .await
            .unwrap_or_else(|e| KeychainStatus {
                available: false,
                code: Some(e.code),
                message: e.message,
            })
    }

    pub async fn add_profile(&self, input: NewProfile) -> Result<Profile, AppError> {
        let name = profiles::validate_name(&input.name)?;
        let custom_url = match input.environment {
            Environment::Custom => Some(profiles::validate_url(
                input.custom_url.as_deref().unwrap_or(""),
            )?),
            _ => None,
        };
        let key = ApiKey::new(input.api_key).map_err(|_| {
            AppError::new(
                ErrorCode::Validation,
                "Paste the whole API key: it cannot be empty or contain spaces.",
            )
        })?;
        let taken = self.store().find_by_name(&name).is_some();
        if taken {
            return Err(AppError::new(
                ErrorCode::Validation,
                format!("An account named \"{name}\" already exists; choose another name."),
            ));
        }
        let storage = if input.session_only {
            KeyStorage::SessionOnly
        } else {
            KeyStorage::Keychain
        };
        let profile = Profile {
            id: profiles::new_id(),
            name,
            environment: input.environment,
            custom_url,
            key_hint: key.last4(),
            key_storage: storage,
            last_brand_id: None,
        };
        let vault = self.vault.clone();
        let id = profile.id.clone();
        blocking(move || vault.store(&id, &key, storage)).await?;
        let inserted = self.store().insert(profile.clone());
        if let Err(e) = inserted {
            // Do not leave an orphan key behind.
            let vault = self.vault.clone();
            let id = profile.id.clone();
            let _ = blocking(move || vault.delete(&id, storage)).await;
            return Err(e);
        }
        Ok(profile)
    }

    pub fn rename_profile(&self, id: &str, name: &str) -> Result<Profile, AppError> {
        self.store().rename(id, name)
    }

    /// Deletes the account and its keychain entry; if it was in use, the demo takes over.
    pub async fn remove_profile(&self, id: &str) -> Result<(), AppError> {
        let found = self.store().get(id).cloned();
        let p = found?;
        let vault = self.vault.clone();
        let pid = p.id.clone();
        blocking(move || vault.delete(&pid, p.key_storage)).await?;
        let removed = self.store().remove(id);
        removed?;
        let mut active = self.active.write().await;
        if active.as_ref().and_then(|a| a.profile_id.as_deref()) == Some(id) {
            *active = Some(Active {
                profile_id: None,
                workspace: self.demo().await?,
            });
        }
        Ok(())
    }

    /// Switches to a saved account (`Some(id)`) or to the demo (`None`).
    pub async fn use_profile(&self, id: Option<&str>) -> Result<WorkspaceInfo, AppError> {
        let next = match id {
            Some(id) => Active {
                profile_id: Some(id.to_string()),
                workspace: self.open_profile(id).await?,
            },
            None => Active {
                profile_id: None,
                workspace: self.demo().await?,
            },
        };
        let saved = self.store().set_active(id);
        saved?;
        *self.notice.lock().unwrap_or_else(|p| p.into_inner()) = None;
        *self.active.write().await = Some(next);
        self.info().await
    }

    /// Calls the API's connection check with a saved account's key.
    pub async fn test_profile(&self, id: &str) -> ConnectionCheck {
        match self.open_profile(id).await {
            Ok(ws) => check(&ws).await,
            Err(e) => ConnectionCheck {
                ok: false,
                code: Some(e.code),
                title: "Key unavailable".into(),
                message: e.message,
                brand_id: None,
                brand_name: None,
            },
        }
    }

    /// Acts for `brand_id` from now on, and remembers it for this account.
    pub async fn select_brand(&self, brand_id: u64) -> Result<BrandView, AppError> {
        let ws = self.workspace().await?;
        let b = brands::select(&ws, brand_id).await?;
        let profile_id = self
            .active
            .read()
            .await
            .as_ref()
            .and_then(|a| a.profile_id.clone());
        if let Some(id) = profile_id {
            let mut store = self.store();
            if let Ok(p) = store.get(&id) {
                let mut p = p.clone();
                p.last_brand_id = Some(brand_id);
                store.update(p)?;
            }
        }
        Ok(b)
    }

    pub async fn create_brand(&self, input: NewBrandInput) -> Result<BrandView, AppError> {
        let name = input.name.trim();
        if name.is_empty() {
            return Err(AppError::new(
                ErrorCode::Validation,
                "Give the artist a name.",
            ));
        }
        let spotify = input
            .spotify_artist_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let spotify = match spotify {
            None => None,
            Some(s) => Some(spotify_id(s)?),
        };
        let ws = self.workspace().await?;
        match ws.connector() {
            Connector::Symphony(c) => c.create_brand(name, spotify).await,
        }
    }
}

/// Accepts a Spotify artist id or an artist URL (open.spotify.com/artist/ID?si=…).
pub fn spotify_id(raw: &str) -> Result<String, AppError> {
    let s = raw.trim();
    let id = s
        .split("/artist/")
        .nth(1)
        .map(|rest| rest.split(['?', '/']).next().unwrap_or(""))
        .unwrap_or(s);
    if id.len() == 22 && id.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(id.to_string())
    } else {
        Err(AppError::new(
            ErrorCode::Validation,
            "That is not a Spotify artist id: paste the artist's Spotify link or its 22-character id.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spotify_ids_from_links_or_ids() {
        assert_eq!(
            spotify_id("https://open.spotify.com/artist/1dfeR4HaWDbWqFHLkxsg1d?si=abc")
                .ok()
                .as_deref(),
            Some("1dfeR4HaWDbWqFHLkxsg1d")
        );
        assert_eq!(
            spotify_id(" 1dfeR4HaWDbWqFHLkxsg1d ").ok().as_deref(),
            Some("1dfeR4HaWDbWqFHLkxsg1d")
        );
        assert!(spotify_id("not-an-id").is_err());
    }

    #[test]
    fn new_profile_debug_hides_the_key() {
        let p = NewProfile {
            name: "A".into(),
            environment: Environment::Sandbox,
            custom_url: None,
            api_key: "sk_secret_123".into(),
            session_only: false,
        };
        assert!(!format!("{p:?}").contains("sk_secret"));
    }
}
