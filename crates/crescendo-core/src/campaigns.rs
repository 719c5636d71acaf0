//! The campaigns list as the UI shows it: rows with readable labels, exact money and a tone
//! per status, one page at a time.

use crate::money::Money;
use crate::{AppError, ErrorCode, Workspace};
use serde::{Deserialize, Serialize};
use symphony_api::v1::campaigns::{CampaignFilter, CampaignSummary};
use symphony_api::{CampaignStatus, CampaignType};
use ts_rs::TS;

/// How a status should look: the UI maps tones to colours *and* icons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatusTone {
    Positive,
    Progress,
    Caution,
    Negative,
    Neutral,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignRow {
    #[ts(type = "number")]
    pub id: u64,
    pub name: String,
    pub campaign_type: String,
    pub type_label: String,
    pub status: String,
    pub status_label: String,
    pub tone: StatusTone,
    pub budget: Money,
    /// ISO 8601, UTC.
    pub start_date: String,
    pub end_date: String,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignQuery {
    /// An API status such as ACTIVE; None for all.
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
}

pub fn type_label(t: &CampaignType) -> String {
    match t {
        CampaignType::RecordStreams => "Music streams".into(),
        CampaignType::BoostInstagram => "Instagram boost".into(),
        CampaignType::LinkClicks => "Link clicks".into(),
        CampaignType::GetPlaylisted => "Get playlisted".into(),
        CampaignType::IncreaseVideoViews => "YouTube views".into(),
        CampaignType::Other(s) => s.replace('_', " "),
    }
}

pub fn status_view(s: &CampaignStatus) -> (String, StatusTone) {
    use CampaignStatus as S;
    let tone = match s {
        S::Active => StatusTone::Positive,
        S::InReview
        | S::Submitted
        | S::Published
        | S::Scheduled
        | S::Finalizing
        | S::ToRetry
        | S::AwaitingPayment => StatusTone::Progress,
        S::Paused | S::WithIssues | S::Draft => StatusTone::Caution,
        S::Error | S::Denied | S::Stopped => StatusTone::Negative,
        S::Finished | S::Other(_) => StatusTone::Neutral,
    };
    let raw = s.as_str().replace('_', " ").to_lowercase();
    let mut label: String = raw.chars().take(1).flat_map(char::to_uppercase).collect();
    label.push_str(&raw.chars().skip(1).collect::<String>());
    (label, tone)
}

/// ISO 4217's code for "no currency involved": never a guessed one.
pub const NO_CURRENCY: &str = "XXX";

pub fn row(c: &CampaignSummary, fallback_currency: &str) -> CampaignRow {
    let (status_label, tone) = status_view(&c.status);
    let currency = c.currency().unwrap_or(fallback_currency);
    CampaignRow {
        id: c.id,
        name: c
            .name()
            .map(str::to_string)
            .unwrap_or_else(|| format!("Campaign #{}", c.id)),
        campaign_type: c.campaign_metadata.campaign_type.to_string(),
        type_label: type_label(&c.campaign_metadata.campaign_type),
        status: c.status.to_string(),
        status_label,
        tone,
        budget: Money::new(c.campaign_metadata.budget, currency),
        start_date: c.campaign_metadata.start_date.to_rfc3339(),
        end_date: c.campaign_metadata.end_date.to_rfc3339(),
    }
}

pub async fn list(ws: &Workspace, q: &CampaignQuery) -> Result<CampaignPageView, AppError> {
    let page_size = if q.page_size == 0 { 25 } else { q.page_size };
    if page_size > 100 {
        return Err(AppError::new(
            ErrorCode::Validation,
            "Show at most 100 campaigns per page",
        ));
    }
    let page = q.page.max(1);
    let filter = CampaignFilter {
        status: q
            .status
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(CampaignStatus::from),
        campaign_type: q
            .campaign_type
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(CampaignType::from),
        limit: Some(page_size),
        offset: Some((page - 1) * page_size),
        ..CampaignFilter::default()
    };
    let result = ws.client().campaigns(&filter).await?;
    // The list normally carries each campaign's currency; only when a row lacks it is the
    // brand's ad-account currency looked up (one more request). If that is unknown too, the
    // amount is shown with ISO "XXX" (no currency) rather than a guessed one.
    let fallback = if result.campaigns.iter().any(|c| c.currency().is_none()) {
        crate::brands::list(ws)
            .await
            .ok()
            .and_then(|bs| {
                bs.into_iter()
                    .find(|b| b.is_active)
                    .and_then(|b| b.currency)
            })
            .unwrap_or_else(|| NO_CURRENCY.into())
    } else {
        NO_CURRENCY.into()
    };
    Ok(CampaignPageView {
        rows: result.campaigns.iter().map(|c| row(c, &fallback)).collect(),
        total: result.count,
        page,
        page_size,
        total_pages: result.total_pages,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_without_a_currency_is_never_given_a_guessed_one() {
        let c: CampaignSummary = serde_json::from_value(serde_json::json!({
            "id": 1, "status": "ACTIVE", "brand_id": 2,
            "campaign_metadata": { "start_date": "2026-01-01T00:00:00Z", "end_date": "2026-02-01T00:00:00Z",
                "campaign_type": "link_clicks", "budget": 57000 }
        }))
        .expect("documented list item");
        assert_eq!(row(&c, NO_CURRENCY).budget.currency, "XXX");
        assert_eq!(row(&c, "MXN").budget.amount, "57000.00");
        assert_eq!(row(&c, "MXN").name, "Campaign #1");
    }

    #[test]
    fn every_status_has_a_tone_and_label() {
        for s in CampaignStatus::ALL {
            let (label, _) = status_view(s);
            assert!(!label.is_empty());
        }
        assert_eq!(
            status_view(&CampaignStatus::InReview),
            ("In review".into(), StatusTone::Progress)
        );
        assert_eq!(status_view(&CampaignStatus::Denied).1, StatusTone::Negative);
    }
}
