//! The v2 targeting searches: geography, interests and languages.

use super::{success, AD_PLATFORMS};
use crate::routes::{bad_request, body};
use crate::search;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};

fn search_request(raw: &Bytes) -> Result<String, Response> {
    let req = body(raw)?;
    let platform = req.get("adPlatform").and_then(Value::as_str).unwrap_or("");
    if !AD_PLATFORMS.contains(&platform) {
        return Err(bad_request(
            "adPlatform: must be meta or tiktok",
            format!("adPlatform {platform:?} is not supported"),
        ));
    }
    req.get("query")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|q| !q.is_empty())
        .map(str::to_string)
        .ok_or_else(|| bad_request("query: is required", "query must be a non-empty string"))
}

pub(super) async fn geography_search(raw: Bytes) -> Response {
    match search_request(&raw) {
        Ok(q) => {
            let hits: Vec<Value> = search::locations(&q)
                .into_iter()
                .map(|l| json!({ "id": l["key"], "type": l["type"], "name": l["name"], "countryCode": l["country_code"] }))
                .collect();
            success(StatusCode::OK, json!(hits))
        }
        Err(e) => e,
    }
}

pub(super) async fn interest_search(raw: Bytes) -> Response {
    match search_request(&raw) {
        Ok(q) => {
            let hits: Vec<Value> = search::interests(&q)
                .into_iter()
                .map(|i| json!({ "id": i["id"], "type": "interest", "name": i["name"],
                    "audienceSizeLowerBound": i["audience_size_lower_bound"], "audienceSizeUpperBound": i["audience_size_upper_bound"] }))
                .collect();
            success(StatusCode::OK, json!(hits))
        }
        Err(e) => e,
    }
}

pub(super) async fn language_search(raw: Bytes) -> Response {
    match search_request(&raw) {
        Ok(q) => {
            let hits: Vec<Value> = search::languages(&q)
                .into_iter()
                .map(|l| json!({ "id": l["key"], "type": "language", "name": l["name"] }))
                .collect();
            success(StatusCode::OK, json!(hits))
        }
        Err(e) => e,
    }
}
