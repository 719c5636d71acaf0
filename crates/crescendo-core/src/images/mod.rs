//! Artwork, post thumbnails and video stills for the UI. The page never loads a remote image
//! (its CSP allows none, and no CDN should see every render): it asks for an address and gets
//! a `data:` URL back. Each image is fetched once over https, capped in size, accepted by its
//! signature (PNG, JPEG, WebP, GIF; never SVG), kept on disk in the app data dir, shared by
//! concurrent askers, and a failure is remembered for a while so a missing image is not
//! fetched again on every render.

mod address;
mod cache;
mod error;
mod fetch;
#[cfg(test)]
mod tests;

pub use error::ImageError;

use address::Policy;
use base64::Engine as _;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::OnceCell;

/// How much is fetched and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest image accepted; a larger one is refused while it streams in.
    pub max_image_bytes: usize,
    /// The disk cache's budget; past it the least recently used images are deleted.
    pub max_cache_bytes: u64,
    /// How long a failed address answers with its error without being fetched again.
    pub failure_ttl: Duration,
    /// Limit for a whole download.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_image_bytes: 2 * 1024 * 1024,
            max_cache_bytes: 64 * 1024 * 1024,
            failure_ttl: Duration::from_secs(120),
            timeout: Duration::from_secs(20),
        }
    }
}

type Outcome = Result<String, ImageError>;

/// Failures kept at most (the oldest are dropped first).
const MAX_FAILURES: usize = 512;

/// Turns image addresses into `data:` URLs. Cheap to clone; clones share everything.
#[derive(Clone)]
pub struct ImageCache {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    dir: PathBuf,
    policy: Policy,
    limits: Limits,
    /// One download per address at a time: later askers wait for the first one's outcome.
    inflight: Mutex<HashMap<String, Arc<OnceCell<Outcome>>>>,
    failures: Mutex<HashMap<String, (Instant, ImageError)>>,
}

impl ImageCache {
    /// A cache in `dir` (created when the first image is stored), https only.
    pub fn new(dir: impl Into<PathBuf>) -> Result<Self, ImageError> {
        Self::build(dir.into(), Policy::HttpsOnly, Limits::default())
    }

    pub fn with_limits(dir: impl Into<PathBuf>, limits: Limits) -> Result<Self, ImageError> {
        Self::build(dir.into(), Policy::HttpsOnly, limits)
    }

    /// Tests only: also plain http to 127.0.0.1, so a local server can stand in for a CDN.
    #[cfg(test)]
    pub(crate) fn for_loopback_tests(dir: &Path, limits: Limits) -> Self {
        Self::build(dir.into(), Policy::LoopbackHttp, limits).unwrap()
    }

    fn build(dir: PathBuf, policy: Policy, limits: Limits) -> Result<Self, ImageError> {
        Ok(ImageCache {
            inner: Arc::new(Inner {
                http: fetch::client(policy, limits.timeout)?,
                dir,
                policy,
                limits,
                inflight: Mutex::new(HashMap::new()),
                failures: Mutex::new(HashMap::new()),
            }),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// The image at `url` as a `data:image/...;base64,...` URL: from disk when it was fetched
    /// before, else downloaded once (concurrent calls for one address share the download).
    pub async fn data_url(&self, url: &str) -> Outcome {
        let parsed = address::check_str(url, self.inner.policy)?;
        let key = parsed.as_str().to_string();
        if let Some(e) = self.remembered_failure(&key) {
            return Err(e);
        }
        let cell = {
            let mut inflight = lock(&self.inner.inflight);
            inflight.entry(key.clone()).or_default().clone()
        };
        let outcome = cell
            .get_or_init(|| async {
                let outcome = self.load(&key, parsed).await;
                if let Err(e) = &outcome {
                    self.remember_failure(&key, e.clone());
                }
                outcome
            })
            .await
            .clone();
        let mut inflight = lock(&self.inner.inflight);
        if inflight.get(&key).is_some_and(|c| Arc::ptr_eq(c, &cell)) {
            inflight.remove(&key);
        }
        outcome
    }

    async fn load(&self, key: &str, url: url::Url) -> Outcome {
        let path = cache::path_for(&self.inner.dir, key);
        let on_disk = {
            let path = path.clone();
            tokio::task::spawn_blocking(move || cache::read(&path))
                .await
                .ok()
                .flatten()
        };
        if let Some(bytes) = on_disk {
            if let Some(kind) = fetch::sniff(&bytes) {
                return Ok(data_url(kind, &bytes));
            }
        }
        let (bytes, kind) =
            fetch::download(&self.inner.http, url, self.inner.limits.max_image_bytes).await?;
        let url = data_url(kind, &bytes);
        let dir = self.inner.dir.clone();
        let budget = self.inner.limits.max_cache_bytes;
        // Not being able to keep it on disk costs a download next time, nothing more.
        let _ =
            tokio::task::spawn_blocking(move || cache::write(&dir, &path, &bytes, budget)).await;
        Ok(url)
    }

    fn remembered_failure(&self, key: &str) -> Option<ImageError> {
        let mut failures = lock(&self.inner.failures);
        match failures.get(key) {
            Some((at, e)) if at.elapsed() < self.inner.limits.failure_ttl => Some(e.clone()),
            Some(_) => {
                failures.remove(key);
                None
            }
            None => None,
        }
    }

    fn remember_failure(&self, key: &str, e: ImageError) {
        let mut failures = lock(&self.inner.failures);
        if failures.len() >= MAX_FAILURES {
            let ttl = self.inner.limits.failure_ttl;
            failures.retain(|_, (at, _)| at.elapsed() < ttl);
            while failures.len() >= MAX_FAILURES {
                let oldest = failures
                    .iter()
                    .min_by_key(|(_, (at, _))| *at)
                    .map(|(k, _)| k.clone());
                match oldest {
                    Some(k) => failures.remove(&k),
                    None => break,
                };
            }
        }
        failures.insert(key.to_string(), (Instant::now(), e));
    }
}

fn data_url(kind: fetch::Kind, bytes: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    format!("data:{};base64,{b64}", kind.mime())
}

/// A poisoned lock only means another ask panicked; the maps stay usable.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
