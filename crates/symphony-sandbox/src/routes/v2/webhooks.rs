//! `/webhooks`: registering where campaign events go, and listing them.

use super::{brand_id_of, success, EVENTS};
use crate::gate::Caller;
use crate::routes::{bad_request, body, brand};
use crate::store::Webhook;
use crate::Shared;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use chrono::SecondsFormat;
use serde_json::{json, Value};
use std::sync::Arc;

fn webhook_json(w: &Webhook) -> Value {
    json!({ "id": w.id, "brandId": w.brand_id, "url": w.url, "events": w.events, "status": "pending",
        "createdAt": w.created_at.to_rfc3339_opts(SecondsFormat::Millis, true) })
}

pub(super) async fn create_webhook(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    raw: Bytes,
) -> Response {
    let req = match body(&raw) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let b = match brand(&s, &caller, brand_id_of(&req).as_deref()) {
        Ok(b) => b,
        Err(e) => return e,
    };
    let Some(url) = req
        .get("url")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
    else {
        return bad_request(
            "url: is required as an http(s) URL",
            "url is where events are delivered",
        );
    };
    let events: Vec<String> = match req.get("events") {
        None => EVENTS.iter().map(|e| e.to_string()).collect(),
        Some(v) => match v.as_array() {
            Some(a)
                if !a.is_empty()
                    && a.iter()
                        .all(|e| e.as_str().map(|e| EVENTS.contains(&e)).unwrap_or(false)) =>
            {
                a.iter()
                    .filter_map(|e| e.as_str().map(str::to_string))
                    .collect()
            }
            _ => {
                return bad_request(
                    format!("events: must be a list of {}", EVENTS.join(", ")),
                    "unknown event",
                )
            }
        },
    };
    let w = {
        let mut st = s.store();
        let id = st.next_id();
        let w = Webhook {
            id,
            brand_id: b.id,
            url: url.into(),
            events,
            created_at: s.clock.now(),
        };
        st.webhooks.push(w.clone());
        w
    };
    s.persist();
    success(StatusCode::CREATED, webhook_json(&w))
}

pub(super) async fn list_webhooks(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
) -> Response {
    let st = s.store();
    let hooks: Vec<Value> = st
        .webhooks
        .iter()
        .filter(|w| {
            st.brands
                .get(&w.brand_id)
                .map(|b| b.partner_id == caller.partner_id)
                .unwrap_or(false)
        })
        .map(webhook_json)
        .collect();
    success(StatusCode::OK, json!(hooks))
}
