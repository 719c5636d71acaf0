//! `/campaigns`: creating, reading and updating v2 campaigns, with their derived status.

use super::rules::validate_input;
use super::{brand_id_of, success, AD_PLATFORMS};
use crate::gate::Caller;
use crate::routes::{bad_request, body, brand, maybe_lose_response, not_found};
use crate::store::V2Campaign;
use crate::{money, validate, Shared};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use chrono::SecondsFormat;
use serde_json::{json, Value};
use std::sync::Arc;

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

pub(super) async fn create_campaign(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    raw: Bytes,
) -> Response {
    if let Some(r) = crate::routes::maybe_fail_create(&s) {
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

pub(super) async fn get_campaign(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Response {
    match find(&s, &caller, &id) {
        Ok(c) => success(StatusCode::OK, campaign_json(&s, &c)),
        Err(e) => e,
    }
}

pub(super) async fn update_campaign(
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
