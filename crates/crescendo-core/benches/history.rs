//! The campaign page from the local history (issue 15: on screen within 150 ms of opening when
//! its data is cached): reading a kept campaign with 365 kept days from SQLite and building the
//! whole page (report, five charts), and keeping a fresh answer (one transaction, fsynced).

use chrono::{DateTime, Duration, NaiveDate, Utc};
use crescendo_core::campaign_page::kept_page_at;
use crescendo_core::domain::breakdown::CampaignAnalytics;
use crescendo_core::domain::{
    Campaign, CampaignState, DailyStat, DailyStats, Objective, ProviderKind, Schedule, Status,
    TargetingSummary,
};
use crescendo_core::history::History;
use crescendo_core::money::Money;
use crescendo_core::store::Store;
use criterion::{criterion_group, criterion_main, Criterion};
use rust_decimal::Decimal;
use std::sync::Arc;

fn data() -> (Campaign, CampaignAnalytics) {
    let start: DateTime<Utc> = "2025-01-01T05:00:00Z".parse().unwrap();
    let c = Campaign {
        id: "5001".into(),
        provider: ProviderKind::Symphony,
        name: "Midnight Drive — release push".into(),
        objective: Objective {
            code: "record_streams".into(),
            label: "Music streams".into(),
        },
        status: Status::new(CampaignState::Active, "ACTIVE"),
        budget: Money::new(Decimal::from(36_500), "USD"),
        schedule: Schedule {
            start,
            end: Some(start + Duration::days(365)),
        },
        daily_budget: None,
        targeting: TargetingSummary::default(),
    };
    let first = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let mut reach = 0;
    let days = (0..365)
        .map(|d| {
            reach += 50 + (d % 7) as u64;
            DailyStat {
                date: first + Duration::days(d),
                spend: Money::new(Decimal::new(1234 + (d % 97), 2), "USD"),
                impressions: 1000 + (d as u64 * 13) % 500,
                reach_to_date: reach,
                clicks: 10 + (d as u64 * 7) % 40,
                conversions: (d as u64) % 3,
            }
        })
        .collect();
    let a = CampaignAnalytics {
        days: DailyStats { days, skipped: 0 },
        countries: Vec::new(),
        creatives: Vec::new(),
        platform_campaigns: Vec::new(),
        platform_ads: Vec::new(),
        account: None,
        issues: vec![],
        ad_sets: Vec::new(),
    };
    (c, a)
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path()).unwrap());
    let h = History::new(store, "bench");
    let (campaign, analytics) = data();
    let now: DateTime<Utc> = "2026-01-02T12:00:00Z".parse().unwrap();
    let _ = h.keep_page(&campaign, analytics.clone(), now);
    c.bench_function(
        "kept campaign page (365 days): read + build + 5 charts",
        |b| {
            b.iter(|| {
                kept_page_at(&h, "5001", None, "en-US", now)
                    .unwrap()
                    .unwrap()
            })
        },
    );
    c.bench_function("keep a campaign page's answer (365 days, fsynced)", |b| {
        b.iter(|| h.keep_page(&campaign, analytics.clone(), now))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
