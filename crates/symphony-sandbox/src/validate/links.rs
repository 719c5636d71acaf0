//! Media links: `public_video_links` and `public_image_links`.

use super::{non_empty_str, Problems, MAX_LINKS};
use serde_json::Value;

pub(super) fn is_url(v: &Value) -> bool {
    v.as_str()
        .map(|s| (s.starts_with("https://") || s.starts_with("http://")) && s.len() > 10)
        .unwrap_or(false)
}

/// Checks `metadata.<key>` (a list of `{ url, name, thumbnail? }`) and returns how many it has.
pub(super) fn check_links(p: &mut Problems, m: &Value, key: &str) -> usize {
    let Some(v) = m.get(key) else { return 0 };
    let Some(links) = v.as_array() else {
        p.add(format!("metadata.{key}"), "must be a list");
        return 0;
    };
    if links.len() > MAX_LINKS {
        p.add(
            format!("metadata.{key}"),
            format!("has {} items; at most {MAX_LINKS} are allowed", links.len()),
        );
    }
    for (i, l) in links.iter().enumerate() {
        if !l.get("url").map(is_url).unwrap_or(false) {
            p.add(
                format!("metadata.{key}[{i}].url"),
                "must be a public http(s) URL",
            );
        }
        if non_empty_str(l.get("name")).is_none() {
            p.add(format!("metadata.{key}[{i}].name"), "is required");
        }
        if let Some(t) = l.get("thumbnail") {
            if !t.is_null() && !is_url(t) {
                p.add(
                    format!("metadata.{key}[{i}].thumbnail"),
                    "must be a public http(s) URL",
                );
            }
        }
    }
    links.len()
}
