//! Crescendo's own types: the only ones the UI and the CLI see. Connectors
//! ([`crate::provider`]) translate each provider's API into these.

pub mod breakdown;
pub mod campaign;
pub mod content;
pub mod market;
pub mod problem;
pub mod stats;
pub mod status;
pub mod targeting;

pub use breakdown::{CountryStat, CreativeStat};
pub use campaign::{
    Campaign, CampaignEdit, CampaignFilter, CampaignPage, Choice, Objective, ProviderKind, Schedule,
};
pub use content::{ExternalLink, Post, Release, Video};
pub use market::{CampaignMarket, MarketLocation};
pub use problem::{Problem, ProblemCode};
pub use stats::{DailyStat, DailyStats};
pub use status::{CampaignState, Status, StatusTone};
pub use targeting::{
    Audience, Demographics, Language, Market, Place, PlaceKind, Targeting, TargetingSummary,
};
