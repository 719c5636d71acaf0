//! A running campaign's markets on the ad platform and their locations, as the campaign page
//! shows and edits them. (The wizard's [`super::Market`] is a market being planned.)

use super::targeting::PlaceKind;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One market: a campaign of its own on the ad platform, reaching its locations with a share
/// of the budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignMarket {
    /// The provider's id for the market's edits (Symphony: `fbCampaign.id`, the documented
    /// `market_id`). None until the provider has set the market up on the ad platform.
    pub id: Option<String>,
    pub name: String,
    /// Fraction of the budget, exact ("0.5"), when the provider says.
    #[ts(type = "string | null")]
    #[serde(with = "rust_decimal::serde::str_option")]
    pub budget_share: Option<Decimal>,
    pub locations: Vec<MarketLocation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarketLocation {
    /// The provider's key ("US", "3847"): the documented `location_key`.
    pub key: String,
    pub label: String,
    pub kind: PlaceKind,
    pub country_code: Option<String>,
    /// Paused on the platform: the market no longer reaches it.
    pub paused: bool,
}

impl CampaignMarket {
    pub fn location(&self, key: &str) -> Option<&MarketLocation> {
        self.locations
            .iter()
            .find(|l| l.key.eq_ignore_ascii_case(key))
    }
}
