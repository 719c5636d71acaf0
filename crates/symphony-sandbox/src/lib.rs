//! symphony-sandbox: a local simulator of the Symphony Automated Ads API.
//!
//! It serves v1 under `/advertising/v1/...` (and `/advertising/youtube/videos`) and v2 under
//! `/api/sym/v2/...`, on 127.0.0.1 only. Request handling is written from the reference
//! documents with `serde_json::Value`, independently of the client crate's types.

pub mod analytics;
pub mod clock;
pub mod config;
pub mod documents;
mod gate;
pub mod lifecycle;
mod mapping;
pub mod money;
pub mod recorder;
pub mod rng;
mod routes;
pub mod search;
pub mod seed;
pub mod store;
pub mod validate;

pub use clock::Clock;
pub use config::{
    ApiKeyConfig, Faults, KeyStatus, Lifecycle, SandboxConfig, DEMO_KEY, DEMO_REVOKED_KEY,
};
pub use recorder::Recorded;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::oneshot;

/// Shared by every handler. Locks are held only for the few lines that touch their data.
pub struct Shared {
    pub config: SandboxConfig,
    pub clock: Clock,
    store: Mutex<store::Store>,
    faults: Mutex<Faults>,
    pub(crate) limiter: gate::RateLimiter,
    pub(crate) recorder: recorder::Recorder,
    pub(crate) counter: std::sync::atomic::AtomicU64,
}

impl Shared {
    pub(crate) fn store(&self) -> MutexGuard<'_, store::Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }
    pub(crate) fn faults(&self) -> MutexGuard<'_, Faults> {
        self.faults.lock().unwrap_or_else(|e| e.into_inner())
    }
    /// Forces a campaign's status (a documented one) or clears it; false if there is no such
    /// campaign.
    pub(crate) fn set_status(&self, id: u64, status: Option<&str>) -> bool {
        let found = {
            let mut st = self.store();
            match st.campaigns.get_mut(&id) {
                Some(c) => {
                    c.forced_status = status.map(str::to_string);
                    c.updated_at = self.clock.now();
                    true
                }
                None => false,
            }
        };
        if found {
            self.persist();
        }
        found
    }

    /// Writes the store to the data directory, if one was given (atomically: temp file + rename).
    pub(crate) fn persist(&self) {
        let Some(dir) = &self.config.data_dir else {
            return;
        };
        let text = match serde_json::to_vec_pretty(&*self.store()) {
            Ok(t) => t,
            Err(_) => return,
        };
        let tmp = dir.join("sandbox-state.json.tmp");
        if std::fs::write(&tmp, text).is_ok() {
            let _ = std::fs::rename(&tmp, dir.join("sandbox-state.json"));
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("could not listen on 127.0.0.1:{port}: {source}")]
    Bind { port: u16, source: std::io::Error },
    #[error("could not use the data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// A running sandbox. Dropping it (or calling `shutdown`) stops the server.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Sandbox {
    /// Starts the server on 127.0.0.1 on the current tokio runtime.
    pub async fn start(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        Self::start_with_clock(config, Clock::real()).await
    }

    pub async fn start_with_clock(
        config: SandboxConfig,
        clock: Clock,
    ) -> Result<Sandbox, SandboxError> {
        let now = clock.now();
        let mut st = load(&config)?.unwrap_or_else(|| {
            let mut s = store::Store::new();
            if config.demo_data {
                seed::demo(&mut s, now);
            }
            s
        });
        for k in &config.keys {
            seed::default_brand(&mut st, k.partner_id, now);
        }
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port))
            .await
            .map_err(|source| SandboxError::Bind {
                port: config.port,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| SandboxError::Bind {
            port: config.port,
            source,
        })?;
        let shared = Arc::new(Shared {
            faults: Mutex::new(config.faults.clone()),
            limiter: gate::RateLimiter::default(),
            recorder: recorder::Recorder::default(),
            counter: Default::default(),
            clock,
            store: Mutex::new(st),
            config,
        });
        let app = routes::router(shared.clone());
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(Sandbox {
            addr,
            shared,
            stop: Some(tx),
            task: Some(task),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// The documents' `{{ADVERTISING_API}}`: v1 paths start with `/v1/` below it.
    pub fn advertising_url(&self) -> String {
        format!("http://{}/advertising", self.addr)
    }
    /// The v2 base: `/api/sym/v2`.
    pub fn v2_url(&self) -> String {
        format!("http://{}/api/sym/v2", self.addr)
    }
    pub fn clock(&self) -> &Clock {
        &self.shared.clock
    }
    pub fn set_faults(&self, faults: Faults) {
        *self.shared.faults() = faults;
    }
    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.recorder.all()
    }
    pub fn clear_requests(&self) {
        self.shared.recorder.clear();
    }
    /// Shows `status` (one of the 15 documented statuses) for a campaign whatever its
    /// lifecycle says, or lets the lifecycle decide again with None. False if the campaign or
    /// the status is unknown. The same control is served at
    /// `PUT /sandbox/campaign/{id}/status/{STATUS}` (and `DELETE .../status`).
    pub fn set_status(&self, id: u64, status: Option<&str>) -> bool {
        match status {
            Some(st) => match lifecycle::documented(st) {
                Some(known) => self.shared.set_status(id, Some(known)),
                None => false,
            },
            None => self.shared.set_status(id, None),
        }
    }
    /// Adds a copy of campaign `id` under a new id and `name`, for tests that need long lists
    /// (names with accents, ties). None if there is no such campaign.
    pub fn copy_campaign(&self, id: u64, name: &str) -> Option<u64> {
        let mut store = self.shared.store();
        let mut c = store.campaigns.get(&id)?.clone();
        c.id = store.next_id();
        c.name = name.to_string();
        let new = c.id;
        store.campaigns.insert(new, c);
        Some(new)
    }
    /// How many v1 campaigns the sandbox holds (all brands).
    pub fn campaign_count(&self) -> usize {
        self.shared.store().campaigns.len()
    }
    /// How many v2 campaigns the sandbox holds (all brands).
    pub fn v2_campaign_count(&self) -> usize {
        self.shared.store().v2_campaigns.len()
    }

    pub async fn shutdown(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

fn load(config: &SandboxConfig) -> Result<Option<store::Store>, SandboxError> {
    let Some(dir) = &config.data_dir else {
        return Ok(None);
    };
    std::fs::create_dir_all(dir).map_err(|source| SandboxError::DataDir {
        path: dir.clone(),
        source,
    })?;
    let file = dir.join("sandbox-state.json");
    match std::fs::read(&file) {
        Ok(bytes) => Ok(serde_json::from_slice(&bytes).ok()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(SandboxError::DataDir { path: file, source }),
    }
}
