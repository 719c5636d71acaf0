//! Analytics: campaign-level (`/v1/analytic/campaign/{id}`) and creative performance.
//! Numbers that arrive as strings become numbers, exactly: money as `Decimal`, counts as `u64`
//! (crescendo-money, never through f64); malformed ones fail with the field's path. Every
//! number in a stats row is optional, so one missing field never fails the whole response.

use crate::client::Api;
use crate::num::{
    decimal_lenient, opt_decimal_lenient, opt_u64_lenient, serialize_decimal,
    serialize_opt_decimal, u64_lenient,
};
use crate::{Client, Result};
use rust_decimal::Decimal;
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
    /// A count (`actions`) or a cost (`cost_per_action_type`): exact either way.
    #[serde(
        deserialize_with = "decimal_lenient",
        serialize_with = "serialize_decimal"
    )]
    pub value: Decimal,
}

/// Lifetime totals, which the API sends as strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PerformanceStats {
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub cost_per_inline_link_click: Option<Decimal>,
    #[serde(default)]
    pub actions: Vec<ActionValue>,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub cpc: Option<Decimal>,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub cpm: Option<Decimal>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub reach: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub impressions: Option<u64>,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub spend: Option<Decimal>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub inline_link_clicks: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub clicks: Option<u64>,
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
/// `totalReach` is unique people reached so far: reach does not add up across days. Every
/// number may be missing (None): a partial row is kept, not the whole response lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DailyStat {
    pub date: String,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub total_spend: Option<Decimal>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub total_reach: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub total_impressions: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub total_clicks: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub clicks: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub inline_clicks: Option<u64>,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub cpic: Option<Decimal>,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub cpc: Option<Decimal>,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub spend: Option<Decimal>,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub cost_per_conversion: Option<Decimal>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub conversions: Option<u64>,
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
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub cpc: Option<Decimal>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub reach: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub impressions: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64_lenient")]
    pub clicks: Option<u64>,
    #[serde(
        default,
        deserialize_with = "opt_decimal_lenient",
        serialize_with = "serialize_opt_decimal"
    )]
    pub spend: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreativePerformance {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(deserialize_with = "u64_lenient")]
    pub clicks: u64,
    #[serde(
        deserialize_with = "decimal_lenient",
        serialize_with = "serialize_decimal"
    )]
    pub percentage: Decimal,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

// Money and counts here are exact types, checked by the compiler (see crescendo_money::exact).
crescendo_money::assert_exact!(ActionValue { value });
crescendo_money::assert_exact!(PerformanceStats {
    cost_per_inline_link_click,
    cpc,
    cpm,
    spend,
    reach,
    impressions,
    inline_link_clicks,
    clicks
});
crescendo_money::assert_exact!(DailyStat {
    total_spend,
    total_reach,
    total_impressions,
    total_clicks,
    clicks,
    inline_clicks,
    cpic,
    cpc,
    spend,
    cost_per_conversion,
    conversions
});
crescendo_money::assert_exact!(CountryStat {
    cpc,
    reach,
    impressions,
    clicks,
    spend
});
crescendo_money::assert_exact!(CreativePerformance { clicks, percentage });

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
