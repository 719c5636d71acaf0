//! The simulated agencies' objects, and how each is shown as JSON (field names and envelopes as
//! the reference's examples show them).

use chrono::DateTime;
use crescendo_money::json::to_value;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Account {
    pub id: u64,
    pub agency: usize,
    pub name: String,
    pub network_id: String,
    pub currency: String,
    pub timezone: String,
    pub country: String,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub id: u64,
    pub agency: usize,
    pub account_id: u64,
    pub name: String,
    pub io_number: String,
    pub objective: String,
}

#[derive(Debug, Clone)]
pub struct Campaign {
    pub id: u64,
    pub plan: u64,
    pub name: String,
    pub status: String,
    pub objective: String,
    pub budget_type: String,
    pub daily_budget: Option<Decimal>,
    pub lifetime_budget: Option<Decimal>,
    /// Unix seconds.
    pub start: i64,
    pub end: Option<i64>,
    pub special_ad_category: String,
}

#[derive(Debug, Clone)]
pub struct AdSet {
    pub id: u64,
    pub campaign: u64,
    pub name: String,
    pub status: String,
    pub daily_budget: Decimal,
    pub bid: Decimal,
    pub optimization_goal: String,
}

#[derive(Debug, Clone)]
pub struct Ad {
    pub id: u64,
    pub ad_set: u64,
    pub campaign: u64,
    pub name: String,
    pub status: String,
    pub bid: Decimal,
}

#[derive(Debug, Default)]
pub struct Store {
    pub accounts: BTreeMap<u64, Account>,
    pub plans: BTreeMap<u64, Plan>,
    pub campaigns: BTreeMap<u64, Campaign>,
    pub ad_sets: BTreeMap<u64, AdSet>,
    pub ads: BTreeMap<u64, Ad>,
    next: u64,
}

impl Store {
    pub fn next_id(&mut self) -> u64 {
        self.next += 1;
        self.next
    }
    /// A media plan by id or io_number ("id or io_number of the client(s)").
    pub fn plan(&self, key: &str) -> Option<&Plan> {
        match key.parse::<u64>() {
            Ok(id) if self.plans.contains_key(&id) => self.plans.get(&id),
            _ => self.plans.values().find(|p| p.io_number == key),
        }
    }
    pub fn campaigns_of(&self, plan: u64) -> Vec<&Campaign> {
        self.campaigns.values().filter(|c| c.plan == plan).collect()
    }
    pub fn ad_sets_of(&self, campaign: u64) -> Vec<&AdSet> {
        self.ad_sets
            .values()
            .filter(|s| s.campaign == campaign)
            .collect()
    }
    pub fn ads_of_campaign(&self, campaign: u64) -> Vec<&Ad> {
        self.ads
            .values()
            .filter(|a| a.campaign == campaign)
            .collect()
    }
    pub fn ads_of_ad_set(&self, ad_set: u64) -> Vec<&Ad> {
        self.ads.values().filter(|a| a.ad_set == ad_set).collect()
    }
}

pub fn money(d: Decimal) -> Value {
    to_value(&d)
}

/// `2017-10-16T11:15:00+0000`, the reference's date format.
pub fn stamp(unix: i64) -> String {
    DateTime::from_timestamp(unix, 0)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%S+0000").to_string())
        .unwrap_or_default()
}

impl Account {
    pub fn json(&self) -> Value {
        json!({
            "id": self.id.to_string(), "network_id": self.network_id, "name": self.name,
            "currency": self.currency, "timezone": self.timezone, "country": self.country,
            "active": true, "src": "fb"
        })
    }
}

impl Plan {
    pub fn json(&self) -> Value {
        json!({
            "id": self.id.to_string(), "margin_type": 0, "advertiser_id": "101", "deleted": false,
            "general_objective": self.objective, "archived": false, "name": self.name,
            "account_network_id": format!("10{:014}", self.account_id),
            "ads_naming": "{campaign-name}-{age-min}-{age-max}-{picture}-{title}",
            "margin_value": 0, "io_number": self.io_number,
            "campaign_naming": "{campaign-name}-{age-min}-{age-max}-{country}-{interest}",
            "account_id": self.account_id.to_string(), "autopause_value": "0",
            "business_manager_id": "9876543219876543", "src": "fb",
            "url_reporting": format!("https://social.marinsoftware.com/report/en/spent/{:024x}", self.id),
            "url_connection": format!("https://social.marinsoftware.com/datagrid/{}", self.id)
        })
    }
}

impl Campaign {
    pub fn json(&self, account_id: u64) -> Value {
        let budget = self
            .daily_budget
            .or(self.lifetime_budget)
            .unwrap_or_default();
        let mut v = json!({
            "status": self.status, "account_id": account_id.to_string(), "deleted": false,
            "campaign_naming": "{campaign-name}-{age-min}-{age-max}-{country}-{interest}",
            "start_date": stamp(self.start),
            "ads_naming": "{campaign-name}-{age-min}-{age-max}-{picture}-{title}",
            "budget_type": self.budget_type,
            "url_reporting": format!("https://social.marinsoftware.com/report/en/spent/{:024x}", self.id * 7919),
            "client_id": self.plan.to_string(), "budget": money(budget), "name": self.name,
            "id": self.id.to_string(), "archived": false, "src": "fb",
            "special_ad_category": self.special_ad_category, "objective": self.objective
        });
        if let Some(d) = self.daily_budget {
            v["daily_budget"] = money(d);
        }
        if let Some(l) = self.lifetime_budget {
            v["lifetime_budget"] = money(l);
        }
        if let Some(e) = self.end {
            v["end_date"] = json!(stamp(e));
        }
        v
    }
}

impl AdSet {
    /// `bid` is a string and `daily_budget` a number, as in the reference's examples.
    pub fn json(&self) -> Value {
        json!({
            "id": self.id.to_string(), "daily_budget": money(self.daily_budget), "name": self.name,
            "operation_status": "not_sync", "status": self.status,
            "bid": self.bid.normalize().to_string(), "promoted_object": "159753",
            "adset_billing_event": "impressions", "adset_optimization_goal": self.optimization_goal,
            "adset_bid_strategy": "lowest_cost_with_bid_cap", "computed_status": "not_sync"
        })
    }
}

impl Ad {
    pub fn json(&self) -> Value {
        json!({
            "id": self.id.to_string(), "deleted": false, "type": "page_post_ad",
            "target": {"location": [{"label": "San Francisco", "type": "city"}],
                       "age": ["18-22"], "gender": "both"},
            "placement": {"device": ["mobile", "desktop"],
                          "publisher": ["facebook", "network", "messenger"],
                          "position": ["feed", "rhs", "instant_article", "network_classic", "messenger_home"]},
            "name": self.name, "status": self.status, "synchro_status": "not_active",
            "bid": money(self.bid), "adset_billing_event": "impressions",
            "adset_optimization_goal": "link_clicks", "adset_bid_strategy": "lowest_cost_with_bid_cap",
            "url": "http://www.my-url.com", "src": "fb"
        })
    }
}
