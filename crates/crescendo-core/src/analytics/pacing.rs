//! Pacing: is a campaign spending its lifetime budget evenly over its days?
//!
//! Days are counted as the budget counts them ([`Schedule::days`]: started 24-hour periods from
//! the start instant, a started one counting whole). The ideal spend at the end of an account's
//! day is `budget × elapsed budget days / total budget days`. Pacing is read at the end of the
//! last complete day (`today − 1` in the account's zone): today's row is still filling, and
//! comparing it with a whole day's share would call every campaign "under" each morning.

use super::rows::{Rows, Sums};
use super::{Cur, DateRange};
use crate::domain::{Campaign, DailyStats, Schedule};
use crate::money::Money;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

/// Spend within ±10% of the ideal is on pace.
pub const PACE_TOLERANCE_PCT: u32 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaceVerdict {
    /// No budget day has ended yet: nothing to compare.
    NotStarted,
    /// Spent less than the ideal by more than the tolerance.
    Under,
    On,
    /// Spent more than the ideal by more than the tolerance.
    Over,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Pacing {
    /// The last complete day (today − 1, account's zone): the figures below are at its end.
    #[ts(type = "string")]
    pub as_of: NaiveDate,
    /// Budget days of the whole schedule.
    #[ts(type = "number")]
    pub total_days: i64,
    /// Budget days started by the end of `as_of` (0..=total_days).
    #[ts(type = "number")]
    pub elapsed_days: i64,
    pub budget: Money,
    /// budget × elapsed_days / total_days.
    pub ideal_to_date: Money,
    /// Spend of every row dated up to `as_of`.
    pub actual_to_date: Money,
    /// The average daily spend so far (actual / elapsed days) kept up to the end:
    /// actual × total_days / elapsed_days. None before a day has elapsed.
    pub projected_at_end: Option<Money>,
    pub verdict: PaceVerdict,
    /// See [`PACE_TOLERANCE_PCT`].
    pub tolerance_pct: u32,
}

/// The instant an account's day ends (the next day's local midnight), in UTC.
fn end_of_day(day: NaiveDate, offset: FixedOffset) -> Option<DateTime<Utc>> {
    let midnight = (day + Duration::days(1)).and_hms_opt(0, 0, 0)?;
    offset
        .from_local_datetime(&midnight)
        .single()
        .map(|t| t.with_timezone(&Utc))
}

/// Budget days started by the end of `day`, capped at the schedule's; None for a schedule
/// without an end or without days.
fn elapsed_days(schedule: &Schedule, offset: FixedOffset, day: NaiveDate) -> Option<(i64, i64)> {
    let total = schedule.days().filter(|t| *t > 0)?;
    let until = end_of_day(day, offset)?;
    let elapsed = Schedule {
        start: schedule.start,
        end: Some(until),
    }
    .days()
    .unwrap_or(0);
    Some((elapsed.clamp(0, total), total))
}

fn ideal_exact(budget: &Money, elapsed: i64, total: i64) -> Decimal {
    budget.amount * Decimal::from(elapsed) / Decimal::from(total)
}

/// The ideal cumulative spend at the end of `day` (rounded to the minor unit); None for an
/// open-ended campaign. The chart's ideal line and [`Pacing::ideal_to_date`] both come from here.
pub fn ideal_to_date(
    budget: &Money,
    schedule: &Schedule,
    offset: FixedOffset,
    day: NaiveDate,
) -> Option<Money> {
    let (elapsed, total) = elapsed_days(schedule, offset, day)?;
    Some(Cur::of(budget).money(ideal_exact(budget, elapsed, total)))
}

/// Pacing at the end of `today − 1`; None for an open-ended campaign (no end, no even pace).
pub fn pacing(
    campaign: &Campaign,
    stats: &DailyStats,
    offset: FixedOffset,
    today: NaiveDate,
) -> Option<Pacing> {
    let cur = Cur::of(&campaign.budget);
    pacing_of(campaign, &cur, &Rows::new(stats, &cur), offset, today)
}

pub(crate) fn pacing_of(
    campaign: &Campaign,
    cur: &Cur,
    rows: &Rows,
    offset: FixedOffset,
    today: NaiveDate,
) -> Option<Pacing> {
    let as_of = today - Duration::days(1);
    let (elapsed, total) = elapsed_days(&campaign.schedule, offset, as_of)?;
    let budget = &campaign.budget;
    let upto = DateRange {
        first: NaiveDate::MIN,
        last: as_of,
    };
    let actual = Sums::of(rows.within(upto)).spend();
    let ideal = ideal_exact(budget, elapsed, total);
    let tol = Decimal::from(PACE_TOLERANCE_PCT);
    let verdict = if elapsed == 0 || ideal.is_zero() {
        PaceVerdict::NotStarted
    } else if actual * Decimal::ONE_HUNDRED < ideal * (Decimal::ONE_HUNDRED - tol) {
        PaceVerdict::Under
    } else if actual * Decimal::ONE_HUNDRED > ideal * (Decimal::ONE_HUNDRED + tol) {
        PaceVerdict::Over
    } else {
        PaceVerdict::On
    };
    Some(Pacing {
        as_of,
        total_days: total,
        elapsed_days: elapsed,
        budget: budget.clone(),
        ideal_to_date: cur.money(ideal),
        actual_to_date: cur.money(actual),
        projected_at_end: (elapsed > 0)
            .then(|| cur.money(actual * Decimal::from(total) / Decimal::from(elapsed))),
        verdict,
        tolerance_pct: PACE_TOLERANCE_PCT,
    })
}
