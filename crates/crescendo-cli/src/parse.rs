//! Turning flags into typed values, and values into exact JSON.

use crate::args::ListArgs;
use crate::failure::{config, Failure};
use serde::Serialize;
use std::str::FromStr;
use symphony_api::v1::campaigns::CampaignFilter;
use symphony_api::{CampaignStatus, CampaignType, Decimal};

pub fn json<T: Serialize>(v: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(v).map_err(|e| config(format!("could not print JSON: {e}")))
}

pub fn date(s: &Option<String>, flag: &str) -> Result<Option<chrono::NaiveDate>, Failure> {
    s.as_deref()
        .map(|d| {
            chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map_err(|_| config(format!("--{flag} must be a date as YYYY-MM-DD, got {d:?}")))
        })
        .transpose()
}

pub fn amount(s: &Option<String>, flag: &str) -> Result<Option<Decimal>, Failure> {
    s.as_deref()
        .map(|a| {
            Decimal::from_str(a.trim()).map_err(|_| {
                config(format!(
                    "--{flag} must be a number like 250 or 2010.50, got {a:?}"
                ))
            })
        })
        .transpose()
}

pub fn filter(a: &ListArgs) -> Result<CampaignFilter, Failure> {
    Ok(CampaignFilter {
        status: a
            .status
            .as_deref()
            .map(|s| CampaignStatus::from(s.trim().to_uppercase().as_str())),
        campaign_type: a
            .campaign_type
            .as_deref()
            .map(|t| CampaignType::from(t.trim())),
        starts_from: date(&a.from, "from")?,
        ends_before: date(&a.until, "until")?,
        budget_min: amount(&a.budget_min, "budget-min")?,
        budget_max: amount(&a.budget_max, "budget-max")?,
        limit: Some(a.limit.clamp(1, 100)),
        offset: Some(a.offset),
    })
}

pub fn edited(v: serde_json::Value, as_json: bool, text: String) -> Result<String, Failure> {
    if as_json {
        json(&v)
    } else {
        Ok(text)
    }
}
