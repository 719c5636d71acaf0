//! The app's session: which workspace is in use (the demo, a saved account, or one from the
//! environment), the saved accounts and their keys. Every key goes from the UI to the vault
//! once and is only read back here, in Rust. Accounts are in `accounts`, artists in `artists`.

mod accounts;
mod artists;
mod drafts;
mod history;
mod linking;
mod warm;

pub use artists::spotify_id;
pub use warm::first_page_query;

pub use crate::connection::{check, ConnectionCheck};
use crate::profiles::{Environment, Profile, ProfileStore};
use crate::vault::Vault;
use crate::workspace::{Workspace, WorkspaceInfo, WorkspaceKind};
use crate::{AppError, ErrorCode};
use serde::Deserialize;
use std::path::Path;
use std::sync::{Arc, Mutex};
use symphony_api::Endpoints;

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
    /// Whose account this is; absent: Symphony (the form's default). For Meta, `api_key` is the
    /// access token.
    #[serde(default)]
    #[ts(optional)]
    pub provider: Option<crate::domain::ProviderKind>,
    /// Meta's ad account id, `act_<digits>` (required for Meta, ignored otherwise).
    #[serde(default)]
    #[ts(optional)]
    pub ad_account_id: Option<String>,
}

// Hand-written so the key can never be printed by accident.
impl std::fmt::Debug for NewProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewProfile")
            .field("name", &self.name)
            .field("environment", &self.environment)
            .field("provider", &self.provider)
            .field("ad_account_id", &self.ad_account_id)
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
    /// The local database of drafts; an error here leaves the rest of the app working.
    drafts: Result<Arc<crate::store::Store>, AppError>,
    status_listener: Mutex<Option<crate::history::StatusListener>>,
    /// The first screen's data, fetched at launch (see `warm`).
    warm: warm::Warm,
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
        let drafts = crate::store::Store::open(data_dir)
            .map(Arc::new)
            .map_err(AppError::from);
        let notice = [
            store.recovery(),
            drafts.as_ref().ok().and_then(|d| d.notice()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let notice = Some(notice).filter(|n| !n.is_empty());
        Ok(Session {
            drafts,
            store: Arc::new(Mutex::new(store)),
            vault: Arc::new(vault),
            active: RwLock::new(None),
            demo: OnceCell::new(),
            notice: Mutex::new(notice),
            status_listener: Mutex::new(None),
            warm: warm::Warm::default(),
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
                            self.add_notice(format!("Your last account could not be opened: {} The demo workspace is shown instead.", e.message));
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
        self.link_saved(&ws, chosen.profile_id.as_deref()).await;
        *guard = Some(chosen);
        crate::startup::mark(crate::startup::Mark::Workspace);
        Ok(ws)
    }

    /// Adds a sentence to what the user should know about how the workspace opened.
    fn add_notice(&self, why: String) {
        let mut n = self.notice.lock().unwrap_or_else(|p| p.into_inner());
        *n = Some(match n.take() {
            Some(before) => format!("{before} {why}"),
            None => why,
        });
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
        if p.provider == crate::domain::ProviderKind::MarinSocial {
            let (base, account, key) =
                blocking(move || crate::access::marin_credentials(&profile, &vault)).await?;
            let ws =
                Workspace::connect_marin(WorkspaceKind::from(p.environment), &base, key, &account)?;
            return Ok(Arc::new(ws));
        }
        if p.provider == crate::domain::ProviderKind::Meta {
            let (base, account, key) =
                blocking(move || crate::access::meta_credentials(&profile, &vault)).await?;
            let ws =
                Workspace::connect_meta(WorkspaceKind::from(p.environment), &base, key, account)?;
            return Ok(Arc::new(ws));
        }
        let (endpoints, key) =
            blocking(move || crate::access::credentials(&profile, &vault)).await?;
        let ws = Workspace::connect(WorkspaceKind::from(p.environment), endpoints, key)?;
        ws.set_active_brand(p.last_brand_id);
        Ok(Arc::new(ws))
    }
}
