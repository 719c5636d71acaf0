//! One handler for every request: the token gate, the recorder, and a match on (method, path)
//! that reads like the reference's list of endpoints.

mod form;
mod manage;
mod read;
mod statistics;

use crate::recorder::{redact_query, Recorded};
use crate::store::{Campaign, Plan, Store};
use crate::Shared;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use std::sync::Arc;

pub(crate) type Reply = (StatusCode, Value);

pub(crate) fn router(shared: Arc<Shared>) -> axum::Router {
    axum::Router::new().fallback(handle).with_state(shared)
}

/// What a handler needs from the request.
pub(crate) struct Ctx<'a> {
    pub shared: &'a Shared,
    pub agency: usize,
    pub token: String,
    pub host: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub content_type: Option<String>,
    pub body: Bytes,
}

impl Ctx<'_> {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

pub(crate) fn message(status: StatusCode, text: &str) -> Reply {
    (status, json!({ "message": text }))
}
pub(crate) fn not_found() -> Reply {
    message(StatusCode::NOT_FOUND, "Resource not found")
}
pub(crate) fn denied() -> Reply {
    message(StatusCode::FORBIDDEN, "Access denied")
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let raw_query = uri.query().unwrap_or_default().to_string();
    let query: Vec<(String, String)> = url::form_urlencoded::parse(raw_query.as_bytes())
        .into_owned()
        .collect();
    let token = query
        .iter()
        .find(|(k, _)| k == "key")
        .map(|(_, v)| v.clone());
    let agency = token.as_deref().and_then(|t| shared.agency(t));
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let (status, value) = match (agency, &token) {
        (Some(agency), Some(token)) => {
            let ctx = Ctx {
                shared: &shared,
                agency,
                token: token.clone(),
                host: headers
                    .get(header::HOST)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("127.0.0.1")
                    .to_string(),
                path: uri.path().to_string(),
                query,
                content_type: content_type.clone(),
                body: body.clone(),
            };
            route(&ctx, &method)
        }
        _ => denied(),
    };
    shared.recorder.push(Recorded {
        method: method.to_string(),
        path: uri.path().to_string(),
        query: redact_query(&raw_query),
        key_sent: token.is_some(),
        key_valid: agency.is_some(),
        content_type,
        body: String::from_utf8_lossy(&body).into_owned(),
        status: status.as_u16(),
    });
    (status, axum::Json(value)).into_response()
}

fn route(ctx: &Ctx, method: &Method) -> Reply {
    let path = ctx.path.clone();
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let m = method.as_str();
    match (m, segs.as_slice()) {
        ("GET", ["accounts"]) => read::accounts(ctx),
        ("GET", ["accounts", id]) => read::account(ctx, id),
        ("GET", ["accounts", id, "target_search"]) => read::target_search(ctx, id),
        ("GET", ["clients"]) => read::plans(ctx),
        ("GET", ["clients", p]) => read::plan_one(ctx, p),
        ("GET", ["clients", p, "statistics"]) => statistics::of(ctx, p, &[]),
        ("GET", ["clients", p, "campaigns"]) => read::campaigns(ctx, p),
        ("POST", ["clients", p, "campaigns"]) => manage::create_with_faults(ctx, p),
        ("GET", ["clients", p, "campaigns", c]) => read::campaign_one(ctx, p, c),
        ("PUT", ["clients", p, "campaigns", c]) => manage::update_campaign(ctx, p, c),
        ("PATCH", ["clients", p, "campaigns", c, "performs", action]) => {
            manage::perform_campaign(ctx, p, c, action)
        }
        ("GET", ["clients", p, "campaigns", _, .., "statistics"]) => {
            statistics::of(ctx, p, &segs[3..segs.len() - 1])
        }
        ("GET", ["clients", p, "campaigns", c, "adsets"]) => read::ad_sets(ctx, p, c),
        ("GET", ["clients", p, "campaigns", c, "adsets", s]) => read::ad_set(ctx, p, c, s),
        ("PUT", ["clients", p, "campaigns", c, "adsets", s]) => manage::edit_ad_set(ctx, p, c, s),
        ("GET", ["clients", p, "campaigns", c, "adsets", s, "ads"]) => {
            read::ads(ctx, p, c, Some(s))
        }
        ("GET", ["clients", p, "campaigns", c, "adsets", s, "ads", a]) => read::ad(ctx, p, c, s, a),
        ("GET", ["clients", p, "campaigns", c, "ads"]) => read::ads(ctx, p, c, None),
        ("PATCH", ["clients", p, "campaigns", c, "ads", a, "performs", action]) => {
            manage::perform_ad(ctx, p, c, a, action)
        }
        _ => not_found(),
    }
}

/// The media plan `key` (id or io_number): 404 if there is none, 403 if another agency's.
pub(crate) fn plan<'s>(st: &'s Store, ctx: &Ctx, key: &str) -> Result<&'s Plan, Reply> {
    match st.plan(key) {
        None => Err(not_found()),
        Some(p) if p.agency != ctx.agency => Err(denied()),
        Some(p) => Ok(p),
    }
}

/// Campaign `id` of media plan `plan`, or 404.
pub(crate) fn campaign<'s>(st: &'s Store, plan: &Plan, id: &str) -> Result<&'s Campaign, Reply> {
    id.parse::<u64>()
        .ok()
        .and_then(|id| st.campaigns.get(&id))
        .filter(|c| c.plan == plan.id)
        .ok_or_else(not_found)
}

/// A page of `items` with the documented `range`; `next` repeats the query with the agency's
/// token, as the reference's examples show.
pub(crate) fn paged(ctx: &Ctx, items: Vec<Value>) -> Reply {
    let mut errs = Vec::new();
    let limit = match ctx.param("limit").map(str::parse::<u64>) {
        None => 100,
        Some(Ok(l)) if (1..=300).contains(&l) => l,
        Some(_) => {
            errs.push((
                "limit".to_string(),
                "This value should be between 1 and 300.".to_string(),
            ));
            100
        }
    };
    let page = match ctx.param("page").map(str::parse::<u64>) {
        None => 1,
        Some(Ok(p)) if p >= 1 => p,
        Some(_) => {
            errs.push((
                "page".to_string(),
                "This value should be 1 or more.".to_string(),
            ));
            1
        }
    };
    if !errs.is_empty() {
        return form::error(&["limit", "page"], errs);
    }
    let total = items.len() as u64;
    let nb_pages = total.div_ceil(limit).max(1);
    let data: Vec<Value> = items
        .into_iter()
        .skip(((page - 1) * limit) as usize)
        .take(limit as usize)
        .collect();
    let next = (page < nb_pages).then(|| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &ctx.query {
            if !matches!(k.as_str(), "key" | "page" | "limit") {
                q.append_pair(k, v);
            }
        }
        q.append_pair("limit", &limit.to_string());
        q.append_pair("key", &ctx.token);
        q.append_pair("page", &(page + 1).to_string());
        format!("http://{}{}?{}", ctx.host, ctx.path, q.finish())
    });
    let results = data.len();
    (
        StatusCode::OK,
        json!({
            "data": data,
            "range": {"total": total, "limit": limit, "nb_pages": nb_pages, "page": page,
                      "results": results, "next": next}
        }),
    )
}
