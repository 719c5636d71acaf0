//! meta-sandbox: a local simulator of the Meta Marketing API's campaign surface (Graph API
//! v10.0), written from `shared/reference/meta-marketing-api-campaign.txt` with
//! `serde_json::Value`, independently of the meta-api client's types, so that a misreading in
//! one cannot hide in both. It serves `/v10.0/...` on 127.0.0.1 only.

pub mod config;
mod gate;
pub mod graph;
mod handlers;
pub mod insights;
pub mod rng;
mod routes;
pub mod seed;
pub mod store;
pub mod validate;

pub use config::{
    Clock, Faults, RateConfig, SandboxConfig, TokenConfig, DEMO_TOKEN, EXPIRED_TOKEN,
    READ_ONLY_TOKEN,
};
pub use seed::{INR_ACCOUNT, JPY_ACCOUNT, KRW_ACCOUNT, USD_ACCOUNT};

use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::oneshot;

/// One request as received, for tests that assert what a client sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// The raw query string.
    pub query: Option<String>,
    pub content_type: Option<String>,
    /// The raw body, as text.
    pub body: String,
    /// Whether the token came in `Authorization: Bearer`.
    pub bearer: bool,
    pub status: u16,
}

pub struct Shared {
    pub config: SandboxConfig,
    pub clock: Clock,
    tokens: Mutex<Vec<TokenConfig>>,
    store: Mutex<store::Store>,
    faults: Mutex<Faults>,
    recorded: Mutex<Vec<Recorded>>,
    scores: gate::Scores,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    pub(crate) fn store(&self) -> MutexGuard<'_, store::Store> {
        lock(&self.store)
    }
    pub(crate) fn faults(&self) -> MutexGuard<'_, Faults> {
        lock(&self.faults)
    }
    pub(crate) fn tokens(&self) -> MutexGuard<'_, Vec<TokenConfig>> {
        lock(&self.tokens)
    }
    pub(crate) fn record(&self, r: Recorded) {
        lock(&self.recorded).push(r);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("could not listen on 127.0.0.1:{port}: {source}")]
    Bind { port: u16, source: std::io::Error },
}

/// A running sandbox. Dropping it (or calling `shutdown`) stops the server.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Sandbox {
    pub async fn start(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        Self::start_with_clock(config, Clock::real()).await
    }

    pub async fn start_with_clock(
        config: SandboxConfig,
        clock: Clock,
    ) -> Result<Sandbox, SandboxError> {
        let mut st = store::Store::default();
        seed::accounts(&mut st);
        if config.demo_data {
            seed::campaigns(&mut st, config.seed, clock.now());
        }
        let port = config.port;
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|source| SandboxError::Bind { port, source })?;
        let addr = listener
            .local_addr()
            .map_err(|source| SandboxError::Bind { port, source })?;
        let shared = Arc::new(Shared {
            tokens: Mutex::new(config.tokens.clone()),
            config,
            clock,
            store: Mutex::new(st),
            faults: Mutex::new(Faults::default()),
            recorded: Mutex::new(Vec::new()),
            scores: gate::Scores::default(),
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
    /// The Graph base, as a client is configured with it: `http://127.0.0.1:PORT/v10.0`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v10.0", self.addr)
    }
    pub fn clock(&self) -> &Clock {
        &self.shared.clock
    }
    pub fn set_faults(&self, f: Faults) {
        *self.shared.faults() = f;
    }
    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        lock(&self.shared.recorded).clone()
    }
    pub fn clear_requests(&self) {
        lock(&self.shared.recorded).clear();
    }
    /// How many calls were refused with 80004.
    pub fn throttled(&self) -> u64 {
        self.shared.scores.throttled.load(Ordering::Relaxed)
    }
    /// Expires a token now (its next call answers 190 / 463). False if unknown.
    pub fn expire_token(&self, token: &str) -> bool {
        let now = self.shared.clock.now();
        let mut tokens = self.shared.tokens();
        match tokens.iter_mut().find(|t| t.token == token) {
            Some(t) => {
                t.expires_at = Some(now);
                true
            }
            None => false,
        }
    }
    /// How many campaigns an account holds (all statuses).
    pub fn campaign_count(&self, account: &str) -> usize {
        self.shared.store().of_account(account).len()
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
