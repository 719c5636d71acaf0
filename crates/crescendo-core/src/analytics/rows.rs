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
        let code = cur.code.as_bytes();
        let mut days: Vec<&DailyStat> = Vec::with_capacity(stats.days.len());
        for d in &stats.days {
            // Three bytes: compared inline rather than through memcmp (the portfolio's hot loop).
            let c = d.spend.currency.as_bytes();
            if c.len() == code.len() && c.iter().zip(code).all(|(a, b)| a == b) {
                days.push(d);
            } else {
                left_out += 1;
            }
        }
        // Stable: of two rows for one date, the provider's first stays first. Providers send
        // them sorted already: checking is cheaper than sorting.
        if !days.is_sorted_by_key(|d| d.date) {
            days.sort_by_key(|d| d.date);
        }
        let before = days.len();
        days.dedup_by_key(|d| d.date);
        left_out += (before - days.len()) as u64;
        Rows { days, left_out }
    }

    /// Whether the rows are as providers send them: sorted, one per date, all in `cur`. Such
    /// rows can be read in place (the portfolio's fast path), with the same result as `new`.
    pub fn clean(stats: &DailyStats, cur: &Cur) -> bool {
        let code = cur.code.as_bytes();
        let mut before = None;
        stats.days.iter().all(|d| {
            let c = d.spend.currency.as_bytes();
            let ok = c.len() == code.len()
                && c.iter().zip(code).all(|(a, b)| a == b)
                && before.is_none_or(|b| b < d.date);
            before = Some(d.date);
            ok
        })
    }

    /// The rows dated inside `range`.
    pub fn within(&self, range: DateRange) -> &[&'a DailyStat] {
        let lo = self.days.partition_point(|d| d.date < range.first);
        let hi = self.days.partition_point(|d| d.date <= range.last);
        &self.days[lo..hi.max(lo)]
    }
}

/// An exact running total of money. Amounts at one scale (a currency's minor unit, as every
/// [`crate::money::Money`] of a currency holds them) add as integers of minor units in i128, several
/// times faster than `Decimal` addition; an amount at another scale adds as `Decimal`. Both are
/// exact; nothing goes through a float.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Total {
    minor: i128,
    scale: Option<u32>,
    other: Decimal,
}

impl Total {
    // Inlined into the portfolio's per-row loop (a call per row was a quarter of its time).
    #[inline]
    pub fn add(&mut self, v: Decimal) {
        match self.scale {
            Some(s) if s == v.scale() => self.minor = self.minor.saturating_add(v.mantissa()),
            Some(_) => self.other = self.other.saturating_add(v),
            None => {
                self.scale = Some(v.scale());
                self.minor = v.mantissa();
            }
        }
    }

    pub fn merge(&mut self, o: &Total) {
        match (self.scale, o.scale) {
            (_, None) => {}
            (None, Some(s)) => {
                self.scale = Some(s);
                self.minor = o.minor;
            }
            (Some(a), Some(b)) if a == b => self.minor = self.minor.saturating_add(o.minor),
            (Some(_), Some(_)) => self.other = self.other.saturating_add(o.integers()),
        }
        self.other = self.other.saturating_add(o.other);
    }

    fn integers(&self) -> Decimal {
        let Some(scale) = self.scale else {
            return Decimal::ZERO;
        };
        // Beyond Decimal's 96 bits (≈7.9e28 minor units) no amount is real: saturate.
        Decimal::try_from_i128_with_scale(self.minor, scale).unwrap_or(if self.minor < 0 {
            Decimal::MIN
        } else {
            Decimal::MAX
        })
    }

    pub fn value(&self) -> Decimal {
        self.integers().saturating_add(self.other)
    }
}

/// Exact totals of some days. Reach is not summed: it is the latest row's `reach_to_date`.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Sums {
    pub total: Total,
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
    #[inline]
    pub fn add(&mut self, d: &DailyStat) {
        self.total.add(d.spend.amount);
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

    pub fn spend(&self) -> Decimal {
        self.total.value()
    }

    pub fn has_data(&self) -> bool {
        self.days > 0
    }
}

#[cfg(test)]
mod tests {
    use super::Total;
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn totals_are_exact_across_scales_and_merges() {
        let mut a = Total::default();
        assert_eq!(a.value(), Decimal::ZERO);
        // 0.10 + 0.20 + 0.005 (another scale) + 7 (scale 0) = 7.305, exactly.
        for v in ["0.10", "0.20", "0.005", "7"] {
            a.add(d(v));
        }
        assert_eq!(a.value(), d("7.305"));
        let mut b = Total::default();
        b.add(d("1000000000000.01"));
        b.add(d("-0.02"));
        // Merging: 7.305 + 999999999999.99 = 1000000000007.295
        let mut c = a;
        c.merge(&b);
        assert_eq!(c.value(), d("1000000000007.295"));
        // A total at scale 0 merged into one at scale 2 keeps both parts.
        let mut y = Total::default();
        y.add(d("1500"));
        let mut u = Total::default();
        u.add(d("0.50"));
        u.merge(&y);
        assert_eq!(u.value(), d("1500.50"));
        let mut e = Total::default();
        e.merge(&Total::default());
        assert_eq!(e.value(), Decimal::ZERO);
    }
}
