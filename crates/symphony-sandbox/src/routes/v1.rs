//! v1: campaigns, edits, targeting search and analytics, as the v1 documents show them.

use super::{bad_request, body, brand, error, header_brand, maybe_lose_response, not_found, ok};
use crate::gate::Caller;
use crate::store::{Brand, Campaign, Market};
use crate::{analytics, lifecycle, money, search, validate, Shared};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, put};
use axum::{Extension, Router};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
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

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn acting_brand(s: &Shared, caller: &Caller, headers: &HeaderMap) -> Result<Brand, Response> {
    brand(s, caller, header_brand(headers).as_deref())
}

/// Looks a campaign up within the acting brand; other brands' campaigns are "not found".
fn find(s: &Shared, brand: &Brand, id: &str) -> Result<Campaign, Response> {
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

fn list_item(s: &Shared, c: &Campaign) -> Value {
    let now = s.clock.now();
    json!({
        "id": c.id,
        "status": lifecycle::status(c, now, s.config.lifecycle.review),
        "brand_id": c.brand_id,
        "campaign_metadata": {
            "start_date": iso(c.start),
            "end_date": iso(c.end),
            "campaign_type": c.campaign_type,
            "budget": c.budget,
            "currency": c.currency,
            "campaign_name": c.name,
        }
    })
}

fn mapping(c: &Campaign) -> Vec<Value> {
    let minor = money::currency(&c.currency)
        .map(|x| 10f64.powi(x.exponent as i32))
        .unwrap_or(100.0);
    c.markets
        .iter()
        .map(|m| {
            let of = |kind: &str| -> Vec<Value> {
                m.locations
                    .iter()
                    .filter(|l| l.get("type").and_then(Value::as_str) == Some(kind))
                    .filter_map(|l| l.get("value").or_else(|| l.get("key")).cloned())
                    .collect()
            };
            json!({
                "name": m.name,
                "cities": of("city"),
                "regions": of("region"),
                "countries": of("country"),
                "included_countries": of("country"),
                "fraction": m.fraction,
                "locations": m.locations.iter().map(|l| {
                    let key = l.get("value").or_else(|| l.get("key")).and_then(Value::as_str).unwrap_or("");
                    json!({
                        "key": key,
                        "name": l.get("label").or_else(|| l.get("name")).cloned().unwrap_or(json!(key)),
                        "type": l.get("type").cloned().unwrap_or(json!("country")),
                        "paused": m.paused_locations.iter().any(|p| p == key),
                    })
                }).collect::<Vec<_>>(),
                "fbCampaign": {
                    "id": m.fb_id,
                    "error": null,
                    "adsets": [],
                    "fields": {
                        "name": format!("[S - Sandbox] {} / {}", c.name, m.name),
                        "status": if c.paused_at.is_some() { "PAUSED" } else { "ACTIVE" },
                        "objective": if c.campaign_type == "link_clicks" { "OUTCOME_TRAFFIC" } else { "OUTCOME_ENGAGEMENT" },
                        "pacing_type": ["standard"],
                        "bid_strategy": "LOWEST_COST_WITHOUT_CAP",
                        "lifetime_budget": (c.budget * m.fraction * minor).round() as u64,
                        "special_ad_categories": "NONE"
                    }
                }
            })
        })
        .collect()
}

fn details_json(s: &Shared, c: &Campaign) -> Value {
    let now = s.clock.now();
    let review = s.config.lifecycle.review;
    let completed = lifecycle::is_completed(c, now, review);
    let mut input = c.metadata.clone();
    if let Some(o) = input.as_object_mut() {
        o.insert("campaign_name".into(), json!(c.name));
    }
    let assets: Vec<Value> = ["public_video_links", "public_image_links"]
        .iter()
        .flat_map(|k| c.metadata.get(*k).and_then(Value::as_array).cloned().unwrap_or_default())
        .map(|l| {
            json!({
                "url": l.get("url"), "name": l.get("name"), "thumbnail": l.get("thumbnail"),
                "type": if l.get("url").and_then(Value::as_str).map(|u| u.contains("/image/")).unwrap_or(false) { "image" } else { "video" },
                "formatType": l.get("format_type").cloned().unwrap_or(json!("feed")),
            })
        })
        .collect();
    let platform_details = if completed && c.provider == "facebook" {
        json!({
            "ad_types": [{ "name": "all", "ad_ids": c.markets.iter().map(|m| format!("{}100", m.fb_id)).collect::<Vec<_>>() }],
            "campaigns": c.markets.iter().map(|m| m.fb_id.clone()).collect::<Vec<_>>(),
            "ad_account": format!("act_{}", c.brand_id),
            "errorCampaigns": [],
            "campaignsMapping": mapping(c),
            "creatives_mapping": [],
        })
    } else {
        Value::Null
    };
    json!({
        "id": c.id,
        "brand_id": c.brand_id,
        "status": lifecycle::status(c, now, review),
        "campaign_metadata": {
            "links": null,
            "budget": c.budget,
            "status": if completed { "COMPLETED" } else { "SUBMITTED" },
            "content": null,
            "endDate": iso(c.end),
            "startDate": iso(c.start),
            "creative": { "all": assets },
            "currency": c.currency,
            "status_notes": lifecycle::notes(c),
            "campaign_type": c.campaign_type,
            "campaign_name": c.name,
            "campaign_input": input,
            "payment_details": null,
            "platform_details": platform_details,
            "campaign_platforms": if c.provider == "facebook" { json!(["fb"]) } else { json!(["symphony"]) },
        },
        "createdAt": iso(c.created_at),
        "updatedAt": iso(c.updated_at),
    })
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
            parse_num(&q, "budget.between.start")?,
            parse_num(&q, "budget.between.end")?,
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
        .map(|c| list_item(&s, c))
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
                fraction: 1.0,
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

fn require_completed(s: &Shared, c: &Campaign) -> Result<(), Response> {
    if lifecycle::is_completed(c, s.clock.now(), s.config.lifecycle.review) {
        Ok(())
    } else {
        Err(bad_request(
            "Campaign is not completed yet",
            "Wait for the campaign.completed webhook (status after review) before editing this campaign",
        ))
    }
}

fn spent(s: &Shared, c: &Campaign) -> f64 {
    analytics::days(c, s.config.seed, s.clock.now(), s.config.lifecycle.review)
        .iter()
        .map(|d| d.spend)
        .sum()
}

async fn update(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Path(id): Path<String>,
    raw: Bytes,
) -> Response {
    let (b, mut c) =
        match acting_brand(&s, &caller, &headers).and_then(|b| find(&s, &b, &id).map(|c| (b, c))) {
            Ok(x) => x,
            Err(e) => return e,
        };
    let req = match body(&raw) {
        Ok(v) => v,
        Err(e) => return e,
    };
    if let Err(e) = require_completed(&s, &c) {
        return e;
    }
    let now = s.clock.now();
    if c.end <= now {
        return bad_request(
            "Campaign has finished",
            "A finished campaign cannot be edited",
        );
    }
    if req.get("end_date").is_none() && req.get("budget").is_none() {
        return bad_request("Nothing to update", "Send end_date, budget or both");
    }
    let mut p = validate::Problems::default();
    let mut new_end = c.end;
    if let Some(e) = req.get("end_date") {
        match validate::parse_date(Some(e)) {
            Some(d) if d <= c.start => p.add("end_date", "must be after the start date"),
            Some(d) if d <= now => p.add("end_date", "must be in the future"),
            Some(d) => new_end = d,
            None => p.add("end_date", "must be an ISO 8601 date-time"),
        }
    }
    let mut new_budget = c.budget;
    if p.is_empty() {
        if let Some(bv) = req.get("budget") {
            if let Some((value, _)) =
                validate::check_budget(&mut p, Some(bv), &b.currency, c.start, new_end)
            {
                let already = spent(&s, &c);
                if value + 1e-9 < already {
                    p.add(
                        "budget.value",
                        format!(
                            "{value} is below what the campaign has already spent ({already} {})",
                            c.currency
                        ),
                    );
                } else {
                    new_budget = value;
                }
            }
        } else if let Some(min) =
            money::minimum_budget(&c.currency, validate::days(c.start, new_end))
        {
            if c.budget + 1e-9 < min {
                p.add(
                    "end_date",
                    format!(
                        "extends the campaign beyond its budget: {min} {} needed for the new dates",
                        c.currency
                    ),
                );
            }
        }
    }
    if !p.is_empty() {
        let (m, d) = p.summary();
        return bad_request(m.replace("metadata.", ""), d.replace("metadata.", ""));
    }
    c.end = new_end;
    c.budget = new_budget;
    c.updated_at = now;
    if let Some(m) = c.metadata.as_object_mut() {
        m.insert("end_date".into(), json!(iso(new_end)));
        m.insert(
            "budget".into(),
            json!({ "value": new_budget, "currency": c.currency }),
        );
    }
    s.store().campaigns.insert(c.id, c.clone());
    s.persist();
    ok(details_json(&s, &c))
}

fn market_index(c: &Campaign, req: &Value) -> Result<usize, Response> {
    let market = req.get("market_id").and_then(|m| {
        m.as_str()
            .map(str::to_string)
            .or_else(|| m.as_u64().map(|n| n.to_string()))
    });
    let Some(market) = market else {
        return Err(bad_request(
            "market_id is required",
            "market_id: the fbCampaign id from platform_details.campaignsMapping",
        ));
    };
    c.markets
        .iter()
        .position(|m| m.fb_id == market)
        .ok_or_else(|| {
            error(
                StatusCode::NOT_FOUND,
                "Market not found",
                format!("No market {market} in campaign {}", c.id),
            )
        })
}

/// What every market edit needs first: the campaign (completed), the body, the market's index.
fn market_edit(
    s: &Shared,
    caller: &Caller,
    headers: &HeaderMap,
    id: &str,
    raw: &[u8],
) -> Result<(Campaign, Value, usize), Response> {
    let c = acting_brand(s, caller, headers).and_then(|b| find(s, &b, id))?;
    let req = body(raw)?;
    require_completed(s, &c)?;
    let mi = market_index(&c, &req)?;
    Ok((c, req, mi))
}

async fn add_locations(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Path(id): Path<String>,
    raw: Bytes,
) -> Response {
    let (mut c, req, mi) = match market_edit(&s, &caller, &headers, &id, &raw) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let Some(locs) = req
        .get("locations")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
    else {
        return bad_request(
            "locations is required",
            "locations: a non-empty list from /v1/meta/locations/search",
        );
    };
    for (i, l) in locs.iter().enumerate() {
        if l.get("key").and_then(Value::as_str).is_none()
            || l.get("type").and_then(Value::as_str).is_none()
        {
            return bad_request(
                "Invalid location",
                format!("locations[{i}] needs key, name and type"),
            );
        }
    }
    let market = &mut c.markets[mi];
    for l in locs {
        let key = l.get("key").and_then(Value::as_str).unwrap_or_default();
        let exists = market.locations.iter().any(|x| {
            x.get("value")
                .or_else(|| x.get("key"))
                .and_then(Value::as_str)
                == Some(key)
        });
        if !exists {
            market.locations.push(json!({
                "value": key, "label": l.get("name"), "type": l.get("type"),
                "region_id": l.get("region_id"), "country_code": l.get("country_code"),
            }));
        }
    }
    c.updated_at = s.clock.now();
    s.store().campaigns.insert(c.id, c.clone());
    s.persist();
    ok(json!({ "id": c.id, "market_id": c.markets[mi].fb_id, "campaignsMapping": mapping(&c) }))
}

async fn location_status(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Path((id, status)): Path<(String, String)>,
    raw: Bytes,
) -> Response {
    let pause = match status.as_str() {
        "PAUSED" | "PAUSE" => true,
        "ACTIVE" => false,
        other => {
            return bad_request(
                "Invalid location status",
                format!("{other:?} must be PAUSED or ACTIVE"),
            )
        }
    };
    let (mut c, req, mi) = match market_edit(&s, &caller, &headers, &id, &raw) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let Some(key) = req.get("location_key").and_then(|k| {
        k.as_str()
            .map(str::to_string)
            .or_else(|| k.as_u64().map(|n| n.to_string()))
    }) else {
        return bad_request(
            "location_key is required",
            "location_key: a location of this market",
        );
    };
    let market = &mut c.markets[mi];
    if !market.locations.iter().any(|x| {
        x.get("value")
            .or_else(|| x.get("key"))
            .and_then(Value::as_str)
            == Some(key.as_str())
    }) {
        return error(
            StatusCode::NOT_FOUND,
            "Location not found",
            format!("No location {key} in market {}", market.fb_id),
        );
    }
    market.paused_locations.retain(|k| *k != key);
    if pause {
        market.paused_locations.push(key.clone());
    }
    c.updated_at = s.clock.now();
    s.store().campaigns.insert(c.id, c.clone());
    s.persist();
    ok(
        json!({ "id": c.id, "market_id": c.markets[mi].fb_id, "location_key": key, "status": if pause { "PAUSED" } else { "ACTIVE" } }),
    )
}

async fn campaign_status(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Path((id, status)): Path<(String, String)>,
) -> Response {
    let pause = match status.as_str() {
        "PAUSE" | "PAUSED" => true,
        "ACTIVE" => false,
        other => {
            return bad_request(
                "Invalid status",
                format!("{other:?} must be PAUSE or ACTIVE"),
            )
        }
    };
    let mut c = match acting_brand(&s, &caller, &headers).and_then(|b| find(&s, &b, &id)) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let now = s.clock.now();
    let review = s.config.lifecycle.review;
    let current = lifecycle::status(&c, now, review);
    if matches!(current, "FINISHED" | "DENIED" | "ERROR") {
        return bad_request(
            format!("Campaign is {current}"),
            "Only campaigns in review, scheduled, active or paused can be paused or resumed",
        );
    }
    match (pause, c.paused_at) {
        (true, None) => c.paused_at = Some(now),
        (false, Some(_)) => c.paused_at = None,
        _ => {}
    }
    c.updated_at = now;
    s.store().campaigns.insert(c.id, c.clone());
    s.persist();
    ok(json!({ "id": c.id, "status": lifecycle::status(&c, now, review) }))
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
