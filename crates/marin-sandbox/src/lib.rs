//! marin-sandbox: a local simulator of the Marin Social API, written from
//! `shared/reference/marin-social-api.txt` with `serde_json::Value`, independently of the
//! client crate's types. It serves the documented paths on 127.0.0.1 only, checks the agency
//! token in the `key` query parameter, pages with `range`, answers 202 to play/pause of
//! something already in that state, 400 with form errors at their field, 403 for another
//! agency's objects and 404 for unknown ones, and generates statistics from the seed alone.

pub mod recorder;
pub mod rng;
mod routes;
pub mod search;
pub mod seed;
pub mod stats;
pub mod store;

pub use recorder::Recorded;
pub use seed::Shape;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::oneshot;

/// The demo agency's token (agency 0).
pub const DEMO_TOKEN: &str = "marin-demo-agency-token";
/// A second agency's token (agency 1): its objects are "Access denied" to the demo agency.
pub const OTHER_AGENCY_TOKEN: &str = "marin-other-agency-token";
/// 2026-03-02T12:00:00Z: the default "today" of the simulation, so that a seed gives the same
/// data on any day the tests run.
pub const DEFAULT_TODAY: i64 = 1_772_452_800;

#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Port on 127.0.0.1 (0 picks a free one).
    pub port: u16,
    pub seed: u64,
    /// The simulation's "now" (Unix seconds): statistics stop at this day.
    pub today: i64,
    /// One token per agency; agency `i` is `tokens[i]`.
    pub tokens: Vec<String>,
    pub shape: Shape,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            port: 0,
            seed: 42,
            today: DEFAULT_TODAY,
            tokens: vec![DEMO_TOKEN.into(), OTHER_AGENCY_TOKEN.into()],
            shape: Shape {
                accounts: 2,
                plans: 3,
                campaigns_per_plan: 7,
            },
        }
    }
}

/// Failures a test asks for, on campaign creates (`POST /clients/{MEDIAPLAN_ID}/campaigns`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    /// The next creates are carried out, then answered 500: the answer is lost, the campaign
    /// exists.
    pub lose_next_creates: u32,
    /// The next creates answer 500 without creating anything.
    pub fail_next_creates: u32,
    /// The next create is refused with a 400 form error at this field (`field`, `message`), as
    /// Marin would for a rule the reference does not state.
    pub refuse_next_create: Option<(String, String)>,
}

pub(crate) struct Shared {
    pub config: SandboxConfig,
    store: Mutex<store::Store>,
    faults: Mutex<Faults>,
    pub recorder: recorder::Recorder,
}

impl Shared {
    pub(crate) fn store(&self) -> MutexGuard<'_, store::Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }
    pub(crate) fn faults(&self) -> MutexGuard<'_, Faults> {
        self.faults.lock().unwrap_or_else(|e| e.into_inner())
    }
    /// The agency a token belongs to.
    pub(crate) fn agency(&self, token: &str) -> Option<usize> {
        self.config.tokens.iter().position(|t| t == token)
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
    /// Seeds every agency and starts serving on 127.0.0.1 on the current tokio runtime.
    pub async fn start(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        let mut st = store::Store::default();
        for agency in 0..config.tokens.len() {
            seed::agency(&mut st, config.seed, agency, config.shape, config.today);
        }
        let bind = |source| SandboxError::Bind {
            port: config.port,
            source,
        };
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port))
            .await
            .map_err(bind)?;
        let addr = listener.local_addr().map_err(bind)?;
        let shared = Arc::new(Shared {
            config,
            store: Mutex::new(st),
            faults: Mutex::default(),
            recorder: recorder::Recorder::default(),
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
    /// The base URL the documented paths start below (`/accounts`, `/clients`, ...).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
    /// Every request received so far, oldest first, with the `key` value redacted.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.recorder.all()
    }
    pub fn clear_requests(&self) {
        self.shared.recorder.clear();
    }
    /// Replaces the failures asked for (see [`Faults`]).
    pub fn set_faults(&self, f: Faults) {
        *self.shared.faults() = f;
    }
    /// How many campaigns media plan `plan` holds now.
    pub fn campaign_count(&self, plan: &str) -> usize {
        let st = self.shared.store();
        plan.parse::<u64>()
            .map_or(0, |p| st.campaigns.values().filter(|c| c.plan == p).count())
    }
    /// Media plan ids of agency `agency`, in order.
    pub fn plan_ids(&self, agency: usize) -> Vec<String> {
        let st = self.shared.store();
        st.plans
            .values()
            .filter(|p| p.agency == agency)
            .map(|p| p.id.to_string())
            .collect()
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
