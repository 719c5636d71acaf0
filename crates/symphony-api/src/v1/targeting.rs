//! Targeting search: locations, interests and languages (`/v1/meta/...`).

use crate::client::Api;
use crate::types::FlexId;
use crate::{Client, Error, Result};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub key: String,
    pub name: String,
    /// country, region or city.
    #[serde(rename = "type")]
    pub kind: String,
    pub country_code: String,
    #[serde(default)]
    pub country_name: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub region_id: Option<FlexId>,
    #[serde(default)]
    pub supports_region: Option<bool>,
    #[serde(default)]
    pub supports_city: Option<bool>,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Interest {
    /// Maps to `fbId` in `targeting_audiences`.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub audience_size_lower_bound: Option<u64>,
    #[serde(default)]
    pub audience_size_upper_bound: Option<u64>,
    #[serde(default)]
    pub path: Vec<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    pub name: String,
    pub key: u64,
}

fn keyword(q: &str) -> Result<String> {
    let k = q.trim();
    if k.is_empty() {
        return Err(Error::Config {
            message: "type at least one character to search".into(),
        });
    }
    Ok(k.to_string())
}

impl Client {
    pub async fn search_locations(&self, query: &str) -> Result<Vec<Location>> {
        self.get(
            Api::V1,
            "v1/meta/locations/search",
            &[("keyword", keyword(query)?)],
        )
        .await
    }
    pub async fn search_interests(&self, query: &str) -> Result<Vec<Interest>> {
        self.get(
            Api::V1,
            "v1/meta/interest/search",
            &[("keyword", keyword(query)?)],
        )
        .await
    }
    pub async fn search_languages(&self, query: &str) -> Result<Vec<Language>> {
        self.get(
            Api::V1,
            "v1/meta/language/search",
            &[("keyword", keyword(query)?)],
        )
        .await
    }
}
