//! The campaigns list as the UI shows it: rows with readable labels, exact money and a tone
//! per status, one page at a time, from whichever provider the workspace's connector speaks.

use crate::domain::{Campaign, CampaignFilter, CampaignState, ProviderKind, StatusTone};
use crate::money::Money;
use crate::provider::FilterOptions;
use crate::{AppError, ErrorCode, Workspace};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignRow {
    /// The provider's id, as text.
    pub id: String,
    pub provider: ProviderKind,
    pub name: String,
    /// The provider's objective code, and its label.
    pub campaign_type: String,
    pub type_label: String,
    /// The provider's status code, and its label.
    pub status: String,
    pub status_label: String,
    pub state: CampaignState,
    pub tone: StatusTone,
    pub budget: Money,
    /// ISO 8601, UTC.
    pub start_date: String,
    /// None: runs until stopped.
    pub end_date: Option<String>,
}

impl From<Campaign> for CampaignRow {
    fn from(c: Campaign) -> CampaignRow {
        CampaignRow {
            id: c.id,
            provider: c.provider,
            name: c.name,
            campaign_type: c.objective.code,
            type_label: c.objective.label,
            status: c.status.original,
            status_label: c.status.label,
            state: c.status.state,
            tone: c.status.tone,
            budget: c.budget,
            start_date: c.schedule.start.to_rfc3339(),
            end_date: c.schedule.end.map(|e| e.to_rfc3339()),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignQuery {
    /// A status code from the page's `filters`; None for all.
    pub status: Option<String>,
    pub campaign_type: Option<String>,
    /// 1-based.
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignPageView {
    pub rows: Vec<CampaignRow>,
    #[ts(type = "number")]
    pub total: u64,
    pub page: u32,
    pub page_size: u32,
    #[ts(type = "number")]
    pub total_pages: u64,
    /// What this workspace's provider lets the list be filtered by.
    pub filters: FilterOptions,
}

/// Checks the page request and turns it into the connector's filter.
pub fn filter(q: &CampaignQuery) -> Result<(u32, u32, CampaignFilter), AppError> {
    let page_size = if q.page_size == 0 { 25 } else { q.page_size };
    if page_size > 100 {
        return Err(AppError::new(
            ErrorCode::Validation,
            "Show at most 100 campaigns per page",
        ));
    }
    let page = q.page.max(1);
    let offset = (page - 1).checked_mul(page_size).ok_or_else(|| {
        AppError::new(
            ErrorCode::Validation,
            format!("Page {page} is beyond the end of any campaign list"),
        )
    })?;
    let nonempty = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
    Ok((
        page,
        page_size,
        CampaignFilter {
            status: nonempty(&q.status),
            objective: nonempty(&q.campaign_type),
            limit: page_size,
            offset,
        },
    ))
}

pub async fn list(ws: &Workspace, q: &CampaignQuery) -> Result<CampaignPageView, AppError> {
    let (page, page_size, f) = filter(q)?;
    let connector = ws.connector();
    let result = connector.campaigns(&f).await?;
    Ok(CampaignPageView {
        rows: result
            .campaigns
            .into_iter()
            .map(CampaignRow::from)
            .collect(),
        total: result.total,
        page,
        page_size,
        total_pages: result.total_pages,
        filters: connector.filter_options(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_become_offsets_and_bad_pages_are_refused() {
        let q = |page, page_size| CampaignQuery {
            page,
            page_size,
            status: Some("ACTIVE".into()),
            campaign_type: Some(" ".into()),
        };
        let (page, size, f) = filter(&q(3, 20)).expect("valid");
        assert_eq!((page, size, f.offset, f.limit), (3, 20, 40, 20));
        assert_eq!(f.status.as_deref(), Some("ACTIVE"));
        assert_eq!(f.objective, None, "a blank filter is no filter");
        let (page, size, f) = filter(&q(0, 0)).expect("defaults");
        assert_eq!((page, size, f.offset), (1, 25, 0));
        assert_eq!(
            filter(&q(1, 101)).map(|_| ()).map_err(|e| e.code),
            Err(ErrorCode::Validation)
        );
        assert_eq!(
            filter(&q(u32::MAX, 100)).map(|_| ()).map_err(|e| e.code),
            Err(ErrorCode::Validation)
        );
    }
}
