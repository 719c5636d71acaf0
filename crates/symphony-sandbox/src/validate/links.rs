//! Media links: `public_video_links` and `public_image_links`.

use super::{non_empty_str, Problems, MAX_LINKS};
use serde_json::Value;

/// A public web address: http or https with a host after the scheme. The documents ask for
/// "public url"s; a length threshold would refuse short real hosts and let "https:////..." in.
pub(super) fn is_url(v: &Value) -> bool {
    let rest = v.as_str().and_then(|s| {
        s.strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
    });
    rest.and_then(|r| r.split(['/', '?', '#']).next())
        .is_some_and(|host| !host.is_empty())
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
