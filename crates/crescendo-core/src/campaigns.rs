//! The campaigns list as the UI shows it: rows with readable labels, exact money and a tone
//! per status, one page at a time. The API's list rows carry no name and no currency (the
//! guide's `Campaign` has id, status, brand_id and campaign_metadata only), so both come from
//! each campaign's details, fetched for the rows of the page only and kept in memory.

use crate::money::Money;
use crate::{AppError, ErrorCode, Workspace};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;
use symphony_api::v1::campaigns::{CampaignFilter, CampaignSummary};
use symphony_api::{CampaignStatus, CampaignType};
use ts_rs::TS;

/// Details requests in flight at once for one page (all under the workspace's rate limiter).
pub const DETAILS_CONCURRENCY: usize = 4;

/// What a campaign's details add to its row. Neither ever changes for a campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub name: Option<String>,
    pub currency: Option<String>,
}

/// Labels per campaign id, in memory, one per workspace (ids belong to the workspace's API).
#[derive(Debug, Default)]
pub struct LabelCache(Mutex<HashMap<u64, Label>>);

impl LabelCache {
    fn get(&self, id: u64) -> Option<Label> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
            .cloned()
    }
    fn put(&self, id: u64, label: Label) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, label);
    }
}

/// Labels for `ids`: from the cache, else from the details (fetched concurrently, bounded).
/// A campaign whose details fail has no label this time and is asked again next time.
pub async fn labels(ws: &Workspace, ids: &[u64]) -> HashMap<u64, Label> {
    let cache = ws.labels();
    let mut out = HashMap::new();
    let mut missing = Vec::new();
    for id in ids {
        match cache.get(*id) {
            Some(l) => {
                out.insert(*id, l);
            }
            None => missing.push(*id),
        }
    }
    for (id, details) in ws
        .client()
        .campaigns_details(&missing, DETAILS_CONCURRENCY)
        .await
    {
        if let Ok(d) = details {
            let label = Label {
                name: d.name().map(str::to_string),
                currency: d.currency().map(str::to_string),
            };
            cache.put(id, label.clone());
            out.insert(id, label);
        }
    }
    out
}

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

pub fn row(c: &CampaignSummary, label: Option<&Label>, fallback_currency: &str) -> CampaignRow {
    let (status_label, tone) = status_view(&c.status);
    let currency = label
        .and_then(|l| l.currency.as_deref())
        .unwrap_or(fallback_currency);
    CampaignRow {
        id: c.id,
        name: label
            .and_then(|l| l.name.clone())
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
    let offset = (page - 1).checked_mul(page_size).ok_or_else(|| {
        AppError::new(
            ErrorCode::Validation,
            format!("Page {page} is beyond the end of any campaign list"),
        )
    })?;
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
        offset: Some(offset),
        ..CampaignFilter::default()
    };
    let result = ws.client().campaigns(&filter).await?;
    let ids: Vec<u64> = result.campaigns.iter().map(|c| c.id).collect();
    let labels = labels(ws, &ids).await;
    // The details normally give each campaign's currency; only when one is missing is the
    // brand's ad-account currency looked up (one more request). If that is unknown too, the
    // amount is shown with ISO "XXX" (no currency) rather than a guessed one.
    let lacks_currency = |id: &u64| labels.get(id).and_then(|l| l.currency.as_ref()).is_none();
    let fallback = if ids.iter().any(lacks_currency) {
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
        rows: result
            .campaigns
            .iter()
            .map(|c| row(c, labels.get(&c.id), &fallback))
            .collect(),
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
        assert_eq!(row(&c, None, NO_CURRENCY).budget.currency, "XXX");
        assert_eq!(row(&c, None, "MXN").budget.amount, "57000.00");
        assert_eq!(row(&c, None, "MXN").name, "Campaign #1");
        let label = Label {
            name: Some("Tour teaser".into()),
            currency: Some("JPY".into()),
        };
        let r = row(&c, Some(&label), "MXN");
        assert_eq!(
            (r.name.as_str(), r.budget.currency.as_str()),
            ("Tour teaser", "JPY")
        );
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
