//! From the connector's neutral arguments to Symphony's: list filters and campaign ids.

use crate::domain::CampaignFilter;
use crate::{AppError, ErrorCode};
use symphony_api::v1::campaigns::CampaignFilter as ApiFilter;
use symphony_api::{CampaignStatus, CampaignType};

/// The documented list filters (limit and offset are the caller's).
pub(super) fn api_filter(f: &CampaignFilter) -> ApiFilter {
    ApiFilter {
        status: f
            .status
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(CampaignStatus::from),
        campaign_type: f
            .objective
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(CampaignType::from),
        starts_from: f.starts_from,
        ends_before: f.ends_before,
        budget_min: f.budget_min,
        budget_max: f.budget_max,
        limit: None,
        offset: None,
    }
}

pub(super) fn campaign_id(id: &str) -> Result<u64, AppError> {
    id.trim().parse().map_err(|_| {
        AppError::new(
            ErrorCode::NotFound,
            format!("There is no Symphony campaign {id:?}: Symphony campaign ids are numbers."),
        )
    })
}
