//! Helpers for the sandbox's own tests: start it, call it over real HTTP with reqwest.
#![allow(dead_code)]

use marin_sandbox::{Sandbox, SandboxConfig, DEMO_TOKEN};
use serde_json::Value;

pub async fn demo() -> Sandbox {
    Sandbox::start(SandboxConfig::default())
        .await
        .expect("starts")
}

pub struct Resp {
    pub status: u16,
    pub body: Value,
}

/// `method path?query` with the demo token as `key` (first, as the reference writes it).
pub async fn call(sb: &Sandbox, method: &str, path_query: &str, form: Option<&str>) -> Resp {
    call_as(sb, DEMO_TOKEN, method, path_query, form).await
}

pub async fn call_as(
    sb: &Sandbox,
    token: &str,
    method: &str,
    path_query: &str,
    form: Option<&str>,
) -> Resp {
    let sep = if path_query.contains('?') { '&' } else { '?' };
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    let url = if query.is_empty() {
        format!("{}{path}?key={token}", sb.url())
    } else {
        format!("{}{path}?key={token}{sep}{query}", sb.url())
    };
    let m = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut req = reqwest::Client::new().request(m, url);
    if let Some(f) = form {
        req = req
            .header("content-type", "application/x-www-form-urlencoded")
            .body(f.to_string());
    }
    let resp = req.send().await.expect("sent");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Resp { status, body }
}

/// The documented example `name`, as the client's golden tests read it (one copy of the
/// reference's examples, in marin-api/tests/fixtures).
pub fn doc(name: &str) -> Value {
    let path = format!(
        "{}/../marin-api/tests/fixtures/{name}.as-documented.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim() == "[...]" {
            if let Some(last) = out.pop() {
                out.push(last.strip_suffix(',').unwrap_or(last));
            }
            continue;
        }
        out.push(line);
    }
    serde_json::from_str(&out.join("\n")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Every field the documented example has, ours has too, with the same JSON type (lists:
/// each of our elements against the example's first).
pub fn assert_shape(doc: &Value, ours: &Value, at: &str) {
    match (doc, ours) {
        (Value::Null, _) => {}
        (Value::Object(d), Value::Object(o)) => {
            for (k, dv) in d {
                let ov = o
                    .get(k)
                    .unwrap_or_else(|| panic!("{at}.{k} is missing: {ours:#}"));
                assert_shape(dv, ov, &format!("{at}.{k}"));
            }
        }
        (Value::Array(d), Value::Array(o)) => {
            if let Some(first) = d.first() {
                for (i, ov) in o.iter().enumerate() {
                    assert_shape(first, ov, &format!("{at}[{i}]"));
                }
            }
        }
        _ => assert_eq!(kind(doc), kind(ours), "{at}: {doc} vs {ours}"),
    }
}

/// The messages of a 400 form error at `field` (`errors.children.<field>.errors`).
pub fn errors_at<'a>(body: &'a Value, field: &str) -> Vec<&'a str> {
    body["errors"]["children"][field]["errors"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}
