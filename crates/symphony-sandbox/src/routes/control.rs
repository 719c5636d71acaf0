//! Test and demo controls outside the documented API (under `/sandbox`, behind the same key
//! check): set a campaign's status to any of the 15 documented ones, or clear it so the
//! lifecycle decides again.

use super::{bad_request, not_found, ok};
use crate::lifecycle;
use crate::Shared;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{delete, put};
use axum::Router;
use serde_json::json;
use std::sync::Arc;

pub fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/campaign/{id}/status/{status}", put(force))
        .route("/campaign/{id}/status", delete(clear))
}

async fn force(State(s): State<Arc<Shared>>, Path((id, status)): Path<(u64, String)>) -> Response {
    let Some(status) = lifecycle::documented(&status) else {
        return bad_request(
            "Unknown status",
            format!(
                "{status:?} is not one of: {}",
                lifecycle::STATUSES.join(", ")
            ),
        );
    };
    if s.set_status(id, Some(status)) {
        ok(json!({ "id": id, "status": status }))
    } else {
        not_found("Campaign")
    }
}

async fn clear(State(s): State<Arc<Shared>>, Path(id): Path<u64>) -> Response {
    if s.set_status(id, None) {
        ok(json!({ "id": id, "status": null }))
    } else {
        not_found("Campaign")
    }
}
