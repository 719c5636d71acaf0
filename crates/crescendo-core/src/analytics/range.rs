//! Date ranges of the ad account's days, and a campaign's days in its account's time zone.

use crate::domain::Schedule;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Days `first..=last` (both included), in the ad account's time zone. Read from the UI through
/// [`DateRange::new`]'s check: a reversed range is refused, never silently empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DateRange {
    #[ts(type = "string")]
    pub first: NaiveDate,
    #[ts(type = "string")]
    pub last: NaiveDate,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawRange {
    first: NaiveDate,
    last: NaiveDate,
}

// By hand rather than `#[serde(try_from)]`, which ts-rs cannot read.
impl<'de> Deserialize<'de> for DateRange {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = RawRange::deserialize(d)?;
        DateRange::new(r.first, r.last).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    #[error("the range ends ({last}) before it starts ({first})")]
    Reversed { first: NaiveDate, last: NaiveDate },
}

impl DateRange {
    pub fn new(first: NaiveDate, last: NaiveDate) -> Result<DateRange, RangeError> {
        if last < first {
            return Err(RangeError::Reversed { first, last });
        }
        Ok(DateRange { first, last })
    }

    /// Number of days, both ends included (a one-day range has 1).
    pub fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.first <= d && d <= self.last
    }

    /// The period of the same length that ends the day before this one starts.
    pub fn previous(&self) -> DateRange {
        let last = self.first - Duration::days(1);
        DateRange {
            first: last - Duration::days(self.days() - 1),
            last,
        }
    }

    /// Every day of the range, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = NaiveDate> {
        let first = self.first;
        (0..self.days()).map(move |i| first + Duration::days(i))
    }

    /// Position of `d` in the range (0 for `first`), None outside it.
    pub fn index(&self, d: NaiveDate) -> Option<usize> {
        if self.contains(d) {
            usize::try_from((d - self.first).num_days()).ok()
        } else {
            None
        }
    }
}

/// The ad account's day of an instant.
pub fn local_day(instant: DateTime<Utc>, offset: FixedOffset) -> NaiveDate {
    instant.with_timezone(&offset).date_naive()
}

/// The account's days a campaign runs on: from the day of its start to the day of its last
/// instant (an end at local midnight ends the day before). An open-ended campaign runs until
/// `today` (the account's day); one that has not started yet, or an end at or before its start,
/// gives the start day alone.
pub fn campaign_days(schedule: &Schedule, offset: FixedOffset, today: NaiveDate) -> DateRange {
    let first = local_day(schedule.start, offset);
    let last = match schedule.end {
        Some(end) if end > schedule.start => local_day(end - Duration::nanoseconds(1), offset),
        Some(_) => first,
        None => today,
    };
    DateRange {
        first,
        last: last.max(first),
    }
}
