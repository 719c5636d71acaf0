//! The resources, with the reference's field names. Money and bids are exact `Decimal`s; ids
//! are strings (the documents quote them); fields a documented example omits are optional.

use crate::de;
use rust_decimal::Decimal;
use serde::Deserialize;

/// A run state: the documented `status` values are `play` and `pause`; anything else is kept.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub enum Status {
    Play,
    Pause,
    Other(String),
}

impl From<String> for Status {
    fn from(s: String) -> Status {
        match s.as_str() {
            "play" => Status::Play,
            "pause" => Status::Pause,
            _ => Status::Other(s),
        }
    }
}

impl Status {
    pub fn as_str(&self) -> &str {
        match self {
            Status::Play => "play",
            Status::Pause => "pause",
            Status::Other(s) => s,
        }
    }
}

/// `GET /accounts`, `GET /accounts/{id}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Account {
    #[serde(deserialize_with = "de::id")]
    pub id: String,
    #[serde(default)]
    pub network_id: Option<String>,
    pub name: String,
    /// Absent on the Twitter example.
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub funding_instruments: Vec<String>,
    #[serde(default)]
    pub active: bool,
    /// `fb` or `tw`.
    #[serde(default)]
    pub src: Option<String>,
}

/// A media plan (the API's `clients`): `GET /clients`, `GET /clients/{id}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MediaPlan {
    #[serde(deserialize_with = "de::id")]
    pub id: String,
    pub name: String,
    #[serde(default, deserialize_with = "de::opt_id")]
    pub advertiser_id: Option<String>,
    #[serde(default, deserialize_with = "de::opt_id")]
    pub account_id: Option<String>,
    #[serde(default)]
    pub account_network_id: Option<String>,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub archived: bool,
    #[serde(default)]
    pub general_objective: Option<String>,
    #[serde(default)]
    pub io_number: Option<String>,
    #[serde(default)]
    pub campaign_naming: Option<String>,
    #[serde(default)]
    pub ads_naming: Option<String>,
    /// 0 (Margin), 1 (Fixed CPC), 2 (Fixed on main metric).
    #[serde(default, deserialize_with = "de::opt_u64")]
    pub margin_type: Option<u64>,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub margin_value: Option<Decimal>,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub autopause_value: Option<Decimal>,
    #[serde(default)]
    pub business_manager_id: Option<String>,
    #[serde(default)]
    pub src: Option<String>,
    #[serde(default)]
    pub url_reporting: Option<String>,
    #[serde(default)]
    pub url_connection: Option<String>,
}

/// `daily` or `lifetime`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BudgetType {
    Daily,
    Lifetime,
}

impl BudgetType {
    pub fn as_str(self) -> &'static str {
        match self {
            BudgetType::Daily => "daily",
            BudgetType::Lifetime => "lifetime",
        }
    }
}

/// A campaign of a media plan.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Campaign {
    #[serde(deserialize_with = "de::id")]
    pub id: String,
    pub name: String,
    pub status: Status,
    #[serde(default, deserialize_with = "de::opt_id")]
    pub client_id: Option<String>,
    #[serde(default, deserialize_with = "de::opt_id")]
    pub account_id: Option<String>,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub archived: bool,
    #[serde(default)]
    pub budget_type: Option<BudgetType>,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub daily_budget: Option<Decimal>,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub lifetime_budget: Option<Decimal>,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub budget: Option<Decimal>,
    /// As sent (`2017-10-16T11:15:00+0000`).
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
    #[serde(default)]
    pub objective: Option<String>,
    #[serde(default)]
    pub campaign_naming: Option<String>,
    #[serde(default)]
    pub ads_naming: Option<String>,
    #[serde(default)]
    pub url_reporting: Option<String>,
    #[serde(default)]
    pub src: Option<String>,
    #[serde(default)]
    pub special_ad_category: Option<String>,
    #[serde(default, deserialize_with = "de::opt_id")]
    pub funding_instrument_id: Option<String>,
}

/// An ad set of a campaign. `bid` arrives as a string (`"1.23"`), `daily_budget` as a number.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AdSet {
    #[serde(deserialize_with = "de::id")]
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    pub status: Status,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub daily_budget: Option<Decimal>,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub bid: Option<Decimal>,
    #[serde(default)]
    pub operation_status: Option<String>,
    #[serde(default)]
    pub computed_status: Option<String>,
    #[serde(default, deserialize_with = "de::opt_id")]
    pub promoted_object: Option<String>,
    #[serde(default)]
    pub adset_billing_event: Option<String>,
    #[serde(default)]
    pub adset_optimization_goal: Option<String>,
    #[serde(default)]
    pub adset_bid_strategy: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct TargetLocation {
    pub label: String,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct AdTarget {
    #[serde(default)]
    pub location: Vec<TargetLocation>,
    #[serde(default)]
    pub age: Vec<String>,
    #[serde(default)]
    pub gender: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Placement {
    #[serde(default)]
    pub device: Vec<String>,
    #[serde(default)]
    pub publisher: Vec<String>,
    #[serde(default)]
    pub position: Vec<String>,
}

/// An ad. `bid` arrives as a number here (`0.01`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Ad {
    #[serde(deserialize_with = "de::id")]
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    pub status: Status,
    #[serde(default)]
    pub deleted: bool,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub target: AdTarget,
    #[serde(default)]
    pub placement: Placement,
    #[serde(default)]
    pub synchro_status: Option<String>,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub bid: Option<Decimal>,
    #[serde(default)]
    pub adset_billing_event: Option<String>,
    #[serde(default)]
    pub adset_optimization_goal: Option<String>,
    #[serde(default)]
    pub adset_bid_strategy: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "de::opt_id")]
    pub page: Option<String>,
    #[serde(default)]
    pub src: Option<String>,
}

/// `target_search?type=interest`: an interest (or demographic) to target.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InterestResult {
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
}

/// `target_search?type=location`: a region, market or city.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LocationResult {
    pub key: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub country_code: Option<String>,
    #[serde(default)]
    pub country_name: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default, deserialize_with = "de::opt_u64")]
    pub region_id: Option<u64>,
    #[serde(default)]
    pub supports_region: bool,
    #[serde(default)]
    pub supports_city: bool,
}
