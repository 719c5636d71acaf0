//! A campaign's rows made ready to count: in its budget's currency, sorted, one per day.

use super::{Cur, DateRange};
use crate::domain::{DailyStat, DailyStats};
use rust_decimal::Decimal;

/// A campaign's usable rows, oldest first, one per date.
pub(crate) struct Rows<'a> {
    pub days: Vec<&'a DailyStat>,
    /// Rows not counted: the provider's unreadable ones, rows in another currency than the
    /// budget's (never summed with it), and repeats of a date (the first one counts).
    pub left_out: u64,
}

impl<'a> Rows<'a> {
    pub fn new(stats: &'a DailyStats, cur: &Cur) -> Rows<'a> {
        let mut left_out = stats.skipped;
        let mut days: Vec<&DailyStat> = Vec::with_capacity(stats.days.len());
        for d in &stats.days {
            if d.spend.currency == cur.code {
                days.push(d);
            } else {
                left_out += 1;
            }
        }
        // Stable: of two rows for one date, the provider's first stays first.
        days.sort_by_key(|d| d.date);
        let before = days.len();
        days.dedup_by_key(|d| d.date);
        left_out += (before - days.len()) as u64;
        Rows { days, left_out }
    }

    /// The rows dated inside `range`.
    pub fn within(&self, range: DateRange) -> &[&'a DailyStat] {
        let lo = self.days.partition_point(|d| d.date < range.first);
        let hi = self.days.partition_point(|d| d.date <= range.last);
        &self.days[lo..hi.max(lo)]
    }
}

/// Exact totals of some days. Reach is not summed: it is the latest row's `reach_to_date`.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Sums {
    pub spend: Decimal,
    pub impressions: u64,
    pub clicks: u64,
    pub conversions: u64,
    /// Cumulative unique reach at the latest counted day.
    pub reach_to_date: Option<u64>,
    /// Rows counted.
    pub days: u64,
}

impl Sums {
    /// Adds one day; days must come oldest first (the latest one's reach is kept).
    pub fn add(&mut self, d: &DailyStat) {
        self.spend += d.spend.amount;
        self.impressions = self.impressions.saturating_add(d.impressions);
        self.clicks = self.clicks.saturating_add(d.clicks);
        self.conversions = self.conversions.saturating_add(d.conversions);
        self.reach_to_date = Some(d.reach_to_date);
        self.days += 1;
    }

    pub fn of(days: &[&DailyStat]) -> Sums {
        let mut s = Sums::default();
        for d in days {
            s.add(d);
        }
        s
    }

    pub fn has_data(&self) -> bool {
        self.days > 0
    }
}
