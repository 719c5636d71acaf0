//! Statistics at media plan, campaign, ad set and ad level, aggregated by day, month or
//! period, parsed into typed rows (rates and money as exact decimals, counts as integers).

use crate::client::{page, Call, Client};
use crate::de;
use crate::error::{Error, FieldError, Result};
use crate::paging::{walk, Page, PageRequest, DEFAULT_LIMIT};
use reqwest::Method;
use rust_decimal::Decimal;
use serde::Deserialize;

/// Whose statistics: the paths of the four documented endpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatsOf {
    MediaPlan {
        plan: String,
    },
    Campaign {
        plan: String,
        campaign: String,
    },
    AdSet {
        plan: String,
        campaign: String,
        ad_set: String,
    },
    /// `/clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/ads/{AD_ID}/statistics`, as the HTTP
    /// request line and the curl example say (the example's `next` link has `adsets/..` too).
    Ad {
        plan: String,
        campaign: String,
        ad: String,
    },
}

impl StatsOf {
    fn path(&self) -> Vec<&str> {
        match self {
            StatsOf::MediaPlan { plan } => vec!["clients", plan, "statistics"],
            StatsOf::Campaign { plan, campaign } => {
                vec!["clients", plan, "campaigns", campaign, "statistics"]
            }
            StatsOf::AdSet {
                plan,
                campaign,
                ad_set,
            } => vec![
                "clients",
                plan,
                "campaigns",
                campaign,
                "adsets",
                ad_set,
                "statistics",
            ],
            StatsOf::Ad { plan, campaign, ad } => {
                vec![
                    "clients",
                    plan,
                    "campaigns",
                    campaign,
                    "ads",
                    ad,
                    "statistics",
                ]
            }
        }
    }
}

/// `aggregate`: `day`, `month` or `period` (the API's default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregate {
    Day,
    Month,
    Period,
}

impl Aggregate {
    pub fn as_str(self) -> &'static str {
        match self {
            Aggregate::Day => "day",
            Aggregate::Month => "month",
            Aggregate::Period => "period",
        }
    }
}

/// `level`: the depth of the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Client,
    Campaign,
    AdSet,
    Ad,
    ChannelConnect,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Client => "client",
            Level::Campaign => "campaign",
            Level::AdSet => "adset",
            Level::Ad => "ad",
            Level::ChannelConnect => "channel_connect",
        }
    }
}

/// What to ask for. `start_date`/`end_date` are Unix timestamps (seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatsQuery {
    pub aggregate: Aggregate,
    pub start_date: Option<i64>,
    pub end_date: Option<i64>,
    pub level: Option<Level>,
}

impl StatsQuery {
    /// The whole life of the object, one row (`aggregate=period`, no dates).
    pub fn lifetime() -> StatsQuery {
        StatsQuery {
            aggregate: Aggregate::Period,
            start_date: None,
            end_date: None,
            level: None,
        }
    }
    /// `aggregate` over `[start, end]`.
    pub fn between(aggregate: Aggregate, start: i64, end: i64) -> StatsQuery {
        StatsQuery {
            aggregate,
            start_date: Some(start),
            end_date: Some(end),
            level: None,
        }
    }
    pub fn level(mut self, level: Level) -> StatsQuery {
        self.level = Some(level);
        self
    }

    /// The documented rules: `day` and `month` need both dates (read from "start_date optional
    /// if aggregate is period"; see README), a `start_date` needs an `end_date`, and the end
    /// is not before the start.
    pub fn validate(&self) -> Result<()> {
        let mut fields = Vec::new();
        if self.aggregate != Aggregate::Period {
            let which = self.aggregate.as_str();
            if self.start_date.is_none() {
                fields.push(FieldError::new(
                    "start_date",
                    format!("required for aggregate={which}"),
                ));
            }
            if self.end_date.is_none() {
                fields.push(FieldError::new(
                    "end_date",
                    format!("required for aggregate={which}"),
                ));
            }
        }
        match (self.start_date, self.end_date) {
            (Some(_), None) if self.aggregate == Aggregate::Period => {
                fields.push(FieldError::new(
                    "end_date",
                    "required when start_date is given",
                ));
            }
            (None, Some(_)) if self.aggregate == Aggregate::Period => {
                fields.push(FieldError::new(
                    "start_date",
                    "required when end_date is given",
                ));
            }
            (Some(s), Some(e)) if e < s => {
                fields.push(FieldError::new("end_date", "must not be before start_date"));
            }
            _ => {}
        }
        if fields.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid { fields })
        }
    }

    fn query(&self) -> Vec<(&'static str, String)> {
        let mut q = vec![("aggregate", self.aggregate.as_str().to_string())];
        if let Some(s) = self.start_date {
            q.push(("start_date", s.to_string()));
        }
        if let Some(e) = self.end_date {
            q.push(("end_date", e.to_string()));
        }
        if let Some(l) = self.level {
            q.push(("level", l.as_str().to_string()));
        }
        q
    }
}

/// One entry of `main_metrics`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MainMetric {
    pub name: String,
    #[serde(deserialize_with = "de::decimal")]
    pub amount: Decimal,
    #[serde(deserialize_with = "de::u64")]
    pub number: u64,
    #[serde(default)]
    pub object_id: String,
}

/// One statistics row. `date` and `id` are not in the reference's example (see README): we
/// read them when present (the sandbox sends them) and leave them None otherwise.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StatsRow {
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default, deserialize_with = "de::opt_id")]
    pub id: Option<String>,
    #[serde(deserialize_with = "de::decimal")]
    pub ctr: Decimal,
    #[serde(rename = "ctrLinks", deserialize_with = "de::decimal")]
    pub ctr_links: Decimal,
    #[serde(rename = "convRate", deserialize_with = "de::decimal")]
    pub conv_rate: Decimal,
    #[serde(rename = "convRateLinks", deserialize_with = "de::decimal")]
    pub conv_rate_links: Decimal,
    #[serde(deserialize_with = "de::decimal")]
    pub cpc: Decimal,
    #[serde(deserialize_with = "de::decimal")]
    pub cpm: Decimal,
    #[serde(deserialize_with = "de::decimal")]
    pub cpa: Decimal,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub income: Option<Decimal>,
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub roi: Option<Decimal>,
    #[serde(default)]
    pub main_metrics: Vec<MainMetric>,
    #[serde(default)]
    pub other_metrics: Vec<serde_json::Value>,
    #[serde(deserialize_with = "de::u64")]
    pub impression: u64,
    #[serde(deserialize_with = "de::u64")]
    pub click: u64,
    #[serde(deserialize_with = "de::decimal")]
    pub spent: Decimal,
}

impl StatsRow {
    /// The `main_metrics` entry called `name` (`link_click`, `video_view`, ...).
    pub fn metric(&self, name: &str) -> Option<&MainMetric> {
        self.main_metrics.iter().find(|m| m.name == name)
    }
}

impl Client {
    /// One page of `GET .../statistics`.
    pub async fn statistics(
        &self,
        of: &StatsOf,
        query: &StatsQuery,
        req: PageRequest,
    ) -> Result<Page<StatsRow>> {
        query.validate()?;
        let call = Call::new(Method::GET, &of.path())
            .query(query.query())
            .query(req.query());
        self.exchange(call, |a| page(self, &a)).await
    }

    /// Every row, all pages.
    pub async fn all_statistics(&self, of: &StatsOf, query: &StatsQuery) -> Result<Vec<StatsRow>> {
        query.validate()?;
        walk(DEFAULT_LIMIT, |r| self.statistics(of, query, r)).await
    }
}
