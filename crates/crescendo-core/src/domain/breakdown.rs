//! Breakdowns of a campaign's lifetime results, the same for every provider: by country
//! (Symphony's `geographicBreakdown.countries`) and by creative format (`creative_performance`).

use crate::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One country's lifetime results for one campaign. CPC is derived from spend and clicks when
/// shown (see `analytics::country_rows`), never stored: a provider's rounded CPC cannot disagree
/// with its own spend and clicks here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CountryStat {
    /// ISO 3166-1 alpha-2 ("MX").
    pub code: String,
    /// The provider's name for it ("Mexico"); the code when it sent none.
    pub name: String,
    /// In the campaign's currency.
    pub spend: Money,
    /// Unique people reached in this country over the campaign's life.
    #[ts(type = "number")]
    pub reach: u64,
    #[ts(type = "number")]
    pub impressions: u64,
    #[ts(type = "number")]
    pub clicks: u64,
}

/// Clicks per creative format ("feed", "reels", "stories") over the campaign's life.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreativeStat {
    /// The provider's format code (Symphony's `type`).
    pub format: String,
    #[ts(type = "number")]
    pub clicks: u64,
    /// Share of the campaign's clicks, in percent (Symphony's `percentage`), as decimal text.
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub share_pct: Decimal,
}

/// A platform campaign or ad as the provider reports it ("ACTIVE", "PAUSED", "WITH_ISSUES").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlatformEntity {
    pub id: String,
    pub name: String,
    /// The platform's code, as sent.
    pub status: String,
    /// The code made readable ("With issues").
    pub label: String,
}

/// Whether the ad account can run ads, and why not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountHealth {
    pub good: bool,
    pub error: Option<String>,
}

/// Everything a provider reports about a campaign's results in one answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignAnalytics {
    pub days: super::DailyStats,
    pub countries: Vec<CountryStat>,
    pub creatives: Vec<CreativeStat>,
    /// The campaigns the provider created on the ad platform, and their ads.
    pub platform_campaigns: Vec<PlatformEntity>,
    pub platform_ads: Vec<PlatformEntity>,
    /// None when the provider did not say.
    pub account: Option<AccountHealth>,
    /// What the ad platform says is wrong with the campaign (Meta's `issues_info`).
    #[serde(default)]
    pub issues: Vec<PlatformIssue>,
    /// The campaign's ad sets with their budgets and bids (empty when the provider has none).
    #[serde(default)]
    pub ad_sets: Vec<PlatformAdSet>,
}

/// A new daily budget and/or bid for one ad set, as typed, in the campaign's currency.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AdSetChange {
    pub daily_budget: Option<String>,
    pub bid: Option<String>,
}

/// An ad set on the ad platform, with the daily budget and bid Crescendo can change on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlatformAdSet {
    pub id: String,
    pub name: String,
    /// The platform's code, as sent ("play"), and made readable ("Play").
    pub status: String,
    pub label: String,
    /// In the campaign's currency; None when the platform sent none.
    pub daily_budget: Option<Money>,
    pub bid: Option<Money>,
    /// How the bid is used ("Lowest cost with bid cap"), when said.
    pub bid_strategy: Option<String>,
    /// What the ad set optimizes for ("Post engagement"), when said.
    pub optimization_goal: Option<String>,
    /// Why its budget and bid cannot be changed from Crescendo; None when they can.
    pub locked_reason: Option<String>,
}

/// One problem the ad platform reports on a campaign, in its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlatformIssue {
    /// Where it is: "CAMPAIGN", "AD_SET", "AD" (Meta's `level`), when said.
    pub level: Option<String>,
    /// A short title ("Ad account disabled"); the message when there is none.
    pub summary: String,
    /// The platform's full explanation, when it gave one beyond the summary.
    pub message: Option<String>,
}
