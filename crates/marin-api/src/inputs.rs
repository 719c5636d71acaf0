//! The inputs of the writes (campaign create and update, ad set edit), their checks against
//! the documented rules, and their form bodies (exact decimals, only the fields given).

use crate::error::{Error, FieldError, Result};
use crate::types::{BudgetType, Status};
use rust_decimal::Decimal;

/// The documented enums, for the checks before sending.
pub const CAMPAIGN_OBJECTIVES: &[&str] = &[
    "fan_acq",
    "event",
    "eng",
    "outside_traffic",
    "offer",
    "app_installs",
    "video_play",
    "product_catalog_sales",
    "website_conv",
    "lead_gen",
    "brand_awareness",
    "store_visits",
    "reach",
];
pub const SPECIAL_AD_CATEGORIES: &[&str] = &["credit", "housing", "employment", "none"];
pub const PIXEL_EVENTS: &[&str] = &[
    "ViewContent",
    "Search",
    "AddToCart",
    "AddToWishlist",
    "InitiateCheckout",
    "AddPaymentInfo",
    "Purchase",
    "Lead",
    "CompleteRegistration",
];

/// An ad set edit (`PUT .../adsets/{ADSET_ID}`): only the fields given are sent ("not
/// submitted fields are ignored").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AdSetEdit {
    pub daily_budget: Option<Decimal>,
    pub bid: Option<Decimal>,
    pub name: Option<String>,
}

/// A Facebook campaign to create (`POST /clients/{MEDIAPLAN_ID}/campaigns`).
#[derive(Debug, Clone, PartialEq)]
pub struct NewCampaign {
    pub name: String,
    pub status: Status,
    pub objective: String,
    pub budget_type: BudgetType,
    pub daily_budget: Option<Decimal>,
    pub lifetime_budget: Option<Decimal>,
    /// Unix timestamps (seconds).
    pub start_date: i64,
    pub end_date: Option<i64>,
    pub special_ad_category: Option<String>,
    pub pixel_external_id: Option<String>,
    pub pixel_event: Option<String>,
    pub business_manager_id: Option<String>,
    pub product_catalog_id: Option<String>,
    pub sync: Option<bool>,
}

/// A campaign update (`PUT .../campaigns/{CAMPAIGN_ID}`): only the fields given are sent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignUpdate {
    pub name: Option<String>,
    pub daily_budget: Option<Decimal>,
    pub lifetime_budget: Option<Decimal>,
    pub start_date: Option<i64>,
    pub end_date: Option<i64>,
    pub special_ad_category: Option<String>,
}

/// A decimal as the form sends it: its exact digits, trailing zeros dropped (`12.50` → `12.5`).
fn money(d: Decimal) -> String {
    d.normalize().to_string()
}

fn positive(fields: &mut Vec<FieldError>, name: &str, v: Option<Decimal>) {
    if v.is_some_and(|v| v <= Decimal::ZERO) {
        fields.push(FieldError::new(name, "must be more than 0"));
    }
}

fn one_of(fields: &mut Vec<FieldError>, name: &str, v: Option<&str>, allowed: &[&str]) {
    if let Some(v) = v {
        if !allowed.contains(&v) {
            fields.push(FieldError::new(
                name,
                format!("must be one of {}", allowed.join(", ")),
            ));
        }
    }
}

fn checked(fields: Vec<FieldError>) -> Result<()> {
    if fields.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid { fields })
    }
}

impl NewCampaign {
    /// The reference's rules for a Facebook campaign (README lists how the unclear ones read).
    pub fn validate(&self) -> Result<()> {
        let mut f = Vec::new();
        if self.name.trim().is_empty() {
            f.push(FieldError::new("name", "is required"));
        }
        if !matches!(self.status, Status::Play | Status::Pause) {
            f.push(FieldError::new("status", "must be play or pause"));
        }
        one_of(
            &mut f,
            "objective",
            Some(&self.objective),
            CAMPAIGN_OBJECTIVES,
        );
        match self.budget_type {
            BudgetType::Daily if self.daily_budget.is_none() => f.push(FieldError::new(
                "daily_budget",
                "required when budget_type is daily",
            )),
            BudgetType::Lifetime if self.lifetime_budget.is_none() => f.push(FieldError::new(
                "lifetime_budget",
                "required when budget_type is lifetime",
            )),
            _ => {}
        }
        positive(&mut f, "daily_budget", self.daily_budget);
        positive(&mut f, "lifetime_budget", self.lifetime_budget);
        if let Some(end) = self.end_date {
            if end <= self.start_date {
                f.push(FieldError::new("end_date", "must be after start_date"));
            } else if self.budget_type == BudgetType::Daily && end - self.start_date < 86_400 {
                f.push(FieldError::new(
                    "end_date",
                    "a daily budget needs a campaign of at least 24 h (the API would switch it to lifetime)",
                ));
            }
        }
        one_of(
            &mut f,
            "special_ad_category",
            self.special_ad_category.as_deref(),
            SPECIAL_AD_CATEGORIES,
        );
        if self.objective == "website_conv" {
            for (name, v) in [
                ("pixel_external_id", &self.pixel_external_id),
                ("pixel_event", &self.pixel_event),
            ] {
                if v.as_deref().is_none_or(|s| s.trim().is_empty()) {
                    f.push(FieldError::new(
                        name,
                        "required when objective is website_conv",
                    ));
                }
            }
        }
        one_of(
            &mut f,
            "pixel_event",
            self.pixel_event.as_deref(),
            PIXEL_EVENTS,
        );
        if self.objective == "product_catalog_sales" {
            for (name, v) in [
                ("business_manager_id", &self.business_manager_id),
                ("product_catalog_id", &self.product_catalog_id),
            ] {
                if v.as_deref().is_none_or(|s| s.trim().is_empty()) {
                    f.push(FieldError::new(
                        name,
                        "required when objective is product_catalog_sales",
                    ));
                }
            }
        }
        checked(f)
    }

    pub(crate) fn form(&self) -> Vec<(&'static str, String)> {
        let mut p = vec![
            ("name", self.name.clone()),
            ("status", self.status.as_str().to_string()),
            ("objective", self.objective.clone()),
            ("budget_type", self.budget_type.as_str().to_string()),
        ];
        let opt = |p: &mut Vec<(&'static str, String)>, k, v: Option<String>| {
            if let Some(v) = v {
                p.push((k, v));
            }
        };
        opt(&mut p, "daily_budget", self.daily_budget.map(money));
        opt(&mut p, "lifetime_budget", self.lifetime_budget.map(money));
        p.push(("start_date", self.start_date.to_string()));
        opt(&mut p, "end_date", self.end_date.map(|e| e.to_string()));
        p.push(("useReachAndFrequency", "false".into()));
        opt(
            &mut p,
            "special_ad_category",
            self.special_ad_category.clone(),
        );
        opt(&mut p, "pixel_external_id", self.pixel_external_id.clone());
        opt(&mut p, "pixel_event", self.pixel_event.clone());
        opt(
            &mut p,
            "business_manager_id",
            self.business_manager_id.clone(),
        );
        opt(
            &mut p,
            "product_catalog_id",
            self.product_catalog_id.clone(),
        );
        opt(&mut p, "sync", self.sync.map(|s| s.to_string()));
        p
    }
}

impl CampaignUpdate {
    pub fn validate(&self) -> Result<()> {
        let mut f = Vec::new();
        if self.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
            f.push(FieldError::new("name", "must not be empty"));
        }
        positive(&mut f, "daily_budget", self.daily_budget);
        positive(&mut f, "lifetime_budget", self.lifetime_budget);
        if self.daily_budget.is_some() && self.lifetime_budget.is_some() {
            f.push(FieldError::new(
                "lifetime_budget",
                "send daily_budget or lifetime_budget, not both",
            ));
        }
        if let (Some(s), Some(e)) = (self.start_date, self.end_date) {
            if e <= s {
                f.push(FieldError::new("end_date", "must be after start_date"));
            }
        }
        one_of(
            &mut f,
            "special_ad_category",
            self.special_ad_category.as_deref(),
            SPECIAL_AD_CATEGORIES,
        );
        if f.is_empty() && self.form().is_empty() {
            f.push(FieldError::new("", "nothing to update"));
        }
        checked(f)
    }

    pub(crate) fn form(&self) -> Vec<(&'static str, String)> {
        let mut p = Vec::new();
        let mut opt = |k, v: Option<String>| {
            if let Some(v) = v {
                p.push((k, v));
            }
        };
        opt("name", self.name.clone());
        opt("daily_budget", self.daily_budget.map(money));
        opt("lifetime_budget", self.lifetime_budget.map(money));
        opt("start_date", self.start_date.map(|s| s.to_string()));
        opt("end_date", self.end_date.map(|s| s.to_string()));
        opt("special_ad_category", self.special_ad_category.clone());
        p
    }
}

impl AdSetEdit {
    pub fn validate(&self) -> Result<()> {
        let mut f = Vec::new();
        positive(&mut f, "daily_budget", self.daily_budget);
        positive(&mut f, "bid", self.bid);
        if self.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
            f.push(FieldError::new("name", "must not be empty"));
        }
        if f.is_empty() && self.form().is_empty() {
            f.push(FieldError::new("", "nothing to update"));
        }
        checked(f)
    }

    pub(crate) fn form(&self) -> Vec<(&'static str, String)> {
        let mut p = Vec::new();
        if let Some(d) = self.daily_budget {
            p.push(("daily_budget", money(d)));
        }
        if let Some(b) = self.bid {
            p.push(("bid", money(b)));
        }
        if let Some(n) = &self.name {
            p.push(("name", n.clone()));
        }
        p
    }
}
