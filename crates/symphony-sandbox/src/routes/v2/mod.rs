//! v2 (`/api/sym/v2`), as the FAQ describes it. Field names the FAQ does not give are the
//! sandbox's choices, listed in this crate's README; responses use `{ success, data }`.

mod brands;
mod campaigns;
mod rules;
mod search;
mod webhooks;

use crate::Shared;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use std::sync::Arc;

pub const AD_PLATFORMS: &[&str] = &["meta", "tiktok"];
pub const V2_CTAS: &[&str] = &["LEARN_MORE", "LISTEN_NOW", "VIEW_NOW"];
pub const EVENTS: &[&str] = &[
    "campaign.created",
    "campaign.updated",
    "campaign.processing",
    "campaign.completed",
    "campaign.failed",
];

pub fn router() -> Router<Arc<Shared>> {
    use brands::{api_test, create_brand, list_brands};
    use campaigns::{create_campaign, get_campaign, update_campaign};
    use search::{geography_search, interest_search, language_search};
    use webhooks::{create_webhook, list_webhooks};
    Router::new()
        .route("/api-test", get(api_test))
        .route("/brands", get(list_brands).post(create_brand))
        .route("/campaigns", post(create_campaign))
        .route("/campaigns/{id}", get(get_campaign).put(update_campaign))
        .route("/geography-search", post(geography_search))
        .route("/interest-search", post(interest_search))
        .route("/language-search", post(language_search))
        .route("/webhooks", get(list_webhooks).post(create_webhook))
}

fn success(code: StatusCode, data: Value) -> Response {
    (code, Json(json!({ "success": true, "data": data }))).into_response()
}

/// The brand a request names in its body (`brandId`, a number or a string).
fn brand_id_of(v: &Value) -> Option<String> {
    v.get("brandId").and_then(|b| {
        b.as_u64()
            .map(|n| n.to_string())
            .or_else(|| b.as_str().map(str::to_string))
    })
}
