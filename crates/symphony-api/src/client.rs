//! The HTTP transport shared by every endpoint: auth headers, timeouts, the rate-limit
//! scheduler, retries for idempotent requests, and decoding with field paths.

use crate::ratelimit::{parse_reset, RateLimiter};
use crate::retry::RetryPolicy;
use crate::{ApiKey, Error, Result};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::sync::Arc;
use std::time::Duration;
use url::Url;

/// Where the two API generations live. v1 paths start with `/v1/` below the "advertising" base
/// (the documents' `{{ADVERTISING_API}}`); v2 paths sit directly below `/api/sym/v2`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    pub advertising: Url,
    pub v2: Url,
}

impl Endpoints {
    pub fn new(advertising: &str, v2: &str) -> Result<Endpoints> {
        let parse = |s: &str, what: &str| {
            let u = Url::parse(s.trim().trim_end_matches('/')).map_err(|e| Error::Config {
                message: format!("the {what} base URL {s:?} is not a URL: {e}"),
            })?;
            if !matches!(u.scheme(), "http" | "https") {
                return Err(Error::Config { message: format!("the {what} base URL must start with https:// (or http:// for a local sandbox)") });
            }
            Ok(u)
        };
        Ok(Endpoints {
            advertising: parse(advertising, "v1")?,
            v2: parse(v2, "v2")?,
        })
    }

    /// Both bases from one origin laid out like the real API (used for local sandboxes):
    /// `http://127.0.0.1:PORT` gives `.../advertising` and `.../api/sym/v2`.
    pub fn from_origin(origin: &str) -> Result<Endpoints> {
        let o = origin.trim().trim_end_matches('/');
        Endpoints::new(&format!("{o}/advertising"), &format!("{o}/api/sym/v2"))
    }

    /// Symphony's Sandbox environment (the development partner host the v1 guide shows).
    pub fn symphony_sandbox() -> Endpoints {
        Endpoints::new(
            "https://development.partner.symphonyos.co/advertising",
            "https://api.symphonyos.co/api/sym/v2",
        )
        .expect("constant URLs parse")
    }

    /// Symphony's Production environment (the host the v2 FAQ shows).
    pub fn symphony_production() -> Endpoints {
        Endpoints::new(
            "https://partner.symphonyos.co/advertising",
            "https://api.symphonyos.co/api/sym/v2",
        )
        .expect("constant URLs parse")
    }
}

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
    pub fn retry(mut self, r: RetryPolicy) -> Self {
        self.retry = r;
        self
    }
    pub fn build(self) -> Result<Client> {
        let http = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .timeout(self.timeout)
            .user_agent(concat!(
                "crescendo-symphony-api/",
                env!("CARGO_PKG_VERSION")
            ))
            .build()
            .map_err(|e| Error::Config {
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

#[derive(Deserialize)]
struct Envelope<T> {
    data: T,
}

#[derive(Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    error: Option<serde_json::Value>,
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
            self.inner.limiter.acquire().await;
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
                Ok(resp) => {
                    let status = resp.status();
                    let headers = resp.headers().clone();
                    self.observe(&headers).await;
                    match resp.bytes().await {
                        Ok(b) => Ok((status, headers, b.to_vec())),
                        Err(e) => Err(e),
                    }
                }
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
                    // The server refused before doing anything: waiting and resending is safe.
                    let wait = retry_after(&headers).unwrap_or_else(|| policy.backoff(limited + 1));
                    self.inner.limiter.block_for(wait).await;
                    limited += 1;
                    if wait > policy.max_rate_limit_wait || limited > policy.max_retries + 2 {
                        return Err(Error::RateLimited {
                            retry_after: Some(wait),
                        });
                    }
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
            .and_then(parse_reset);
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

/// Retry-After first, then X-RateLimit-Reset.
fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let get = |n: &str| h.get(n).and_then(|v| v.to_str().ok()).map(str::to_string);
    get("retry-after")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(Duration::from_secs_f64)
        .or_else(|| get("x-ratelimit-reset").and_then(|v| parse_reset(&v)))
}

/// Decodes the `data` of a response envelope (`{ data, status }` or `{ success, data }`),
/// naming the failing field's JSON path on error.
pub fn decode_envelope<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, Envelope<T>>(&mut de) {
        Ok(env) => Ok(env.data),
        Err(e) => {
            let path = e.path().to_string();
            Err(Error::decode(
                if path == "." { "$".to_string() } else { path },
                e.inner().to_string(),
                bytes,
            ))
        }
    }
}

fn transport_error(e: reqwest::Error) -> Error {
    if e.is_timeout() {
        Error::Timeout
    } else if e.is_connect() {
        Error::Network {
            message: "could not connect to the API (check the base URL and your connection)".into(),
        }
    } else {
        // Strip the URL: it is fine to show, but the message is clearer without it.
        let msg = e.without_url().to_string();
        Error::Network {
            message: format!("the connection failed: {msg}"),
        }
    }
}

pub(crate) fn error_for(status: StatusCode, bytes: &[u8]) -> Error {
    let body: ErrorBody = serde_json::from_slice(bytes).unwrap_or_default();
    let details = match body.error {
        Some(serde_json::Value::String(s)) => s,
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let message = body
        .message
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_string());
    let summary = if details.is_empty() {
        message.clone()
    } else {
        format!("{message} — {details}")
    };
    match status.as_u16() {
        400 | 409 | 422 => Error::Validation { message, details },
        401 => Error::Unauthorized { message: summary },
        403 => Error::Forbidden { message: summary },
        404 => Error::NotFound { message: summary },
        429 => Error::RateLimited { retry_after: None },
        s => Error::Server {
            status: s,
            message: summary,
        },
    }
}
