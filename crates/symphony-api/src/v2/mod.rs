//! The v2 API (`/api/sym/v2`), as the FAQ describes it. Where the FAQ gives no field name,
//! the names below are this crate's choice, all in this one file and listed in the README as
//! assumptions to confirm with Symphony.

use crate::client::{Api, Safety};
use crate::types::{iso_millis, CampaignStatus};
use crate::{Client, Error, Result};
use chrono::{DateTime, Utc};
use reqwest::Method;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AdPlatform {
    Meta,
    Tiktok,
}

/// GET /api-test: the key works; the brand it defaults to. (Assumed: `brandId`, `brandName`.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiTest {
    #[serde(default)]
    pub brand_id: Option<u64>,
    #[serde(default)]
    pub brand_name: Option<String>,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Brand {
    pub id: u64,
    pub name: String,
    #[serde(default)]
    pub slug: Option<String>,
    /// The ad account's currency (assumed field).
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub spotify_artist_id: Option<String>,
    #[serde(default)]
    pub is_default: Option<bool>,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewBrand {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spotify_artist_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: Value,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetingConfig {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub geographies: Vec<Target>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<Target>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Target>,
    /// Any of MALE, FEMALE (FAQ).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub genders: Vec<String>,
    /// Required for Meta: 13..=65, minAge <= maxAge (FAQ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u8>,
}

/// `campaignInput`: dates, budget, the promoted link, captions, call-to-action, targeting (FAQ).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CampaignInput {
    pub name: String,
    #[serde(with = "iso_millis")]
    pub start_date: DateTime<Utc>,
    #[serde(with = "iso_millis")]
    pub end_date: DateTime<Utc>,
    /// Lifetime budget, a positive number in `currency` (FAQ). Exact, sent as a JSON number.
    #[serde(
        serialize_with = "crate::num::serialize_decimal",
        deserialize_with = "crate::num::decimal_lenient"
    )]
    pub budget: Decimal,
    pub currency: String,
    pub link: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// LEARN_MORE, LISTEN_NOW or VIEW_NOW; TikTok ignores it (FAQ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_to_action: Option<String>,
    #[serde(default)]
    pub targeting_config: TargetingConfig,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewV2Campaign {
    pub ad_platform: AdPlatform,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_id: Option<u64>,
    pub campaign_input: CampaignInput,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct V2Campaign {
    pub id: u64,
    #[serde(default)]
    pub brand_id: Option<u64>,
    pub ad_platform: AdPlatform,
    pub status: CampaignStatus,
    #[serde(default)]
    pub paused: Option<bool>,
    #[serde(default, deserialize_with = "crate::types::redact::de_value")]
    pub campaign_input: Value,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

/// PUT /campaigns/:id accepts any of budget, endDate and paused (FAQ).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct V2Update {
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::num::serialize_opt_decimal"
    )]
    pub budget: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none", with = "iso_millis::option")]
    pub end_date: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub id: Value,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    pub name: String,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchKind {
    Geography,
    Interest,
    Language,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewWebhook {
    pub url: String,
    /// campaign.created, .updated, .processing, .completed, .failed
    pub events: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Webhook {
    pub id: u64,
    pub url: String,
    #[serde(default)]
    pub events: Vec<String>,
    /// pending until the first successful delivery (FAQ).
    #[serde(default)]
    pub status: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

// Budgets are exact types, checked by the compiler (see crescendo_money::exact).
crescendo_money::assert_exact!(CampaignInput { budget });
crescendo_money::assert_exact!(V2Update { budget });

fn to_value<T: Serialize>(v: &T) -> Result<Value> {
    serde_json::to_value(v).map_err(|e| Error::Config {
        message: format!("could not encode the request: {e}"),
    })
}

impl Client {
    /// GET /api-test: the connection check.
    pub async fn api_test(&self) -> Result<ApiTest> {
        self.get(Api::V2, "api-test", &[]).await
    }
    pub async fn brands(&self) -> Result<Vec<Brand>> {
        self.get(Api::V2, "brands", &[]).await
    }
    /// POST /brands. Not retried: a lost response is checked by listing brands by name.
    pub async fn create_brand(&self, new: &NewBrand) -> Result<Brand> {
        let body = to_value(new)?;
        match self
            .call::<Brand>(
                Api::V2,
                Method::POST,
                "brands",
                &[],
                Some(&body),
                Safety::Once,
            )
            .await
        {
            Err(e) if e.outcome_unknown() => {
                let found = self.brands().await.ok().and_then(|bs| {
                    bs.into_iter()
                        .find(|b| b.name.eq_ignore_ascii_case(&new.name))
                });
                found.ok_or(e)
            }
            other => other,
        }
    }
    /// POST /campaigns. v2 has no documented list to look a lost creation up in, so a lost
    /// response is reported as an error whose `outcome_unknown()` is true.
    pub async fn create_v2_campaign(&self, new: &NewV2Campaign) -> Result<V2Campaign> {
        let body = to_value(new)?;
        self.call(
            Api::V2,
            Method::POST,
            "campaigns",
            &[],
            Some(&body),
            Safety::Once,
        )
        .await
    }
    pub async fn v2_campaign(&self, id: u64) -> Result<V2Campaign> {
        self.get(Api::V2, &format!("campaigns/{id}"), &[]).await
    }
    pub async fn update_v2_campaign(&self, id: u64, update: &V2Update) -> Result<V2Campaign> {
        let body = to_value(update)?;
        self.call(
            Api::V2,
            Method::PUT,
            &format!("campaigns/{id}"),
            &[],
            Some(&body),
            Safety::Idempotent,
        )
        .await
    }
    /// POST /geography-search, /interest-search or /language-search with `{ adPlatform, query }`.
    pub async fn v2_search(
        &self,
        kind: SearchKind,
        platform: AdPlatform,
        query: &str,
    ) -> Result<Vec<SearchHit>> {
        let path = match kind {
            SearchKind::Geography => "geography-search",
            SearchKind::Interest => "interest-search",
            SearchKind::Language => "language-search",
        };
        let body = serde_json::json!({ "adPlatform": platform, "query": query.trim() });
        // A search changes nothing: safe to retry.
        self.call(
            Api::V2,
            Method::POST,
            path,
            &[],
            Some(&body),
            Safety::Idempotent,
        )
        .await
    }
    pub async fn register_webhook(&self, new: &NewWebhook) -> Result<Webhook> {
        let body = to_value(new)?;
        self.call(
            Api::V2,
            Method::POST,
            "webhooks",
            &[],
            Some(&body),
            Safety::Once,
        )
        .await
    }
    pub async fn webhooks(&self) -> Result<Vec<Webhook>> {
        self.get(Api::V2, "webhooks", &[]).await
    }
}
