//! The sandbox's data: ad accounts and their campaigns, and how a campaign is shown as the
//! Campaign node (only the `fields=` asked for; budgets as numeric strings).

use crate::graph::time;
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Account {
    /// The number, without `act_`.
    pub id: String,
    pub name: String,
    pub currency: String,
    pub timezone_name: String,
    pub account_status: i64,
}

#[derive(Debug, Clone)]
pub struct CampaignRec {
    pub id: u64,
    pub account: String,
    pub name: String,
    pub objective: Option<String>,
    pub status: String,
    pub daily_budget: Option<i64>,
    pub lifetime_budget: Option<i64>,
    pub spend_cap: Option<i64>,
    pub bid_strategy: Option<String>,
    pub buying_type: String,
    pub special_ad_categories: Vec<String>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// Merged from the (simulated) ad sets: read only at the campaign level.
    pub start_time: Option<DateTime<Utc>>,
    pub stop_time: Option<DateTime<Utc>>,
    pub issues_info: Vec<Value>,
    pub recommendations: Vec<Value>,
    /// ACTIVE shows IN_PROCESS until then.
    pub processing_until: Option<DateTime<Utc>>,
    /// Days with delivery, for insights: from `start_time` to this day (inclusive).
    pub delivered_until: Option<DateTime<Utc>>,
}

/// Every field the Campaign node has in the reference (what `fields=` may ask for).
pub const CAMPAIGN_FIELDS: &[&str] = &[
    "id",
    "account_id",
    "ad_strategy_id",
    "adlabels",
    "bid_strategy",
    "boosted_object_id",
    "brand_lift_studies",
    "budget_rebalance_flag",
    "budget_remaining",
    "buying_type",
    "can_create_brand_lift_study",
    "can_use_spend_cap",
    "configured_status",
    "created_time",
    "daily_budget",
    "effective_status",
    "is_skadnetwork_attribution",
    "issues_info",
    "last_budget_toggling_time",
    "lifetime_budget",
    "name",
    "objective",
    "pacing_type",
    "promoted_object",
    "recommendations",
    "smart_promotion_type",
    "source_campaign",
    "source_campaign_id",
    "special_ad_categories",
    "special_ad_category",
    "special_ad_category_country",
    "spend_cap",
    "start_time",
    "status",
    "stop_time",
    "topline_id",
    "updated_time",
];

impl CampaignRec {
    /// effective_status: DELETED, ARCHIVED and PAUSED as set; an ACTIVE campaign is
    /// IN_PROCESS while a change is processed, WITH_ISSUES while it has issues, else ACTIVE.
    pub fn effective_status(&self, now: DateTime<Utc>) -> &'static str {
        match self.status.as_str() {
            "DELETED" => "DELETED",
            "ARCHIVED" => "ARCHIVED",
            "PAUSED" => "PAUSED",
            _ if self.processing_until.is_some_and(|t| t > now) => "IN_PROCESS",
            _ if !self.issues_info.is_empty() => "WITH_ISSUES",
            _ => "ACTIVE",
        }
    }

    fn field(&self, name: &str, now: DateTime<Utc>, spent: i64) -> Option<Value> {
        let s = |v: &str| Some(json!(v));
        let n = |v: Option<i64>| v.map(|v| json!(v.to_string()));
        match name {
            "id" => s(&self.id.to_string()),
            "account_id" => s(&self.account),
            "name" => s(&self.name),
            "objective" => self.objective.as_deref().and_then(s),
            "status" | "configured_status" => s(&self.status),
            "effective_status" => s(self.effective_status(now)),
            "daily_budget" => n(self.daily_budget),
            "lifetime_budget" => n(self.lifetime_budget),
            "spend_cap" => n(self.spend_cap),
            "budget_remaining" => {
                let total = self.lifetime_budget.or(self.daily_budget)?;
                n(Some((total - spent).max(0)))
            }
            "bid_strategy" => self.bid_strategy.as_deref().and_then(s),
            "buying_type" => s(&self.buying_type),
            "special_ad_categories" => Some(json!(self.special_ad_categories)),
            "special_ad_category" => s(self
                .special_ad_categories
                .first()
                .map_or("NONE", String::as_str)),
            "created_time" => s(&time(self.created)),
            "updated_time" => s(&time(self.updated)),
            "start_time" => self.start_time.map(|t| json!(time(t))),
            "stop_time" => self.stop_time.map(|t| json!(time(t))),
            "can_use_spend_cap" => Some(json!(self.buying_type == "AUCTION")),
            "pacing_type" => Some(json!(["standard"])),
            // Left out when empty, as the reference says of recommendations.
            "issues_info" => (!self.issues_info.is_empty()).then(|| json!(self.issues_info)),
            "recommendations" => {
                (!self.recommendations.is_empty()).then(|| json!(self.recommendations))
            }
            _ => None,
        }
    }

    /// The node with the fields asked for (`id` always).
    pub fn render(&self, fields: &[&str], now: DateTime<Utc>, spent: i64) -> Value {
        let mut m = Map::new();
        for f in fields.iter().chain(std::iter::once(&"id")) {
            if let Some(v) = self.field(f, now, spent) {
                m.insert(f.to_string(), v);
            }
        }
        Value::Object(m)
    }
}

#[derive(Debug, Default)]
pub struct Store {
    pub accounts: BTreeMap<String, Account>,
    pub campaigns: BTreeMap<u64, CampaignRec>,
    next_id: u64,
}

impl Store {
    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        23_850_000_000_000_000 + self.next_id
    }

    /// The account's campaigns, newest first.
    pub fn of_account(&self, account: &str) -> Vec<&CampaignRec> {
        self.campaigns
            .values()
            .rev()
            .filter(|c| c.account == account)
            .collect()
    }
}
