//! Creating and reading v2 campaigns. v2 documents no campaign list, so a lost answer cannot
//! be checked: it is reported as unknown, never re-sent. Crescendo names v2 campaigns
//! "v2:<id>" so a campaign id says which API to ask.

use super::{body, objectives, platform};
use crate::domain::{Campaign, Objective, ProviderKind, Schedule, TargetingSummary};
use crate::draft::{CampaignDraft, CreateResult};
use crate::money::Money;
use crate::provider::symphony::{map, REQUEST_FIELDS};
use crate::{AppError, ErrorCode};
use chrono::{DateTime, Utc};
use symphony_api::v2::{CampaignInput, NewV2Campaign, V2Campaign};
use symphony_api::Client;

/// Request fields a v2 validation answer can name.
pub const V2_FIELDS: &[&str] = &["adPlatform", "brandId", "campaignInput"];

pub const ID_PREFIX: &str = "v2:";

/// The v2 id inside a Crescendo campaign id ("v2:6012" → 6012).
pub fn v2_id(id: &str) -> Option<Result<u64, AppError>> {
    let n = id.trim().strip_prefix(ID_PREFIX)?;
    Some(n.parse().map_err(|_| {
        AppError::new(
            ErrorCode::NotFound,
            format!("There is no Symphony v2 campaign {id:?}."),
        )
    }))
}

pub async fn create(client: &Client, draft: &CampaignDraft) -> Result<CreateResult, AppError> {
    let Some(ad_platform) = platform(&draft.objective) else {
        return Err(AppError::new(
            ErrorCode::Validation,
            "Choose Meta or TikTok.",
        ));
    };
    let b = body(draft, client.brand_id());
    let input: CampaignInput = serde_json::from_value(b["campaignInput"].clone()).map_err(|e| {
        AppError::new(
            ErrorCode::Validation,
            format!("The campaign could not be encoded: {e}"),
        )
    })?;
    let new = NewV2Campaign {
        ad_platform,
        brand_id: client.brand_id(),
        campaign_input: input,
    };
    match client.create_v2_campaign(&new).await {
        Ok(c) => Ok(CreateResult::Created {
            campaign_id: format!("{ID_PREFIX}{}", c.id),
            recovered: false,
        }),
        Err(e) if e.outcome_unknown() => Ok(CreateResult::Unknown {
            message: format!(
                "Symphony's answer was lost ({}). v2 has no campaign list to check, so Crescendo cannot tell whether the campaign exists. Do not launch again until Symphony (or its campaign.created webhook) confirms it.",
                AppError::from(e).message
            ),
        }),
        Err(symphony_api::Error::Validation { message, details }) => {
            let text = if details.is_empty() { message } else { details };
            let known: Vec<&str> = V2_FIELDS.iter().chain(REQUEST_FIELDS).copied().collect();
            Ok(CreateResult::Invalid {
                problems: crate::domain::problem::from_provider_message(&text, &known),
            })
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn campaign(client: &Client, id: u64) -> Result<Campaign, AppError> {
    let c = client.v2_campaign(id).await?;
    from_v2(&c).ok_or_else(|| {
        AppError::new(
            ErrorCode::Decode,
            format!("Symphony's v2 campaign {id} has no start date."),
        )
    })
}

fn from_v2(c: &V2Campaign) -> Option<Campaign> {
    let i = &c.campaign_input;
    let date = |k: &str| {
        i.get(k)
            .and_then(|v| v.as_str())
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc))
    };
    let code = match c.ad_platform {
        symphony_api::v2::AdPlatform::Meta => super::META,
        symphony_api::v2::AdPlatform::Tiktok => super::TIKTOK,
    };
    let label = objectives()
        .into_iter()
        .find(|o| o.code == code)
        .map(|o| o.label)
        .unwrap_or_default();
    let currency = i
        .get("currency")
        .and_then(|v| v.as_str())
        .unwrap_or(map::NO_CURRENCY);
    let amount = i
        .get("budget")
        .and_then(|v| crescendo_money::json::decimal_from_value(v).ok())
        .unwrap_or_default();
    let mut countries: Vec<String> = i
        .pointer("/targetingConfig/geographies")
        .and_then(|g| g.as_array())
        .map(|g| {
            g.iter()
                .filter(|x| x.get("type").and_then(|t| t.as_str()) == Some("country"))
                .filter_map(|x| x.get("id").and_then(|v| v.as_str()).map(str::to_uppercase))
                .collect()
        })
        .unwrap_or_default();
    countries.sort();
    countries.dedup();
    let mut status = map::status(&c.status);
    if c.paused == Some(true) {
        status.label = format!("{} (paused)", status.label);
    }
    Some(Campaign {
        id: format!("{ID_PREFIX}{}", c.id),
        provider: ProviderKind::Symphony,
        name: i
            .get("name")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string(),
        objective: Objective {
            code: code.into(),
            label,
        },
        status,
        budget: Money::new(amount, currency),
        schedule: Schedule {
            start: date("startDate")?,
            end: date("endDate"),
        },
        daily_budget: None,
        targeting: TargetingSummary {
            markets: vec![],
            countries,
        },
    })
}
