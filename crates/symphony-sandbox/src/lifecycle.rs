//! The asynchronous life of a campaign, computed from its timestamps and the sandbox clock:
//! IN_REVIEW until Symphony "completes" it, then ACTIVE / SCHEDULED / PAUSED / FINISHED,
//! or DENIED / ERROR for inputs the platform refuses.

use crate::store::{Campaign, Outcome};
use chrono::{DateTime, Utc};
use std::time::Duration;

pub fn completed_at(c: &Campaign, review: Duration) -> DateTime<Utc> {
    c.created_at + chrono::Duration::from_std(review).unwrap_or_default()
}

/// Every campaign status the v2 FAQ lists ("What campaign statuses can I expect?").
pub const STATUSES: [&str; 15] = [
    "DRAFT",
    "PUBLISHED",
    "SUBMITTED",
    "ACTIVE",
    "STOPPED",
    "FINALIZING",
    "PAUSED",
    "AWAITING_PAYMENT",
    "ERROR",
    "IN_REVIEW",
    "WITH_ISSUES",
    "DENIED",
    "TO_RETRY",
    "FINISHED",
    "SCHEDULED",
];

/// Statuses in which Symphony has not completed the campaign yet (no campaign.completed).
const NOT_COMPLETED: [&str; 7] = [
    "IN_REVIEW",
    "DENIED",
    "ERROR",
    "DRAFT",
    "SUBMITTED",
    "AWAITING_PAYMENT",
    "TO_RETRY",
];

/// A documented status by name (any case), as the control endpoint and the demo data set it.
pub fn documented(status: &str) -> Option<&'static str> {
    let up = status.trim().to_uppercase();
    STATUSES.iter().copied().find(|s| *s == up)
}

/// True once the campaign.completed webhook would have fired: edits are allowed from then on.
pub fn is_completed(c: &Campaign, now: DateTime<Utc>, review: Duration) -> bool {
    c.forced_status
        .as_deref()
        .map(|s| !NOT_COMPLETED.contains(&s))
        .unwrap_or(true)
        && c.outcome == Outcome::Normal
        && now >= completed_at(c, review)
}

/// The lifecycle gives IN_REVIEW, SCHEDULED, ACTIVE, PAUSED, FINISHED, DENIED and ERROR; a
/// status set through the control endpoint (or the demo data) overrides it, so every one of
/// the 15 documented statuses can be shown.
pub fn status(c: &Campaign, now: DateTime<Utc>, review: Duration) -> &'static str {
    if let Some(forced) = c.forced_status.as_deref().and_then(documented) {
        return if forced == "ACTIVE" && c.paused_at.is_some() {
            "PAUSED"
        } else {
            forced
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
