//! Daily insights of a campaign: `GET <campaign_id>/insights` with `time_increment=1` and a
//! `time_range`, one row per day. Graph sends every metric as a numeric string; money
//! (`spend`, `cpc`, `cpm`) is in the account currency's major units, read exactly.

use crate::campaigns::{node_id, MAX_PAGES};
use crate::client::{Client, Safety};
use crate::types::Page;
use crate::{Error, Result};
use chrono::NaiveDate;
use crescendo_money::json::{decimal, opt_decimal, opt_u64};
use reqwest::Method;
use rust_decimal::Decimal;
use serde::Deserialize;

/// The metrics read, in this order.
pub const INSIGHTS_FIELDS: &str = "spend,impressions,reach,clicks,cpc,cpm,ctr,actions";

/// One entry of `actions`: `{"action_type": "link_click", "value": "12"}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Action {
    pub action_type: String,
    #[serde(deserialize_with = "decimal")]
    pub value: Decimal,
}

/// One day. Reach is people reached that day: it does not add up across days.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InsightsRow {
    pub date_start: NaiveDate,
    pub date_stop: NaiveDate,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub spend: Option<Decimal>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub impressions: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub reach: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub clicks: Option<u64>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub cpc: Option<Decimal>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub cpm: Option<Decimal>,
    /// Click-through rate in percent (Graph's `ctr`: 1.5 means 1.5%).
    #[serde(default, deserialize_with = "opt_decimal")]
    pub ctr: Option<Decimal>,
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// The query for a day range (both ends included).
pub fn insights_query(
    since: NaiveDate,
    until: NaiveDate,
    after: Option<&str>,
) -> Vec<(&'static str, String)> {
    let range = serde_json::json!({ "since": since.to_string(), "until": until.to_string() });
    let mut q = vec![
        ("fields", INSIGHTS_FIELDS.to_string()),
        ("time_increment", "1".to_string()),
        ("time_range", range.to_string()),
    ];
    if let Some(a) = after {
        q.push(("after", a.to_string()));
    }
    q
}

impl Client {
    /// Daily rows of a campaign from `since` to `until` (inclusive), all pages.
    pub async fn daily_insights(
        &self,
        campaign_id: &str,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<InsightsRow>> {
        if until < since {
            return Err(Error::Config {
                message: format!("time_range: until ({until}) is before since ({since})"),
            });
        }
        let path = format!("{}/insights", node_id(campaign_id)?);
        let mut rows = Vec::new();
        let mut after: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let q = insights_query(since, until, after.as_deref());
            let page: Page<InsightsRow> = self
                .call(Method::GET, &path, &q, None, Safety::Idempotent)
                .await?;
            let next = page.next_cursor().map(str::to_string);
            rows.extend(page.data);
            match next {
                Some(c) if after.as_deref() != Some(c.as_str()) => after = Some(c),
                Some(_) => {
                    return Err(Error::decode(
                        "paging.cursors.after",
                        "the same cursor came back: the list does not end",
                        b"",
                    ))
                }
                None => return Ok(rows),
            }
        }
        Err(Error::decode("paging", "too many pages of insights", b""))
    }
}
