//! What every request passes before a handler: recording, injected faults, authentication and
//! the per-key rate limit (with `X-RateLimit-*` headers on every response).

use crate::config::KeyStatus;
use crate::recorder::Recorded;
use crate::rng::Rng;
use crate::routes::error;
use crate::Shared;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Who is calling: set by the gate for the handlers.
#[derive(Debug, Clone)]
pub struct Caller {
    pub partner_id: u64,
}

#[derive(Debug, Default)]
pub struct RateLimiter(Mutex<HashMap<String, (Instant, u32)>>);

pub struct Verdict {
    pub allowed: bool,
    pub remaining: u32,
    pub reset_in: Duration,
}

impl RateLimiter {
    /// Fixed window per key, starting at the key's first request.
    pub fn check(&self, key: &str, limit: u32, window: Duration) -> Verdict {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let entry = map.entry(key.to_string()).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        let reset_in = window.saturating_sub(now.duration_since(entry.0));
        if entry.1 >= limit {
            return Verdict {
                allowed: false,
                remaining: 0,
                reset_in,
            };
        }
        entry.1 += 1;
        Verdict {
            allowed: true,
            remaining: limit - entry.1,
            reset_in,
        }
    }
}

fn header(req: &Request, name: &str) -> Option<String> {
    req.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

pub async fn gate(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, 2 * 1024 * 1024).await.unwrap_or_default();
    let req = Request::from_parts(parts, Body::from(bytes.clone()));
    let mut rec = Recorded {
        method: req.method().to_string(),
        path: req.uri().path().to_string(),
        query: req.uri().query().map(str::to_string),
        api_key: header(&req, "x-api-key"),
        brand_id: header(&req, "x-brand-id"),
        body: serde_json::from_slice(&bytes).ok(),
        status: 0,
    };
    let response = handle(&s, req, next).await;
    rec.status = response.status().as_u16();
    s.recorder.push(rec);
    response
}

async fn handle(s: &Arc<Shared>, mut req: Request, next: Next) -> Response {
    let faults = s.faults().clone();
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    let n = s.counter.fetch_add(1, Ordering::Relaxed);
    let mut roll = Rng::derive(s.config.seed, &[0xFA17, n]);
    if faults.drop_rate > 0.0 && roll.unit() < faults.drop_rate {
        drop_connection();
    }
    if faults.error_rate > 0.0 && roll.unit() < faults.error_rate {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal server error",
            "Injected fault",
        );
    }

    let key = header(&req, "x-api-key").unwrap_or_default();
    let verdict = s
        .limiter
        .check(&key, s.config.rate_limit, s.config.rate_window);
    let mut response = if !verdict.allowed {
        let mut r = error(
            StatusCode::TOO_MANY_REQUESTS,
            "Too many requests",
            format!(
                "Rate limit of {} requests per window exceeded",
                s.config.rate_limit
            ),
        );
        let secs = verdict.reset_in.as_secs_f64().ceil().max(1.0) as u64;
        r.headers_mut()
            .insert("retry-after", HeaderValue::from(secs));
        r
    } else {
        match s.config.keys.iter().find(|k| !key.is_empty() && k.key == key) {
            _ if key.is_empty() => error(StatusCode::UNAUTHORIZED, "Unauthorized", "The x-api-key header is missing"),
            None => error(StatusCode::UNAUTHORIZED, "Unauthorized", "The API key is not recognized"),
            Some(k) => match &k.status {
                KeyStatus::Inactive(why) => error(
                    StatusCode::FORBIDDEN,
                    "Forbidden",
                    format!("The API key is not active ({why}); contact your representative to reactivate it"),
                ),
                KeyStatus::Active => {
                    req.extensions_mut().insert(Caller { partner_id: k.partner_id });
                    next.run(req).await
                }
            },
        }
    };
    let reset_at = SystemTime::now()
        .checked_add(verdict.reset_in)
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_secs_f64().ceil() as u64)
        .unwrap_or(0);
    let h = response.headers_mut();
    h.insert("x-ratelimit-limit", HeaderValue::from(s.config.rate_limit));
    h.insert(
        "x-ratelimit-remaining",
        HeaderValue::from(verdict.remaining),
    );
    h.insert("x-ratelimit-reset", HeaderValue::from(reset_at));
    // The sandbox's clock, not the machine's: tests move it.
    if let Ok(v) = HeaderValue::from_str(
        &s.clock
            .now()
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string(),
    ) {
        h.insert("date", v);
    }
    response
}

/// Ends the connection without a response, like a network failure. `resume_unwind` skips the
/// panic hook, so nothing is printed; hyper's connection task ends and the socket closes.
pub fn drop_connection() -> ! {
    std::panic::resume_unwind(Box::new("sandbox: injected dropped connection"))
}
