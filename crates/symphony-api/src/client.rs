//! The HTTP transport shared by every endpoint: auth headers, timeouts, the rate-limit
//! scheduler, retries for idempotent requests, and decoding with field paths.

use crate::body::{read_capped, redirect_error, ReadError, DEFAULT_MAX_BODY};
pub use crate::endpoints::Endpoints;
use crate::rate_headers::parse_wait;
use crate::ratelimit::RateLimiter;
pub use crate::response::{decode_envelope, error_from_response};
use crate::response::{error_for, transport_error};
use crate::retry::RetryPolicy;
use crate::{ApiKey, Error, Result};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::Duration;
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

pub struct ClientBuilder {
    endpoints: Endpoints,
    key: ApiKey,
    brand_id: Option<u64>,
    connect_timeout: Duration,
    timeout: Duration,
    limiter: Option<RateLimiter>,
    retry: RetryPolicy,
    max_body: usize,
    extra_roots: Vec<Vec<u8>>,
}

impl ClientBuilder {
    pub fn brand_id(mut self, id: Option<u64>) -> Self {
        self.brand_id = id;
        self
    }
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.connect_timeout = t;
        self
    }
    /// Limit for a whole request, from sending to the last byte of the body.
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = t;
        self
    }
    /// Share a scheduler between clients of the same key, so the process stays under the limit.
    pub fn rate_limiter(mut self, l: RateLimiter) -> Self {
        self.limiter = Some(l);
        self
    }
    /// Replaces the whole policy, including its `max_rate_limit_wait`.
    pub fn retry(mut self, r: RetryPolicy) -> Self {
        self.retry = r;
        self
    }
    /// The longest a call may wait for the rate limit (default 60 s). A longer wait, asked by
    /// the server (`Retry-After`, `X-RateLimit-Reset`) or by the local limiter, is not slept:
    /// the call fails at once with `Error::RateLimited { retry_after }`.
    pub fn max_rate_limit_wait(mut self, d: Duration) -> Self {
        self.retry.max_rate_limit_wait = d;
        self
    }
    /// The largest response body accepted (default 16 MB); past it, `Error::TooLarge`.
    pub fn max_body_bytes(mut self, n: usize) -> Self {
        self.max_body = n;
        self
    }
    /// Trusts one more certificate authority (PEM), besides the built-in roots: a company's
    /// TLS-inspecting proxy, or a local https test server.
    pub fn extra_root_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.extra_roots.push(pem.into());
        self
    }
    pub fn build(self) -> Result<Client> {
        self.endpoints.check()?;
        let all_https =
            self.endpoints.advertising.scheme() == "https" && self.endpoints.v2.scheme() == "https";
        let mut http = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .timeout(self.timeout)
            // Never follow a redirect: reqwest would carry x-api-key to wherever it points
            // (another host, or https -> http). A 3xx becomes Error::Redirect instead.
            .redirect(reqwest::redirect::Policy::none())
            .https_only(all_https)
            .user_agent(concat!(
                "crescendo-symphony-api/",
                env!("CARGO_PKG_VERSION")
            ));
        for pem in &self.extra_roots {
            let cert = reqwest::Certificate::from_pem(pem).map_err(|e| Error::Config {
                message: format!("the extra root certificate is not valid PEM: {e}"),
            })?;
            http = http.add_root_certificate(cert);
        }
        if self.endpoints.is_loopback() {
            // A local sandbox is reached directly, whatever HTTP(S)_PROXY/ALL_PROXY say.
            http = http.no_proxy();
        }
        let http = http.build().map_err(|e| Error::Config {
            message: format!("could not set up HTTP: {e}"),
        })?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                endpoints: self.endpoints,
                key: self.key,
                limiter: self
                    .limiter
                    .unwrap_or_else(|| RateLimiter::new(100, Duration::from_secs(60))),
                retry: self.retry,
                max_body: self.max_body,
            }),
            brand_id: self.brand_id,
        })
    }
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
    pub fn builder(endpoints: Endpoints, key: ApiKey) -> ClientBuilder {
        ClientBuilder {
            endpoints,
            key,
            brand_id: None,
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            limiter: None,
            retry: RetryPolicy::default(),
            max_body: DEFAULT_MAX_BODY,
            extra_roots: Vec::new(),
        }
    }

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

    pub(crate) async fn send(
        &self,
        api: Api,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&serde_json::Value>,
        safety: Safety,
    ) -> Result<Raw> {
        let url = self.url(api, path)?;
        let policy = &self.inner.retry;
        let mut failures = 0u32;
        let mut limited = 0u32;
        loop {
            if let Err(wait) = self
                .inner
                .limiter
                .acquire_within(policy.max_rate_limit_wait)
                .await
            {
                return Err(Error::RateLimited {
                    retry_after: Some(wait),
                });
            }
            let mut req = self
                .inner
                .http
                .request(method.clone(), url.clone())
                .query(query)
                .headers(self.headers()?);
            if let Some(b) = body {
                req = req.json(b);
            }
            let outcome = match req.send().await {
                Ok(resp) => self.read(resp, &url).await?,
                Err(e) => Err(e),
            };
            match outcome {
                Ok((status, headers, bytes)) if status.is_success() => {
                    let server_time = headers
                        .get("date")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| chrono::DateTime::parse_from_rfc2822(v).ok())
                        .map(|d| d.with_timezone(&chrono::Utc));
                    return Ok(Raw { bytes, server_time });
                }
                Ok((StatusCode::TOO_MANY_REQUESTS, headers, _)) => {
                    // The server refused before doing anything: waiting and resending is safe,
                    // unless the wait is longer than we accept (then report when to retry).
                    limited += 1;
                    let wait = retry_after(&headers).unwrap_or_else(|| policy.backoff(limited));
                    if wait > policy.max_rate_limit_wait || limited > policy.max_retries + 2 {
                        return Err(Error::RateLimited {
                            retry_after: Some(wait),
                        });
                    }
                    self.inner.limiter.block_for(wait).await;
                }
                Ok((status, _, bytes)) => {
                    let err = error_for(status, &bytes);
                    if status.is_server_error()
                        && safety == Safety::Idempotent
                        && failures < policy.max_retries
                    {
                        failures += 1;
                        tokio::time::sleep(policy.backoff(failures)).await;
                        continue;
                    }
                    return Err(err);
                }
                Err(e) => {
                    let never_sent = e.is_connect();
                    let err = transport_error(e);
                    if (never_sent || safety == Safety::Idempotent) && failures < policy.max_retries
                    {
                        failures += 1;
                        tokio::time::sleep(policy.backoff(failures)).await;
                        continue;
                    }
                    return Err(err);
                }
            }
        }
    }

    /// Status, headers and the capped body of a response. The outer error is final (a redirect,
    /// or a success too large to read); the inner one is a transport failure the caller may retry.
    #[allow(clippy::type_complexity)]
    async fn read(
        &self,
        resp: reqwest::Response,
        url: &Url,
    ) -> Result<std::result::Result<(StatusCode, HeaderMap, Vec<u8>), reqwest::Error>> {
        let status = resp.status();
        let headers = resp.headers().clone();
        self.observe(&headers).await;
        if status.is_redirection() {
            return Err(redirect_error(status.as_u16(), &headers, url));
        }
        match read_capped(resp, self.inner.max_body).await {
            Ok(bytes) => Ok(Ok((status, headers, bytes))),
            Err(ReadError::TooLarge) if status.is_success() => Err(Error::TooLarge {
                limit: self.inner.max_body as u64,
            }),
            // An oversized error body: the status still says what happened.
            Err(ReadError::TooLarge) => Ok(Ok((status, headers, Vec::new()))),
            Err(ReadError::Transport(e)) => Ok(Err(e)),
        }
    }

    fn headers(&self) -> Result<HeaderMap> {
        let mut h = HeaderMap::new();
        let mut key =
            HeaderValue::from_str(self.inner.key.expose()).map_err(|_| Error::Config {
                message: "the API key contains characters not allowed in a header".into(),
            })?;
        key.set_sensitive(true);
        h.insert("x-api-key", key);
        h.insert("accept", HeaderValue::from_static("application/json"));
        if let Some(b) = self.brand_id {
            h.insert("x-brand-id", HeaderValue::from(b));
        }
        Ok(h)
    }

    async fn observe(&self, h: &HeaderMap) {
        let num = |name: &str| {
            h.get(name)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u32>().ok())
        };
        let reset = h
            .get("x-ratelimit-reset")
            .and_then(|v| v.to_str().ok())
            .and_then(parse_wait);
        self.inner
            .limiter
            .observe(
                num("x-ratelimit-limit"),
                num("x-ratelimit-remaining"),
                reset,
            )
            .await;
    }
}

/// Retry-After first, then X-RateLimit-Reset, both through the one parser (clamped).
fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let get = |n: &str| h.get(n).and_then(|v| v.to_str().ok()).and_then(parse_wait);
    get("retry-after").or_else(|| get("x-ratelimit-reset"))
}
