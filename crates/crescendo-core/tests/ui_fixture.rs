//! The campaign page's browser tests answer `campaign_detail` with a CampaignDetail that core
//! itself built (charts and all), kept in ui/tests/browser/fixtures/. This test fails when that
//! file is stale; `UPDATE_BINDINGS=1` rewrites it (as for the bindings).

use chrono::{NaiveDate, TimeZone, Utc};
use crescendo_core::domain::breakdown::{AccountHealth, CampaignAnalytics, PlatformEntity};
use crescendo_core::domain::{
    Campaign, CampaignMarket, CampaignState, CountryStat, CreativeStat, DailyStat, DailyStats,
    MarketLocation, Objective, PlaceKind, ProviderKind, Schedule, Status, TargetingSummary,
};
use crescendo_core::money::Money;
use crescendo_core::{analytics, campaign_page, portfolio_page};

fn usd(s: &str) -> Money {
    Money::new(s.parse().unwrap_or_default(), "USD")
}

fn campaign(
    id: &str,
    name: &str,
    code: &str,
    label: &str,
    budget: Money,
    state: CampaignState,
) -> Campaign {
    let at = |m, d| {
        Utc.with_ymd_and_hms(2026, m, d, 0, 0, 0)
            .single()
            .unwrap_or_default()
    };
    Campaign {
        id: id.into(),
        provider: ProviderKind::Symphony,
        name: name.into(),
        objective: Objective {
            code: code.into(),
            label: label.into(),
        },
        status: Status::new(state, "ACTIVE"),
        budget,
        daily_budget: None,
        schedule: Schedule {
            start: at(10, 1),
            end: Some(at(12, 31)),
        },
        targeting: TargetingSummary::default(),
    }
}

fn days(cur: &str, scale: u32) -> DailyStats {
    let days = (1..=28u32)
        .map(|d| DailyStat {
            date: NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default(),
            spend: Money::new(
                format!("{}.{:02}", scale * (20 + d % 9), (d * 7) % 100)
                    .parse()
                    .unwrap_or_default(),
                cur,
            ),
            impressions: u64::from(scale * (3000 + d * 41 % 700)),
            reach_to_date: u64::from(scale * 2500 * d.min(21)),
            clicks: u64::from(scale * (30 + d * 13 % 25)),
            conversions: u64::from(d % 3),
        })
        .collect();
    DailyStats { days, skipped: 0 }
}

fn with(stats: DailyStats, countries: Vec<CountryStat>) -> CampaignAnalytics {
    CampaignAnalytics {
        days: stats,
        countries,
        creatives: vec![],
        platform_campaigns: vec![],
        platform_ads: vec![],
        account: None,
        issues: vec![],
        ad_sets: Vec::new(),
    }
}

fn portfolio() -> String {
    let mxn = |s: &str| Money::new(s.parse().unwrap_or_default(), "MXN");
    let read = vec![
        (
            campaign(
                "5001",
                "Midnight Drive — release push",
                "record_streams",
                "Music streams",
                usd("3600"),
                CampaignState::Active,
            ),
            with(
                days("USD", 1),
                vec![CountryStat {
                    code: "US".into(),
                    name: "United States".into(),
                    spend: usd("512.40"),
                    reach: 41000,
                    impressions: 80500,
                    clicks: 1100,
                }],
            ),
        ),
        (
            campaign(
                "5002",
                "Tour teaser boost",
                "boost_instagram",
                "Instagram boost",
                usd("750"),
                CampaignState::Completed,
            ),
            with(
                days("USD", 2),
                vec![CountryStat {
                    code: "US".into(),
                    name: "United States".into(),
                    spend: usd("300.00"),
                    reach: 22000,
                    impressions: 50000,
                    clicks: 700,
                }],
            ),
        ),
        (
            campaign(
                "5009",
                "Corridos en vivo — streams",
                "record_streams",
                "Music streams",
                mxn("40000"),
                CampaignState::Active,
            ),
            with(
                days("MXN", 15),
                vec![CountryStat {
                    code: "MX".into(),
                    name: "Mexico".into(),
                    spend: mxn("9800.00"),
                    reach: 310000,
                    impressions: 700000,
                    clicks: 9000,
                }],
            ),
        ),
    ];
    let range = analytics::DateRange::new(
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
    )
    .expect("range");
    let at = Utc
        .with_ymd_and_hms(2026, 11, 29, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let view = portfolio_page::build(
        "Luna Vega",
        &read,
        range,
        "en-US",
        vec!["Giveaway promo: Symphony did not answer in time.".into()],
        at,
    )
    .expect("view");
    serde_json::to_string_pretty(&view).expect("json") + "\n"
}

fn detail() -> String {
    let at = |m, d, h| {
        Utc.with_ymd_and_hms(2026, m, d, h, 0, 0)
            .single()
            .unwrap_or_default()
    };
    let campaign = Campaign {
        id: "5001".into(),
        provider: ProviderKind::Symphony,
        name: "Midnight Drive — release push".into(),
        objective: Objective {
            code: "record_streams".into(),
            label: "Music streams".into(),
        },
        status: Status::new(CampaignState::Active, "ACTIVE"),
        budget: usd("3600"),
        daily_budget: None,
        schedule: Schedule {
            start: at(11, 1, 0),
            end: Some(at(12, 31, 0)),
        },
        targeting: TargetingSummary::default(),
    };
    // 28 days: a steady start, a paused stretch (rows of zero) and a missing day.
    let days = (1..=28u32)
        .filter(|d| *d != 17)
        .map(|d| {
            let paused = (12..=14).contains(&d);
            let spend = if paused { 0 } else { 40 + (d * 7) % 23 };
            DailyStat {
                date: NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default(),
                spend: usd(&format!("{spend}.{:02}", (d * 13) % 100)),
                impressions: if paused {
                    0
                } else {
                    u64::from(9000 + d * 311 % 2000)
                },
                reach_to_date: u64::from(7000 * d.min(20) + 300 * d),
                clicks: if paused {
                    0
                } else {
                    u64::from(60 + d * 17 % 40)
                },
                conversions: if paused { 0 } else { u64::from(d % 4) },
            }
        })
        .collect();
    let a = CampaignAnalytics {
        days: DailyStats { days, skipped: 0 },
        countries: vec![
            CountryStat {
                code: "US".into(),
                name: "United States".into(),
                spend: usd("612.40"),
                reach: 61000,
                impressions: 120500,
                clicks: 1500,
            },
            CountryStat {
                code: "MX".into(),
                name: "Mexico".into(),
                spend: usd("402.10"),
                reach: 52000,
                impressions: 98000,
                clicks: 1320,
            },
            CountryStat {
                code: "GB".into(),
                name: "United Kingdom".into(),
                spend: usd("190.00"),
                reach: 18000,
                impressions: 30500,
                clicks: 310,
            },
        ],
        creatives: vec![
            CreativeStat {
                format: "feed".into(),
                clicks: 1800,
                share_pct: "57.14".parse().unwrap_or_default(),
            },
            CreativeStat {
                format: "reels".into(),
                clicks: 1000,
                share_pct: "31.75".parse().unwrap_or_default(),
            },
            CreativeStat {
                format: "stories".into(),
                clicks: 350,
                share_pct: "11.11".parse().unwrap_or_default(),
            },
        ],
        platform_campaigns: vec![PlatformEntity {
            id: "6759735593886".into(),
            name: "Midnight Drive / High Engagement Markets".into(),
            status: "ACTIVE".into(),
            label: "Active".into(),
        }],
        platform_ads: vec![PlatformEntity {
            id: "6759736113486".into(),
            name: "Feed video".into(),
            status: "WITH_ISSUES".into(),
            label: "With issues".into(),
        }],
        account: Some(AccountHealth {
            good: true,
            error: None,
        }),
        issues: vec![],
        ad_sets: Vec::new(),
    };
    let loc = |key: &str, label: &str, kind, cc: &str, paused| MarketLocation {
        key: key.into(),
        label: label.into(),
        kind,
        country_code: Some(cc.into()),
        paused,
    };
    let markets = vec![
        CampaignMarket {
            id: Some("6759735593886".into()),
            name: "High Engagement Markets".into(),
            budget_share: "0.7".parse().ok(),
            locations: vec![
                loc(
                    "US",
                    "United States of America",
                    PlaceKind::Country,
                    "US",
                    false,
                ),
                loc("GB", "United Kingdom", PlaceKind::Country, "GB", false),
                loc("3847", "California", PlaceKind::Region, "US", false),
                loc("2420379", "Los Angeles", PlaceKind::City, "US", true),
            ],
        },
        CampaignMarket {
            id: Some("6759735594012".into()),
            name: "Spain".into(),
            budget_share: "0.3".parse().ok(),
            locations: vec![loc("ES", "Spain", PlaceKind::Country, "ES", false)],
        },
    ];
    let page = campaign_page::build(campaign, a, None, "en-US", at(11, 28, 15))
        .expect("page")
        .with_markets(markets);
    serde_json::to_string_pretty(&page).expect("json") + "\n"
}

fn check(file: &str, fresh: String) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../ui/tests/browser/fixtures")
        .join(file);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).expect("write fixture");
        return;
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        kept == fresh,
        "{} is stale: run UPDATE_BINDINGS=1 cargo test -p crescendo-core --test ui_fixture",
        path.display()
    );
}

#[test]
fn the_browser_tests_fixtures_are_what_core_builds() {
    check("campaign-detail.json", detail());
    check("portfolio.json", portfolio());
}

/// The query the campaigns list sends first must be the one Rust fetched at launch
/// (`session::warm`), or the launch fetch is wasted: ui's campaigns test compares to this file.
#[test]
fn the_first_campaigns_query_is_the_one_fetched_at_launch() {
    let q = crescendo_core::session::first_page_query();
    check(
        "first-page-query.json",
        serde_json::to_string_pretty(&q).expect("json") + "\n",
    );
}
