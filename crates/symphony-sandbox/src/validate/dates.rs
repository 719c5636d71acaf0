//! Dates: ISO 8601 start and end, and how many (whole) days a campaign runs.

use super::Problems;
use chrono::{DateTime, Utc};
use serde_json::Value;

pub fn parse_date(v: Option<&Value>) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(v?.as_str()?)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// Whole days a campaign runs, rounding a partial day up; at least one.
pub fn days(start: DateTime<Utc>, end: DateTime<Utc>) -> i64 {
    let secs = (end - start).num_seconds().max(0);
    ((secs + 86_399) / 86_400).max(1)
}

/// `metadata.start_date` and `metadata.end_date`: both present, end after start and not past.
pub(super) fn check_dates(
    p: &mut Problems,
    m: &Value,
    now: DateTime<Utc>,
) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let start = parse_date(m.get("start_date"));
    let end = parse_date(m.get("end_date"));
    if start.is_none() {
        p.add(
            "metadata.start_date",
            "is required as an ISO 8601 date-time",
        );
    }
    if end.is_none() {
        p.add("metadata.end_date", "is required as an ISO 8601 date-time");
    }
    let (start, end) = (start?, end?);
    if end <= start {
        p.add("metadata.end_date", "must be after start_date");
        return None;
    }
    if end <= now {
        p.add("metadata.end_date", "is in the past");
        return None;
    }
    Some((start, end))
}
