//! Validation answers as problems at fields. A problem's `field` is the documented request
//! field path ("metadata.budget.value"), whether core's own rules found it or the provider
//! answered with it, so the wizard shows each one at its field.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// Nothing given where something is needed.
    Required,
    /// Given, but not a value this field takes.
    Invalid,
    /// Below a minimum (a budget, an age).
    TooLow,
    /// Above a maximum.
    TooHigh,
    /// More items than allowed (markets, links).
    TooMany,
    /// Disagrees with something else (currency vs ad account, end before start).
    Mismatch,
    /// The provider refused it for a reason Crescendo cannot place more precisely.
    Refused,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// Documented request field path; empty for the request as a whole.
    pub field: String,
    pub code: ProblemCode,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What to do about it, when there is a clear fix.
    pub fix: Option<String>,
}

impl Problem {
    pub fn new(field: &str, code: ProblemCode, message: impl Into<String>) -> Problem {
        Problem {
            field: field.to_string(),
            code,
            message: message.into(),
            fix: None,
        }
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Problem {
        self.fix = Some(fix.into());
        self
    }
}

/// Reads a provider's validation message ("metadata.end_date: must be after start_date;
/// campaign_name: required") into problems at fields. A part that names no known field stays a
/// problem of the whole request, worded as the provider worded it.
pub fn from_provider_message(message: &str, known_fields: &[&str]) -> Vec<Problem> {
    let mut out = Vec::new();
    for part in message.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let placed = part.split_once(':').and_then(|(field, text)| {
            let field = field.trim();
            let known = known_fields.iter().any(|k| {
                field == *k
                    || field.starts_with(&format!("{k}."))
                    || field.starts_with(&format!("{k}["))
            });
            known.then(|| Problem::new(field, ProblemCode::Refused, text.trim()))
        });
        out.push(placed.unwrap_or_else(|| Problem::new("", ProblemCode::Refused, part)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[&str] = &["campaign_name", "metadata"];

    #[test]
    fn provider_messages_land_at_their_fields() {
        let p = from_provider_message(
            "metadata.budget.value: the minimum is 10 USD per day; campaign_name: required",
            FIELDS,
        );
        let at: Vec<(&str, &str)> = p
            .iter()
            .map(|p| (p.field.as_str(), p.message.as_str()))
            .collect();
        assert_eq!(
            at,
            [
                ("metadata.budget.value", "the minimum is 10 USD per day"),
                ("campaign_name", "required")
            ]
        );
    }

    #[test]
    fn unplaceable_text_is_a_problem_of_the_whole_request() {
        let p = from_provider_message("Something went wrong: try later", FIELDS);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, "");
        assert_eq!(p[0].message, "Something went wrong: try later");
        let p = from_provider_message("metadata_x: no", FIELDS);
        assert_eq!(
            p[0].field, "",
            "a prefix that is not a path segment does not place it"
        );
    }
}
