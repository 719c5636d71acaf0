//! Portfolio aggregation speed: 1,000 campaigns × 365 days (issue 15's target: under 5 ms), and
//! one campaign's 365-day report.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};
use crescendo_core::analytics::{portfolio, report, DateRange, PortfolioEntry};
use crescendo_core::domain::{
    Campaign, CampaignState, CountryStat, DailyStat, DailyStats, Objective, ProviderKind, Schedule,
    Status, TargetingSummary,
};
use crescendo_core::money::Money;
use criterion::{criterion_group, criterion_main, Criterion};
use rust_decimal::Decimal;
use std::hint::black_box;

const CURRENCIES: [&str; 4] = ["USD", "MXN", "INR", "JPY"];

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
}

fn campaign(i: usize) -> (Campaign, DailyStats, Vec<CountryStat>) {
    let cur = CURRENCIES[i % CURRENCIES.len()];
    let start: DateTime<Utc> = "2025-01-01T05:00:00Z".parse().unwrap();
    let c = Campaign {
        id: format!("c{i}"),
        provider: ProviderKind::Symphony,
        name: format!("Campaign {i}"),
        objective: Objective {
            code: ["record_streams", "link_clicks", "grow_instagram"][i % 3].into(),
            label: "Type".into(),
        },
        status: Status::new(CampaignState::Active, "ACTIVE"),
        budget: Money::new(Decimal::from(36_500 + i as i64), cur),
        schedule: Schedule {
            start,
            end: Some(start + Duration::days(365)),
        },
        daily_budget: None,
        targeting: TargetingSummary::default(),
    };
    let mut reach = 0;
    let days = (0..365)
        .map(|d| {
            reach += 50 + (d % 7) as u64;
            DailyStat {
                date: first_day() + Duration::days(d),
                // 12.34 + a few cents: exact decimals with minor digits (whole yen for JPY).
                spend: Money::new(Decimal::new(1234 + (d % 97), 2), cur),
                impressions: 1000 + (d as u64 * 13) % 500,
                reach_to_date: reach,
                clicks: 10 + (d as u64 * 7) % 40,
                conversions: (d as u64) % 3,
            }
        })
        .collect();
    let countries = ["US", "MX", "IN", "JP"]
        .iter()
        .map(|code| CountryStat {
            code: (*code).into(),
            name: (*code).into(),
            spend: Money::new(Decimal::new(100_000, 2), cur),
            reach: 1000,
            impressions: 5000,
            clicks: 100,
        })
        .collect();
    (c, DailyStats { days, skipped: 0 }, countries)
}

fn bench(c: &mut Criterion) {
    let data: Vec<_> = (0..1000).map(campaign).collect();
    let entries: Vec<PortfolioEntry> = data
        .iter()
        .map(|(campaign, stats, countries)| PortfolioEntry {
            campaign,
            stats,
            brand: "Brand",
            countries,
        })
        .collect();
    let year = DateRange::new(first_day(), first_day() + Duration::days(364)).unwrap();
    // The floor on this machine: reading three fields of every row once, nothing else.
    c.bench_function("baseline: read 1000 x 365 rows once", |b| {
        b.iter(|| {
            let (mut n, mut minor) = (0u64, 0i128);
            for (_, s, _) in black_box(&data) {
                for d in &s.days {
                    n += d.impressions + d.clicks;
                    minor += d.spend.amount.mantissa();
                }
            }
            (n, minor)
        })
    });
    c.bench_function("portfolio 1000 campaigns x 365 days", |b| {
        b.iter(|| portfolio(black_box(&entries), black_box(year)))
    });
    let offset = FixedOffset::west_opt(8 * 3600).unwrap();
    let (one, stats, _) = &data[0];
    c.bench_function("report 1 campaign x 365 days", |b| {
        b.iter(|| report(black_box(one), black_box(stats), year, offset, year.last))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
