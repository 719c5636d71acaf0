//! The campaign page: the campaign, its KPI tiles, pacing, figures, breakdowns, the platform's
//! statuses and the ad account's health, from two provider answers (details and analytics) and
//! one [`analytics::report`]. Also the page's actions, each behind the documented precondition.

mod charts;
pub mod export;
mod kept;
mod locations;
mod platform;

pub use charts::{figures, PageFigure};
pub use kept::{kept_page, kept_page_at, live_page};
pub use locations::{
    add_locations, add_problems, confirm_added, confirm_paused, pause_problems, set_location_paused,
};
pub use platform::{edit_ad_set, set_ad_paused};

use crate::analytics::{self, campaign_days, country_rows, CampaignReport, CountryRow, DateRange};
use crate::domain::breakdown::{AccountHealth, PlatformEntity};
use crate::domain::{Campaign, CampaignEdit, CampaignMarket, CampaignState, CreativeStat};
use crate::{AppError, ErrorCode, Workspace};
use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignDetail {
    pub campaign: Campaign,
    pub report: CampaignReport,
    pub figures: Vec<PageFigure>,
    pub countries: Vec<CountryRow>,
    pub creatives: Vec<CreativeStat>,
    pub platform_campaigns: Vec<PlatformEntity>,
    pub platform_ads: Vec<PlatformEntity>,
    pub account: Option<AccountHealth>,
    /// What the ad platform says is wrong with the campaign (Meta's `issues_info`).
    pub issues: Vec<crate::domain::breakdown::PlatformIssue>,
    /// The campaign's ad sets with their budgets and bids (Marin Social's).
    pub ad_sets: Vec<crate::domain::breakdown::PlatformAdSet>,
    /// The markets on the ad platform and their locations (empty when the provider has none).
    pub markets: Vec<CampaignMarket>,
    /// The budget, end date and pause can be changed (the provider has completed the campaign
    /// on the ad platform); when false, `locked_reason` says why.
    pub editable: bool,
    pub locked_reason: Option<String>,
    /// The days the figures use are this zone's (the provider gives no ad-account zone).
    pub time_zone: String,
    /// When the data shown was fetched from the provider.
    #[ts(type = "string")]
    pub fetched_at: DateTime<Utc>,
    /// Painted from the local history, before (or instead of) a live answer.
    pub cached: bool,
    /// Why the live answer is missing ("Offline: …") when the page shows kept data instead.
    pub offline: Option<String>,
    /// Something the manager should know that did not stop the page (history not kept).
    pub notice: Option<String>,
}

/// Symphony documents edits as allowed once its `campaign.completed` event has arrived: the
/// campaign exists on the ad platform. Crescendo reads that from the states that follow it.
pub fn edit_lock(c: &Campaign) -> Option<String> {
    match c.status.state {
        CampaignState::Active
        | CampaignState::Scheduled
        | CampaignState::Paused
        | CampaignState::NeedsAttention => None,
        CampaignState::Completed | CampaignState::Stopped => Some(format!(
            "{} has ended: its budget and dates can no longer change.",
            c.name
        )),
        CampaignState::Rejected | CampaignState::Failed => Some(format!(
            "{} did not run ({}): there is nothing to change.",
            c.name, c.status.label
        )),
        _ => Some(format!(
            "{} is {}: it can be changed once {} has set it up on the ad platform.",
            c.name,
            c.status.label.to_lowercase(),
            c.provider.label()
        )),
    }
}

/// The page for campaign `id`, live, without local history (the CLI): `range` defaults to the
/// campaign's days so far. The app uses [`live_page`].
pub async fn campaign_page(
    ws: &Workspace,
    id: &str,
    range: Option<DateRange>,
    locale: &str,
) -> Result<CampaignDetail, AppError> {
    live_page(ws, None, id, range, locale).await
}

impl CampaignDetail {
    pub fn with_markets(mut self, markets: Vec<CampaignMarket>) -> CampaignDetail {
        self.markets = markets;
        self
    }
}

/// The pure part of [`campaign_page`], for tests with fixed data and a fixed clock.
pub fn build(
    campaign: Campaign,
    a: crate::domain::breakdown::CampaignAnalytics,
    range: Option<DateRange>,
    locale: &str,
    now: DateTime<Utc>,
) -> Result<CampaignDetail, AppError> {
    let offset = utc();
    let today: NaiveDate = now.date_naive();
    let range =
        range.unwrap_or_else(|| clip(campaign_days(&campaign.schedule, offset, today), today));
    let report = analytics::report(&campaign, &a.days, range, offset, today);
    let figures = figures(&report, locale)?;
    let locked_reason = edit_lock(&campaign);
    Ok(CampaignDetail {
        editable: locked_reason.is_none(),
        locked_reason,
        countries: country_rows(&a.countries),
        creatives: a.creatives,
        platform_campaigns: a.platform_campaigns,
        platform_ads: a.platform_ads,
        account: a.account,
        issues: a.issues,
        ad_sets: a.ad_sets,
        markets: Vec::new(),
        report,
        figures,
        campaign,
        time_zone: "UTC".into(),
        fetched_at: now,
        cached: false,
        offline: None,
        notice: None,
    })
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap_or_else(|| Utc.fix())
}

/// A campaign's days up to today (a future end is not drawn as empty days).
fn clip(r: DateRange, today: NaiveDate) -> DateRange {
    if r.last > today && r.first <= today {
        DateRange::new(r.first, today).unwrap_or(r)
    } else {
        r
    }
}

/// The days the UI asked for: both ends ("2026-11-01") or neither.
pub fn range(first: Option<&str>, last: Option<&str>) -> Result<Option<DateRange>, AppError> {
    let day = |s: &str| {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
            AppError::new(
                ErrorCode::Validation,
                format!("{s:?} is not a day (YYYY-MM-DD)."),
            )
        })
    };
    match (first, last) {
        (None, None) => Ok(None),
        (Some(f), Some(l)) => DateRange::new(day(f)?, day(l)?)
            .map(Some)
            .map_err(|e| AppError::new(ErrorCode::Validation, e.to_string())),
        _ => Err(AppError::new(
            ErrorCode::Validation,
            "Choose both the first and the last day.",
        )),
    }
}

pub(crate) fn check_editable(c: &Campaign) -> Result<(), AppError> {
    match edit_lock(c) {
        None => Ok(()),
        Some(why) => Err(AppError::new(ErrorCode::Validation, why)),
    }
}

/// Pauses or resumes a campaign; the provider's answer is the final word (the page reloads).
/// Resuming here never spends real money: see [`set_paused_confirmed`].
pub async fn set_paused(ws: &Workspace, id: &str, paused: bool) -> Result<Campaign, AppError> {
    set_paused_confirmed(ws, id, paused, false).await
}

/// [`set_paused`]; resuming a campaign of an account that spends real money needs the
/// manager's confirmation (`confirmed`), as a Production launch does. Pausing never does.
pub async fn set_paused_confirmed(
    ws: &Workspace,
    id: &str,
    paused: bool,
    confirmed: bool,
) -> Result<Campaign, AppError> {
    let c = ws.connector();
    let now = c.campaign(id).await?;
    check_editable(&now)?;
    if !paused && !confirmed && ws.spends_money_for(id) {
        return Err(resume_needs_confirmation(&now));
    }
    c.set_paused(id, paused).await?;
    c.campaign(id).await
}

/// What the manager confirms before a campaign spends again: its name and what it may spend.
pub(crate) fn resume_needs_confirmation(c: &Campaign) -> AppError {
    let (amount, per) = match &c.daily_budget {
        Some(d) => (d, " a day"),
        None => (&c.budget, ""),
    };
    let message = format!(
        "Resuming \"{}\" spends real money: up to {} {}{per}. Confirm to resume it.",
        c.name, amount.amount, amount.currency
    );
    let mut e = AppError::new(ErrorCode::Validation, message.clone());
    e.problems = vec![crate::domain::Problem::new(
        "confirmation",
        crate::domain::ProblemCode::Required,
        message,
    )];
    e
}

/// Changes the lifetime budget and/or the end date, after core's checks.
pub async fn edit(ws: &Workspace, id: &str, e: &CampaignEdit) -> Result<Campaign, AppError> {
    let c = ws.connector();
    let campaign = c.campaign(id).await?;
    check_editable(&campaign)?;
    if let Some(refused) = AppError::from_problems(edit_problems(&campaign, e, Utc::now())) {
        return Err(refused);
    }
    c.update(id, e).await?;
    c.campaign(id).await
}

/// The rules on an edit, each at its field ("budget", "end").
pub fn edit_problems(
    c: &Campaign,
    e: &CampaignEdit,
    now: DateTime<Utc>,
) -> Vec<crate::domain::Problem> {
    use crate::domain::{Problem, ProblemCode as P};
    let mut p = Vec::new();
    if e.budget.is_none() && e.end.is_none() {
        p.push(Problem::new(
            "budget",
            P::Required,
            "Change the budget, the end date, or both.",
        ));
    }
    if let Some(b) = e.budget.as_deref().map(str::trim) {
        match b.parse::<rust_decimal::Decimal>() {
            Err(_) => p.push(Problem::new(
                "budget",
                P::Invalid,
                format!("{b:?} is not an amount: type digits, with a dot for decimals."),
            )),
            Ok(v) if v <= rust_decimal::Decimal::ZERO => p.push(Problem::new(
                "budget",
                P::TooLow,
                "The budget must be more than zero.",
            )),
            Ok(v) if v.scale() > c.budget.exponent => p.push(Problem::new(
                "budget",
                P::Invalid,
                format!(
                    "{} has {} decimal places: {b} cannot be charged exactly.",
                    c.budget.currency, c.budget.exponent
                ),
            )),
            Ok(_) => {}
        }
        if let Some(cur) = e.currency.as_deref() {
            if !cur.trim().eq_ignore_ascii_case(&c.budget.currency) {
                p.push(Problem::new(
                    "budget",
                    P::Mismatch,
                    format!(
                        "The campaign's budget is in {}; a budget in {} would be refused.",
                        c.budget.currency,
                        cur.trim().to_uppercase()
                    ),
                ));
            }
        }
    }
    if let Some(end) = e.end {
        if end <= now {
            p.push(
                Problem::new("end", P::TooLow, "The new end is already in the past.")
                    .fix("Choose an end after now."),
            );
        } else if end <= c.schedule.start {
            p.push(Problem::new(
                "end",
                P::Mismatch,
                "The end must be after the start.",
            ));
        }
    }
    p
}

#[cfg(test)]
mod tests;
