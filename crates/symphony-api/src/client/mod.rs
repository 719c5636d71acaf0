//! The HTTP transport shared by every endpoint: auth headers, timeouts, the rate-limit
//! scheduler, retries for idempotent requests, and decoding with field paths. Configuring is in
//! `builder.rs`, the send loop (retries, capped reads, rate-limit headers) in `send.rs`.

mod builder;
mod send;

pub use crate::endpoints::Endpoints;
pub use crate::response::{decode_envelope, error_from_response};
pub use builder::ClientBuilder;

use crate::ratelimit::RateLimiter;
use crate::retry::RetryPolicy;
use crate::{ApiKey, Error, Result};
use reqwest::Method;
use serde::de::DeserializeOwned;
use std::sync::Arc;
use url::Url;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Api {
    V1,
    V2,
}

/// Whether a request may be repeated without changing the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Safety {
    Idempotent,
    /// Creation: never resent unless the server provably never saw it (connect failure, 429).
    Once,
}

struct Inner {
    http: reqwest::Client,
    endpoints: Endpoints,
    key: ApiKey,
    limiter: RateLimiter,
    retry: RetryPolicy,
    max_body: usize,
}

/// A Symphony API client. Cheap to clone; clones share the connection pool and scheduler.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    brand_id: Option<u64>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoints", &self.inner.endpoints)
            .field("key", &self.inner.key)
            .field("brand_id", &self.brand_id)
            .finish()
    }
}

pub(crate) struct Raw {
    pub bytes: Vec<u8>,
    pub server_time: Option<chrono::DateTime<chrono::Utc>>,
}

impl Client {
    /// The same client acting for another brand (`x-brand-id`), or the key's default (None).
    pub fn for_brand(&self, brand_id: Option<u64>) -> Client {
        Client {
            inner: self.inner.clone(),
            brand_id,
        }
    }

    pub fn brand_id(&self) -> Option<u64> {
        self.brand_id
    }
    pub fn endpoints(&self) -> &Endpoints {
        &self.inner.endpoints
    }
    pub fn rate_limiter(&self) -> &RateLimiter {
        &self.inner.limiter
    }

    fn url(&self, api: Api, path: &str) -> Result<Url> {
        let base = match api {
            Api::V1 => &self.inner.endpoints.advertising,
            Api::V2 => &self.inner.endpoints.v2,
        };
        let joined = format!(
            "{}/{}",
            base.as_str().trim_end_matches('/'),
            path.trim_start_matches('/')
        );
        Url::parse(&joined).map_err(|e| Error::Config {
            message: format!("bad URL {joined}: {e}"),
        })
    }

    pub(crate) async fn get<T: DeserializeOwned>(
        &self,
        api: Api,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<T> {
        self.call(api, Method::GET, path, query, None, Safety::Idempotent)
            .await
    }

    /// Sends a request under the scheduler and decodes `data` from the envelope.
    pub(crate) async fn call<T: DeserializeOwned>(
        &self,
        api: Api,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&serde_json::Value>,
        safety: Safety,
    ) -> Result<T> {
        let bytes = self
            .send(api, method, path, query, body, safety)
            .await?
            .bytes;
        decode_envelope(&bytes)
    }

    /// A GET that also returns the server's clock (the `Date` header), for comparisons with
    /// server timestamps that must not depend on this machine's clock.
    pub(crate) async fn get_with_server_time<T: DeserializeOwned>(
        &self,
        api: Api,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<(T, Option<chrono::DateTime<chrono::Utc>>)> {
        let raw = self
            .send(api, Method::GET, path, query, None, Safety::Idempotent)
            .await?;
        Ok((decode_envelope(&raw.bytes)?, raw.server_time))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_names_endpoints_and_brand_but_never_the_key() {
        let key = "sk_live_debugcheck_0123456789";
        let c = Client::builder(
            Endpoints::from_origin("http://127.0.0.1:9").expect("urls"),
            ApiKey::new(key).expect("key"),
        )
        .build()
        .expect("client");
        assert_eq!(c.brand_id(), None);
        let for7 = c.for_brand(Some(7));
        assert_eq!(for7.brand_id(), Some(7));
        assert_eq!(for7.for_brand(None).brand_id(), None);
        let shown = format!("{for7:?}");
        assert!(shown.starts_with("Client {"), "{shown}");
        let endpoints = format!("endpoints: {:?}", c.endpoints());
        assert!(endpoints.contains("/advertising"), "{endpoints}");
        assert!(shown.contains(&endpoints), "{shown}");
        assert!(shown.contains("ApiKey(<redacted>)"), "{shown}");
        assert!(shown.contains("brand_id: Some(7)"), "{shown}");
        assert!(!shown.contains("debugcheck"), "{shown}");
    }
}
