//! Analytics: campaign-level (`/v1/analytic/campaign/{id}`) and creative performance.
//! Numbers that arrive as strings become numbers; malformed ones fail with the field's path.

use crate::client::Api;
use crate::num::{f64_lenient, opt_f64_lenient, u64_lenient};
use crate::{Client, Result};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignAnalytics {
    #[serde(default, deserialize_with = "crate::types::redact::de_opt_value")]
    pub facebook_ad_media: Option<Value>,
    pub analytic_data: AnalyticData,
    #[serde(default)]
    pub creative_performance: Vec<CreativePerformance>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalyticData {
    #[serde(default, deserialize_with = "crate::types::redact::de_opt_value")]
    pub ad_account_status: Option<Value>,
    #[serde(default)]
    pub campaign_statuses: Vec<EntityStatus>,
    #[serde(default)]
    pub ad_statuses: Vec<EntityStatus>,
    #[serde(default)]
    pub campaign_performance_stats: Option<PerformanceStats>,
    #[serde(default)]
    pub impact_stats: Vec<ImpactStat>,
    #[serde(default)]
    pub daily_stats: Vec<DailyStat>,
    #[serde(default)]
    pub geographic_breakdown: Option<GeographicBreakdown>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityStatus {
    pub effective_status: String,
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionValue {
    pub action_type: String,
    #[serde(deserialize_with = "f64_lenient")]
    pub value: f64,
}

/// Lifetime totals, which the API sends as strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PerformanceStats {
    #[serde(default, deserialize_with = "opt_f64_lenient")]
    pub cost_per_inline_link_click: Option<f64>,
    #[serde(default)]
    pub actions: Vec<ActionValue>,
    #[serde(default, deserialize_with = "opt_f64_lenient")]
    pub cpc: Option<f64>,
    #[serde(default, deserialize_with = "opt_f64_lenient")]
    pub cpm: Option<f64>,
    #[serde(default, deserialize_with = "opt_f64_lenient")]
    pub reach: Option<f64>,
    #[serde(default, deserialize_with = "opt_f64_lenient")]
    pub impressions: Option<f64>,
    #[serde(default, deserialize_with = "opt_f64_lenient")]
    pub spend: Option<f64>,
    #[serde(default, deserialize_with = "opt_f64_lenient")]
    pub inline_link_clicks: Option<f64>,
    #[serde(default, deserialize_with = "opt_f64_lenient")]
    pub clicks: Option<f64>,
    #[serde(default)]
    pub cost_per_action_type: Vec<ActionValue>,
    #[serde(default)]
    pub date_start: Option<String>,
    #[serde(default)]
    pub date_stop: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImpactStat {
    pub name: String,
    #[serde(default, deserialize_with = "crate::types::redact::de_value")]
    pub data: Value,
    #[serde(default, deserialize_with = "crate::types::redact::de_opt_value")]
    pub friendly_name: Option<Value>,
}

/// One day. `total*` fields are running totals to that day; the others are the day's own.
/// `totalReach` is unique people reached so far: reach does not add up across days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DailyStat {
    pub date: String,
    #[serde(deserialize_with = "f64_lenient")]
    pub total_spend: f64,
    #[serde(deserialize_with = "u64_lenient")]
    pub total_reach: u64,
    #[serde(deserialize_with = "u64_lenient")]
    pub total_impressions: u64,
    #[serde(deserialize_with = "u64_lenient")]
    pub total_clicks: u64,
    #[serde(deserialize_with = "u64_lenient")]
    pub clicks: u64,
    #[serde(deserialize_with = "u64_lenient")]
    pub inline_clicks: u64,
    #[serde(deserialize_with = "f64_lenient")]
    pub cpic: f64,
    #[serde(deserialize_with = "f64_lenient")]
    pub cpc: f64,
    #[serde(deserialize_with = "f64_lenient")]
    pub spend: f64,
    #[serde(deserialize_with = "f64_lenient")]
    pub cost_per_conversion: f64,
    #[serde(deserialize_with = "u64_lenient")]
    pub conversions: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GeographicBreakdown {
    #[serde(default)]
    pub countries: Vec<CountryStat>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CountryStat {
    pub country: String,
    #[serde(default)]
    pub country_name: Option<String>,
    #[serde(deserialize_with = "f64_lenient")]
    pub cpc: f64,
    #[serde(deserialize_with = "u64_lenient")]
    pub reach: u64,
    #[serde(deserialize_with = "u64_lenient")]
    pub impressions: u64,
    #[serde(deserialize_with = "u64_lenient")]
    pub clicks: u64,
    #[serde(deserialize_with = "f64_lenient")]
    pub spend: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreativePerformance {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(deserialize_with = "u64_lenient")]
    pub clicks: u64,
    #[serde(deserialize_with = "f64_lenient")]
    pub percentage: f64,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

impl Client {
    pub async fn campaign_analytics(&self, id: u64) -> Result<CampaignAnalytics> {
        self.get(Api::V1, &format!("v1/analytic/campaign/{id}"), &[])
            .await
    }
    pub async fn creative_performance(&self, campaign_id: u64) -> Result<Vec<CreativePerformance>> {
        self.get(
            Api::V1,
            "v1/analytic/creative/performance",
            &[("campaignId", campaign_id.to_string())],
        )
        .await
    }
}
