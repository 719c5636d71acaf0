//! v1 campaigns: list (with filters and a walker over all pages), details, edits, pause/resume.

use crate::client::{Api, Safety};
use crate::num::decimal_lenient;
use crate::types::{iso_millis, Budget, CampaignStatus, CampaignType, FlexId};
use crate::{Client, Result};
use chrono::{DateTime, NaiveDate, Utc};
use reqwest::Method;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One row of GET /v1/campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignSummary {
    pub id: u64,
    pub status: CampaignStatus,
    pub brand_id: u64,
    pub campaign_metadata: SummaryMetadata,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryMetadata {
    #[serde(with = "iso_millis")]
    pub start_date: DateTime<Utc>,
    #[serde(with = "iso_millis")]
    pub end_date: DateTime<Utc>,
    pub campaign_type: CampaignType,
    /// Lifetime budget in the campaign's currency (major units).
    #[serde(deserialize_with = "decimal_lenient")]
    pub budget: Decimal,
    /// Fields beyond the documented four (a currency or name, when the server sends them).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl CampaignSummary {
    /// The campaign's name when the server includes one.
    pub fn name(&self) -> Option<&str> {
        ["campaign_name", "name"]
            .iter()
            .find_map(|k| self.campaign_metadata.extra.get(*k).and_then(Value::as_str))
    }
    pub fn currency(&self) -> Option<&str> {
        self.campaign_metadata
            .extra
            .get("currency")
            .and_then(Value::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignPage {
    pub campaigns: Vec<CampaignSummary>,
    /// Campaigns matching the filters, over all pages.
    pub count: u64,
    pub total_pages: u64,
}

/// Filters for GET /v1/campaign, with the guide's query parameter names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignFilter {
    pub status: Option<CampaignStatus>,
    pub campaign_type: Option<CampaignType>,
    pub starts_from: Option<NaiveDate>,
    pub ends_before: Option<NaiveDate>,
    pub budget_min: Option<Decimal>,
    pub budget_max: Option<Decimal>,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

impl CampaignFilter {
    pub fn query(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if let Some(s) = &self.status {
            q.push(("status", s.to_string()));
        }
        if let Some(t) = &self.campaign_type {
            q.push(("campaign_type", t.to_string()));
        }
        if let Some(d) = self.starts_from {
            q.push(("date.between.start", d.format("%Y-%m-%d").to_string()));
        }
        if let Some(d) = self.ends_before {
            q.push(("date.between.end", d.format("%Y-%m-%d").to_string()));
        }
        if let Some(b) = self.budget_min {
            q.push(("budget.between.start", b.normalize().to_string()));
        }
        if let Some(b) = self.budget_max {
            q.push(("budget.between.end", b.normalize().to_string()));
        }
        if let Some(l) = self.limit {
            q.push(("limit", l.to_string()));
        }
        if let Some(o) = self.offset {
            q.push(("offset", o.to_string()));
        }
        q
    }
}

/// GET /v1/campaign/{id}: the full details document. Known parts are typed; everything else is
/// kept in `extra` maps so nothing the server sends is lost or fails to parse.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignDetails {
    pub id: u64,
    pub brand_id: u64,
    pub status: CampaignStatus,
    pub campaign_metadata: DetailsMetadata,
    #[serde(
        rename = "createdAt",
        default,
        with = "iso_millis::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(
        rename = "updatedAt",
        default,
        with = "iso_millis::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<Utc>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailsMetadata {
    #[serde(
        default,
        deserialize_with = "opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub budget: Option<Decimal>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(
        rename = "startDate",
        default,
        with = "iso_millis::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_date: Option<DateTime<Utc>>,
    #[serde(
        rename = "endDate",
        default,
        with = "iso_millis::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date: Option<DateTime<Utc>>,
    #[serde(default)]
    pub campaign_type: Option<CampaignType>,
    /// Symphony's processing status (e.g. SUBMITTED), distinct from the campaign status.
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub status_notes: Option<String>,
    #[serde(default)]
    pub campaign_input: Value,
    #[serde(default)]
    pub platform_details: Option<PlatformDetails>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn opt_decimal<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    let v: Option<Value> = Deserialize::deserialize(d)?;
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(v) => decimal_lenient(v)
            .map(Some)
            .map_err(serde::de::Error::custom),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlatformDetails {
    #[serde(rename = "campaignsMapping", default)]
    pub campaigns_mapping: Vec<MarketMapping>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One market (a Facebook campaign) of a Meta campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarketMapping {
    pub name: String,
    #[serde(default, deserialize_with = "crate::num::opt_f64_lenient")]
    pub fraction: Option<f64>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub regions: Vec<Value>,
    #[serde(default)]
    pub cities: Vec<Value>,
    #[serde(rename = "fbCampaign")]
    pub fb_campaign: Option<FbCampaign>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FbCampaign {
    /// The `market_id` the location endpoints take.
    pub id: String,
    #[serde(default)]
    pub error: Value,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl CampaignDetails {
    /// The campaign's name: from the input it was created with, or the promoted content.
    pub fn name(&self) -> Option<&str> {
        let m = &self.campaign_metadata;
        m.extra
            .get("campaign_name")
            .and_then(Value::as_str)
            .or_else(|| {
                m.campaign_input
                    .get("campaign_name")
                    .and_then(Value::as_str)
            })
            .or_else(|| {
                m.extra
                    .get("content")
                    .and_then(|c| c.get("name"))
                    .and_then(Value::as_str)
            })
    }

    /// Market ids (fbCampaign ids) once the campaign is completed.
    pub fn market_ids(&self) -> Vec<&str> {
        self.campaign_metadata
            .platform_details
            .iter()
            .flat_map(|p| p.campaigns_mapping.iter())
            .filter_map(|m| m.fb_campaign.as_ref().map(|f| f.id.as_str()))
            .collect()
    }
}

/// PUT /v1/campaign/{id}: new end date and/or budget.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CampaignUpdate {
    #[serde(skip_serializing_if = "Option::is_none", with = "iso_millis::option")]
    pub end_date: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
}

/// A location to add to a market, as the location search returns it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationToAdd {
    pub key: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_id: Option<FlexId>,
    pub country_code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supports_city: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supports_region: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AddLocations {
    pub market_id: String,
    pub locations: Vec<LocationToAdd>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocationToggle {
    pub location_key: String,
    pub market_id: String,
}

/// What an edit endpoint answers (the documents do not show it; kept whole).
pub type EditResult = Value;

impl Client {
    /// One page of campaigns.
    pub async fn campaigns(&self, filter: &CampaignFilter) -> Result<CampaignPage> {
        self.get(Api::V1, "v1/campaign", &filter.query()).await
    }

    /// Every campaign matching the filter, walking the pages (`page_size` per request).
    pub async fn all_campaigns(
        &self,
        filter: &CampaignFilter,
        page_size: u32,
    ) -> Result<Vec<CampaignSummary>> {
        let size = page_size.clamp(1, 100);
        let mut out = Vec::new();
        let mut offset = filter.offset.unwrap_or(0);
        loop {
            let f = CampaignFilter {
                limit: Some(size),
                offset: Some(offset),
                ..filter.clone()
            };
            let page = self.campaigns(&f).await?;
            let n = page.campaigns.len() as u32;
            out.extend(page.campaigns);
            offset += n;
            if n < size || out.len() as u64 >= page.count {
                return Ok(out);
            }
        }
    }

    pub async fn campaign(&self, id: u64) -> Result<CampaignDetails> {
        self.get(Api::V1, &format!("v1/campaign/{id}"), &[]).await
    }

    /// Changes the end date and/or budget. Allowed once the campaign is completed.
    pub async fn update_campaign(&self, id: u64, update: &CampaignUpdate) -> Result<EditResult> {
        let body = serde_json::to_value(update).map_err(|e| crate::Error::Config {
            message: e.to_string(),
        })?;
        // Setting absolute values: repeating it gives the same result.
        self.call(
            Api::V1,
            Method::PUT,
            &format!("v1/campaign/{id}"),
            &[],
            Some(&body),
            Safety::Idempotent,
        )
        .await
    }

    /// Adds locations to a market. The guide names PATCH and shows PUT; we send PATCH (the
    /// endpoint's stated method) and the sandbox accepts both.
    pub async fn add_locations(&self, id: u64, add: &AddLocations) -> Result<EditResult> {
        let body = serde_json::to_value(add).map_err(|e| crate::Error::Config {
            message: e.to_string(),
        })?;
        self.call(
            Api::V1,
            Method::PATCH,
            &format!("v1/campaign/{id}/location/add"),
            &[],
            Some(&body),
            Safety::Idempotent,
        )
        .await
    }

    /// Pauses (`paused = true`) or resumes one location of a market.
    pub async fn set_location_paused(
        &self,
        id: u64,
        toggle: &LocationToggle,
        paused: bool,
    ) -> Result<EditResult> {
        let body = serde_json::to_value(toggle).map_err(|e| crate::Error::Config {
            message: e.to_string(),
        })?;
        let status = if paused { "PAUSED" } else { "ACTIVE" };
        self.call(
            Api::V1,
            Method::PUT,
            &format!("v1/campaign/{id}/location/{status}"),
            &[],
            Some(&body),
            Safety::Idempotent,
        )
        .await
    }

    /// Pauses or resumes a whole campaign (`PUT /v1/campaign/{id}/PAUSE|ACTIVE`).
    pub async fn set_campaign_paused(&self, id: u64, paused: bool) -> Result<EditResult> {
        let status = if paused { "PAUSE" } else { "ACTIVE" };
        self.call(
            Api::V1,
            Method::PUT,
            &format!("v1/campaign/{id}/{status}"),
            &[],
            None,
            Safety::Idempotent,
        )
        .await
    }
}
