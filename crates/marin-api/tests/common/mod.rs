//! Helpers shared by the client's integration tests: the documented examples, a scriptable
//! server on 127.0.0.1 that records what it receives, and clients for both.
#![allow(dead_code)]

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use marin_api::{AgencyToken, Client};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const TOKEN: &str = "tok-SECRET-4242xyz";

/// A documented example, verbatim but for the `[...]` elision lines (see fixtures/README.md).
pub fn doc(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/{name}.as-documented.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim() == "[...]" {
            // The elision follows "}," : drop that comma.
            if let Some(last) = out.pop() {
                out.push(last.strip_suffix(',').unwrap_or(last));
            }
            continue;
        }
        out.push(line);
    }
    out.join("\n")
}

#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: String,
    pub content_type: Option<String>,
    pub body: String,
}

/// How the server answers: status, extra headers, body, and a delay before answering.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
    pub delay: Duration,
}

impl Reply {
    pub fn json(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            headers: vec![],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }
}

type Script = dyn Fn(usize, &Seen) -> Reply + Send + Sync;

#[derive(Clone)]
struct Inner {
    seen: Arc<Mutex<Vec<Seen>>>,
    script: Arc<Script>,
}

pub struct Capture {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Capture {
    /// Answers the n-th request (0-based) with `script(n, request)`.
    pub async fn start(script: impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static) -> Capture {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let inner = Inner {
            seen: seen.clone(),
            script: Arc::new(script),
        };
        let app = axum::Router::new().fallback(answer).with_state(inner);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Capture {
            url: format!("http://{addr}"),
            seen,
        }
    }

    /// Always the same answer.
    pub async fn fixed(status: u16, body: impl Into<String>) -> Capture {
        let body = body.into();
        Capture::start(move |_, _| Reply::json(status, body.clone())).await
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }

    /// The only request received.
    pub fn one(&self) -> Seen {
        let all = self.requests();
        assert_eq!(all.len(), 1, "{all:#?}");
        all[0].clone()
    }
}

async fn answer(
    State(inner): State<Inner>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let seen = Seen {
        method: method.to_string(),
        path: uri.path().to_string(),
        query: uri.query().unwrap_or_default().to_string(),
        content_type: headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let n = {
        let mut all = inner.seen.lock().expect("lock");
        all.push(seen.clone());
        all.len() - 1
    };
    let reply = (inner.script)(n, &seen);
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    let mut resp = (
        StatusCode::from_u16(reply.status).expect("status"),
        [(header::CONTENT_TYPE, "application/json")],
        reply.body,
    )
        .into_response();
    for (name, value) in reply.headers {
        if let Ok(v) = value.parse() {
            resp.headers_mut().insert(name, v);
        }
    }
    resp
}

pub fn client(url: &str) -> Client {
    client_with(url, TOKEN)
}

pub fn client_with(url: &str, token: &str) -> Client {
    Client::builder(url, AgencyToken::new(token).expect("token"))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// The query the client should send: the token first, as in the documented examples.
pub fn q(rest: &str) -> String {
    if rest.is_empty() {
        format!("key={TOKEN}")
    } else {
        format!("key={TOKEN}&{rest}")
    }
}

pub const FORM: &str = "application/x-www-form-urlencoded";
