//! v1 campaigns: list (with filters and a bounded walker over all pages) and details. Edits
//! live in [`super::edit`] and are re-exported here.

use crate::client::Api;
use crate::num::decimal_lenient;
use crate::types::{iso_millis, redact, CampaignStatus, CampaignType};
use crate::{Client, Error, Result};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use super::edit::{AddLocations, CampaignUpdate, EditResult, LocationToAdd, LocationToggle};

/// The most pages [`Client::all_campaigns`] reads before giving up with an error.
pub const MAX_PAGES: u32 = 100;

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
    #[serde(
        deserialize_with = "decimal_lenient",
        serialize_with = "crate::num::serialize_decimal"
    )]
    pub budget: Decimal,
    /// Fields beyond the documented four, kept as sent (secrets redacted). The guide's rows
    /// carry no name and no currency: those come from the details ([`CampaignDetails`]).
    #[serde(flatten, deserialize_with = "redact::de_map")]
    pub extra: Map<String, Value>,
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
    #[serde(flatten, deserialize_with = "redact::de_map")]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailsMetadata {
    #[serde(
        default,
        deserialize_with = "crate::num::opt_decimal_lenient",
        serialize_with = "crate::num::serialize_opt_decimal",
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
    /// What the campaign was created with, in the guide's camelCase shape (`campaignName`,
    /// `startDate`, `budget`, `brand`...). Secrets redacted.
    #[serde(default, deserialize_with = "redact::de_value")]
    pub campaign_input: Value,
    #[serde(default)]
    pub platform_details: Option<PlatformDetails>,
    #[serde(flatten, deserialize_with = "redact::de_map")]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlatformDetails {
    #[serde(rename = "campaignsMapping", default)]
    pub campaigns_mapping: Vec<MarketMapping>,
    #[serde(flatten, deserialize_with = "redact::de_map")]
    pub extra: Map<String, Value>,
}

/// One market (a Facebook campaign) of a Meta campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarketMapping {
    pub name: String,
    /// This market's share of the budget (0..=1), exact.
    #[serde(
        default,
        deserialize_with = "crate::num::opt_decimal_lenient",
        serialize_with = "crate::num::serialize_opt_decimal"
    )]
    pub fraction: Option<Decimal>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub regions: Vec<Value>,
    #[serde(default)]
    pub cities: Vec<Value>,
    #[serde(rename = "fbCampaign")]
    pub fb_campaign: Option<FbCampaign>,
    #[serde(flatten, deserialize_with = "redact::de_map")]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FbCampaign {
    /// The `market_id` the location endpoints take.
    pub id: String,
    #[serde(default, deserialize_with = "redact::de_value")]
    pub error: Value,
    #[serde(flatten, deserialize_with = "redact::de_map")]
    pub extra: Map<String, Value>,
}

// Money here is exact, checked by the compiler (see crescendo_money::exact).
crescendo_money::assert_exact!(SummaryMetadata { budget });
crescendo_money::assert_exact!(DetailsMetadata { budget });
crescendo_money::assert_exact!(MarketMapping { fraction });

impl CampaignDetails {
    /// The campaign's name, where the guide's 5195 example carries it:
    /// `campaign_metadata.campaign_input.campaignName` ("stripe test 20-02-2025 part 1").
    pub fn name(&self) -> Option<&str> {
        self.campaign_metadata
            .campaign_input
            .get("campaignName")
            .and_then(Value::as_str)
    }

    /// The promoted release (`campaign_metadata.content.name`, "Traidores" in the example):
    /// what is advertised, not the campaign's name.
    pub fn content_name(&self) -> Option<&str> {
        self.campaign_metadata
            .extra
            .get("content")
            .and_then(|c| c.get("name"))
            .and_then(Value::as_str)
    }

    /// The campaign's currency (`campaign_metadata.currency`).
    pub fn currency(&self) -> Option<&str> {
        self.campaign_metadata.currency.as_deref()
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

impl Client {
    /// One page of campaigns.
    pub async fn campaigns(&self, filter: &CampaignFilter) -> Result<CampaignPage> {
        self.get(Api::V1, "v1/campaign", &filter.query()).await
    }

    /// Every campaign matching the filter, walking the pages (`page_size` per request). At most
    /// [`MAX_PAGES`] pages are read: a server that never ends its list gets a clear error.
    pub async fn all_campaigns(
        &self,
        filter: &CampaignFilter,
        page_size: u32,
    ) -> Result<Vec<CampaignSummary>> {
        let size = page_size.clamp(1, 100);
        let mut out = Vec::new();
        let mut offset = filter.offset.unwrap_or(0);
        for _ in 0..MAX_PAGES {
            let f = CampaignFilter {
                limit: Some(size),
                offset: Some(offset),
                ..filter.clone()
            };
            let page = self.campaigns(&f).await?;
            let n = page.campaigns.len() as u32;
            out.extend(page.campaigns);
            if n < size || out.len() as u64 >= page.count {
                return Ok(out);
            }
            offset = offset.checked_add(n).ok_or_else(|| too_many(out.len()))?;
        }
        Err(too_many(out.len()))
    }

    /// GET /v1/campaign/{id}.
    pub async fn campaign(&self, id: u64) -> Result<CampaignDetails> {
        self.get(Api::V1, &format!("v1/campaign/{id}"), &[]).await
    }

    /// Details of several campaigns, at most `concurrency` requests at a time (all of them
    /// under the client's rate limiter), in the order of `ids`.
    pub async fn campaigns_details(
        &self,
        ids: &[u64],
        concurrency: usize,
    ) -> Vec<(u64, Result<CampaignDetails>)> {
        let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(concurrency.max(1)));
        let mut tasks = tokio::task::JoinSet::new();
        for (i, id) in ids.iter().copied().enumerate() {
            let (client, gate) = (self.clone(), gate.clone());
            tasks.spawn(async move {
                let _permit = gate.acquire_owned().await;
                (i, id, client.campaign(id).await)
            });
        }
        let mut out: Vec<Option<(u64, Result<CampaignDetails>)>> =
            ids.iter().map(|_| None).collect();
        while let Some(done) = tasks.join_next().await {
            if let Ok((i, id, r)) = done {
                out[i] = Some((id, r));
            }
        }
        out.into_iter()
            .zip(ids)
            .map(|(r, id)| {
                r.unwrap_or_else(|| {
                    (
                        *id,
                        Err(Error::Network {
                            message: "the details request was interrupted".into(),
                        }),
                    )
                })
            })
            .collect()
    }
}

fn too_many(read: usize) -> Error {
    Error::Decode {
        path: "data.campaigns".into(),
        message: format!(
            "the campaign list did not end after {MAX_PAGES} pages ({read} campaigns read); narrow the filter"
        ),
        body: String::new(),
    }
}
