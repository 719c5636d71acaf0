//! Compares a JSON document with a documented example by shape: the set of key paths and the
//! JSON type at each, recursively (array elements merged under `[]`).

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

type Shape = BTreeMap<String, BTreeSet<&'static str>>;

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

fn collect(v: &Value, path: &str, out: &mut Shape) {
    out.entry(path.to_string()).or_default().insert(kind(v));
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                collect(x, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for x in a {
                collect(x, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

pub fn shape(v: &Value) -> Shape {
    let mut s = Shape::new();
    collect(v, "$", &mut s);
    s
}

/// The proper ancestors of a path, nearest first.
fn ancestors(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (i, c) in path.char_indices().rev() {
        if c == '.' || (c == '[' && path[i..].starts_with("[]")) {
            out.push(&path[..i]);
        }
    }
    out
}

fn only_null(s: Option<&BTreeSet<&'static str>>) -> bool {
    s.map(|t| t.len() == 1 && t.contains("null"))
        .unwrap_or(false)
}

/// Problems found comparing `actual` with the documented `doc`, empty when they agree:
/// - a key the document does not have (unless under a documented null or an empty documented
///   array, whose contents the document does not show);
/// - a documented key missing (unless under a null or an empty array in `actual`, when
///   `strict` is false);
/// - a different type at a path (null is accepted where the document has null; in strict mode
///   `actual` may be null only where the document is).
pub fn problems(doc: &Value, actual: &Value, strict: bool) -> Vec<String> {
    let (d, a) = (shape(doc), shape(actual));
    let mut out = Vec::new();
    let open_in_doc = |p: &str| {
        ancestors(p).iter().any(|q| {
            only_null(d.get(*q))
                || (d.get(*q).is_some_and(|t| t.contains("array"))
                    && !d.contains_key(&format!("{q}[]")))
        })
    };
    let empty_in_actual = |p: &str| {
        ancestors(p).iter().any(|q| {
            (!strict && only_null(a.get(*q)))
                || (a.get(*q).is_some_and(|t| t.contains("array"))
                    && !a.contains_key(&format!("{q}[]")))
        })
    };
    for p in a.keys() {
        if !d.contains_key(p) && !open_in_doc(p) {
            out.push(format!("undocumented {p}"));
        }
    }
    for (p, dt) in &d {
        let Some(at) = a.get(p) else {
            if !empty_in_actual(p) {
                out.push(format!("missing {p}"));
            }
            continue;
        };
        let dn: BTreeSet<_> = dt.iter().filter(|t| **t != "null").collect();
        let an: BTreeSet<_> = at.iter().filter(|t| **t != "null").collect();
        if !dn.is_empty() && !an.is_subset(&dn) {
            out.push(format!("type of {p}: {at:?}, documented {dt:?}"));
        }
        if strict && at.contains("null") && !dt.contains("null") {
            out.push(format!("null at {p}, documented {dt:?}"));
        }
    }
    out
}
