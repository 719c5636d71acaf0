//! A campaign as every screen and the CLI see it, whichever provider runs it.

use super::status::Status;
use super::targeting::TargetingSummary;
use crate::money::Money;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Who runs a campaign. The UI names a provider only to show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    Symphony,
    Meta,
    MarinSocial,
}

impl ProviderKind {
    pub fn label(self) -> &'static str {
        match self {
            ProviderKind::Symphony => "Symphony",
            ProviderKind::Meta => "Meta",
            ProviderKind::MarinSocial => "Marin Social",
        }
    }

    /// Whether the provider's daily figures count people reached (Marin Social's statistics
    /// have no reach: a 0 there would read as "nobody").
    pub fn reports_reach(self) -> bool {
        !matches!(self, ProviderKind::MarinSocial)
    }
}

/// What a campaign is for, in the provider's words and in readable form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Objective {
    /// The provider's code ("record_streams", "OUTCOME_TRAFFIC").
    pub code: String,
    /// "Music streams".
    pub label: String,
}

/// When a campaign runs. Instants in UTC; screens show them in the user's time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    #[ts(type = "string")]
    pub start: DateTime<Utc>,
    /// None: runs until stopped.
    #[ts(type = "string | null")]
    pub end: Option<DateTime<Utc>>,
}

impl Schedule {
    /// Days the campaign runs, a started day counting as a whole one (as budgets count them).
    pub fn days(&self) -> Option<i64> {
        let end = self.end?;
        let secs = (end - self.start).num_seconds();
        if secs <= 0 {
            return Some(0);
        }
        Some((secs + 86_399) / 86_400)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    /// The provider's id, as text (Meta's ids do not fit a JavaScript number).
    pub id: String,
    pub provider: ProviderKind,
    pub name: String,
    pub objective: Objective,
    pub status: Status,
    /// Lifetime budget. Its currency is "XXX" (ISO: none) when the provider did not say.
    /// For a campaign run on a daily budget (Meta), the daily budget times its days when it has
    /// an end, else the daily budget: `daily_budget` says which.
    pub budget: Money,
    /// The budget per day, for providers that run campaigns on one (Meta's `daily_budget`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub daily_budget: Option<Money>,
    pub schedule: Schedule,
    /// What the list knows about targeting (empty when only the details tell).
    pub targeting: TargetingSummary,
}

/// One page of campaigns and where it sits in the whole list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignPage {
    pub campaigns: Vec<Campaign>,
    #[ts(type = "number")]
    pub total: u64,
    #[ts(type = "number")]
    pub total_pages: u64,
}

/// Which campaigns to list. Filters use the provider's own codes (from its filter options).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignFilter {
    pub status: Option<String>,
    pub objective: Option<String>,
    /// Campaigns running between these days (the documented date filter).
    pub starts_from: Option<chrono::NaiveDate>,
    pub ends_before: Option<chrono::NaiveDate>,
    /// Lifetime budgets between these amounts (the documented budget filter).
    pub budget_min: Option<rust_decimal::Decimal>,
    pub budget_max: Option<rust_decimal::Decimal>,
    /// Only this provider's campaigns (a workspace with linked accounts has several).
    pub provider: Option<ProviderKind>,
    pub limit: u32,
    pub offset: u32,
}

/// A change to a running campaign: its budget, its end, or both. The budget is of the kind the
/// campaign has: per day for one run on a daily budget (`Campaign::daily_budget`), else lifetime.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignEdit {
    /// The new budget, as typed ("2010"), in `currency`.
    pub budget: Option<String>,
    pub currency: Option<String>,
    #[ts(type = "string | null")]
    pub end: Option<DateTime<Utc>>,
}

/// A value a list can be filtered by, and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn a_started_day_counts_whole() {
        let s = |a, b| Schedule {
            start: a,
            end: Some(b),
        };
        assert_eq!(s(at(2026, 1, 1, 0), at(2026, 1, 2, 0)).days(), Some(1));
        assert_eq!(s(at(2026, 1, 1, 5), at(2026, 1, 2, 6)).days(), Some(2));
        assert_eq!(s(at(2026, 1, 1, 23), at(2026, 1, 2, 1)).days(), Some(1));
        assert_eq!(s(at(2026, 1, 2, 0), at(2026, 1, 1, 0)).days(), Some(0));
        let open = Schedule {
            start: at(2026, 1, 1, 0),
            end: None,
        };
        assert_eq!(open.days(), None);
    }
}
