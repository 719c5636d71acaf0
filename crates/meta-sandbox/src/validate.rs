//! The reference's rules for creating and updating a campaign, each answered with a `(#100)`
//! error that blames its field.

use crate::graph::GraphError;
use crate::store::CampaignRec;
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;

pub const OBJECTIVES: &[&str] = &[
    "APP_INSTALLS",
    "BRAND_AWARENESS",
    "CONVERSIONS",
    "EVENT_RESPONSES",
    "LEAD_GENERATION",
    "LINK_CLICKS",
    "LOCAL_AWARENESS",
    "MESSAGES",
    "OFFER_CLAIMS",
    "PAGE_LIKES",
    "POST_ENGAGEMENT",
    "PRODUCT_CATALOG_SALES",
    "REACH",
    "STORE_VISITS",
    "VIDEO_VIEWS",
];
pub const STATUSES: &[&str] = &["ACTIVE", "PAUSED", "DELETED", "ARCHIVED"];
pub const BID_STRATEGIES: &[&str] = &[
    "LOWEST_COST_WITHOUT_CAP",
    "LOWEST_COST_WITH_BID_CAP",
    "COST_CAP",
];
pub const CATEGORIES: &[&str] = &[
    "NONE",
    "EMPLOYMENT",
    "HOUSING",
    "CREDIT",
    "ISSUES_ELECTIONS_POLITICS",
];
/// "Set the value to 922337203685478 to remove the spend cap."
pub const NO_SPEND_CAP: i64 = 922_337_203_685_478;

type Params = BTreeMap<String, String>;

fn one_of(p: &Params, field: &str, allowed: &[&str]) -> Result<Option<String>, GraphError> {
    match p.get(field) {
        None => Ok(None),
        Some(v) if allowed.contains(&v.as_str()) => Ok(Some(v.clone())),
        Some(v) => Err(GraphError::param(
            field,
            format!(
                "param {field} must be one of {{{}}} (got {v})",
                allowed.join(", ")
            ),
        )),
    }
}

fn int64(p: &Params, field: &str) -> Result<Option<i64>, GraphError> {
    match p.get(field) {
        None => Ok(None),
        Some(v) => v.trim().parse::<i64>().map(Some).map_err(|_| {
            GraphError::param(field, format!("param {field} must be an integer (int64)"))
        }),
    }
}

fn budget(p: &Params, field: &str) -> Result<Option<i64>, GraphError> {
    match int64(p, field)? {
        Some(b) if b <= 0 => Err(GraphError::param(
            field,
            format!("param {field} must be a positive amount in your currency's subunit"),
        )),
        b => Ok(b),
    }
}

/// `special_ad_categories`: a JSON array of the documented values; NONE only alone.
fn categories(raw: &str) -> Result<Vec<String>, GraphError> {
    let bad = || {
        GraphError::param(
            "special_ad_categories",
            format!(
                "param special_ad_categories must be an array of {{{}}}",
                CATEGORIES.join(", ")
            ),
        )
    };
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(raw) else {
        return Err(bad());
    };
    let mut out = Vec::new();
    for i in items {
        match i.as_str() {
            Some(s) if CATEGORIES.contains(&s) => out.push(s.to_string()),
            _ => return Err(bad()),
        }
    }
    if out.len() > 1 && out.iter().any(|c| c == "NONE") {
        return Err(GraphError::param(
            "special_ad_categories",
            "NONE cannot be combined with other special ad categories",
        ));
    }
    Ok(out)
}

fn spend_cap(
    p: &Params,
    currency: &str,
    buying_type: &str,
    offset: i64,
) -> Result<Option<i64>, GraphError> {
    let Some(cap) = int64(p, "spend_cap")? else {
        return Ok(None);
    };
    if buying_type == "RESERVED" {
        return Err(GraphError::param(
            "spend_cap",
            "spend_cap is not available for Reach and Frequency campaigns",
        ));
    }
    let per_usd = crescendo_money::reference::per_usd(currency).unwrap_or(Decimal::ONE);
    let min = Decimal::from(100) * per_usd * Decimal::from(offset);
    if cap != NO_SPEND_CAP && Decimal::from(cap) < min {
        return Err(GraphError::param("spend_cap", format!("spend_cap must be at least $100 USD or its equivalent ({} in {currency} subunits), or 922337203685478 to remove the cap", min.ceil())));
    }
    Ok(Some(cap))
}

/// A validated creation: the fields to store.
pub struct Creation {
    pub name: String,
    pub objective: Option<String>,
    pub status: String,
    pub categories: Vec<String>,
    pub daily_budget: Option<i64>,
    pub lifetime_budget: Option<i64>,
    pub spend_cap: Option<i64>,
    pub bid_strategy: Option<String>,
    pub buying_type: String,
}

pub fn create(p: &Params, currency: &str, offset: i64) -> Result<Creation, GraphError> {
    let Some(raw) = p.get("special_ad_categories") else {
        return Err(GraphError::param(
            "special_ad_categories",
            "The parameter special_ad_categories is required",
        ));
    };
    let categories = categories(raw)?;
    let name = p
        .get("name")
        .map(|n| n.trim().to_string())
        .unwrap_or_default();
    if name.is_empty() {
        return Err(GraphError::param("name", "The parameter name is required"));
    }
    let objective = one_of(p, "objective", OBJECTIVES)?;
    let status = one_of(p, "status", STATUSES)?.unwrap_or_else(|| "ACTIVE".into());
    if status != "ACTIVE" && status != "PAUSED" {
        return Err(GraphError::param(
            "status",
            "Only ACTIVE and PAUSED are valid during creation",
        ));
    }
    let daily_budget = budget(p, "daily_budget")?;
    let lifetime_budget = budget(p, "lifetime_budget")?;
    if daily_budget.is_some() && lifetime_budget.is_some() {
        return Err(GraphError::param(
            "lifetime_budget",
            "A campaign can have a daily_budget or a lifetime_budget, not both",
        ));
    }
    let buying_type =
        one_of(p, "buying_type", &["AUCTION", "RESERVED"])?.unwrap_or_else(|| "AUCTION".into());
    if buying_type == "RESERVED"
        && categories
            .iter()
            .any(|c| ["HOUSING", "EMPLOYMENT", "CREDIT"].contains(&c.as_str()))
    {
        return Err(GraphError::param(
            "buying_type",
            "Reach and Frequency is disabled for housing, employment and credit ads",
        ));
    }
    let bid_strategy = one_of(p, "bid_strategy", BID_STRATEGIES)?;
    if bid_strategy.is_some() {
        if buying_type != "AUCTION" {
            return Err(GraphError::param(
                "bid_strategy",
                "bid_strategy applies only when the buying type is AUCTION",
            ));
        }
        if daily_budget.is_none() && lifetime_budget.is_none() {
            return Err(GraphError::param("bid_strategy", "bid_strategy can only be set on a campaign with campaign budget optimization (a daily_budget or lifetime_budget); set it on the ad sets instead"));
        }
    }
    let spend_cap = spend_cap(p, currency, &buying_type, offset)?;
    Ok(Creation {
        name,
        objective,
        status,
        categories,
        daily_budget,
        lifetime_budget,
        spend_cap,
        bid_strategy,
        buying_type,
    })
}

/// Applies an update to `c` (on a copy: nothing changes unless all of it is valid).
pub fn update(
    c: &CampaignRec,
    p: &Params,
    currency: &str,
    offset: i64,
) -> Result<CampaignRec, GraphError> {
    let mut n = c.clone();
    if c.status == "DELETED" {
        return Err(GraphError::param(
            "status",
            "A deleted campaign cannot be edited",
        ));
    }
    if p.contains_key("stop_time") {
        return Err(GraphError::param(
            "stop_time",
            "At the campaign level, stop_time is a read only field: set it on the ad sets",
        ));
    }
    let status = one_of(p, "status", STATUSES)?;
    if c.status == "ARCHIVED" && status.as_deref() != Some("DELETED") {
        return Err(GraphError::param(
            "status",
            "An archived campaign can only be deleted",
        ));
    }
    if let Some(name) = p.get("name") {
        if name.trim().is_empty() {
            return Err(GraphError::param("name", "param name must be non-empty"));
        }
        n.name = name.trim().to_string();
    }
    let daily = budget(p, "daily_budget")?;
    let lifetime = budget(p, "lifetime_budget")?;
    if daily.is_some() && lifetime.is_some() {
        return Err(GraphError::param(
            "lifetime_budget",
            "A campaign can have a daily_budget or a lifetime_budget, not both",
        ));
    }
    if daily.is_some() && c.lifetime_budget.is_some() {
        return Err(GraphError::param(
            "daily_budget",
            "This campaign has a lifetime budget: it cannot switch to a daily budget",
        ));
    }
    if lifetime.is_some() && c.daily_budget.is_some() {
        return Err(GraphError::param(
            "lifetime_budget",
            "This campaign has a daily budget: it cannot switch to a lifetime budget",
        ));
    }
    n.daily_budget = daily.or(n.daily_budget);
    n.lifetime_budget = lifetime.or(n.lifetime_budget);
    if let Some(b) = one_of(p, "bid_strategy", BID_STRATEGIES)? {
        if n.daily_budget.is_none() && n.lifetime_budget.is_none() {
            return Err(GraphError::param(
                "bid_strategy",
                "bid_strategy can only be set on a campaign with a campaign budget",
            ));
        }
        n.bid_strategy = Some(b);
    }
    if let Some(cap) = spend_cap(p, currency, &c.buying_type, offset)? {
        n.spend_cap = (cap != NO_SPEND_CAP).then_some(cap);
    }
    if let Some(s) = status {
        n.status = s;
    }
    Ok(n)
}
