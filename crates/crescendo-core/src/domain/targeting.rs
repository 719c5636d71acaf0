//! Who a campaign reaches: markets (groups of places sharing a part of the budget), interest
//! audiences and demographics. Shares are exact decimals that add up to 1.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Country,
    Region,
    City,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    pub kind: PlaceKind,
    /// The provider's key ("US", "3847").
    pub key: String,
    pub label: String,
    /// ISO 3166 country the place is in (the place itself for a country).
    pub country_code: Option<String>,
}

/// A group of places that shares one part of the budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Market {
    pub name: String,
    /// Fraction of the budget, 0 < share ≤ 1, exact ("0.5").
    #[ts(type = "string")]
    #[serde(with = "rust_decimal::serde::str")]
    pub share: Decimal,
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Audience {
    pub id: String,
    pub name: String,
    /// How many people the provider estimates the audience reaches, as its range.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub size_min: Option<u64>,
    #[serde(default)]
    #[ts(type = "number | null")]
    pub size_max: Option<u64>,
    /// Where the provider files it ("Interests > Music").
    #[serde(default)]
    pub path: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Language {
    #[ts(type = "number")]
    pub key: u64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Demographics {
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    /// "All", "Male", "Female".
    pub gender: Option<String>,
    pub languages: Vec<Language>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Targeting {
    pub markets: Vec<Market>,
    pub audiences: Vec<Audience>,
    pub demographics: Demographics,
}

/// What a list row can say about targeting without the details.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TargetingSummary {
    /// Market names, in order ("Recommended Markets").
    pub markets: Vec<String>,
    /// ISO country codes reached, sorted, each once.
    pub countries: Vec<String>,
}

impl Targeting {
    pub fn summary(&self) -> TargetingSummary {
        let mut countries: Vec<String> = self
            .markets
            .iter()
            .flat_map(|m| &m.places)
            .filter_map(|p| match p.kind {
                PlaceKind::Country => Some(p.key.to_uppercase()),
                _ => p.country_code.as_ref().map(|c| c.to_uppercase()),
            })
            .collect();
        countries.sort();
        countries.dedup();
        TargetingSummary {
            markets: self.markets.iter().map(|m| m.name.clone()).collect(),
            countries,
        }
    }
}
