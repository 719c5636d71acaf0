//! v1 edits: budget and end date, market locations, pause and resume.

use super::v1::{acting_brand, details_json, find};
use super::{bad_request, body, error, ok};
use crate::documents::iso;
use crate::gate::Caller;
use crate::store::Campaign;
use crate::{analytics, lifecycle, mapping, money, validate, Shared};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Extension;
use serde_json::{json, Value};
use std::sync::Arc;

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

fn spent(s: &Shared, c: &Campaign) -> money::Decimal {
    analytics::days(c, s.config.seed, s.clock.now(), s.config.lifecycle.review)
        .iter()
        .map(|d| d.spend)
        .sum()
}

pub(super) async fn update(
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
                if value < already {
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
            if c.budget < min {
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
            json!({ "value": money::json(new_budget), "currency": c.currency }),
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

pub(super) async fn add_locations(
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
    ok(
        json!({ "id": c.id, "market_id": c.markets[mi].fb_id, "campaignsMapping": mapping::mapping(&c) }),
    )
}

pub(super) async fn location_status(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Path((id, status)): Path<(String, String)>,
    raw: Bytes,
) -> Response {
    // The guide documents one endpoint, `location/PAUSED`, to "pause or resume provided
    // location": it turns the location's state over.
    if status != "PAUSED" {
        return error(
            StatusCode::NOT_FOUND,
            "Not found",
            format!("PUT location/{status} is not an endpoint: location/PAUSED pauses or resumes"),
        );
    }
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
    let pause = !market.paused_locations.contains(&key);
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

pub(super) async fn campaign_status(
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
