//! A campaign being built: what the wizard edits and saves, and what a connector validates
//! and creates. Everything the user typed is kept as typed (the budget too) so a bad value
//! gets a message at its field and is never lost.

use crate::domain::{Audience, Demographics, Market, Problem};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MediaDraft {
    pub url: String,
    pub name: String,
    pub thumbnail: Option<String>,
    /// reel, story or feed (videos).
    pub format_type: Option<String>,
}

/// What the ad shows and where it leads; which parts are needed depends on the objective.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CreativeDraft {
    pub instagram_post_id: Option<String>,
    pub videos: Vec<MediaDraft>,
    pub images: Vec<MediaDraft>,
    /// The link a link-clicks campaign sends people to.
    pub link: Option<String>,
    pub caption: Option<String>,
    /// The release promoted (Spotify track or album id).
    pub spotify_id: Option<String>,
    /// The same release on other platforms (URLs).
    pub external_links: Vec<String>,
    pub call_to_action: Option<String>,
    /// Playlist pitching: the tier's code ("30000_followers") and notes for curators.
    pub playlist_tier: Option<String>,
    pub pitch_notes: Option<String>,
    /// Video views: the video and what to optimise for.
    pub video_id: Option<String>,
    pub views_goal: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CampaignDraft {
    pub name: String,
    /// The provider's objective code ("record_streams").
    pub objective: String,
    /// Lifetime budget as typed ("190", "12.50").
    pub budget: String,
    pub currency: String,
    #[ts(type = "string | null")]
    pub start: Option<DateTime<Utc>>,
    #[ts(type = "string | null")]
    pub end: Option<DateTime<Utc>>,
    pub creative: CreativeDraft,
    pub markets: Vec<Market>,
    pub audiences: Vec<Audience>,
    pub demographics: Option<Demographics>,
}

/// How a creation ended. Only `Created` means a campaign exists; `Unknown` means nobody can
/// tell yet, and the draft must not be sent again before the list is checked.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum CreateResult {
    Created {
        #[serde(rename = "campaignId")]
        campaign_id: String,
        /// The answer was lost and the campaign was found afterwards.
        recovered: bool,
    },
    /// Refused before or by the provider, with each problem at its field. Nothing was created.
    Invalid { problems: Vec<Problem> },
    /// The answer was lost and a check showed nothing was created: safe to send again.
    NotCreated { message: String },
    /// The answer was lost and the check failed too.
    Unknown { message: String },
}
