//! The Marin Social connector: one Marin **account** through [`marin_api::Client`] (one agency
//! token). The account is the workspace's one "brand", as Meta's ad account is: the reference
//! gives each account a currency and a time zone, and each media plan (the API's `clients`)
//! belongs to one account by its `account_id`. The campaigns list is the campaigns of every
//! media plan of that account, plan after plan, in Marin's order; a media plan is a folder of
//! campaigns rather than an artist, so it is not a brand. Budgets and spend are in the
//! account's currency, read once.
//!
//! A campaign's Crescendo id is Marin's campaign id (ids are unique across an agency in the
//! reference's agency-wide list); its media plan, which every campaign path needs, is
//! remembered from the lists (or found by reading them).
//!
//! Days are the statistics rows' own `date` labels (`aggregate=day`); the reference does not
//! say in which time zone Marin counts them (the account has a `timezone`, which the brand
//! shows; marin-sandbox counts in UTC).
//!
//! What Marin offers here: the list, details, daily statistics (`aggregate=day`), play/pause
//! (a 202 "already in that state" is success), the budget and end date (campaign `PUT`), and
//! the location and interest search. Markets, languages, Symphony's content and creating
//! campaigns answer [`ErrorCode::Unsupported`] so the UI can hide them.

mod adsets;
mod amount;
mod api;
pub mod check;
pub mod create;
pub mod error;
mod list;
pub mod map;
mod plans;

use crate::domain::{Campaign, CampaignFilter, DailyStats};
use crate::{AppError, ErrorCode};
use chrono::{Duration, Utc};
use marin_api::{Account, Aggregate, Client, StatsOf, StatsQuery};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const MARIN: &str = "Marin Social";
/// Statistics are asked for at most this many days back (the reference states no limit; a
/// 2017 campaign's whole life in days would be thousands of rows).
pub const MAX_STATS_DAYS: i64 = 1_095;

#[derive(Clone)]
pub struct MarinConnector {
    client: Client,
    account: String,
    info: Arc<tokio::sync::OnceCell<Account>>,
    /// Campaign id -> its media plan id, from every list read.
    plan_of: Arc<Mutex<HashMap<String, String>>>,
}

impl MarinConnector {
    pub fn new(client: Client, account: impl Into<String>) -> MarinConnector {
        MarinConnector {
            client,
            account: account.into(),
            info: Arc::default(),
            plan_of: Arc::default(),
        }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn account_id(&self) -> &str {
        &self.account
    }

    /// The account (name, currency, time zone), read once per connector.
    pub async fn account(&self) -> Result<Account, AppError> {
        let a = self
            .info
            .get_or_try_init(|| async { self.client.account(&self.account).await })
            .await?;
        Ok(a.clone())
    }

    async fn currency(&self) -> Result<String, AppError> {
        self.account()
            .await?
            .currency
            .filter(|c| !c.trim().is_empty())
            .ok_or_else(|| {
                AppError::new(
                    ErrorCode::Decode,
                    format!("Marin Social gives no currency for account {}, so Crescendo cannot show its budgets.", self.account),
                )
            })
    }

    fn map(&self, c: &marin_api::Campaign, currency: &str) -> Result<Campaign, AppError> {
        map::campaign(c, currency, Utc::now())
    }

    /// The campaign as Marin has it now, with its media plan.
    async fn raw(&self, id: &str) -> Result<(String, marin_api::Campaign), AppError> {
        let id = checked(id)?;
        let plan = self.plan_of(id).await?;
        let c = self.client.campaign(&plan, id).await?;
        Ok((plan, c))
    }

    /// The campaign's days from `aggregate=day` statistics, from its start (at most
    /// [`MAX_STATS_DAYS`] back) to its end or today.
    async fn days(&self, plan: &str, c: &Campaign) -> Result<DailyStats, AppError> {
        let now = Utc::now();
        let until = c.schedule.end.map_or(now, |e| e.min(now));
        let since = c.schedule.start.max(until - Duration::days(MAX_STATS_DAYS));
        let empty = DailyStats {
            days: Vec::new(),
            skipped: 0,
        };
        let start = since.date_naive().and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        let (Some(start), true) = (start, since <= until) else {
            return Ok(empty);
        };
        let of = StatsOf::Campaign {
            plan: plan.to_string(),
            campaign: c.id.clone(),
        };
        let q = StatsQuery::between(Aggregate::Day, start.timestamp(), until.timestamp());
        let rows = self.client.all_statistics(&of, &q).await?;
        Ok(map::days(&rows, &c.budget.currency))
    }
}

/// Marin ids are digits in every documented example; anything outside letters, digits, `-`
/// and `_` is no campaign of Marin's.
fn checked(id: &str) -> Result<&str, AppError> {
    let t = id.trim();
    let ok = !t.is_empty()
        && t.len() <= 64
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !ok {
        return Err(AppError::new(
            ErrorCode::NotFound,
            format!("There is no Marin Social campaign {id:?}: Marin campaign ids are numbers."),
        ));
    }
    Ok(t)
}

/// Whether the filter asks for anything Marin's lists cannot filter by (then every campaign is
/// read and filtered here).
fn filters(f: &CampaignFilter) -> bool {
    let set = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
    set(&f.status)
        || set(&f.objective)
        || f.starts_from.is_some()
        || f.ends_before.is_some()
        || f.budget_min.is_some()
        || f.budget_max.is_some()
}

fn keep(c: &Campaign, f: &CampaignFilter) -> bool {
    let given = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
    given(&f.status).is_none_or(|s| c.status.original.eq_ignore_ascii_case(s.trim()))
        && given(&f.objective).is_none_or(|o| c.objective.code == o.trim())
        && f.starts_from
            .is_none_or(|d| c.schedule.start.date_naive() >= d)
        && f.ends_before
            .is_none_or(|d| c.schedule.end.is_some_and(|e| e.date_naive() <= d))
        && f.budget_min.is_none_or(|m| c.budget.amount >= m)
        && f.budget_max.is_none_or(|m| c.budget.amount <= m)
}
