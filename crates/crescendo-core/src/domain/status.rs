//! One set of campaign states for every provider. Each connector maps its own statuses here
//! and keeps the original (code and readable label) for display and for filtering.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a campaign stands, whatever the provider calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CampaignState {
    /// Not submitted yet (a draft, or waiting for payment).
    Draft,
    /// Submitted and being processed by the provider before review.
    Pending,
    /// Waiting for the ad platform's review.
    InReview,
    /// Approved, starts later.
    Scheduled,
    Active,
    Paused,
    /// Running, but something needs the manager's attention.
    NeedsAttention,
    /// Refused by review.
    Rejected,
    /// The provider could not run it.
    Failed,
    /// Ended early by someone.
    Stopped,
    Completed,
    /// A status this version of Crescendo does not know.
    Unknown,
}

/// How a state should look: the UI maps tones to colours *and* icons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatusTone {
    Positive,
    Progress,
    Caution,
    Negative,
    Neutral,
}

impl CampaignState {
    pub const ALL: [CampaignState; 12] = [
        CampaignState::Draft,
        CampaignState::Pending,
        CampaignState::InReview,
        CampaignState::Scheduled,
        CampaignState::Active,
        CampaignState::Paused,
        CampaignState::NeedsAttention,
        CampaignState::Rejected,
        CampaignState::Failed,
        CampaignState::Stopped,
        CampaignState::Completed,
        CampaignState::Unknown,
    ];

    pub fn tone(self) -> StatusTone {
        use CampaignState as S;
        match self {
            S::Active => StatusTone::Positive,
            S::Pending | S::InReview | S::Scheduled => StatusTone::Progress,
            S::Draft | S::Paused | S::NeedsAttention => StatusTone::Caution,
            S::Rejected | S::Failed | S::Stopped => StatusTone::Negative,
            S::Completed | S::Unknown => StatusTone::Neutral,
        }
    }

    /// Whether the campaign can still spend (pacing and live refresh care about these).
    pub fn is_live(self) -> bool {
        matches!(
            self,
            CampaignState::Active | CampaignState::NeedsAttention | CampaignState::Scheduled
        )
    }
}

/// A campaign's status: the neutral state and what the provider called it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    pub state: CampaignState,
    pub tone: StatusTone,
    /// The provider's own code ("IN_REVIEW"), for filters and support conversations.
    pub original: String,
    /// The provider's code made readable ("In review").
    pub label: String,
}

impl Status {
    pub fn new(state: CampaignState, original: &str) -> Status {
        Status {
            state,
            tone: state.tone(),
            original: original.to_string(),
            label: readable(original),
        }
    }
}

/// "IN_REVIEW" → "In review", "with_issues" → "With issues".
pub fn readable(code: &str) -> String {
    let raw = code.trim().replace(['_', '-'], " ").to_lowercase();
    let mut out: String = raw.chars().take(1).flat_map(char::to_uppercase).collect();
    out.push_str(&raw.chars().skip(1).collect::<String>());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_labels() {
        assert_eq!(readable("IN_REVIEW"), "In review");
        assert_eq!(readable("ACTIVE"), "Active");
        assert_eq!(readable(""), "");
    }

    #[test]
    fn tones_follow_the_state() {
        assert_eq!(CampaignState::Active.tone(), StatusTone::Positive);
        assert_eq!(CampaignState::InReview.tone(), StatusTone::Progress);
        assert_eq!(CampaignState::Paused.tone(), StatusTone::Caution);
        assert_eq!(CampaignState::Rejected.tone(), StatusTone::Negative);
        assert_eq!(CampaignState::Completed.tone(), StatusTone::Neutral);
        let live: Vec<_> = CampaignState::ALL
            .into_iter()
            .filter(|s| s.is_live())
            .collect();
        assert_eq!(
            live,
            [
                CampaignState::Scheduled,
                CampaignState::Active,
                CampaignState::NeedsAttention
            ]
        );
    }
}
