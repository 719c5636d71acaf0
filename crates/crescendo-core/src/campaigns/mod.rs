//! The campaigns list as the UI shows it: rows with readable labels, exact money and a tone
//! per status, one page at a time, from whichever provider the workspace's connector speaks.
//! Search by name and sort happen in core ([`arrange`]): the API has neither.

pub mod arrange;

pub use arrange::{CampaignSort, SortKey};

use crate::domain::{
    Campaign, CampaignFilter, CampaignState, Problem, ProblemCode, ProviderKind, StatusTone,
};
use crate::money::Money;
use crate::provider::FilterOptions;
use crate::{AppError, ErrorCode, Workspace};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
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
    /// The budget per day, for a campaign run on one (Meta's); `budget` is then derived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub daily_budget: Option<Money>,
    /// ISO 8601, UTC.
    pub start_date: String,
    /// None: runs until stopped.
    pub end_date: Option<String>,
    /// Why pause/resume (and edits) are off for now; None when they are allowed. The same
    /// precondition the campaign page and `campaign_page::set_paused` apply.
    pub locked_reason: Option<String>,
    /// Spent so far, from the daily stats kept on this computer (None: never opened here, or
    /// kept in another currency than the budget's).
    #[serde(default)]
    pub spent: Option<Money>,
    /// `spent` as a share of the budget, in percent with one decimal ("34.4").
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub spent_pct: Option<Decimal>,
}

impl From<Campaign> for CampaignRow {
    fn from(c: Campaign) -> CampaignRow {
        let locked_reason = crate::campaign_page::edit_lock(&c);
        CampaignRow {
            locked_reason,
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
            daily_budget: c.daily_budget,
            start_date: c.schedule.start.to_rfc3339(),
            end_date: c.schedule.end.map(|e| e.to_rfc3339()),
            spent: None,
            spent_pct: None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignQuery {
    /// A status code from the page's `filters`; None for all.
    pub status: Option<String>,
    pub campaign_type: Option<String>,
    /// Running between these days ("2026-11-01"), as typed; both optional.
    #[serde(default)]
    pub starts_from: Option<String>,
    #[serde(default)]
    pub ends_before: Option<String>,
    /// Lifetime budget between these amounts, as typed; both optional.
    #[serde(default)]
    pub budget_min: Option<String>,
    #[serde(default)]
    pub budget_max: Option<String>,
    /// Part of the name, any case, with or without accents; blank for all.
    #[serde(default)]
    pub search: Option<String>,
    /// None: the provider's order.
    #[serde(default)]
    pub sort: Option<CampaignSort>,
    /// Only this provider's campaigns; None for every account's.
    #[serde(default)]
    pub provider: Option<ProviderKind>,
    /// 1-based.
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
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
    /// When this list was read from the provider (None: not known).
    #[serde(default)]
    #[ts(type = "string | null")]
    pub fetched_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Why the live list is missing ("Offline: …") when this is the one kept last time.
    #[serde(default)]
    pub offline: Option<String>,
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
    let (range, problems) = ranges(q);
    if let Some(refused) = AppError::from_problems(problems) {
        return Err(refused);
    }
    let (starts_from, ends_before, budget_min, budget_max) = range;
    Ok((
        page,
        page_size,
        CampaignFilter {
            status: nonempty(&q.status),
            objective: nonempty(&q.campaign_type),
            starts_from,
            ends_before,
            budget_min,
            budget_max,
            provider: q.provider,
            limit: page_size,
            offset,
        },
    ))
}

type Ranges = (
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<Decimal>,
    Option<Decimal>,
);

/// The date and budget filters as typed, each problem at its query field.
fn ranges(q: &CampaignQuery) -> (Ranges, Vec<Problem>) {
    let mut p = Vec::new();
    let typed = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let mut day = |field: &str, s: &Option<String>| {
        let t = typed(s)?;
        match NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                p.push(Problem::new(
                    field,
                    ProblemCode::Invalid,
                    format!("{t:?} is not a day: use YYYY-MM-DD."),
                ));
                None
            }
        }
    };
    let from = day("startsFrom", &q.starts_from);
    let to = day("endsBefore", &q.ends_before);
    let mut amount = |field: &str, s: &Option<String>| {
        let t = typed(s)?;
        match t.parse::<Decimal>() {
            Ok(v) if v >= Decimal::ZERO => Some(v),
            _ => {
                p.push(Problem::new(
                    field,
                    ProblemCode::Invalid,
                    format!("{t:?} is not an amount: type digits, with a dot for decimals."),
                ));
                None
            }
        }
    };
    let min = amount("budgetMin", &q.budget_min);
    let max = amount("budgetMax", &q.budget_max);
    if let (Some(a), Some(b)) = (from, to) {
        if b < a {
            p.push(Problem::new(
                "endsBefore",
                ProblemCode::Mismatch,
                "The last day is before the first.",
            ));
        }
    }
    if let (Some(a), Some(b)) = (min, max) {
        if b < a {
            p.push(Problem::new(
                "budgetMax",
                ProblemCode::Mismatch,
                "The highest budget is below the lowest.",
            ));
        }
    }
    ((from, to, min, max), p)
}

pub async fn list(ws: &Workspace, q: &CampaignQuery) -> Result<CampaignPageView, AppError> {
    list_keeping(ws, None, q).await
}

/// [`list`], keeping the campaigns it read in `h` (names for the next session, statuses for
/// the notifications) when there is one.
async fn list_keeping(
    ws: &Workspace,
    h: Option<&crate::history::History>,
    q: &CampaignQuery,
) -> Result<CampaignPageView, AppError> {
    let (page, page_size, f) = filter(q)?;
    let connector = ws.connector();
    let search = q.search.as_deref().map(str::trim).unwrap_or("");
    let (rows, total, total_pages) = if search.is_empty() && q.sort.is_none() {
        // The provider pages: one list request (and the shown rows' names).
        let result = connector.campaigns(&f).await?;
        (result.campaigns, result.total, result.total_pages)
    } else {
        // The whole filtered list, searched and sorted here (cost: see `arrange`).
        let all = connector.all_campaigns(&f).await?;
        page_of(arrange::arrange(all, search, q.sort), page, page_size)
    };
    let fetched_at = chrono::Utc::now();
    if let Some(h) = h {
        // A store that cannot write only loses what it would have kept.
        let _ = h.keep_campaigns(&rows, fetched_at);
    }
    Ok(CampaignPageView {
        rows: rows.into_iter().map(CampaignRow::from).collect(),
        total,
        page,
        page_size,
        total_pages,
        filters: connector.filter_options(),
        fetched_at: Some(fetched_at),
        offline: None,
    })
}

/// [`list`], kept in the local history per artist and query: answered from there, marked
/// offline, when the provider cannot be reached; each row carries its spend so far from the
/// kept daily stats (no request).
pub async fn list_kept(
    ws: &Workspace,
    h: Option<&crate::history::History>,
    q: &CampaignQuery,
) -> Result<CampaignPageView, AppError> {
    let query = serde_json::to_string(q)
        .map_err(|e| AppError::new(ErrorCode::Internal, format!("query: {e}")))?;
    let brand = ws
        .active_brand()
        .map_or_else(|| "default".to_string(), |b| b.to_string());
    let key = format!("list:{brand}:{query}");
    if let Some(h) = h {
        h.seed(ws);
    }
    let kept = crate::history::live_or_kept(h, &key, list_keeping(ws, h, q)).await?;
    let mut view = kept.value;
    view.fetched_at = Some(kept.fetched_at);
    view.offline = kept.offline;
    if let Some(h) = h {
        for row in &mut view.rows {
            row.spent = h.spent(&row.id, &row.budget.currency);
            row.spent_pct = row.spent.as_ref().and_then(|s| {
                let budget = row.budget.amount;
                (budget > Decimal::ZERO)
                    .then(|| (s.amount * Decimal::ONE_HUNDRED / budget).round_dp(1))
            });
        }
    }
    Ok(view)
}

/// Page `page` (1-based) of `page_size` of an arranged list, with the list's total and pages.
pub fn page_of(all: Vec<Campaign>, page: u32, page_size: u32) -> (Vec<Campaign>, u64, u64) {
    let total = all.len() as u64;
    let size = u64::from(page_size.max(1));
    let skip = u64::from(page.max(1) - 1) * size;
    let rows = all
        .into_iter()
        .skip(usize::try_from(skip).unwrap_or(usize::MAX))
        .take(size as usize)
        .collect();
    (rows, total, total.div_ceil(size))
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
            ..CampaignQuery::default()
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

    #[test]
    fn date_and_budget_filters_are_read_or_refused_at_their_fields() {
        let q = |a: &str, b: &str, c: &str, d: &str| CampaignQuery {
            starts_from: Some(a.into()),
            ends_before: Some(b.into()),
            budget_min: Some(c.into()),
            budget_max: Some(d.into()),
            ..CampaignQuery::default()
        };
        let (_, _, f) = filter(&q("2026-11-01", "2026-11-30", "100", "2500.50")).expect("valid");
        assert_eq!(
            f.starts_from.map(|d| d.to_string()).as_deref(),
            Some("2026-11-01")
        );
        assert_eq!(
            f.budget_max.map(|d| d.to_string()).as_deref(),
            Some("2500.50")
        );
        let (_, _, f) = filter(&q(" ", "", "", "")).expect("blank is no filter");
        assert_eq!((f.starts_from, f.budget_min), (None, None));
        let e = filter(&q("11/01/2026", "2026-11-30", "abc", "-5")).expect_err("refused");
        let at: Vec<_> = e
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.field, p.message))
            .collect();
        assert_eq!(
            at,
            [
                "startsFrom: \"11/01/2026\" is not a day: use YYYY-MM-DD.",
                "budgetMin: \"abc\" is not an amount: type digits, with a dot for decimals.",
                "budgetMax: \"-5\" is not an amount: type digits, with a dot for decimals."
            ]
        );
        let e = filter(&q("2026-11-30", "2026-11-01", "500", "100")).expect_err("refused");
        let at: Vec<_> = e.problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(at, ["endsBefore", "budgetMax"]);
    }
}
