//! The metadata every Meta (facebook provider) campaign takes, and the targeting it carries:
//! markets, locations, audiences and demographics, in the documents' field names.

use crate::types::{iso_millis, Budget, FlexId, Tri};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MediaLink {
    pub url: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// reel, story or feed (videos).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format_type: Option<String>,
}

/// A location inside a market, as `targeting_countries[].locations[]` carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetLocation {
    pub value: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Tri::is_absent")]
    pub region_id: Tri<FlexId>,
    #[serde(default, skip_serializing_if = "Tri::is_absent")]
    pub country_code: Tri<String>,
}

impl TargetLocation {
    /// A whole country, written as the documents' defaults write it.
    pub fn country(code: &str, label: &str) -> TargetLocation {
        TargetLocation {
            value: code.into(),
            label: label.into(),
            kind: "country".into(),
            region_id: Tri::Null,
            country_code: Tri::Null,
        }
    }
}

/// A market: one Facebook campaign, with its share (0..=1) of the budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Market {
    pub name: String,
    /// Share of the campaign budget, 0..=1; the markets' shares add up to 1. Exact decimal.
    #[serde(
        serialize_with = "crate::num::serialize_decimal",
        deserialize_with = "crate::num::decimal_lenient"
    )]
    pub budget: rust_decimal::Decimal,
    pub locations: Vec<TargetLocation>,
}

crescendo_money::assert_exact!(Market { budget });

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Audience {
    #[serde(rename = "fbId", default, skip_serializing_if = "Option::is_none")]
    pub fb_id: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min: u8,
    pub max: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageChoice {
    pub key: u64,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Demographic {
    pub age: AgeRange,
    /// All, Male or Female.
    pub gender: String,
    #[serde(default)]
    pub languages: Vec<LanguageChoice>,
}

/// Metadata every Meta (facebook provider) campaign takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetaMetadata {
    pub budget: Budget,
    #[serde(with = "iso_millis")]
    pub start_date: DateTime<Utc>,
    #[serde(with = "iso_millis")]
    pub end_date: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_to_action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instagram_post_id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub public_video_links: Vec<MediaLink>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub public_image_links: Vec<MediaLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting_countries: Option<Vec<Market>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting_audiences: Option<Vec<Audience>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting_demographic: Option<Demographic>,
    /// Fields the documents show that this type does not model; sent as given.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl MetaMetadata {
    /// The required part only (budget and dates); the optional fields are left out.
    pub fn new(budget: Budget, start_date: DateTime<Utc>, end_date: DateTime<Utc>) -> MetaMetadata {
        MetaMetadata {
            budget,
            start_date,
            end_date,
            call_to_action: None,
            instagram_post_id: None,
            public_video_links: vec![],
            public_image_links: vec![],
            targeting_countries: None,
            targeting_audiences: None,
            targeting_demographic: None,
            extra: Default::default(),
        }
    }
}
