//! Sending one request under the scheduler: the retry loop, reading the capped body, the auth
//! headers and what the rate-limit headers say.

use super::{Api, Client, Raw, Safety};
use crate::body::{read_capped, redirect_error, ReadError};
use crate::rate_headers::parse_wait;
use crate::response::{error_for, transport_error};
use crate::{Error, Result};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use std::time::Duration;
use url::Url;

impl Client {
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
