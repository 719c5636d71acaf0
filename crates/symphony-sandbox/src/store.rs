//! The sandbox's data: brands, v1 campaigns, v2 campaigns and webhooks. Serializable so a run
//! given a data directory can save and reload it.

use crate::money::Decimal;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Brand {
    pub id: u64,
    pub partner_id: u64,
    pub name: String,
    pub slug: String,
    /// The currency of the brand's connected Facebook ad account.
    pub currency: String,
    pub spotify_artist_id: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The partner key's default brand.
    pub is_default: bool,
}

/// What Symphony will eventually decide about a campaign, known from its input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    Normal,
    Denied(String),
    Error(String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Market {
    pub name: String,
    /// Share of the campaign budget, 0..=1, exact.
    #[serde(
        serialize_with = "crescendo_money::json::serialize_decimal",
        deserialize_with = "crescendo_money::json::decimal"
    )]
    pub fraction: Decimal,
    /// The Facebook campaign id ("market_id" in the location endpoints).
    pub fb_id: String,
    pub locations: Vec<Value>,
    pub paused_locations: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Campaign {
    pub id: u64,
    pub brand_id: u64,
    pub name: String,
    pub campaign_type: String,
    pub provider: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(
        serialize_with = "crescendo_money::json::serialize_decimal",
        deserialize_with = "crescendo_money::json::decimal"
    )]
    pub budget: Decimal,
    pub currency: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The metadata object as it was sent.
    pub metadata: Value,
    pub markets: Vec<Market>,
    pub paused_at: Option<DateTime<Utc>>,
    pub outcome: Outcome,
    /// Demo rows that must show a given status whatever the clock says.
    pub forced_status: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct V2Campaign {
    pub id: u64,
    pub brand_id: u64,
    pub ad_platform: String,
    pub input: Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub paused: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Webhook {
    pub id: u64,
    pub brand_id: u64,
    pub url: String,
    pub events: Vec<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Store {
    pub brands: BTreeMap<u64, Brand>,
    pub campaigns: BTreeMap<u64, Campaign>,
    pub v2_campaigns: BTreeMap<u64, V2Campaign>,
    pub webhooks: Vec<Webhook>,
    pub next_id: u64,
}

impl Store {
    pub fn new() -> Self {
        Store {
            next_id: 5000,
            ..Store::default()
        }
    }

    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    pub fn default_brand(&self, partner_id: u64) -> Option<&Brand> {
        self.brands
            .values()
            .find(|b| b.partner_id == partner_id && b.is_default)
    }

    pub fn brand_for(&self, partner_id: u64, id: u64) -> Option<&Brand> {
        self.brands.get(&id).filter(|b| b.partner_id == partner_id)
    }
}

pub fn slug(name: &str) -> String {
    let s: String = crate::search::fold(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    s.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

// Stored money is exact, checked by the compiler (see crescendo_money::exact).
crescendo_money::assert_exact!(Campaign { budget });
crescendo_money::assert_exact!(Market { fraction });
