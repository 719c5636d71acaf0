//! Daily statistics, the same for every provider: the day in the ad account's time zone,
//! spend as exact money, counts as integers.

use crate::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DailyStat {
    /// The day, in the ad account's time zone (not the viewer's).
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// Spent on this day.
    pub spend: Money,
    #[ts(type = "number")]
    pub impressions: u64,
    /// Unique people reached from the start to this day (reach does not add up across days).
    #[ts(type = "number")]
    pub reach_to_date: u64,
    #[ts(type = "number")]
    pub clicks: u64,
    #[ts(type = "number")]
    pub conversions: u64,
}

/// A campaign's days, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DailyStats {
    pub days: Vec<DailyStat>,
    /// Rows the provider sent that could not be read (skipped, never guessed).
    #[ts(type = "number")]
    pub skipped: u64,
}
