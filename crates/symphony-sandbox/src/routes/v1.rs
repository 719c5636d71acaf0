//! v1: campaigns, edits, targeting search and analytics, as the v1 documents show them.

use super::v1_edit::{add_locations, campaign_status, location_status, update};
use super::{bad_request, body, brand, header_brand, maybe_lose_response, not_found, ok};
use crate::gate::Caller;
use crate::money::Decimal;
use crate::store::{Brand, Campaign, Market};
use crate::{analytics, documents, lifecycle, search, validate, Shared};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{get, put};
use axum::{Extension, Router};
use chrono::NaiveDate;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Arc;

type Q = Query<HashMap<String, String>>;
pub fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/v1/campaign", get(list).post(create))
        .route("/v1/campaign/{id}", get(details).put(update))
        .route(
            "/v1/campaign/{id}/location/add",
            put(add_locations).patch(add_locations),
        )
        .route("/v1/campaign/{id}/location/{status}", put(location_status))
        .route("/v1/campaign/{id}/{status}", put(campaign_status))
        .route("/v1/meta/locations/search", get(search_locations))
        .route("/v1/meta/interest/search", get(search_interests))
        .route("/v1/meta/language/search", get(search_languages))
        .route("/v1/analytic/campaign/{id}", get(campaign_analytics))
        .route(
            "/v1/analytic/creative/performance",
            get(creative_performance),
        )
        .nest("/v1", super::content::v1_routes())
}

pub(super) fn acting_brand(
    s: &Shared,
    caller: &Caller,
    headers: &HeaderMap,
) -> Result<Brand, Response> {
    brand(s, caller, header_brand(headers).as_deref())
}

/// Looks a campaign up within the acting brand; other brands' campaigns are "not found".
pub(super) fn find(s: &Shared, brand: &Brand, id: &str) -> Result<Campaign, Response> {
    let id: u64 = id
        .parse()
        .map_err(|_| bad_request("Invalid campaign id", format!("{id:?} is not a number")))?;
    s.store()
        .campaigns
        .get(&id)
        .filter(|c| c.brand_id == brand.id)
        .cloned()
        .ok_or_else(|| not_found("Campaign"))
}

/// The documented details document for a campaign, as it stands now.
pub(super) fn details_json(s: &Shared, c: &Campaign) -> Value {
    let now = s.clock.now();
    let (status, completed) = documents::status_of(c, now, s.config.lifecycle.review);
    let brand = s.store().brands.get(&c.brand_id).cloned();
    let Some(brand) = brand else {
        return Value::Null;
    };
    let release = c
        .metadata
        .get("spotify_id")
        .and_then(Value::as_str)
        .and_then(|sid| {
            super::content::releases(s, c.brand_id)
                .into_iter()
                .find(|r| r["spotify_id"] == sid)
        });
    documents::details(
        c,
        &documents::DetailsContext {
            brand: &brand,
            status,
            completed,
            notes: lifecycle::notes(c),
            release,
        },
    )
}

fn parse_day(q: &HashMap<String, String>, key: &str) -> Result<Option<NaiveDate>, Response> {
    match q.get(key).map(|v| v.trim()).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => NaiveDate::parse_from_str(v.get(..10).unwrap_or(v), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                bad_request(
                    format!("Invalid {key}"),
                    format!("{key} must be a date as YYYY-MM-DD, got {v:?}"),
                )
            }),
    }
}

/// A budget bound, exact (compared with budgets as decimals).
fn parse_amount(q: &HashMap<String, String>, key: &str) -> Result<Option<Decimal>, Response> {
    match q.get(key).map(|v| v.trim()).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => crescendo_money::json::parse_decimal(v)
            .ok()
            .filter(|n| !n.is_sign_negative())
            .map(Some)
            .ok_or_else(|| {
                bad_request(
                    format!("Invalid {key}"),
                    format!("{key} must be a non-negative number, got {v:?}"),
                )
            }),
    }
}

fn parse_num(q: &HashMap<String, String>, key: &str) -> Result<Option<f64>, Response> {
    match q.get(key).map(|v| v.trim()).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(Some)
            .ok_or_else(|| {
                bad_request(
                    format!("Invalid {key}"),
                    format!("{key} must be a non-negative number, got {v:?}"),
                )
            }),
    }
}
async fn list(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Query(q): Q,
) -> Response {
    let b = match acting_brand(&s, &caller, &headers) {
        Ok(b) => b,
        Err(e) => return e,
    };
    let filters = (|| {
        Ok::<_, Response>((
            parse_day(&q, "date.between.start")?,
            parse_day(&q, "date.between.end")?,
            parse_amount(&q, "budget.between.start")?,
            parse_amount(&q, "budget.between.end")?,
            parse_num(&q, "limit")?,
            // The guide spells it "ofsset" once; both spellings work.
            match parse_num(&q, "offset")? {
                Some(o) => Some(o),
                None => parse_num(&q, "ofsset")?,
            },
        ))
    })();
    let (d0, d1, b0, b1, limit, offset) = match filters {
        Ok(f) => f,
        Err(e) => return e,
    };
    let limit = limit.map(|l| l as usize).unwrap_or(10);
    if limit == 0 || limit > 100 {
        return bad_request("Invalid limit", "limit must be between 1 and 100");
    }
    let offset = offset.map(|o| o as usize).unwrap_or(0);
    let status = q
        .get("status")
        .map(|s| s.trim().to_uppercase())
        .filter(|s| !s.is_empty());
    let kind = q
        .get("type")
        .or_else(|| q.get("campaign_type"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let now = s.clock.now();
    let review = s.config.lifecycle.review;
    let matching: Vec<Campaign> = s
        .store()
        .campaigns
        .values()
        .rev()
        .filter(|c| c.brand_id == b.id)
        .filter(|c| {
            status
                .as_deref()
                .map(|st| lifecycle::status(c, now, review) == st)
                .unwrap_or(true)
        })
        .filter(|c| {
            kind.as_deref()
                .map(|k| c.campaign_type == k)
                .unwrap_or(true)
        })
        .filter(|c| d0.map(|d| c.start.date_naive() >= d).unwrap_or(true))
        .filter(|c| d1.map(|d| c.end.date_naive() <= d).unwrap_or(true))
        .filter(|c| b0.map(|v| c.budget >= v).unwrap_or(true))
        .filter(|c| b1.map(|v| c.budget <= v).unwrap_or(true))
        .cloned()
        .collect();
    let count = matching.len();
    let page: Vec<Value> = matching
        .iter()
        .skip(offset)
        .take(limit)
        .map(|c| documents::list_row(c, lifecycle::status(c, now, review)))
        .collect();
    ok(json!({ "campaigns": page, "count": count, "total_pages": count.div_ceil(limit) }))
}
async fn create(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    raw: Bytes,
) -> Response {
    if let Some(r) = super::maybe_fail_create(&s) {
        return r;
    }
    super::maybe_drop_before_commit(&s);
    let b = match acting_brand(&s, &caller, &headers) {
        Ok(b) => b,
        Err(e) => return e,
    };
    let req = match body(&raw) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let now = s.clock.now();
    let accepted = match validate::create(&req, &b.currency, now) {
        Ok(a) => a,
        Err(p) => {
            let (message, detail) = p.summary();
            return bad_request(message, detail);
        }
    };
    let metadata = req.get("metadata").cloned().unwrap_or(Value::Null);
    let id = {
        let mut st = s.store();
        let id = st.next_id();
        let markets = accepted
            .markets
            .iter()
            .enumerate()
            .map(|(i, (name, fraction, locations))| Market {
                name: name.clone(),
                fraction: *fraction,
                fb_id: format!("6676{:09}", id * 10 + i as u64),
                locations: locations.clone(),
                paused_locations: Vec::new(),
            })
            .collect::<Vec<_>>();
        let markets = if markets.is_empty() && accepted.provider == "facebook" {
            // The documented default markets when targeting_countries is not passed.
            vec![Market {
                name: "Recommended Markets".into(),
                fraction: Decimal::ONE,
                fb_id: format!("6676{:09}", id * 10),
                locations: ["AU", "CA", "DE", "FR", "GB", "NZ", "US"]
                    .iter()
                    .map(|c| json!({ "type": "country", "label": search::catalog().country_name(c).unwrap_or(c), "value": c, "region_id": null, "country_code": null }))
                    .collect(),
                paused_locations: Vec::new(),
            }]
        } else {
            markets
        };
        st.campaigns.insert(
            id,
            Campaign {
                id,
                brand_id: b.id,
                name: accepted.name,
                campaign_type: accepted.campaign_type.clone(),
                provider: accepted.provider.clone(),
                created_at: now,
                updated_at: now,
                budget: accepted.budget,
                currency: accepted.currency,
                start: accepted.start,
                end: accepted.end,
                outcome: lifecycle::outcome_for(&metadata),
                metadata,
                markets,
                paused_at: None,
                forced_status: None,
            },
        );
        id
    };
    s.persist();
    maybe_lose_response(&s);
    ok(
        json!({ "id": id, "type": accepted.campaign_type, "status": "IN_REVIEW", "provider": accepted.provider }),
    )
}
async fn details(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    match acting_brand(&s, &caller, &headers).and_then(|b| find(&s, &b, &id)) {
        Ok(c) => ok(details_json(&s, &c)),
        Err(e) => e,
    }
}
fn keyword(q: &HashMap<String, String>) -> Result<String, Response> {
    match q
        .get("keyword")
        .or_else(|| q.get("q"))
        .map(|k| k.trim().to_string())
        .filter(|k| !k.is_empty())
    {
        Some(k) if k.chars().count() <= 100 => Ok(k),
        Some(_) => Err(bad_request(
            "keyword is too long",
            "keyword must be at most 100 characters",
        )),
        None => Err(bad_request(
            "keyword is required",
            "Pass ?keyword= with at least one character",
        )),
    }
}

async fn search_locations(Query(q): Q) -> Response {
    keyword(&q)
        .map(|k| ok(json!(search::locations(&k))))
        .unwrap_or_else(|e| e)
}

async fn search_interests(Query(q): Q) -> Response {
    keyword(&q)
        .map(|k| ok(json!(search::interests(&k))))
        .unwrap_or_else(|e| e)
}

async fn search_languages(Query(q): Q) -> Response {
    keyword(&q)
        .map(|k| ok(json!(search::languages(&k))))
        .unwrap_or_else(|e| e)
}

async fn campaign_analytics(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    match acting_brand(&s, &caller, &headers).and_then(|b| find(&s, &b, &id)) {
        Ok(c) => ok(analytics::campaign_analytics(
            &c,
            s.config.seed,
            s.clock.now(),
            s.config.lifecycle.review,
        )),
        Err(e) => e,
    }
}

async fn creative_performance(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Query(q): Q,
) -> Response {
    let Some(id) = q.get("campaignId") else {
        return bad_request(
            "campaignId is required",
            "Pass ?campaignId= with the campaign's id",
        );
    };
    match acting_brand(&s, &caller, &headers).and_then(|b| find(&s, &b, id)) {
        Ok(c) => {
            let days = analytics::days(&c, s.config.seed, s.clock.now(), s.config.lifecycle.review);
            ok(json!(analytics::creative_performance(
                &c,
                &days,
                s.config.seed
            )))
        }
        Err(e) => e,
    }
}
