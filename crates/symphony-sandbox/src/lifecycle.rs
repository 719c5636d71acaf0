//! The asynchronous life of a campaign, computed from its timestamps and the sandbox clock:
//! IN_REVIEW until Symphony "completes" it, then ACTIVE / SCHEDULED / PAUSED / FINISHED,
//! or DENIED / ERROR for inputs the platform refuses.

use crate::store::{Campaign, Outcome};
use chrono::{DateTime, Utc};
use std::time::Duration;

pub fn completed_at(c: &Campaign, review: Duration) -> DateTime<Utc> {
    c.created_at + chrono::Duration::from_std(review).unwrap_or_default()
}

/// True once the campaign.completed webhook would have fired: edits are allowed from then on.
pub fn is_completed(c: &Campaign, now: DateTime<Utc>, review: Duration) -> bool {
    c.forced_status
        .as_deref()
        .map(|s| !matches!(s, "IN_REVIEW" | "DENIED" | "ERROR"))
        .unwrap_or(true)
        && c.outcome == Outcome::Normal
        && now >= completed_at(c, review)
}

pub fn status(c: &Campaign, now: DateTime<Utc>, review: Duration) -> &'static str {
    if let Some(forced) = &c.forced_status {
        return match forced.as_str() {
            "DENIED" => "DENIED",
            "ERROR" => "ERROR",
            "IN_REVIEW" => "IN_REVIEW",
            _ if c.paused_at.is_some() => "PAUSED",
            _ => "ACTIVE",
        };
    }
    if now < completed_at(c, review) {
        return "IN_REVIEW";
    }
    match c.outcome {
        Outcome::Denied(_) => return "DENIED",
        Outcome::Error(_) => return "ERROR",
        Outcome::Normal => {}
    }
    if now >= c.end {
        "FINISHED"
    } else if c.paused_at.is_some() {
        "PAUSED"
    } else if now < c.start {
        "SCHEDULED"
    } else {
        "ACTIVE"
    }
}

/// Why a campaign failed, for `status_notes`.
pub fn notes(c: &Campaign) -> Option<&str> {
    match &c.outcome {
        Outcome::Normal => None,
        Outcome::Denied(r) | Outcome::Error(r) => Some(r),
    }
}

/// Decides at creation what the platform will later say about this input.
pub fn outcome_for(metadata: &serde_json::Value) -> Outcome {
    let text = |k: &str| {
        metadata
            .get(k)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_lowercase()
    };
    let caption = text("caption");
    if ["guaranteed streams", "free money", "buy followers"]
        .iter()
        .any(|w| caption.contains(w))
    {
        return Outcome::Denied(
            "Ad rejected by Meta: the caption violates the advertising policies".into(),
        );
    }
    let link = text("link_to_boost");
    if link.contains(".invalid/") || link.ends_with(".invalid") {
        return Outcome::Error("Meta could not reach link_to_boost".into());
    }
    Outcome::Normal
}
