//! Configuring a [`Client`]: endpoints, key, timeouts, limits, retries and extra trust roots.

use super::{Client, Inner};
use crate::body::DEFAULT_MAX_BODY;
use crate::endpoints::Endpoints;
use crate::ratelimit::RateLimiter;
use crate::retry::RetryPolicy;
use crate::{ApiKey, Error, Result};
use std::sync::Arc;
use std::time::Duration;

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
}
