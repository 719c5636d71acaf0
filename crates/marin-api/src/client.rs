//! The HTTP core: one place builds URLs (the token goes in `key`), one place sends, one place
//! turns statuses into typed errors, and one place ([`Client::exchange`]) scrubs every error
//! through [`redact_url`] before a caller sees it.

use crate::error::{fields_of, message_of, Error, Result};
use crate::paging::Page;
use crate::redact::redact_url;
use crate::secret::AgencyToken;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::time::Duration;
use url::Url;

/// Bodies larger than this are refused (the largest documented answer is a few KB a row).
pub const MAX_BODY: usize = 16 * 1024 * 1024;

pub struct ClientBuilder {
    base: String,
    token: AgencyToken,
    timeout: Duration,
    connect_timeout: Duration,
}

impl ClientBuilder {
    /// Per-request timeout (default 30 s).
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = t;
        self
    }
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.connect_timeout = t;
        self
    }

    /// Checks the base URL: `https://`, or `http://` only to this machine; no user, password,
    /// query or fragment (the token is added by the client, never taken from the URL).
    pub fn build(self) -> Result<Client> {
        let config = |m: &str| Error::Config { message: m.into() };
        let base = Url::parse(self.base.trim())
            .map_err(|e| config(&format!("the base URL is not a URL: {e}")))?;
        let loopback = match base.host() {
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        match base.scheme() {
            "https" => {}
            "http" if loopback => {}
            "http" => {
                return Err(config(
                    "the base URL must be https (http only to this machine)",
                ))
            }
            other => return Err(config(&format!("unsupported scheme {other:?}"))),
        }
        if base.cannot_be_a_base() || base.host().is_none() {
            return Err(config("the base URL has no host"));
        }
        if !base.username().is_empty() || base.password().is_some() {
            return Err(config("the base URL must not hold a user name or password"));
        }
        if base.query().is_some() || base.fragment().is_some() {
            return Err(config("the base URL must not have a query or fragment"));
        }
        let mut http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            // A redirect would carry the token (it is in the URL) to wherever it points.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("crescendo-marin-api/", env!("CARGO_PKG_VERSION")));
        if loopback {
            http = http.no_proxy();
        }
        let http = http.build().map_err(|e| Error::Config {
            message: format!("could not start the HTTP client: {}", e.without_url()),
        })?;
        Ok(Client {
            http,
            base,
            token: self.token,
        })
    }
}

/// One client per agency token; cheap to clone.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    token: AgencyToken,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base.as_str())
            .field("token", &self.token)
            .finish()
    }
}

/// What a request carries.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    None,
    /// `application/x-www-form-urlencoded`, as the reference asks for POST, PUT and DELETE.
    Form(Vec<(&'static str, String)>),
}

/// One request: method, path segments below the base, query pairs (the `key` is added first,
/// as in the documented examples), body.
pub(crate) struct Call {
    pub method: Method,
    pub path: Vec<String>,
    pub query: Vec<(&'static str, String)>,
    pub body: Body,
}

impl Call {
    pub fn new(method: Method, path: &[&str]) -> Call {
        Call {
            method,
            path: path.iter().map(|s| s.to_string()).collect(),
            query: Vec::new(),
            body: Body::None,
        }
    }
    pub fn query(mut self, pairs: impl IntoIterator<Item = (&'static str, String)>) -> Call {
        self.query.extend(pairs);
        self
    }
    pub fn form(mut self, pairs: Vec<(&'static str, String)>) -> Call {
        self.body = Body::Form(pairs);
        self
    }
}

/// A successful answer: its status (200, 201 or 202) and its body.
pub(crate) struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Client {
    /// `base_url` is the API's origin (`https://api.mysocialpixel.com`), or a path below
    /// which the documented paths start.
    pub fn builder(base_url: &str, token: AgencyToken) -> ClientBuilder {
        ClientBuilder {
            base: base_url.to_string(),
            token,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
        }
    }

    /// The base URL (it never holds the token).
    pub fn base_url(&self) -> &str {
        self.base.as_str()
    }

    /// The one function that puts the token into a URL.
    fn url(&self, call: &Call) -> Url {
        let mut u = self.base.clone();
        if let Ok(mut p) = u.path_segments_mut() {
            p.pop_if_empty();
            p.extend(&call.path);
        }
        {
            let mut q = u.query_pairs_mut();
            q.append_pair("key", self.token.expose());
            for (k, v) in &call.query {
                q.append_pair(k, v);
            }
        }
        u
    }

    /// Sends `call`, decodes a success with `decode`, and passes any error through the
    /// redaction: every public method of the client goes through here.
    pub(crate) async fn exchange<T>(
        &self,
        call: Call,
        decode: impl FnOnce(Answer) -> Result<T>,
    ) -> Result<T> {
        let result = match self.send(call).await {
            Ok(answer) => decode(answer),
            Err(e) => Err(e),
        };
        result.map_err(|e| self.scrub(e))
    }

    pub(crate) fn scrub(&self, e: Error) -> Error {
        e.map_strings(|s| redact_url(s, Some(&self.token)))
    }

    /// A `range.next` (or any server-given link) as callers may see it.
    pub(crate) fn redact_link(&self, link: &str) -> String {
        redact_url(link, Some(&self.token))
    }

    async fn send(&self, call: Call) -> Result<Answer> {
        let url = self.url(&call);
        let mut req = self.http.request(call.method.clone(), url);
        if let Body::Form(pairs) = &call.body {
            req = req.form(pairs);
        }
        let resp = req.send().await.map_err(transport)?;
        let status = resp.status().as_u16();
        let location = resp
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = read_capped(resp).await?;
        match status {
            200..=202 => Ok(Answer { status, body }),
            _ => Err(status_error(status, &body, location)),
        }
    }
}

async fn read_capped(mut resp: reqwest::Response) -> Result<Vec<u8>> {
    if resp.content_length().is_some_and(|n| n > MAX_BODY as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(transport)? {
        if body.len() + chunk.len() > MAX_BODY {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn too_large() -> Error {
    Error::Decode {
        path: String::new(),
        message: format!("the response is larger than {MAX_BODY} bytes; it was not read"),
        body: String::new(),
    }
}

/// A reqwest failure, without its URL (the URL holds the token; the scrub would catch it, but
/// there is no reason to carry it that far).
fn transport(e: reqwest::Error) -> Error {
    if e.is_timeout() {
        return Error::Timeout;
    }
    let e = e.without_url();
    let mut message = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    Error::Network { message }
}

/// The documented 4xx/5xx statuses as typed errors; 4xx bodies carry "an array with a message
/// key", 400 bodies describe the form.
pub(crate) fn status_error(status: u16, body: &[u8], location: Option<String>) -> Error {
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    let mut message = parsed.as_ref().map(message_of).unwrap_or_default();
    if message.is_empty() {
        message = match location {
            Some(l) => format!("redirect to {l}, not followed"),
            None => excerpt(body),
        };
    }
    match status {
        400 => Error::Form {
            message,
            fields: parsed.as_ref().map(fields_of).unwrap_or_default(),
        },
        401 => Error::Unauthorized { message },
        403 => Error::Forbidden { message },
        404 => Error::NotFound { message },
        500..=599 => Error::Server { status, message },
        _ => Error::Status { status, message },
    }
}

fn excerpt(body: &[u8]) -> String {
    const KEEP: usize = 300;
    let text = String::from_utf8_lossy(body);
    let t: String = text.chars().take(KEEP).collect();
    if text.chars().count() > KEEP {
        format!("{t}… ({} bytes)", body.len())
    } else {
        t
    }
}

fn decode_error(path: String, message: String, body: &[u8]) -> Error {
    Error::Decode {
        path,
        message,
        body: excerpt(body),
    }
}

fn parse_value(body: &[u8]) -> Result<Value> {
    serde_json::from_slice(body).map_err(|e| decode_error(String::new(), e.to_string(), body))
}

fn typed<T: DeserializeOwned>(v: Value, prefix: &str, body: &[u8]) -> Result<T> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let inner = e.path().to_string();
        let path = match (prefix.is_empty(), inner.as_str()) {
            (true, _) => inner.clone(),
            (false, ".") => prefix.to_string(),
            (false, i) if i.starts_with('[') => format!("{prefix}{inner}"),
            (false, _) => format!("{prefix}.{inner}"),
        };
        decode_error(path, e.inner().to_string(), body)
    })
}

/// One resource. The reference shows four envelopes for one resource: `{"data": {..}}` (gets),
/// a bare object (campaign create/update/perform, ad get/perform), a one-element list (ad set
/// create/update) and, by extension, `{"data": [..]}`; all are read.
pub(crate) fn one<T: DeserializeOwned>(answer: &Answer) -> Result<T> {
    let v = parse_value(&answer.body)?;
    let (node, prefix) = match v {
        Value::Object(mut o)
            if matches!(o.get("data"), Some(Value::Object(_) | Value::Array(_))) =>
        {
            (o.remove("data").unwrap_or(Value::Null), "data")
        }
        other => (other, ""),
    };
    let (node, prefix) = match node {
        Value::Array(mut a) if a.len() == 1 => (a.remove(0), format!("{prefix}[0]")),
        Value::Array(a) => {
            return Err(decode_error(
                prefix.to_string(),
                format!("expected one resource, got a list of {}", a.len()),
                &answer.body,
            ))
        }
        other => (other, prefix.to_string()),
    };
    typed(node, &prefix, &answer.body)
}

/// A page: `{"data": [..], "range": {..}}`; `range.next` comes back redacted.
pub(crate) fn page<T: DeserializeOwned>(client: &Client, answer: &Answer) -> Result<Page<T>> {
    let v = parse_value(&answer.body)?;
    let Value::Object(mut o) = v else {
        return Err(decode_error(
            String::new(),
            "expected an object with data".into(),
            &answer.body,
        ));
    };
    let data = match o.remove("data") {
        Some(d @ Value::Array(_)) => typed(d, "data", &answer.body)?,
        _ => {
            return Err(decode_error(
                "data".into(),
                "expected a list".into(),
                &answer.body,
            ))
        }
    };
    let range = match o.remove("range") {
        None | Some(Value::Null) => None,
        Some(r) => {
            let mut r: crate::paging::Range = typed(r, "range", &answer.body)?;
            r.next = r.next.map(|n| client.redact_link(&n));
            Some(r)
        }
    };
    Ok(Page { data, range })
}
