//! The HTTP transport: the token as `Authorization: Bearer` (never in a URL), timeouts, no
//! redirects, capped bodies, the shared [`Scheduler`], retries for what is safe to repeat, and
//! decoding with field paths.

use crate::redact::redact_url;
use crate::response::{decode, error_for, form_body, read_capped, transport_error};
use crate::retry::RetryPolicy;
use crate::scheduler::Scheduler;
use crate::usage::Usage;
use crate::{AccessToken, Error, Result};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use reqwest::Method;
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::Duration;
use url::Url;

/// The documented base: the reference's examples are `graph.facebook.com/v10.0/...`.
pub const GRAPH_BASE: &str = "https://graph.facebook.com/v10.0";
/// The largest body read (a page of campaigns or insights is well under 1 MB).
pub const MAX_BODY: usize = 16 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Safety {
    /// Reads, updates and deletes: the same request twice has the same outcome.
    Idempotent,
    /// Creates: resent only when the server provably did nothing (no connection, or a
    /// throttling error).
    Once,
}

struct Inner {
    http: reqwest::Client,
    base: Url,
    token: AccessToken,
    scheduler: Scheduler,
    retry: RetryPolicy,
}

/// A Graph API client for one token. Cheap to clone; clones share the scheduler and pool.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.inner.base.as_str())
            .field("token", &self.inner.token)
            .finish()
    }
}

pub struct ClientBuilder {
    base: String,
    token: AccessToken,
    timeout: Duration,
    scheduler: Option<Scheduler>,
    retry: RetryPolicy,
}

impl ClientBuilder {
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = t;
        self
    }
    /// Share one scheduler between the clients of a token.
    pub fn scheduler(mut self, s: Scheduler) -> Self {
        self.scheduler = Some(s);
        self
    }
    pub fn retry(mut self, r: RetryPolicy) -> Self {
        self.retry = r;
        self
    }
    pub fn build(self) -> Result<Client> {
        let base = check_base(&self.base)?;
        let loopback = is_loopback(&base);
        let mut http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(self.timeout)
            // A redirect would carry the Authorization header elsewhere: never followed.
            .redirect(reqwest::redirect::Policy::none())
            .https_only(base.scheme() == "https")
            .user_agent(concat!("crescendo-meta-api/", env!("CARGO_PKG_VERSION")));
        if loopback {
            http = http.no_proxy();
        }
        let http = http.build().map_err(|e| Error::Config {
            message: format!("could not set up HTTP: {}", e.without_url()),
        })?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                token: self.token,
                scheduler: self.scheduler.unwrap_or_default(),
                retry: self.retry,
            }),
        })
    }
}

fn is_loopback(u: &Url) -> bool {
    match u.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// https anywhere, http only to this machine; no user info, query or fragment.
fn check_base(raw: &str) -> Result<Url> {
    let bad = |why: &str| Error::Config {
        message: format!("the Graph base URL {why}: use {GRAPH_BASE}"),
    };
    let u = Url::parse(raw.trim()).map_err(|_| bad("is not a URL"))?;
    if !u.username().is_empty() || u.password().is_some() {
        return Err(bad("must not contain a user name or password"));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(bad(
            "must not have a query or fragment (the token never goes in a URL)",
        ));
    }
    match u.scheme() {
        "https" => Ok(u),
        "http" if is_loopback(&u) => Ok(u),
        _ => Err(bad(
            "must be https (plain http only to 127.0.0.1 or localhost)",
        )),
    }
}

impl Client {
    pub fn builder(base_url: &str, token: AccessToken) -> ClientBuilder {
        ClientBuilder {
            base: base_url.to_string(),
            token,
            timeout: Duration::from_secs(30),
            scheduler: None,
            retry: RetryPolicy::default(),
        }
    }

    pub fn scheduler(&self) -> &Scheduler {
        &self.inner.scheduler
    }

    /// The Graph base this client sends to (no trailing slash): [`GRAPH_BASE`] spends money.
    pub fn base_url(&self) -> &str {
        self.inner.base.as_str().trim_end_matches('/')
    }

    pub(crate) fn url(&self, path: &str) -> Result<Url> {
        let joined = format!(
            "{}/{}",
            self.inner.base.as_str().trim_end_matches('/'),
            path.trim_start_matches('/')
        );
        Url::parse(&joined).map_err(|e| Error::Config {
            message: format!("bad URL {}: {e}", redact_url(&joined)),
        })
    }

    /// Sends one request under the scheduler and decodes the JSON answer.
    pub(crate) async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        form: Option<&[(&str, String)]>,
        safety: Safety,
    ) -> Result<T> {
        let bytes = self.send(method, path, query, form, safety).await?;
        decode(&bytes)
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        form: Option<&[(&str, String)]>,
        safety: Safety,
    ) -> Result<Vec<u8>> {
        let url = self.url(path)?;
        let policy = &self.inner.retry;
        let (mut failures, mut throttled) = (0u32, 0u32);
        loop {
            if let Err(wait) = self
                .inner
                .scheduler
                .acquire_within(policy.max_rate_limit_wait)
                .await
            {
                return Err(Error::RateLimited {
                    code: None,
                    retry_after: Some(wait),
                });
            }
            let mut req = self
                .inner
                .http
                .request(method.clone(), url.clone())
                .query(query)
                .headers(self.headers()?);
            if let Some(f) = form {
                req = req
                    .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(form_body(f));
            }
            let resp = match req.send().await {
                Ok(r) => r,
                Err(e) => {
                    let never_sent = e.is_connect();
                    let err = transport_error(e, &url);
                    if (never_sent || safety == Safety::Idempotent) && failures < policy.max_retries
                    {
                        failures += 1;
                        tokio::time::sleep(policy.backoff(failures)).await;
                        continue;
                    }
                    return Err(err);
                }
            };
            let status = resp.status();
            let headers = resp.headers().clone();
            let usage = Usage::from_headers(|n| headers.get(n).and_then(|v| v.to_str().ok()));
            self.inner.scheduler.observe(&usage).await;
            if status.is_redirection() {
                let location = headers
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("(no Location header)");
                return Err(Error::Redirect {
                    status: status.as_u16(),
                    location: redact_url(location),
                });
            }
            let bytes = match read_capped(resp).await {
                Ok(b) => b,
                Err(None) if status.is_success() => {
                    return Err(Error::TooLarge {
                        limit: MAX_BODY as u64,
                    })
                }
                Err(None) => Vec::new(),
                Err(Some(e)) => {
                    let err = transport_error(e, &url);
                    if safety == Safety::Idempotent && failures < policy.max_retries {
                        failures += 1;
                        tokio::time::sleep(policy.backoff(failures)).await;
                        continue;
                    }
                    return Err(err);
                }
            };
            if status.is_success() {
                return Ok(bytes);
            }
            let err = error_for(status, &bytes);
            if let Error::RateLimited { code, .. } = &err {
                // Graph refused before doing anything: waiting and resending is safe, creates too.
                throttled += 1;
                let wait = usage.wait().unwrap_or_else(|| policy.backoff(throttled));
                if wait > policy.max_rate_limit_wait || throttled > policy.max_throttled {
                    return Err(Error::RateLimited {
                        code: *code,
                        retry_after: Some(wait),
                    });
                }
                self.inner.scheduler.block_for(wait).await;
                continue;
            }
            let transient = matches!(&err, Error::Server { .. })
                || matches!(&err, Error::Graph { graph, .. } if matches!(graph.code, Some(1 | 2)));
            if transient && safety == Safety::Idempotent && failures < policy.max_retries {
                failures += 1;
                tokio::time::sleep(policy.backoff(failures)).await;
                continue;
            }
            return Err(err);
        }
    }

    fn headers(&self) -> Result<HeaderMap> {
        let mut h = HeaderMap::new();
        let mut auth = HeaderValue::from_str(&format!("Bearer {}", self.inner.token.expose()))
            .map_err(|_| Error::Config {
                message: "the access token has characters not allowed in a header".into(),
            })?;
        auth.set_sensitive(true);
        h.insert(AUTHORIZATION, auth);
        h.insert("accept", HeaderValue::from_static("application/json"));
        Ok(h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::StatusCode;

    #[test]
    fn base_urls() {
        assert!(check_base(GRAPH_BASE).is_ok());
        assert!(check_base("http://127.0.0.1:9/v10.0").is_ok());
        assert!(check_base("http://graph.facebook.com/v10.0").is_err());
        assert!(check_base("https://u:p@graph.facebook.com/v10.0").is_err());
        let e =
            check_base("https://graph.facebook.com/v10.0?access_token=EAAq").expect_err("query");
        assert!(!e.to_string().contains("EAAq"), "{e}");
    }

    #[test]
    fn debug_never_shows_the_token() {
        let c = Client::builder(
            "http://127.0.0.1:9/v10.0",
            AccessToken::new("EAAdebugsecret").expect("token"),
        )
        .build()
        .expect("client");
        let shown = format!("{c:?}");
        assert!(
            shown.contains("AccessToken(<redacted>)") && !shown.contains("EAAdebugsecret"),
            "{shown}"
        );
    }

    #[test]
    fn error_bodies() {
        let body = br#"{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190,"fbtrace_id":"A1"}}"#;
        assert_eq!(
            error_for(StatusCode::BAD_REQUEST, body).code(),
            "unauthorized"
        );
        assert_eq!(
            error_for(StatusCode::BAD_GATEWAY, b"<html>").code(),
            "server"
        );
        assert_eq!(error_for(StatusCode::BAD_REQUEST, b"nope").code(), "decode");
    }
}
