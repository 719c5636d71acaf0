//! Graph's wire conventions: the error envelope, form and JSON bodies with Graph's lenient
//! values, datetimes, and node-id cursors.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

static TRACE: AtomicU64 = AtomicU64::new(1);

/// A Graph error: `{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}`,
/// with `error_data.blame_field_specs` when a field is to blame.
#[derive(Debug, Clone)]
pub struct GraphError {
    pub status: StatusCode,
    pub message: String,
    pub kind: &'static str,
    pub code: i64,
    pub subcode: Option<i64>,
    pub field: Option<String>,
}

impl GraphError {
    pub fn new(code: i64, message: impl Into<String>) -> GraphError {
        let kind = if matches!(code, 190 | 104 | 80004 | 200 | 294 | 100 | 368 | 275) {
            "OAuthException"
        } else {
            "GraphMethodException"
        };
        GraphError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            kind,
            code,
            subcode: None,
            field: None,
        }
    }
    pub fn subcode(mut self, s: i64) -> Self {
        self.subcode = Some(s);
        self
    }
    /// `(#100)` blaming `field`.
    pub fn param(field: &str, message: impl Into<String>) -> GraphError {
        let mut e = GraphError::new(100, format!("(#100) {}", message.into()));
        e.field = Some(field.to_string());
        e
    }
    /// `100` / `33`: the node does not exist or cannot be seen.
    pub fn no_node(id: &str) -> GraphError {
        GraphError::new(100, format!("Unsupported get request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api")).subcode(33)
    }
    pub fn body(&self) -> Value {
        let mut e = json!({
            "message": self.message,
            "type": self.kind,
            "code": self.code,
            "fbtrace_id": format!("AsbX{:08}", TRACE.fetch_add(1, Ordering::Relaxed)),
        });
        if let Some(s) = self.subcode {
            e["error_subcode"] = json!(s);
        }
        if let Some(f) = &self.field {
            e["error_data"] = json!({ "blame_field_specs": [[f]] });
        }
        json!({ "error": e })
    }
}

impl IntoResponse for GraphError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body())).into_response()
    }
}

/// Percent-decoding of one `application/x-www-form-urlencoded` component.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Graph reads `"PAUSED"` and `PAUSED` alike (the curl example quotes its values).
fn unquote(v: String) -> String {
    if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
        if let Ok(Value::String(s)) = serde_json::from_str::<Value>(&v) {
            return s;
        }
    }
    v
}

/// Parameters from a query string or a form body (the later of two equal names wins).
pub fn parse_form(raw: &str) -> BTreeMap<String, String> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), unquote(decode(v)))
        })
        .collect()
}

/// Parameters from a JSON object body (non-string values as their JSON text).
pub fn parse_json(raw: &[u8]) -> Option<BTreeMap<String, String>> {
    let Value::Object(o) = serde_json::from_slice::<Value>(raw).ok()? else {
        return None;
    };
    Some(
        o.into_iter()
            .map(|(k, v)| {
                let s = match v {
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                (k, s)
            })
            .collect(),
    )
}

/// Parameters from a `multipart/form-data` body (the reference's curl example uses `-F`).
/// Only plain fields: a part's name from `Content-Disposition`, its value after the blank line.
pub fn parse_multipart(content_type: &str, body: &str) -> Option<BTreeMap<String, String>> {
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))?
        .trim_matches('"');
    if boundary.is_empty() {
        return None;
    }
    let delimiter = format!("--{boundary}");
    let mut out = BTreeMap::new();
    for part in body.split(delimiter.as_str()).skip(1) {
        if part.starts_with("--") {
            break;
        }
        let (head, value) = part
            .split_once("\r\n\r\n")
            .or_else(|| part.split_once("\n\n"))?;
        let name = head
            .split(';')
            .find_map(|p| p.trim().strip_prefix("name="))?
            .trim_matches('"');
        let value = value
            .strip_suffix("\r\n")
            .or_else(|| value.strip_suffix('\n'))
            .unwrap_or(value);
        out.insert(name.to_string(), unquote(value.to_string()));
    }
    Some(out)
}

/// Graph's datetime: `2026-03-02T12:00:00+0000`.
pub fn time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%z").to_string()
}

/// An opaque cursor naming a position (a node id).
pub fn cursor(id: u64) -> String {
    format!("QVFI{id:x}")
}

pub fn from_cursor(c: &str) -> Option<u64> {
    u64::from_str_radix(c.strip_prefix("QVFI")?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_body_parses() {
        let f = parse_form(
            "name=My+campaign&objective=LINK_CLICKS&status=PAUSED&special_ad_categories=%5B%5D",
        );
        assert_eq!(f.get("name").map(String::as_str), Some("My campaign"));
        assert_eq!(
            f.get("special_ad_categories").map(String::as_str),
            Some("[]")
        );
        let q = parse_form("status=%22PAUSED%22&x=%&y=%4&z=%zz");
        assert_eq!(q.get("status").map(String::as_str), Some("PAUSED"));
        assert_eq!(q.get("x").map(String::as_str), Some("%"));
        assert_eq!(q.get("y").map(String::as_str), Some("%4"));
        assert_eq!(
            from_cursor(&cursor(23850000000000001)),
            Some(23850000000000001)
        );
        assert_eq!(from_cursor("garbage"), None);
    }
}
