#![allow(dead_code)]
//! Helpers shared by the sandbox's HTTP tests: start a sandbox, call it over real HTTP.

pub mod shape;

use chrono::{DateTime, Utc};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::time::Duration as StdDuration;
use symphony_sandbox::{Clock, Lifecycle, Sandbox, SandboxConfig, DEMO_KEY};

pub fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("valid date")
}

/// A demo sandbox whose clock is frozen at `t0()`.
pub async fn fixed(config: SandboxConfig) -> Sandbox {
    Sandbox::start_with_clock(config, Clock::fixed(t0()))
        .await
        .expect("sandbox starts")
}

/// No demo data, and a one-minute review: each test makes the campaigns it reads.
pub fn quiet() -> SandboxConfig {
    SandboxConfig {
        demo_data: false,
        lifecycle: Lifecycle {
            review: StdDuration::from_secs(60),
        },
        ..SandboxConfig::default()
    }
}

pub async fn demo() -> Sandbox {
    fixed(SandboxConfig::default()).await
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

pub async fn call(
    sb: &Sandbox,
    method: Method,
    path: &str,
    key: Option<&str>,
    brand: Option<&str>,
    body: Option<Value>,
) -> Resp {
    let url = format!("http://{}{}", sb.addr(), path);
    let mut req = reqwest::Client::new().request(method, url);
    if let Some(k) = key {
        req = req.header("x-api-key", k);
    }
    if let Some(b) = brand {
        req = req.header("x-brand-id", b);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let r = req.send().await.expect("request reaches the sandbox");
    let status = r.status();
    let headers = r.headers().clone();
    let body = r.json().await.unwrap_or(Value::Null);
    Resp {
        status,
        headers,
        body,
    }
}

pub async fn get(sb: &Sandbox, path: &str) -> Resp {
    call(sb, Method::GET, path, Some(DEMO_KEY), None, None).await
}

pub async fn post(sb: &Sandbox, path: &str, body: Value) -> Resp {
    call(sb, Method::POST, path, Some(DEMO_KEY), None, Some(body)).await
}

pub async fn put(sb: &Sandbox, path: &str, body: Option<Value>) -> Resp {
    call(sb, Method::PUT, path, Some(DEMO_KEY), None, body).await
}

/// The documented boost_instagram example, with dates around the test clock.
pub fn boost() -> Value {
    json!({
        "provider": "facebook", "campaign_type": "boost_instagram", "campaign_name": "test create campaign boost",
        "metadata": {
            "budget": { "value": 120, "currency": "USD" },
            "start_date": "2026-03-03T05:00:00.000Z", "end_date": "2026-03-13T05:00:00.000Z",
            "call_to_action": "LEARN_MORE",
            "public_video_links": [{ "format_type": "story", "name": "phoneVideo",
                "thumbnail": "https://res.cloudinary.com/symphonyos/video/upload/c_limit,h_60,w_90/v1722633952/symphony/phoneVideo_o5ncrd.jpg",
                "url": "https://res.cloudinary.com/symphonyos/video/upload/v1722633952/symphony/phoneVideo_o5ncrd.mp4" }],
            "targeting_countries": [{ "name": "Recommended Markets", "budget": 1, "locations": [
                { "value": "US", "label": "United States of America", "type": "country", "region_id": null, "country_code": null },
                { "value": "3847", "label": "California", "type": "region", "country_code": "US" }
            ]}]
        }
    })
}
