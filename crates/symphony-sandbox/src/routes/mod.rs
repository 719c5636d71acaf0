// Helpers return `Result<_, Response>` so handlers can answer early with the documented error
// body; the response is built once per request, so boxing it would buy nothing.
#![allow(clippy::result_large_err)]

//! HTTP surface: v1 under `/advertising`, v2 under `/api/sym/v2`, behind the gate.

pub(crate) mod content;
mod control;
mod v1;
mod v1_edit;
mod v2;

use crate::gate::Caller;
use crate::store::Brand;
use crate::Shared;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use serde_json::{json, Value};
use std::sync::Arc;

pub fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .nest(
            "/advertising",
            v1::router().merge(content::youtube_router()),
        )
        .nest("/api/sym/v2", v2::router())
        .nest("/sandbox", control::router())
        .fallback(|| async { error(StatusCode::NOT_FOUND, "Not found", "No such endpoint") });
    api.layer(axum::middleware::from_fn_with_state(
        shared.clone(),
        crate::gate::gate,
    ))
    .with_state(shared)
}

/// The documented error body: `{ success: false, message, error }`.
pub fn error(code: StatusCode, message: impl Into<String>, detail: impl Into<String>) -> Response {
    (
        code,
        Json(json!({ "success": false, "message": message.into(), "error": detail.into() })),
    )
        .into_response()
}

pub fn bad_request(message: impl Into<String>, detail: impl Into<String>) -> Response {
    error(StatusCode::BAD_REQUEST, message, detail)
}

pub fn not_found(what: &str) -> Response {
    error(
        StatusCode::NOT_FOUND,
        format!("{what} not found"),
        format!("No {what} with that id for this brand"),
    )
}

/// The v1 success envelope: `{ data, status: 200 }`.
pub fn ok(data: Value) -> Response {
    Json(json!({ "data": data, "status": 200 })).into_response()
}

/// Parses a JSON body leniently so malformed input gets the documented error body.
pub fn body(bytes: &[u8]) -> Result<Value, Response> {
    if bytes.is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_slice(bytes)
        .map_err(|e| bad_request("The request body is not valid JSON", e.to_string()))
}

/// The brand a request acts for: `x-brand-id` (v1) or `brandId` (v2), else the key's default.
pub fn brand(s: &Shared, caller: &Caller, requested: Option<&str>) -> Result<Brand, Response> {
    let store = s.store();
    match requested.map(str::trim).filter(|r| !r.is_empty()) {
        None => store
            .default_brand(caller.partner_id)
            .cloned()
            .ok_or_else(|| {
                error(
                    StatusCode::NOT_FOUND,
                    "Brand not found",
                    "The key has no default brand",
                )
            }),
        Some(raw) => {
            let id: u64 = raw.parse().map_err(|_| {
                bad_request(
                    "Invalid brand id",
                    format!("brand id must be a number, got {raw:?}"),
                )
            })?;
            store
                .brand_for(caller.partner_id, id)
                .cloned()
                .ok_or_else(|| not_found("Brand"))
        }
    }
}

pub fn header_brand(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-brand-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// Ends the connection after a creation when the test asked to lose that response.
pub fn maybe_lose_response(s: &Shared) {
    let lose = {
        let mut f = s.faults();
        if f.lose_create_responses > 0 {
            f.lose_create_responses -= 1;
            true
        } else {
            false
        }
    };
    if lose {
        crate::gate::drop_connection();
    }
}

/// Ends the connection of a creation before anything is created, when the test asked for it:
/// the client cannot tell this from a response lost after the commit.
pub fn maybe_drop_before_commit(s: &Shared) {
    let drop = {
        let mut f = s.faults();
        if f.drop_create_before_commit > 0 {
            f.drop_create_before_commit -= 1;
            true
        } else {
            false
        }
    };
    if drop {
        crate::gate::drop_connection();
    }
}

/// Fails a creation with a 500 before it does anything, when the test asked for it.
pub fn maybe_fail_create(s: &Shared) -> Option<Response> {
    let mut f = s.faults();
    if f.fail_create_requests > 0 {
        f.fail_create_requests -= 1;
        return Some(error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal server error",
            "Injected failure before creation",
        ));
    }
    None
}
