//! Drafts: the wizard's `CampaignDraft`, saved whole as JSON at every change. Each save bumps a
//! revision and is refused when the caller's copy is stale, so two windows never silently
//! overwrite each other. A draft being launched is frozen until the outcome is known.

use super::{Result, Store, StoreError};
use crate::draft::CampaignDraft;
use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LaunchState {
    /// Sent, outcome not known yet: never send it again before checking the campaign list.
    Pending,
    /// The provider created a campaign.
    Launched,
}

impl LaunchState {
    fn as_str(self) -> &'static str {
        match self {
            LaunchState::Pending => "pending",
            LaunchState::Launched => "launched",
        }
    }

    fn parse(s: Option<String>) -> Option<LaunchState> {
        match s.as_deref() {
            Some("pending") => Some(LaunchState::Pending),
            Some("launched") => Some(LaunchState::Launched),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftRecord {
    /// Empty for a draft never saved: `save` gives it one.
    pub id: String,
    /// Whose draft it is (a profile id, "demo"): drafts never show in another account.
    pub scope: String,
    #[ts(type = "number")]
    pub brand_id: u64,
    pub draft: CampaignDraft,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    /// 0 before the first save; each save returns the next one.
    #[ts(type = "number")]
    pub revision: u64,
    pub launch_state: Option<LaunchState>,
    pub launched_campaign_id: Option<String>,
}

impl DraftRecord {
    /// A draft not saved yet.
    pub fn new(scope: &str, brand_id: u64, draft: CampaignDraft) -> DraftRecord {
        let now = Utc::now();
        DraftRecord {
            id: String::new(),
            scope: scope.to_string(),
            brand_id,
            draft,
            created_at: now,
            updated_at: now,
            revision: 0,
            launch_state: None,
            launched_campaign_id: None,
        }
    }
}

/// One line of the drafts list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftSummary {
    pub id: String,
    #[ts(type = "number")]
    pub brand_id: u64,
    pub name: String,
    pub objective: String,
    /// As typed.
    pub budget: String,
    pub currency: String,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    #[ts(type = "number")]
    pub revision: u64,
    pub launch_state: Option<LaunchState>,
}

/// Fixed width (microseconds, `Z`) so text order is time order.
fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn time(s: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
        })
}

/// 16 random characters from [a-z0-9]: about 82 bits, plenty for one person's drafts.
fn new_id() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = fastrand::Rng::new();
    (0..16)
        .map(|_| char::from(ALPHABET[rng.usize(..ALPHABET.len())]))
        .collect()
}

const COLUMNS: &str = "id, scope, brand_id, data, created_at, updated_at, revision, launch_state, launched_campaign_id";

/// A row as read; the JSON is parsed afterwards so a bad one is named by its draft id.
struct Raw {
    id: String,
    scope: String,
    brand_id: u64,
    data: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    revision: u64,
    launch_state: Option<LaunchState>,
    launched_campaign_id: Option<String>,
}

fn raw(r: &Row) -> rusqlite::Result<Raw> {
    Ok(Raw {
        id: r.get(0)?,
        scope: r.get(1)?,
        brand_id: r.get(2)?,
        data: r.get(3)?,
        created_at: time(&r.get::<_, String>(4)?)?,
        updated_at: time(&r.get::<_, String>(5)?)?,
        revision: r.get(6)?,
        launch_state: LaunchState::parse(r.get(7)?),
        launched_campaign_id: r.get(8)?,
    })
}

impl Raw {
    fn record(self) -> Result<DraftRecord> {
        let draft = serde_json::from_str(&self.data).map_err(|e| StoreError::Unreadable {
            id: self.id.clone(),
            why: e.to_string(),
        })?;
        Ok(DraftRecord {
            id: self.id,
            scope: self.scope,
            brand_id: self.brand_id,
            draft,
            created_at: self.created_at,
            updated_at: self.updated_at,
            revision: self.revision,
            launch_state: self.launch_state,
            launched_campaign_id: self.launched_campaign_id,
        })
    }
}

fn summary(r: &Row) -> rusqlite::Result<DraftSummary> {
    Ok(DraftSummary {
        id: r.get(0)?,
        brand_id: r.get(1)?,
        name: r.get(2)?,
        objective: r.get(3)?,
        budget: r.get(4)?,
        currency: r.get(5)?,
        updated_at: time(&r.get::<_, String>(6)?)?,
        revision: r.get(7)?,
        launch_state: LaunchState::parse(r.get(8)?),
    })
}

const SUMMARY: &str = "SELECT id, brand_id, name, objective, budget, currency, updated_at, revision, launch_state FROM drafts";

impl Store {
    /// Saves `record` (a new draft when its id is empty) and returns it as stored, with its new
    /// revision. Refused with `Conflict` when the stored revision is not `record.revision`, and
    /// with `Launched` once a launch is pending or done. A draft deleted elsewhere while still
    /// open is saved again rather than lost.
    pub fn save(&self, record: &DraftRecord) -> Result<DraftRecord> {
        let data = serde_json::to_string(&record.draft).map_err(|e| StoreError::Unreadable {
            id: record.id.clone(),
            why: e.to_string(),
        })?;
        // Stored to the microsecond: the record returned equals the one read back later.
        let now = Utc::now().trunc_subsecs(6);
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        let id = if record.id.is_empty() {
            new_id()
        } else {
            record.id.clone()
        };
        let current: Option<(u64, String, Option<String>)> = tx
            .query_row(
                "SELECT revision, created_at, launch_state FROM drafts WHERE id = ?1",
                [&id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let (revision, created_at) = match current {
            Some((stored, _, _)) if stored != record.revision => {
                return Err(StoreError::Conflict {
                    current: stored,
                    given: record.revision,
                })
            }
            Some((_, _, Some(_))) => return Err(StoreError::Launched),
            Some((stored, created, None)) => (stored + 1, created),
            None => (1, stamp(record.created_at)),
        };
        let d = &record.draft;
        tx.execute(
            "INSERT INTO drafts (id, scope, brand_id, name, objective, budget, currency, data,
                created_at, updated_at, revision)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (id) DO UPDATE SET scope = ?2, brand_id = ?3, name = ?4,
                objective = ?5, budget = ?6, currency = ?7, data = ?8, updated_at = ?10,
                revision = ?11",
            params![
                id,
                record.scope,
                record.brand_id,
                d.name.trim(),
                d.objective.trim(),
                d.budget.trim(),
                d.currency.trim().to_uppercase(),
                data,
                created_at,
                stamp(now),
                revision
            ],
        )
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(DraftRecord {
            id,
            created_at: time(&created_at).map_err(|e| self.err(e))?,
            updated_at: now,
            revision,
            launch_state: None,
            launched_campaign_id: None,
            ..record.clone()
        })
    }

    pub fn get(&self, id: &str) -> Result<DraftRecord> {
        let sql = format!("SELECT {COLUMNS} FROM drafts WHERE id = ?1");
        let row = self
            .lock()
            .query_row(&sql, [id], raw)
            .optional()
            .map_err(|e| self.err(e))?;
        row.ok_or(StoreError::NotFound)?.record()
    }

    /// The scope's drafts (of one brand, or all), last changed first.
    pub fn list(&self, scope: &str, brand_id: Option<u64>) -> Result<Vec<DraftSummary>> {
        let sql = format!(
            "{SUMMARY} WHERE scope = ?1 AND (?2 IS NULL OR brand_id = ?2)
             ORDER BY updated_at DESC, rowid DESC"
        );
        self.summaries(&sql, params![scope, brand_id])
    }

    /// Every scope's drafts, last changed first (the CLI without an account).
    pub fn list_all(&self, brand_id: Option<u64>) -> Result<Vec<DraftSummary>> {
        let sql = format!(
            "{SUMMARY} WHERE (?1 IS NULL OR brand_id = ?1) ORDER BY updated_at DESC, rowid DESC"
        );
        self.summaries(&sql, params![brand_id])
    }

    fn summaries(&self, sql: &str, p: impl rusqlite::Params) -> Result<Vec<DraftSummary>> {
        let conn = self.lock();
        let run = || -> rusqlite::Result<Vec<DraftSummary>> {
            let mut s = conn.prepare_cached(sql)?;
            let rows = s.query_map(p, summary)?;
            rows.collect()
        };
        run().map_err(|e| self.err(e))
    }

    pub fn delete(&self, id: &str) -> Result<()> {
        let n = self
            .lock()
            .execute("DELETE FROM drafts WHERE id = ?1", [id])
            .map_err(|e| self.err(e))?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// A new draft with the same content, named "<name> (copy)", never launched: also how a
    /// launched campaign's draft becomes a new one.
    pub fn duplicate(&self, id: &str) -> Result<DraftRecord> {
        let original = self.get(id)?;
        let mut draft = original.draft;
        draft.name = format!("{} (copy)", draft.name.trim());
        self.save(&DraftRecord::new(&original.scope, original.brand_id, draft))
    }

    /// Records a launch: `Some(Pending)` before sending, `Some(Launched)` with the campaign id
    /// once created, `None` when it is known nothing was created (the draft is editable again).
    /// Bumps the revision so an open window's stale copy cannot overwrite it.
    pub fn mark_launch(
        &self,
        id: &str,
        state: Option<LaunchState>,
        campaign_id: Option<&str>,
    ) -> Result<DraftRecord> {
        let n = self
            .lock()
            .execute(
                "UPDATE drafts SET launch_state = ?2, launched_campaign_id = ?3,
                    revision = revision + 1, updated_at = ?4 WHERE id = ?1",
                params![
                    id,
                    state.map(LaunchState::as_str),
                    campaign_id,
                    stamp(Utc::now())
                ],
            )
            .map_err(|e| self.err(e))?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        self.get(id)
    }
}
