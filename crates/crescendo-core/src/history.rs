//! One account's local history: every answer the screens fetch is kept (store/history.rs), so
//! the app opens on the last known data at once, works offline, and keeps days the provider no
//! longer returns. A status that differs from the kept one is told to a listener (the app turns
//! it into a desktop notification).

use crate::domain::breakdown::CampaignAnalytics;
use crate::domain::Campaign;
use crate::store::{Seen, StatusChange, Store};
use crate::{AppError, ErrorCode};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::sync::Arc;

pub type StatusListener = Arc<dyn Fn(&StatusChange) + Send + Sync>;

#[derive(Clone)]
pub struct History {
    store: Arc<Store>,
    scope: String,
    listener: Option<StatusListener>,
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History")
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

/// Errors that mean "the provider cannot answer now": the screens show what is kept instead.
/// A refused key or a missing campaign is never hidden behind old data.
pub fn is_offline(e: &AppError) -> bool {
    matches!(
        e.code,
        ErrorCode::Network | ErrorCode::Timeout | ErrorCode::Server | ErrorCode::RateLimited
    )
}

/// The line a screen shows when it falls back to kept data.
pub fn offline_reason(e: &AppError) -> String {
    format!("Offline: {}", e.message)
}

impl History {
    /// `scope` names the account (a saved account's id, or the workspace kind).
    pub fn new(store: Arc<Store>, scope: impl Into<String>) -> History {
        History {
            store,
            scope: scope.into(),
            listener: None,
        }
    }

    pub fn with_listener(mut self, listener: Option<StatusListener>) -> History {
        self.listener = listener;
        self
    }

    pub fn scope(&self) -> &str {
        &self.scope
    }

    /// Keeps campaigns and tells the listener about each status change. A store that cannot
    /// write is reported as a notice, never as a failure of the screen that fetched them.
    pub fn keep_campaigns(&self, cs: &[Campaign], at: DateTime<Utc>) -> Result<(), String> {
        let changes = self
            .store
            .remember_campaigns(&self.scope, cs, at)
            .map_err(|e| not_kept(&e))?;
        if let Some(l) = &self.listener {
            for c in &changes {
                l(c);
            }
        }
        Ok(())
    }

    /// Keeps a campaign and its analytics; answers the analytics with every kept day.
    pub fn keep_page(
        &self,
        c: &Campaign,
        a: CampaignAnalytics,
        at: DateTime<Utc>,
    ) -> (CampaignAnalytics, Option<String>) {
        let kept = self
            .keep_campaigns(std::slice::from_ref(c), at)
            .and_then(|()| {
                self.store
                    .remember_analytics(&self.scope, &c.id, &a, at)
                    .and_then(|()| self.store.kept_days(&self.scope, &c.id))
                    .map_err(|e| not_kept(&e))
            });
        match kept {
            Ok(days) => {
                let mut a = a;
                a.days.days = days;
                (a, None)
            }
            Err(notice) => (a, Some(notice)),
        }
    }

    /// The kept campaign and analytics; None when either was never fetched.
    pub fn page(&self, id: &str) -> Result<Option<(Campaign, Seen<CampaignAnalytics>)>, AppError> {
        let Some(c) = self.store.seen_campaign(&self.scope, id)? else {
            return Ok(None);
        };
        let Some(a) = self.store.seen_analytics(&self.scope, id)? else {
            return Ok(None);
        };
        // The older of the two is the age of what the page shows.
        let fetched_at = c.fetched_at.min(a.fetched_at);
        Ok(Some((c.value, Seen { fetched_at, ..a })))
    }

    /// Gives the workspace's connector the names kept here, so list pages of campaigns seen
    /// in earlier sessions need no details requests (a kept list that no longer reads only
    /// costs those requests).
    pub fn seed(&self, ws: &crate::Workspace) {
        if let Ok(kept) = self.store.kept_labels(&self.scope) {
            ws.connector().seed_labels(&kept);
        }
    }

    pub fn campaign(&self, id: &str) -> Result<Option<Seen<Campaign>>, AppError> {
        Ok(self.store.seen_campaign(&self.scope, id)?)
    }

    /// Spent so far by a campaign, from its kept daily stats; None when nothing is kept or
    /// the days are in another currency than `currency`.
    pub fn spent(&self, id: &str, currency: &str) -> Option<crate::money::Money> {
        let days = self.store.kept_days(&self.scope, id).ok()?;
        if days.is_empty() || days.iter().any(|d| d.spend.currency != currency) {
            return None;
        }
        let total: rust_decimal::Decimal = days.iter().map(|d| d.spend.amount).sum();
        Some(crate::money::Money::new(total, currency))
    }

    pub fn keep<T: Serialize>(&self, key: &str, v: &T, at: DateTime<Utc>) -> Result<(), String> {
        self.store
            .remember(&self.scope, key, v, at)
            .map_err(|e| not_kept(&e))
    }

    pub fn recall<T: DeserializeOwned>(&self, key: &str) -> Result<Option<Seen<T>>, AppError> {
        Ok(self.store.recall(&self.scope, key)?)
    }
}

/// An answer and how fresh it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept<T> {
    pub value: T,
    pub fetched_at: DateTime<Utc>,
    /// Why the live answer is missing, when `value` is the kept one.
    pub offline: Option<String>,
    /// The live answer could not be kept (the screen still shows it).
    pub notice: Option<String>,
}

/// A live read whose answer is kept under `key`; when the provider cannot answer, the answer
/// kept last time, marked offline. Without a history, the live read alone.
pub async fn live_or_kept<T, F>(
    h: Option<&History>,
    key: &str,
    live: F,
) -> Result<Kept<T>, AppError>
where
    T: Serialize + DeserializeOwned,
    F: std::future::Future<Output = Result<T, AppError>>,
{
    let now = Utc::now();
    match (live.await, h) {
        (Ok(value), h) => {
            let notice = h.and_then(|h| h.keep(key, &value, now).err());
            Ok(Kept {
                value,
                fetched_at: now,
                offline: None,
                notice,
            })
        }
        (Err(e), Some(h)) if is_offline(&e) => match h.recall::<T>(key)? {
            Some(s) => Ok(Kept {
                value: s.value,
                fetched_at: s.fetched_at,
                offline: Some(offline_reason(&e)),
                notice: None,
            }),
            None => Err(e),
        },
        (Err(e), _) => Err(e),
    }
}

fn not_kept(e: &crate::store::StoreError) -> String {
    format!("This data could not be kept for offline use: {e}")
}

/// The most campaigns one status refresh reads (pages of [`REFRESH_PAGE`], through the rate
/// limiter: 200 campaigns are 2 requests).
pub const REFRESH_MAX: usize = 1000;
pub const REFRESH_PAGE: u32 = 100;

/// Campaigns not kept yet that one status watch names (a details request each): over a few
/// watches a large account is all kept, without ever spending the rate budget in one burst.
pub const NAME_PER_WATCH: usize = 20;

/// The status watch: reads every campaign's status from the list (one request per
/// [`REFRESH_PAGE`], no names); a status that changed since its campaign was kept is kept with
/// the kept name (each change reaches the listener, no request), and up to [`NAME_PER_WATCH`]
/// campaigns never kept are fetched and kept. Answers how many statuses it read.
pub async fn refresh_statuses(ws: &crate::Workspace, h: &History) -> Result<usize, AppError> {
    h.seed(ws);
    let c = ws.connector();
    let mut all = Vec::new();
    let mut offset = 0u32;
    loop {
        let page = c
            .statuses(&crate::domain::CampaignFilter {
                limit: REFRESH_PAGE,
                offset,
                ..Default::default()
            })
            .await?;
        let n = page.statuses.len() as u32;
        all.extend(page.statuses);
        offset += n;
        if n == 0 || u64::from(offset) >= page.total || all.len() >= REFRESH_MAX {
            break;
        }
    }
    let kept = h.store.kept_states(&h.scope).unwrap_or_default();
    let mut fetched = Vec::new();
    // A changed status: the kept campaign with its new status (its name is kept already).
    for (id, status) in &all {
        if kept
            .get(id)
            .is_some_and(|k| *k != crate::store::state_code(status))
        {
            if let Ok(Some(seen)) = h.campaign(id) {
                fetched.push(Campaign {
                    status: status.clone(),
                    ..seen.value
                });
            }
        }
    }
    let new = all
        .iter()
        .filter(|(id, _)| !kept.contains_key(id))
        .take(NAME_PER_WATCH);
    for (id, _) in new {
        match c.campaign(id).await {
            Ok(campaign) => fetched.push(campaign),
            // Deleted meanwhile, or not readable: the next watch asks again.
            Err(e) if !is_offline(&e) => continue,
            Err(e) => return Err(e),
        }
    }
    h.keep_campaigns(&fetched, Utc::now())
        .map_err(|notice| AppError::new(ErrorCode::Internal, notice))?;
    Ok(all.len())
}
