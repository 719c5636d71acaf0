//! Marin Social's campaigns, statistics rows and target search results in Crescendo's neutral
//! types. Budgets are exact decimals in the account's currency (Marin sends major units, e.g.
//! `"daily_budget": 10`): never through a float, and a budget with more decimals than the
//! currency has is refused rather than rounded.

use crate::domain::breakdown::{PlatformAdSet, PlatformEntity};
use crate::domain::status::readable;
use crate::domain::{
    Audience, Campaign, CampaignState, DailyStat, DailyStats, Objective, Place, PlaceKind,
    ProviderKind, Schedule, Status, TargetingSummary,
};
use crate::money::Money;
use crate::{AppError, ErrorCode};
use chrono::{DateTime, NaiveDate, Utc};
use marin_api::{BudgetType, Decimal, InterestResult, LocationResult, StatsRow};

/// A budget in `currency`, exactly: an unknown currency or more decimals than it has is a
/// decode error naming the field, never a guess.
pub fn money(amount: Decimal, currency: &str, field: &str) -> Result<Money, AppError> {
    let bad = |why: String| {
        AppError::new(
            ErrorCode::Decode,
            format!("Marin Social sent a {field} Crescendo cannot read in {currency}: {why}"),
        )
    };
    let Some(exp) = crate::money::known_exponent(currency) else {
        return Err(bad(format!(
            "{currency:?} is not a currency Crescendo knows"
        )));
    };
    if amount.normalize().scale() > exp {
        return Err(bad(format!(
            "{amount} has more decimals than {currency}'s {exp}"
        )));
    }
    Ok(Money::new(amount, currency))
}

/// Marin's dates as sent (`2017-10-16T11:15:00+0000`), or RFC 3339.
pub fn time(s: &str) -> Option<DateTime<Utc>> {
    let t = s.trim();
    DateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S%z")
        .or_else(|_| DateTime::parse_from_rfc3339(t))
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

fn schedule(c: &marin_api::Campaign) -> Result<Schedule, AppError> {
    let read = |v: &Option<String>, field: &str| -> Result<Option<DateTime<Utc>>, AppError> {
        match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => time(s).map(Some).ok_or_else(|| {
                AppError::new(
                    ErrorCode::Decode,
                    format!("Marin Social sent a {field} Crescendo cannot read: {s:?}"),
                )
            }),
        }
    };
    Ok(Schedule {
        // Every documented campaign has a start_date; one without shows from the epoch.
        start: read(&c.start_date, "start_date")?.unwrap_or(DateTime::<Utc>::UNIX_EPOCH),
        end: read(&c.end_date, "end_date")?,
    })
}

/// The state from `deleted`, `archived` and `status` (`play` | `pause`), the schedule deciding
/// between scheduled, running and completed for a playing one. The label keeps Marin's word.
pub fn status(c: &marin_api::Campaign, schedule: &Schedule, now: DateTime<Utc>) -> Status {
    if c.deleted {
        return Status::new(CampaignState::Stopped, "deleted");
    }
    if c.archived {
        return Status::new(CampaignState::Stopped, "archived");
    }
    let state = match &c.status {
        marin_api::Status::Play if schedule.start > now => CampaignState::Scheduled,
        marin_api::Status::Play if schedule.end.is_some_and(|e| e <= now) => {
            CampaignState::Completed
        }
        marin_api::Status::Play => CampaignState::Active,
        marin_api::Status::Pause => CampaignState::Paused,
        marin_api::Status::Other(_) => CampaignState::Unknown,
    };
    Status::new(state, c.status.as_str())
}

pub fn objective(code: &str) -> Objective {
    Objective {
        code: code.to_string(),
        label: readable(code),
    }
}

/// A Marin campaign in the neutral view, in the account's `currency` (campaigns carry none).
/// A daily campaign's budget is its daily budget times its days (the daily one alone when it
/// has no end); a lifetime one's is `lifetime_budget` (Twitter campaigns may have both: the
/// daily one is then shown beside it); `budget` stands in when neither is sent.
pub fn campaign(
    c: &marin_api::Campaign,
    currency: &str,
    now: DateTime<Utc>,
) -> Result<Campaign, AppError> {
    let schedule = schedule(c)?;
    let daily = match c.budget_type {
        Some(BudgetType::Lifetime) => None,
        _ => c
            .daily_budget
            .map(|d| money(d, currency, "daily_budget"))
            .transpose()?,
    };
    let lifetime = c
        .lifetime_budget
        .map(|l| money(l, currency, "lifetime_budget"))
        .transpose()?;
    let budget = match (c.budget_type, &daily, lifetime) {
        (Some(BudgetType::Daily), Some(d), _) | (None, Some(d), None) => match schedule.days() {
            Some(days) => Money::new(d.amount * Decimal::from(days), currency),
            None => d.clone(),
        },
        (_, _, Some(l)) => l,
        _ => match c.budget {
            Some(b) => money(b, currency, "budget")?,
            None => Money::new(Decimal::ZERO, currency),
        },
    };
    Ok(Campaign {
        id: c.id.clone(),
        provider: ProviderKind::MarinSocial,
        name: c.name.clone(),
        objective: objective(c.objective.as_deref().unwrap_or("")),
        status: status(c, &schedule, now),
        budget,
        daily_budget: daily,
        schedule,
        targeting: TargetingSummary::default(),
    })
}

/// `main_metrics` that count as conversions: app installs and events, leads, pixel
/// conversions (the same families as Meta's, which Marin relays). Clicks, likes and views are
/// not conversions.
fn is_conversion(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "offsite_conversion.",
        "onsite_conversion.",
        "app_custom_event.",
        "leadgen.",
    ];
    const EXACT: &[&str] = &[
        "lead",
        "purchase",
        "complete_registration",
        "mobile_app_install",
        "app_install",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p)) || EXACT.contains(&name)
}

/// Statistics rows of `aggregate=day` as the neutral days, oldest first. A row without a day
/// (`date` is not in the reference's example) or with a month is skipped and counted. Marin
/// reports no reach: reach to date is 0.
pub fn days(rows: &[StatsRow], currency: &str) -> DailyStats {
    let mut kept: Vec<(NaiveDate, &StatsRow)> = rows
        .iter()
        .filter_map(|r| {
            let d = r.date.as_deref()?;
            NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .ok()
                .map(|d| (d, r))
        })
        .collect();
    let skipped = (rows.len() - kept.len()) as u64;
    kept.sort_by_key(|(d, _)| *d);
    let days = kept
        .into_iter()
        .map(|(date, r)| DailyStat {
            date,
            spend: Money::new(r.spent, currency),
            impressions: r.impression,
            reach_to_date: 0,
            clicks: r.click,
            conversions: r
                .main_metrics
                .iter()
                .filter(|m| is_conversion(&m.name))
                .map(|m| m.number)
                .sum(),
        })
        .collect();
    DailyStats { days, skipped }
}

/// A location result as a place: Marin's `region` and `geo_market` (a DMA) are regions.
pub fn place(l: &LocationResult) -> Place {
    let kind = match l.kind.as_str() {
        "country" => PlaceKind::Country,
        "city" => PlaceKind::City,
        _ => PlaceKind::Region,
    };
    Place {
        kind,
        key: l.key.clone(),
        label: l.name.clone(),
        country_code: l.country_code.clone(),
    }
}

/// An interest result as an audience (Marin gives no audience size).
pub fn audience(i: &InterestResult) -> Audience {
    Audience {
        id: i.key.clone(),
        name: i.name.clone(),
        size_min: None,
        size_max: None,
        path: [i.category.as_deref(), i.kind.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .map(readable)
            .collect(),
    }
}

/// An ad of the campaign, with its run state.
pub fn ad(a: &marin_api::Ad) -> PlatformEntity {
    let status = if a.deleted {
        "deleted"
    } else {
        a.status.as_str()
    };
    PlatformEntity {
        id: a.id.clone(),
        name: a.name.clone().unwrap_or_default(),
        status: status.to_string(),
        label: readable(status),
    }
}

/// Why a campaign's ad sets cannot be edited here: the reference offers the ad set `PUT` for
/// Facebook campaigns only (`src` "fb"; a campaign that does not say is taken as Facebook's,
/// the only kind the reference's examples show).
pub fn ad_set_lock(c: &marin_api::Campaign) -> Option<String> {
    match c.src.as_deref().map(str::trim) {
        None | Some("") | Some("fb") => None,
        Some(src) => Some(format!(
            "Marin Social changes ad sets of Facebook campaigns only; this one runs on {src:?}."
        )),
    }
}

/// An ad set as shown: its budget and bid as sent, exactly, in the account's currency (shown,
/// not summed, so a bid finer than the currency's cents is kept as Marin gave it).
pub fn ad_set(a: &marin_api::AdSet, currency: &str, lock: Option<&str>) -> PlatformAdSet {
    let words = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(readable)
    };
    PlatformAdSet {
        id: a.id.clone(),
        name: a.name.clone().unwrap_or_else(|| format!("Ad set {}", a.id)),
        status: a.status.as_str().to_string(),
        label: readable(a.status.as_str()),
        daily_budget: a.daily_budget.map(|d| Money::new(d, currency)),
        bid: a.bid.map(|b| Money::new(b, currency)),
        bid_strategy: words(&a.adset_bid_strategy),
        optimization_goal: words(&a.adset_optimization_goal),
        locked_reason: lock.map(str::to_string),
    }
}

#[cfg(test)]
#[path = "map_tests.rs"]
mod tests;
