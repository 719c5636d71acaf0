//! v2 (`/api/sym/v2`), as the FAQ describes it. Field names the FAQ does not give are the
//! sandbox's choices, listed in this crate's README; responses use `{ success, data }`.

use super::{bad_request, body, brand, maybe_lose_response, not_found};
use crate::gate::Caller;
use crate::store::{slug, Brand, V2Campaign, Webhook};
use crate::{money, search, validate, Shared};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use chrono::SecondsFormat;
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

fn brand_json(b: &Brand) -> Value {
    json!({
        "id": b.id, "name": b.name, "slug": b.slug, "currency": b.currency,
        "spotifyArtistId": b.spotify_artist_id, "isDefault": b.is_default,
        "createdAt": b.created_at.to_rfc3339_opts(SecondsFormat::Millis, true),
    })
}

fn brand_id_of(v: &Value) -> Option<String> {
    v.get("brandId").and_then(|b| {
        b.as_u64()
            .map(|n| n.to_string())
            .or_else(|| b.as_str().map(str::to_string))
    })
}

async fn api_test(State(s): State<Arc<Shared>>, Extension(caller): Extension<Caller>) -> Response {
    match brand(&s, &caller, None) {
        Ok(b) => success(
            StatusCode::OK,
            json!({ "message": "API key is valid", "brandId": b.id, "brandName": b.name }),
        ),
        Err(e) => e,
    }
}

async fn list_brands(
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

async fn create_brand(
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

fn v2_status(s: &Shared, c: &V2Campaign) -> &'static str {
    let now = s.clock.now();
    let review = chrono::Duration::from_std(s.config.lifecycle.review).unwrap_or_default();
    let end = validate::parse_date(c.input.get("endDate"));
    let start = validate::parse_date(c.input.get("startDate"));
    if now < c.created_at + review / 2 {
        "SUBMITTED"
    } else if now < c.created_at + review {
        "IN_REVIEW"
    } else if end.map(|e| now >= e).unwrap_or(false) {
        "FINISHED"
    } else if c.paused {
        "PAUSED"
    } else if start.map(|st| now < st).unwrap_or(false) {
        "SCHEDULED"
    } else {
        "ACTIVE"
    }
}

fn campaign_json(s: &Shared, c: &V2Campaign) -> Value {
    json!({
        "id": c.id, "brandId": c.brand_id, "adPlatform": c.ad_platform, "status": v2_status(s, c),
        "paused": c.paused, "campaignInput": c.input,
        "createdAt": c.created_at.to_rfc3339_opts(SecondsFormat::Millis, true),
        "updatedAt": c.updated_at.to_rfc3339_opts(SecondsFormat::Millis, true),
    })
}

fn validate_input(platform: &str, input: &Value, currency_of_brand: &str) -> validate::Problems {
    let mut p = validate::Problems::default();
    let text = |k: &str| {
        input
            .get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    if text("name").is_none() {
        p.add("campaignInput.name", "is required");
    }
    let start = validate::parse_date(input.get("startDate"));
    let end = validate::parse_date(input.get("endDate"));
    if start.is_none() {
        p.add(
            "campaignInput.startDate",
            "is required as an ISO 8601 date-time",
        );
    }
    if end.is_none() {
        p.add(
            "campaignInput.endDate",
            "is required as an ISO 8601 date-time",
        );
    }
    if let (Some(st), Some(en)) = (start, end) {
        if en <= st {
            p.add("campaignInput.endDate", "must be after startDate");
        }
    }
    match validate::exact_number(input.get("budget")) {
        Some(b) if b > money::Decimal::ZERO => {}
        _ => p.add(
            "campaignInput.budget",
            "must be a positive number (the lifetime budget)",
        ),
    }
    match text("currency") {
        Some(c) if c != currency_of_brand => p.add(
            "campaignInput.currency",
            format!("{c} does not match the ad account currency {currency_of_brand}"),
        ),
        Some(_) => {}
        None => p.add("campaignInput.currency", "is required, e.g. USD"),
    }
    match text("link") {
        Some(l) if l.starts_with("https://") || l.starts_with("http://") => {}
        _ => p.add("campaignInput.link", "is required as an http(s) URL"),
    }
    if platform == "meta" {
        if let Some(cta) = input.get("callToAction") {
            if !cta.as_str().map(|c| V2_CTAS.contains(&c)).unwrap_or(false) {
                p.add(
                    "campaignInput.callToAction",
                    format!("must be one of {}", V2_CTAS.join(", ")),
                );
            }
        }
    }
    let t = input.get("targetingConfig").cloned().unwrap_or(json!({}));
    if let Some(g) = t.get("genders") {
        let ok = g
            .as_array()
            .map(|a| {
                a.iter()
                    .all(|x| matches!(x.as_str(), Some("MALE" | "FEMALE")))
            })
            .unwrap_or(false);
        if !ok {
            p.add(
                "campaignInput.targetingConfig.genders",
                "must be a list of MALE and/or FEMALE",
            );
        }
    }
    let min = t.get("minAge").and_then(Value::as_i64);
    let max = t.get("maxAge").and_then(Value::as_i64);
    if platform == "meta" && (min.is_none() || max.is_none()) {
        p.add(
            "campaignInput.targetingConfig",
            "minAge and maxAge are required for Meta campaigns",
        );
    }
    for (k, v) in [("minAge", min), ("maxAge", max)] {
        if let Some(v) = v {
            if !(13..=65).contains(&v) {
                p.add(
                    format!("campaignInput.targetingConfig.{k}"),
                    format!("{v} must be between 13 and 65"),
                );
            }
        }
    }
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo > hi {
            p.add(
                "campaignInput.targetingConfig",
                format!("minAge ({lo}) must not exceed maxAge ({hi})"),
            );
        }
    }
    p
}

async fn create_campaign(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    raw: Bytes,
) -> Response {
    if let Some(r) = super::maybe_fail_create(&s) {
        return r;
    }
    let req = match body(&raw) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let platform = req.get("adPlatform").and_then(Value::as_str).unwrap_or("");
    if !AD_PLATFORMS.contains(&platform) {
        return bad_request(
            "adPlatform: must be meta or tiktok",
            format!("adPlatform {platform:?} is not supported"),
        );
    }
    let b = match brand(&s, &caller, brand_id_of(&req).as_deref()) {
        Ok(b) => b,
        Err(e) => return e,
    };
    let Some(input) = req.get("campaignInput").filter(|i| i.is_object()) else {
        return bad_request(
            "campaignInput: is required",
            "campaignInput must be an object",
        );
    };
    let p = validate_input(platform, input, &b.currency);
    if !p.is_empty() {
        let (m, d) = p.summary();
        return bad_request(m, d);
    }
    let now = s.clock.now();
    let c = {
        let mut st = s.store();
        let id = st.next_id();
        let c = V2Campaign {
            id,
            brand_id: b.id,
            ad_platform: platform.into(),
            input: input.clone(),
            created_at: now,
            updated_at: now,
            paused: false,
        };
        st.v2_campaigns.insert(id, c.clone());
        c
    };
    s.persist();
    maybe_lose_response(&s);
    success(StatusCode::CREATED, campaign_json(&s, &c))
}

fn find(s: &Shared, caller: &Caller, id: &str) -> Result<V2Campaign, Response> {
    let id: u64 = id
        .parse()
        .map_err(|_| bad_request("Invalid campaign id", format!("{id:?} is not a number")))?;
    let st = s.store();
    let c = st
        .v2_campaigns
        .get(&id)
        .cloned()
        .ok_or_else(|| not_found("Campaign"))?;
    match st.brands.get(&c.brand_id) {
        Some(b) if b.partner_id == caller.partner_id => Ok(c),
        _ => Err(not_found("Campaign")),
    }
}

async fn get_campaign(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Response {
    match find(&s, &caller, &id) {
        Ok(c) => success(StatusCode::OK, campaign_json(&s, &c)),
        Err(e) => e,
    }
}

async fn update_campaign(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    raw: Bytes,
) -> Response {
    let mut c = match find(&s, &caller, &id) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let req = match body(&raw) {
        Ok(v) => v,
        Err(e) => return e,
    };
    if req.get("budget").is_none() && req.get("endDate").is_none() && req.get("paused").is_none() {
        return bad_request("Nothing to update", "Send budget, endDate and/or paused");
    }
    if matches!(v2_status(&s, &c), "FINISHED") {
        return bad_request(
            "Campaign has finished",
            "A finished campaign cannot be changed",
        );
    }
    if let Some(b) = req.get("budget") {
        match validate::exact_number(Some(b)) {
            Some(v) if v > money::Decimal::ZERO => c.input["budget"] = money::json(v),
            _ => {
                return bad_request(
                    "budget: must be a positive number",
                    "budget is the lifetime budget",
                )
            }
        }
    }
    if let Some(e) = req.get("endDate") {
        match validate::parse_date(Some(e)) {
            Some(d)
                if validate::parse_date(c.input.get("startDate"))
                    .map(|st| d > st)
                    .unwrap_or(true) =>
            {
                c.input["endDate"] = e.clone()
            }
            _ => {
                return bad_request(
                    "endDate: must be an ISO 8601 date-time after startDate",
                    "endDate is invalid",
                )
            }
        }
    }
    if let Some(p) = req.get("paused") {
        match p.as_bool() {
            Some(v) => c.paused = v,
            None => {
                return bad_request("paused: must be true or false", "paused must be a boolean")
            }
        }
    }
    c.updated_at = s.clock.now();
    s.store().v2_campaigns.insert(c.id, c.clone());
    s.persist();
    success(StatusCode::OK, campaign_json(&s, &c))
}

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

async fn geography_search(raw: Bytes) -> Response {
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

async fn interest_search(raw: Bytes) -> Response {
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

async fn language_search(raw: Bytes) -> Response {
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

fn webhook_json(w: &Webhook) -> Value {
    json!({ "id": w.id, "brandId": w.brand_id, "url": w.url, "events": w.events, "status": "pending",
        "createdAt": w.created_at.to_rfc3339_opts(SecondsFormat::Millis, true) })
}

async fn create_webhook(
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

async fn list_webhooks(
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
