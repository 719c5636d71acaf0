//! Schema migrations: `PRAGMA user_version` is the number of steps applied. Each step runs in
//! its own IMMEDIATE transaction that re-reads the version first, so a crash mid-step leaves the
//! previous version intact and two processes opening a fresh file never apply a step twice.
//! Steps are only ever appended: a released step never changes.

use rusqlite::{Connection, TransactionBehavior};

/// Step `i` takes the file from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // v1: drafts, one row each, the whole draft as JSON; the columns the list shows are copied
    // out of it at each save so listing never parses JSON.
    "CREATE TABLE drafts (
        id TEXT PRIMARY KEY NOT NULL,
        scope TEXT NOT NULL,
        brand_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        objective TEXT NOT NULL,
        budget TEXT NOT NULL,
        currency TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision > 0)
    ) STRICT;
    CREATE INDEX drafts_by_scope ON drafts (scope, brand_id, updated_at);",
    // v2: launch tracking, so a restart never sends a draft whose outcome is unknown again.
    "ALTER TABLE drafts ADD COLUMN launch_state TEXT
        CHECK (launch_state IN ('pending', 'launched'));
    ALTER TABLE drafts ADD COLUMN launched_campaign_id TEXT;",
    // v3: the last known answers per account (`scope`), so the app opens on them at once and
    // works offline. Daily stats are kept one row per day: days the API stops returning stay.
    "CREATE TABLE seen_campaigns (
        scope TEXT NOT NULL,
        id TEXT NOT NULL,
        state TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (scope, id)
    ) STRICT;
    CREATE TABLE seen_analytics (
        scope TEXT NOT NULL,
        id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (scope, id)
    ) STRICT;
    CREATE TABLE daily_stats (
        scope TEXT NOT NULL,
        campaign_id TEXT NOT NULL,
        day TEXT NOT NULL,
        currency TEXT NOT NULL,
        spend TEXT NOT NULL,
        impressions INTEGER NOT NULL CHECK (impressions >= 0),
        reach_to_date INTEGER NOT NULL CHECK (reach_to_date >= 0),
        clicks INTEGER NOT NULL CHECK (clicks >= 0),
        conversions INTEGER NOT NULL CHECK (conversions >= 0),
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (scope, campaign_id, day)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE snapshots (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (scope, key)
    ) STRICT;",
];

pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies `steps` from the file's version on; returns the version reached.
pub fn migrate(conn: &mut Connection, steps: &[&str]) -> rusqlite::Result<i64> {
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let v = version(&tx)?;
        let Some(step) = usize::try_from(v).ok().and_then(|i| steps.get(i)) else {
            return Ok(v);
        };
        tx.execute_batch(step)?;
        // PRAGMA takes no bound parameters; `v + 1` is our own integer.
        tx.execute_batch(&format!("PRAGMA user_version = {}", v + 1))?;
        tx.commit()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(conn: &Connection) -> Vec<String> {
        let mut s = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .expect("prepare");
        let names = s.query_map([], |r| r.get(0)).expect("query");
        names.map(|n| n.expect("name")).collect()
    }

    /// A step that fails half way leaves nothing of itself behind and the version unchanged.
    #[test]
    fn a_failing_step_changes_nothing() {
        let mut conn = Connection::open_in_memory().expect("open");
        let steps = [
            "CREATE TABLE a (x INTEGER);",
            "CREATE TABLE b (x INTEGER); INSERT INTO a VALUES (1); THIS IS NOT SQL;",
        ];
        assert!(migrate(&mut conn, &steps).is_err());
        assert_eq!(version(&conn).expect("version"), 1);
        assert_eq!(tables(&conn), ["a"]);
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM a", [], |r| r.get(0))
            .expect("count");
        assert_eq!(rows, 0, "the failed step's insert was rolled back");
    }

    #[test]
    fn migrating_twice_is_a_no_op() {
        let mut conn = Connection::open_in_memory().expect("open");
        assert_eq!(migrate(&mut conn, MIGRATIONS).expect("first"), LATEST);
        assert_eq!(migrate(&mut conn, MIGRATIONS).expect("second"), LATEST);
        assert_eq!(
            tables(&conn),
            [
                "daily_stats",
                "drafts",
                "seen_analytics",
                "seen_campaigns",
                "snapshots"
            ]
        );
    }
}
