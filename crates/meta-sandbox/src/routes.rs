//! One dispatcher for every Graph path: `/v<version>/<node>[/<edge>]`. It records the request,
//! authenticates, applies faults and scoring (with the usage headers), then routes.

use crate::gate::{authenticate, throttled_error, usage_headers};
use crate::graph::{parse_form, parse_json, parse_multipart, GraphError};
use crate::{handlers, Recorded, Shared};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;

pub fn router(s: Arc<Shared>) -> Router {
    Router::new().fallback(dispatch).with_state(s)
}

/// What a handler needs from the request.
pub struct Req<'a> {
    pub method: Method,
    pub node: &'a str,
    pub edge: Option<&'a str>,
    pub params: BTreeMap<String, String>,
    pub token: String,
    pub permissions: Vec<String>,
    /// `http://host/v10.0`, for `paging.next` links.
    pub base: String,
}

async fn dispatch(
    State(s): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("OAuth "))
        })
        .map(|t| t.trim().to_string());
    let mut rec = Recorded {
        method: method.to_string(),
        path: uri.path().to_string(),
        query: uri.query().map(str::to_string),
        content_type: content_type.clone(),
        body: String::from_utf8_lossy(&body).into_owned(),
        bearer: bearer.is_some(),
        status: 0,
    };
    let mut resp = match handle(
        &s,
        method,
        &uri,
        &headers,
        content_type.as_deref(),
        bearer,
        &body,
    ) {
        Ok(r) => r,
        Err(e) => e.into_response(),
    };
    let app = format!(
        r#"{{"call_count":{},"total_cputime":0,"total_time":0}}"#,
        s.scores.app_pct()
    );
    if let Ok(v) = HeaderValue::from_str(&app) {
        resp.headers_mut().insert("x-app-usage", v);
    }
    rec.status = resp.status().as_u16();
    s.record(rec);
    resp
}

fn handle(
    s: &Shared,
    method: Method,
    uri: &Uri,
    headers: &HeaderMap,
    content_type: Option<&str>,
    bearer: Option<String>,
    body: &[u8],
) -> Result<Response, GraphError> {
    let segs: Vec<&str> = uri.path().trim_matches('/').split('/').collect();
    let version_ok = segs
        .first()
        .and_then(|v| v.strip_prefix('v'))
        .is_some_and(|v| v.parse::<f64>().is_ok());
    if !version_ok || segs.len() < 2 || segs.len() > 3 || segs[1].is_empty() {
        return Err(GraphError::new(
            100,
            format!("Unknown path components: {}", uri.path()),
        ));
    }
    let mut params = uri.query().map(parse_form).unwrap_or_default();
    let from_body = if content_type.is_some_and(|c| c.starts_with("application/json")) {
        parse_json(body)
            .ok_or_else(|| GraphError::new(100, "The request body is not a JSON object"))?
    } else if let Some(ct) = content_type.filter(|c| c.starts_with("multipart/form-data")) {
        parse_multipart(ct, &String::from_utf8_lossy(body))
            .ok_or_else(|| GraphError::new(100, "The multipart body could not be read"))?
    } else {
        parse_form(&String::from_utf8_lossy(body))
    };
    params.extend(from_body);
    let given = bearer.or_else(|| params.get("access_token").cloned());
    let (token, permissions) = {
        let tokens = s.tokens();
        let t = authenticate(&tokens, given.as_deref(), s.clock.now())?;
        (t.token.clone(), t.permissions.clone())
    };
    params.remove("access_token");
    {
        let mut f = s.faults();
        if f.fail_next > 0 {
            f.fail_next -= 1;
            return Ok((StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error").into_response());
        }
    }
    let account = match segs[1].strip_prefix("act_") {
        Some(a) => Some(a.to_string()),
        None => segs[1]
            .parse::<u64>()
            .ok()
            .and_then(|id| s.store().campaigns.get(&id).map(|c| c.account.clone())),
    };
    let mut usage = None;
    if let Some(acc) = &account {
        let forced = {
            let mut f = s.faults();
            (f.throttle_next > 0).then(|| {
                f.throttle_next -= 1;
                f.throttle_block
            })
        };
        let cost = if method == Method::GET { 1 } else { 3 };
        let v = s.scores.check(acc, cost, &s.config.rate, forced);
        let h = usage_headers(acc, &v);
        if !v.allowed {
            return Ok(with_headers(throttled_error().into_response(), &h));
        }
        usage = Some(h);
    }
    let host = headers
        .get("host")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("127.0.0.1");
    let req = Req {
        method,
        node: segs[1],
        edge: segs.get(2).copied(),
        params,
        token,
        permissions,
        base: format!("http://{host}/{}", segs[0]),
    };
    let creating = req.method == Method::POST && req.edge == Some("campaigns");
    if creating {
        let mut f = s.faults();
        if f.fail_next_creates > 0 {
            f.fail_next_creates -= 1;
            return Ok((StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error").into_response());
        }
    }
    let out = handlers::route(s, &req).map(|v: Value| Json(v).into_response());
    if creating && out.is_ok() {
        let mut f = s.faults();
        if f.lose_next_creates > 0 {
            f.lose_next_creates -= 1;
            return Ok((StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error").into_response());
        }
    }
    let resp = match out {
        Ok(r) => r,
        Err(e) => e.into_response(),
    };
    Ok(match usage {
        Some(h) => with_headers(resp, &h),
        None => resp,
    })
}

fn with_headers(mut r: Response, h: &[(&'static str, String); 2]) -> Response {
    for (k, v) in h {
        if let Ok(v) = HeaderValue::from_str(v) {
            r.headers_mut().insert(*k, v);
        }
    }
    r
}
