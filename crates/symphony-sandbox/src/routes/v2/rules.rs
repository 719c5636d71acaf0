//! The documented rules for a v2 `campaignInput`, each answered at its field path.

use super::V2_CTAS;
use crate::{money, validate};
use serde_json::{json, Value};

pub(super) fn validate_input(
    platform: &str,
    input: &Value,
    currency_of_brand: &str,
) -> validate::Problems {
    let mut p = validate::Problems::default();
    let text = |k: &str| {
        input
            .get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    if text("name").is_none() {
        p.add("campaignInput.name", "is required");
    }
    let start = validate::parse_date(input.get("startDate"));
    let end = validate::parse_date(input.get("endDate"));
    if start.is_none() {
        p.add(
            "campaignInput.startDate",
            "is required as an ISO 8601 date-time",
        );
    }
    if end.is_none() {
        p.add(
            "campaignInput.endDate",
            "is required as an ISO 8601 date-time",
        );
    }
    if let (Some(st), Some(en)) = (start, end) {
        if en <= st {
            p.add("campaignInput.endDate", "must be after startDate");
        }
    }
    match validate::exact_number(input.get("budget")) {
        Some(b) if b > money::Decimal::ZERO => {}
        _ => p.add(
            "campaignInput.budget",
            "must be a positive number (the lifetime budget)",
        ),
    }
    match text("currency") {
        Some(c) if c != currency_of_brand => p.add(
            "campaignInput.currency",
            format!("{c} does not match the ad account currency {currency_of_brand}"),
        ),
        Some(_) => {}
        None => p.add("campaignInput.currency", "is required, e.g. USD"),
    }
    match text("link") {
        Some(l) if l.starts_with("https://") || l.starts_with("http://") => {}
        _ => p.add("campaignInput.link", "is required as an http(s) URL"),
    }
    if platform == "meta" {
        if let Some(cta) = input.get("callToAction") {
            if !cta.as_str().map(|c| V2_CTAS.contains(&c)).unwrap_or(false) {
                p.add(
                    "campaignInput.callToAction",
                    format!("must be one of {}", V2_CTAS.join(", ")),
                );
            }
        }
    }
    let t = input.get("targetingConfig").cloned().unwrap_or(json!({}));
    if let Some(g) = t.get("genders") {
        let ok = g
            .as_array()
            .map(|a| {
                a.iter()
                    .all(|x| matches!(x.as_str(), Some("MALE" | "FEMALE")))
            })
            .unwrap_or(false);
        if !ok {
            p.add(
                "campaignInput.targetingConfig.genders",
                "must be a list of MALE and/or FEMALE",
            );
        }
    }
    let min = t.get("minAge").and_then(Value::as_i64);
    let max = t.get("maxAge").and_then(Value::as_i64);
    if platform == "meta" && (min.is_none() || max.is_none()) {
        p.add(
            "campaignInput.targetingConfig",
            "minAge and maxAge are required for Meta campaigns",
        );
    }
    for (k, v) in [("minAge", min), ("maxAge", max)] {
        if let Some(v) = v {
            if !(13..=65).contains(&v) {
                p.add(
                    format!("campaignInput.targetingConfig.{k}"),
                    format!("{v} must be between 13 and 65"),
                );
            }
        }
    }
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo > hi {
            p.add(
                "campaignInput.targetingConfig",
                format!("minAge ({lo}) must not exceed maxAge ({hi})"),
            );
        }
    }
    p
}
