//! Hand-computed fixtures for the analytics: campaigns in USD, MXN, INR and JPY, accounts in
//! UTC-8 and UTC+9, a day without a row (gap), a paused stretch (rows of zero). Every expected
//! value in these tests is written with its arithmetic beside it.

mod export;
mod history;
mod kpis;
mod pacing;
mod portfolio;
mod range;
mod report;

use crate::domain::{
    Campaign, CampaignState, CountryStat, DailyStat, DailyStats, Objective, ProviderKind, Schedule,
    Status, TargetingSummary,
};
use crate::money::Money;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use rust_decimal::Decimal;

pub fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// A day of 2026.
pub fn day(m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, dd).unwrap()
}

pub fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

pub fn west8() -> FixedOffset {
    FixedOffset::west_opt(8 * 3600).unwrap()
}

pub fn east9() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

pub fn m(amount: &str, cur: &str) -> Money {
    Money::new(d(amount), cur)
}

pub fn campaign(
    id: &str,
    objective: &str,
    budget: Money,
    start: &str,
    end: Option<&str>,
) -> Campaign {
    Campaign {
        id: id.into(),
        provider: ProviderKind::Symphony,
        name: format!("Campaign {id}"),
        objective: Objective {
            code: objective.into(),
            label: crate::domain::status::readable(objective),
        },
        status: Status::new(CampaignState::Active, "ACTIVE"),
        budget,
        schedule: Schedule {
            start: at(start),
            end: end.map(at),
        },
        daily_budget: None,
        targeting: TargetingSummary::default(),
    }
}

/// (date, spend, impressions, reach to date, clicks, conversions)
pub fn row(date: NaiveDate, spend: &str, cur: &str, n: [u64; 4]) -> DailyStat {
    DailyStat {
        date,
        spend: m(spend, cur),
        impressions: n[0],
        reach_to_date: n[1],
        clicks: n[2],
        conversions: n[3],
    }
}

pub fn stats(days: Vec<DailyStat>) -> DailyStats {
    DailyStats { days, skipped: 0 }
}

pub fn country(code: &str, spend: Money, n: [u64; 3]) -> CountryStat {
    CountryStat {
        code: code.into(),
        name: format!("Country {code}"),
        spend,
        reach: n[0],
        impressions: n[1],
        clicks: n[2],
    }
}

pub struct Fixture {
    pub campaign: Campaign,
    pub stats: DailyStats,
    pub countries: Vec<CountryStat>,
    pub offset: FixedOffset,
}

/// A: USD, account UTC-8. Budget 1000.00 over exactly 10 budget days: Mar 1 05:00Z (Feb 28
/// 21:00 local) to Mar 11 05:00Z. Feb 28..Mar 6 rows; Mar 3 has no row (gap); Mar 4-5 paused
/// (rows of zero).
pub fn usd() -> Fixture {
    let u = "USD";
    Fixture {
        campaign: campaign(
            "A",
            "record_streams",
            m("1000", u),
            "2026-03-01T05:00:00Z",
            Some("2026-03-11T05:00:00Z"),
        ),
        stats: stats(vec![
            row(day(2, 28), "10.00", u, [1000, 800, 10, 0]),
            row(day(3, 1), "120.50", u, [12000, 9000, 150, 3]),
            row(day(3, 2), "99.99", u, [10000, 15000, 100, 2]),
            row(day(3, 4), "0.00", u, [0, 15000, 0, 0]),
            row(day(3, 5), "0.00", u, [0, 15000, 0, 0]),
            row(day(3, 6), "130.01", u, [13001, 20000, 121, 1]),
        ]),
        countries: vec![
            country("US", m("300.00", u), [15000, 30000, 300]),
            country("MX", m("50.50", u), [5000, 5001, 71]),
        ],
        offset: west8(),
    }
}

/// B: JPY (no minor unit), account UTC+9. Budget ¥50000 over 5 budget days: Mar 1 20:00Z
/// (Mar 2 05:00 local) to Mar 6 20:00Z.
pub fn jpy() -> Fixture {
    let y = "JPY";
    Fixture {
        campaign: campaign(
            "B",
            "record_streams",
            m("50000", y),
            "2026-03-01T20:00:00Z",
            Some("2026-03-06T20:00:00Z"),
        ),
        stats: stats(vec![
            row(day(3, 2), "7000", y, [20000, 15000, 300, 5]),
            row(day(3, 3), "9999", y, [25000, 30000, 333, 0]),
            row(day(3, 4), "10001", y, [24000, 41000, 317, 4]),
        ]),
        countries: vec![country("JP", m("27000", y), [41000, 69000, 950])],
        offset: east9(),
    }
}

/// C: MXN, account UTC-8, open-ended (no pacing).
pub fn mxn() -> Fixture {
    let x = "MXN";
    Fixture {
        campaign: campaign(
            "C",
            "link_clicks",
            m("5000", x),
            "2026-02-20T06:00:00Z",
            None,
        ),
        stats: stats(vec![
            row(day(3, 1), "250.25", x, [5000, 4000, 120, 0]),
            row(day(3, 2), "249.75", x, [5000, 7000, 80, 0]),
        ]),
        countries: vec![country("MX", m("500.00", x), [7000, 10000, 200])],
        offset: west8(),
    }
}

/// D: INR, account UTC-8, budget 20000.00 over 20 budget days from Mar 1 05:00Z; overspending.
pub fn inr() -> Fixture {
    let i = "INR";
    Fixture {
        campaign: campaign(
            "D",
            "record_streams",
            m("20000", i),
            "2026-03-01T05:00:00Z",
            Some("2026-03-21T05:00:00Z"),
        ),
        stats: stats(vec![
            row(day(3, 1), "1000.00", i, [40000, 30000, 200, 10]),
            row(day(3, 2), "3000.00", i, [50000, 60000, 350, 12]),
        ]),
        countries: vec![],
        offset: west8(),
    }
}

/// E: USD, cheap clicks but only 600 impressions (too few to be ranked by CTR).
pub fn usd_small() -> Fixture {
    let u = "USD";
    Fixture {
        campaign: campaign(
            "E",
            "link_clicks",
            m("100", u),
            "2026-03-01T05:00:00Z",
            Some("2026-03-05T05:00:00Z"),
        ),
        stats: stats(vec![row(day(3, 2), "5.00", u, [600, 500, 150, 0])]),
        countries: vec![country("US", m("5.00", u), [500, 600, 150])],
        offset: west8(),
    }
}

/// F: USD, one click for 50.00 (too few clicks to be ranked by CPC).
pub fn usd_tiny() -> Fixture {
    let u = "USD";
    Fixture {
        campaign: campaign(
            "F",
            "link_clicks",
            m("200", u),
            "2026-03-01T05:00:00Z",
            Some("2026-03-11T05:00:00Z"),
        ),
        stats: stats(vec![row(day(3, 6), "50.00", u, [5000, 4000, 1, 0])]),
        countries: vec![],
        offset: west8(),
    }
}

pub fn all() -> Vec<Fixture> {
    vec![usd(), jpy(), mxn(), inr(), usd_small(), usd_tiny()]
}
