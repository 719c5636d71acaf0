//! `/api-test` and `/brands`: the key's check and the artists (brands) it acts for.

use super::success;
use crate::gate::Caller;
use crate::routes::{bad_request, body, brand};
use crate::store::{slug, Brand};
use crate::{money, Shared};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use chrono::SecondsFormat;
use serde_json::{json, Value};
use std::sync::Arc;

fn brand_json(b: &Brand) -> Value {
    json!({
        "id": b.id, "name": b.name, "slug": b.slug, "currency": b.currency,
        "spotifyArtistId": b.spotify_artist_id, "isDefault": b.is_default,
        "createdAt": b.created_at.to_rfc3339_opts(SecondsFormat::Millis, true),
    })
}

pub(super) async fn api_test(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
) -> Response {
    match brand(&s, &caller, None) {
        Ok(b) => success(
            StatusCode::OK,
            json!({ "message": "API key is valid", "brandId": b.id, "brandName": b.name }),
        ),
        Err(e) => e,
    }
}

pub(super) async fn list_brands(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
) -> Response {
    let brands: Vec<Value> = s
        .store()
        .brands
        .values()
        .filter(|b| b.partner_id == caller.partner_id)
        .map(brand_json)
        .collect();
    success(StatusCode::OK, json!(brands))
}

pub(super) async fn create_brand(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    raw: Bytes,
) -> Response {
    let req = match body(&raw) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let Some(name) = req
        .get("name")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|n| !n.is_empty())
    else {
        return bad_request("name is required", "name: the artist or brand name");
    };
    if name.chars().count() > 100 {
        return bad_request("name is too long", "name must be at most 100 characters");
    }
    let currency = req
        .get("currency")
        .and_then(Value::as_str)
        .unwrap_or("USD")
        .to_uppercase();
    if money::currency(&currency).is_none() {
        return bad_request(
            "Unsupported currency",
            format!("currency {currency} is not supported"),
        );
    }
    let spotify = req
        .get("spotifyArtistId")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if let Some(sp) = spotify {
        if sp.len() != 22 || !sp.chars().all(|c| c.is_ascii_alphanumeric()) {
            return bad_request(
                "Invalid spotifyArtistId",
                "spotifyArtistId must be the 22-character id from the artist's Spotify URL",
            );
        }
    }
    let b = {
        let mut st = s.store();
        if st
            .brands
            .values()
            .any(|b| b.partner_id == caller.partner_id && b.name.eq_ignore_ascii_case(name))
        {
            return bad_request(
                "Brand already exists",
                format!("A brand named {name:?} already exists"),
            );
        }
        let id = st.next_id();
        let b = Brand {
            id,
            partner_id: caller.partner_id,
            name: name.to_string(),
            slug: slug(name),
            currency,
            spotify_artist_id: spotify.map(str::to_string),
            created_at: s.clock.now(),
            is_default: false,
        };
        st.brands.insert(id, b.clone());
        b
    };
    s.persist();
    success(StatusCode::CREATED, brand_json(&b))
}
