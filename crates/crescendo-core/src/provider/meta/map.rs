//! Meta's Campaign node and insights rows in Crescendo's neutral types. Budgets are Graph's
//! integers of the account currency's subunit, turned into exact decimals with Meta's own offset
//! table (`meta_api::money`): never through a float, never rounded.

use crate::domain::status::readable;
use crate::domain::{
    Campaign, CampaignState, DailyStat, DailyStats, Objective, ProviderKind, Schedule, Status,
    TargetingSummary,
};
use crate::money::Money;
use crate::{AppError, ErrorCode};
use chrono::{DateTime, Utc};
use meta_api::{Decimal, EffectiveStatus, InsightsRow};

/// Graph subunits of `currency` as Crescendo money.
pub fn money(units: i64, currency: &str) -> Result<Money, AppError> {
    let amount = meta_api::money::from_minor(units, currency).map_err(|e| {
        AppError::new(
            ErrorCode::Decode,
            format!("Meta sent a budget Crescendo cannot read in {currency}: {e}"),
        )
    })?;
    Ok(Money::new(amount, currency))
}

/// The state of a campaign from its `effective_status` (else its configured `status`), the
/// schedule deciding between scheduled, running and completed for an ACTIVE one. The label keeps
/// Meta's own word ("With issues", "In process").
pub fn status(c: &meta_api::Campaign, now: DateTime<Utc>) -> Status {
    let effective = c.effective_status.clone().or_else(|| {
        c.configured_status
            .as_ref()
            .or(c.status.as_ref())
            .map(|s| EffectiveStatus::parse(s.as_str()))
    });
    let Some(effective) = effective else {
        return Status::new(CampaignState::Unknown, "UNKNOWN");
    };
    let state = match &effective {
        EffectiveStatus::Active => {
            if c.start_time.is_some_and(|s| s > now) {
                CampaignState::Scheduled
            } else if c.stop_time.is_some_and(|s| s <= now) {
                CampaignState::Completed
            } else {
                CampaignState::Active
            }
        }
        EffectiveStatus::Paused | EffectiveStatus::CampaignPaused => CampaignState::Paused,
        EffectiveStatus::InProcess => CampaignState::Pending,
        EffectiveStatus::WithIssues => CampaignState::NeedsAttention,
        // Put away by someone: no longer delivers.
        EffectiveStatus::Archived | EffectiveStatus::Deleted => CampaignState::Stopped,
        EffectiveStatus::Other(_) => CampaignState::Unknown,
    };
    Status::new(state, effective.as_str())
}

pub fn objective(code: &str) -> Objective {
    Objective {
        code: code.to_string(),
        label: readable(code),
    }
}

/// A Campaign node in the neutral view. `currency` is the ad account's (Graph's budgets carry
/// none). A campaign whose budgets are on its ad sets has a zero budget here.
pub fn campaign(
    c: &meta_api::Campaign,
    currency: &str,
    now: DateTime<Utc>,
) -> Result<Campaign, AppError> {
    let utc = |t: chrono::DateTime<chrono::FixedOffset>| t.with_timezone(&Utc);
    let schedule = Schedule {
        // Graph sets start_time on every campaign; created_time stands in if one lacks it.
        start: c
            .start_time
            .or(c.created_time)
            .map(utc)
            .unwrap_or(DateTime::<Utc>::UNIX_EPOCH),
        end: c.stop_time.map(utc),
    };
    let daily_budget = c.daily_budget.map(|u| money(u, currency)).transpose()?;
    let budget = match (c.lifetime_budget, &daily_budget) {
        (Some(units), _) => money(units, currency)?,
        (None, Some(daily)) => match schedule.days() {
            Some(days) => Money::new(daily.amount * Decimal::from(days), currency),
            None => daily.clone(),
        },
        (None, None) => Money::new(Decimal::ZERO, currency),
    };
    Ok(Campaign {
        id: c.id.clone(),
        provider: ProviderKind::Meta,
        name: c.name.clone().unwrap_or_default(),
        objective: objective(c.objective.as_ref().map_or("", |o| o.as_str())),
        status: status(c, now),
        budget,
        daily_budget,
        schedule,
        targeting: TargetingSummary::default(),
    })
}

/// Action types that count as conversions: Meta's pixel, on-site and app conversion events.
/// Clicks, engagement and video views are not conversions.
fn is_conversion(action_type: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "offsite_conversion.",
        "onsite_conversion.",
        "app_custom_event.",
    ];
    const EXACT: &[&str] = &[
        "lead",
        "purchase",
        "complete_registration",
        "mobile_app_install",
        "app_install",
    ];
    PREFIXES.iter().any(|p| action_type.starts_with(p)) || EXACT.contains(&action_type)
}

/// Daily insights rows as the neutral days, oldest first. A row spanning more than one day is
/// skipped (counted), never spread. Graph leaves out metrics that are zero. Graph's daily
/// `reach` is unique per day: reach to date is at least the largest of them so far (a lower
/// bound; the exact unique reach needs a query over the whole range).
pub fn days(rows: &[InsightsRow], currency: &str) -> DailyStats {
    let mut kept: Vec<&InsightsRow> = rows
        .iter()
        .filter(|r| r.date_start == r.date_stop)
        .collect();
    let skipped = (rows.len() - kept.len()) as u64;
    kept.sort_by_key(|r| r.date_start);
    let mut reach = 0u64;
    let days = kept
        .into_iter()
        .map(|r| {
            reach = reach.max(r.reach.unwrap_or(0));
            let conversions = r
                .actions
                .iter()
                .filter(|a| is_conversion(&a.action_type))
                .map(|a| a.value.trunc().try_into().unwrap_or(0u64))
                .sum();
            DailyStat {
                date: r.date_start,
                spend: Money::new(r.spend.unwrap_or_default(), currency),
                impressions: r.impressions.unwrap_or(0),
                reach_to_date: reach,
                clicks: r.clicks.unwrap_or(0),
                conversions,
            }
        })
        .collect();
    DailyStats { days, skipped }
}

#[cfg(test)]
#[path = "map_tests.rs"]
mod tests;

/// Meta's two statuses of a campaign as the page lists them: what delivers
/// (`effective_status`) and what the manager set (`configured_status`, else `status`).
pub fn statuses(c: &meta_api::Campaign) -> Vec<crate::domain::breakdown::PlatformEntity> {
    let set = c.configured_status.as_ref().or(c.status.as_ref());
    [
        ("Delivery", c.effective_status.as_ref().map(|s| s.as_str())),
        ("Set to", set.map(|s| s.as_str())),
    ]
    .into_iter()
    .filter_map(|(name, code)| {
        let code = code?;
        Some(crate::domain::breakdown::PlatformEntity {
            id: format!("{}-{}", c.id, name.to_lowercase().replace(' ', "-")),
            name: name.to_string(),
            status: code.to_string(),
            label: readable(code),
        })
    })
    .collect()
}

/// `issues_info` in Meta's words: the summary as the title, the message when it says more.
pub fn issues(c: &meta_api::Campaign) -> Vec<crate::domain::breakdown::PlatformIssue> {
    c.issues_info
        .iter()
        .flatten()
        .filter_map(|i| {
            let message = i.error_message.clone().filter(|m| !m.trim().is_empty());
            let summary = i
                .error_summary
                .clone()
                .filter(|s| !s.trim().is_empty())
                .or_else(|| message.clone())?;
            Some(crate::domain::breakdown::PlatformIssue {
                level: i.level.clone(),
                message: message.filter(|m| *m != summary),
                summary,
            })
        })
        .collect()
}
