//! What the provider last answered, kept per account (`scope`): campaigns, their analytics and
//! every daily stat ever fetched. The app paints from here at once, works offline from here, and
//! keeps days the API no longer returns. Every write is one transaction.

use super::{Result, Store, StoreError};
use crate::domain::breakdown::CampaignAnalytics;
use crate::domain::{Campaign, DailyStat, DailyStats, Status, StatusTone};
use crate::money::Money;
use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A value as last fetched.
#[derive(Debug, Clone, PartialEq)]
pub struct Seen<T> {
    pub value: T,
    pub fetched_at: DateTime<Utc>,
}

/// A campaign whose status differs from the one kept before this fetch.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusChange {
    pub id: String,
    pub name: String,
    pub from: Status,
    pub to: Status,
}

impl StatusChange {
    /// The desktop notification's title and body: "Midnight Drive is paused", "It was active.
    /// Open Crescendo to see why."
    pub fn notification(&self) -> (String, String) {
        let title = format!("{} is {}", self.name, self.to.label.to_lowercase());
        let hint = match self.to.tone {
            StatusTone::Negative | StatusTone::Caution => " Open Crescendo to see why.",
            _ => "",
        };
        let body = format!("It was {}.{hint}", self.from.label.to_lowercase());
        (title, body)
    }
}

pub(crate) fn state_code(s: &Status) -> String {
    // The neutral state and the provider's code: "active/ACTIVE". Either changing is news.
    format!("{:?}/{}", s.state, s.original)
}

fn at(t: DateTime<Utc>) -> String {
    t.trunc_subsecs(6).to_rfc3339()
}

fn parse_at(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

impl Store {
    /// Keeps `campaigns` as fetched at `fetched_at`, answering which changed status since the
    /// last fetch (a campaign seen for the first time is not a change).
    pub fn remember_campaigns(
        &self,
        scope: &str,
        campaigns: &[Campaign],
        fetched_at: DateTime<Utc>,
    ) -> Result<Vec<StatusChange>> {
        let mut rows = Vec::with_capacity(campaigns.len());
        for c in campaigns {
            rows.push((c, self.json(&c.id, c)?));
        }
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        let mut changes = Vec::new();
        for (c, data) in rows {
            let before: Option<(String, String)> = tx
                .query_row(
                    "SELECT state, data FROM seen_campaigns WHERE scope = ?1 AND id = ?2",
                    params![scope, c.id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(|e| self.err(e))?;
            let now = state_code(&c.status);
            if let Some((state, old)) = before {
                if state != now {
                    if let Ok(old) = serde_json::from_str::<Campaign>(&old) {
                        changes.push(StatusChange {
                            id: c.id.clone(),
                            name: c.name.clone(),
                            from: old.status,
                            to: c.status.clone(),
                        });
                    }
                }
            }
            tx.execute(
                "INSERT INTO seen_campaigns (scope, id, state, data, fetched_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (scope, id) DO UPDATE SET
                   state = excluded.state, data = excluded.data, fetched_at = excluded.fetched_at",
                params![scope, c.id, now, data, at(fetched_at)],
            )
            .map_err(|e| self.err(e))?;
        }
        tx.commit().map_err(|e| self.err(e))?;
        Ok(changes)
    }

    /// Every kept campaign's (id, name, budget currency), for naming list rows without details.
    /// Each kept campaign's status code ("active/ACTIVE"), by id.
    pub fn kept_states(&self, scope: &str) -> Result<std::collections::HashMap<String, String>> {
        let conn = self.lock();
        let mut q = conn
            .prepare_cached("SELECT id, state FROM seen_campaigns WHERE scope = ?1")
            .map_err(|e| self.err(e))?;
        let rows = q
            .query_map(params![scope], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<std::result::Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    pub fn kept_labels(&self, scope: &str) -> Result<Vec<(String, String, String)>> {
        let conn = self.lock();
        let mut q = conn
            .prepare_cached("SELECT data FROM seen_campaigns WHERE scope = ?1")
            .map_err(|e| self.err(e))?;
        let rows = q
            .query_map(params![scope], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for data in rows {
            let data = data.map_err(|e| self.err(e))?;
            if let Ok(c) = serde_json::from_str::<Campaign>(&data) {
                out.push((c.id, c.name, c.budget.currency));
            }
        }
        Ok(out)
    }

    pub fn seen_campaign(&self, scope: &str, id: &str) -> Result<Option<Seen<Campaign>>> {
        let row: Option<(String, String)> = self
            .lock()
            .query_row(
                "SELECT data, fetched_at FROM seen_campaigns WHERE scope = ?1 AND id = ?2",
                params![scope, id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(row.and_then(|(data, t)| seen(&data, &t)))
    }

    /// Keeps a campaign's analytics: each day in `daily_stats` (a day fetched again replaces
    /// its older copy; days missing from this answer stay), the rest as one JSON document.
    pub fn remember_analytics(
        &self,
        scope: &str,
        id: &str,
        a: &CampaignAnalytics,
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let rest = CampaignAnalytics {
            days: DailyStats {
                days: Vec::new(),
                skipped: a.days.skipped,
            },
            ..a.clone()
        };
        let data = self.json(id, &rest)?;
        let when = at(fetched_at);
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        {
            let mut put = tx
                .prepare_cached(
                    "INSERT INTO daily_stats (scope, campaign_id, day, currency, spend,
                       impressions, reach_to_date, clicks, conversions, fetched_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                     ON CONFLICT (scope, campaign_id, day) DO UPDATE SET
                       currency = excluded.currency, spend = excluded.spend,
                       impressions = excluded.impressions, reach_to_date = excluded.reach_to_date,
                       clicks = excluded.clicks, conversions = excluded.conversions,
                       fetched_at = excluded.fetched_at",
                )
                .map_err(|e| self.err(e))?;
            for d in &a.days.days {
                let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
                put.execute(params![
                    scope,
                    id,
                    d.date.to_string(),
                    d.spend.currency,
                    d.spend.amount.to_string(),
                    count(d.impressions),
                    count(d.reach_to_date),
                    count(d.clicks),
                    count(d.conversions),
                    when,
                ])
                .map_err(|e| self.err(e))?;
            }
        }
        tx.execute(
            "INSERT INTO seen_analytics (scope, id, data, fetched_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (scope, id) DO UPDATE SET
               data = excluded.data, fetched_at = excluded.fetched_at",
            params![scope, id, data, when],
        )
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))
    }

    /// A campaign's analytics as last fetched, with every day ever kept, oldest first.
    pub fn seen_analytics(&self, scope: &str, id: &str) -> Result<Option<Seen<CampaignAnalytics>>> {
        let row: Option<(String, String)> = self
            .lock()
            .query_row(
                "SELECT data, fetched_at FROM seen_analytics WHERE scope = ?1 AND id = ?2",
                params![scope, id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(mut s) = row.and_then(|(data, t)| seen::<CampaignAnalytics>(&data, &t)) else {
            return Ok(None);
        };
        s.value.days.days = self.kept_days(scope, id)?;
        Ok(Some(s))
    }

    /// Every day kept for a campaign, oldest first; a row that no longer reads is left out.
    pub fn kept_days(&self, scope: &str, id: &str) -> Result<Vec<DailyStat>> {
        let conn = self.lock();
        let mut q = conn
            .prepare_cached(
                "SELECT day, currency, spend, impressions, reach_to_date, clicks, conversions
                 FROM daily_stats WHERE scope = ?1 AND campaign_id = ?2 ORDER BY day",
            )
            .map_err(|e| self.err(e))?;
        let rows = q
            .query_map(params![scope, id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    [
                        r.get::<_, i64>(3)?,
                        r.get::<_, i64>(4)?,
                        r.get::<_, i64>(5)?,
                        r.get::<_, i64>(6)?,
                    ],
                ))
            })
            .map_err(|e| self.err(e))?;
        let mut days = Vec::new();
        for row in rows {
            let (day, currency, spend, n) = row.map_err(|e| self.err(e))?;
            let (Ok(date), Ok(amount)) = (
                NaiveDate::parse_from_str(&day, "%Y-%m-%d"),
                spend.parse::<rust_decimal::Decimal>(),
            ) else {
                continue;
            };
            let count = |v: i64| u64::try_from(v).unwrap_or(0);
            days.push(DailyStat {
                date,
                spend: Money::new(amount, &currency),
                impressions: count(n[0]),
                reach_to_date: count(n[1]),
                clicks: count(n[2]),
                conversions: count(n[3]),
            });
        }
        Ok(days)
    }

    /// Keeps any answer the app shows (the artists, a list page) under `key`.
    pub fn remember<T: Serialize>(
        &self,
        scope: &str,
        key: &str,
        value: &T,
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let data = self.json(key, value)?;
        self.lock()
            .execute(
                "INSERT INTO snapshots (scope, key, data, fetched_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (scope, key) DO UPDATE SET
                   data = excluded.data, fetched_at = excluded.fetched_at",
                params![scope, key, data, at(fetched_at)],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// What [`Store::remember`] kept; None when nothing (readable) was.
    pub fn recall<T: DeserializeOwned>(&self, scope: &str, key: &str) -> Result<Option<Seen<T>>> {
        let row: Option<(String, String)> = self
            .lock()
            .query_row(
                "SELECT data, fetched_at FROM snapshots WHERE scope = ?1 AND key = ?2",
                params![scope, key],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(row.and_then(|(data, t)| seen(&data, &t)))
    }

    fn json<T: Serialize>(&self, id: &str, v: &T) -> Result<String> {
        serde_json::to_string(v).map_err(|e| StoreError::Unreadable {
            id: id.to_string(),
            why: e.to_string(),
        })
    }
}

/// A kept row that no longer reads (an older shape, edited by hand) is treated as not kept:
/// the next fetch replaces it.
fn seen<T: DeserializeOwned>(data: &str, fetched_at: &str) -> Option<Seen<T>> {
    Some(Seen {
        value: serde_json::from_str(data).ok()?,
        fetched_at: parse_at(fetched_at)?,
    })
}
