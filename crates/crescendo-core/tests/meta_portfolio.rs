//! A portfolio mixing a Symphony campaign and Meta campaigns (USD and JPY), each read over HTTP
//! from its simulator: totals stay per currency, never converted, and each equals the sum of
//! its own campaigns' days.

mod sandbox_common;
use chrono::Utc;
use crescendo_core::analytics::{portfolio, DateRange, PortfolioEntry};
use crescendo_core::domain::{Campaign, CampaignFilter, CampaignState, DailyStats};
use crescendo_core::provider::meta::MetaConnector;
use crescendo_core::provider::Connector;
use crescendo_core::WorkspaceKind;
use meta_api::{AccessToken, AdAccountId, Client, Decimal};
use meta_sandbox::{Sandbox, SandboxConfig, DEMO_TOKEN};

fn all() -> CampaignFilter {
    CampaignFilter {
        limit: 100,
        ..CampaignFilter::default()
    }
}

async fn first_active(c: &Connector, currency: &str) -> (Campaign, DailyStats) {
    let list = c.all_campaigns(&all()).await.expect("list");
    for camp in list {
        if camp.budget.currency == currency && camp.status.state == CampaignState::Active {
            let stats = c.daily_stats(&camp.id).await.expect("stats");
            if !stats.days.is_empty() {
                return (camp, stats);
            }
        }
    }
    panic!("no active {currency} campaign with days");
}

fn spend_in(stats: &DailyStats, range: DateRange) -> Decimal {
    stats
        .days
        .iter()
        .filter(|d| range.contains(d.date))
        .map(|d| d.spend.amount)
        .sum()
}

#[tokio::test]
async fn totals_stay_per_currency_across_providers() {
    let (_symphony, ws) = sandbox_common::start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let sym = ws.connector();
    let (sym_c, sym_s) = first_active(&sym, "USD").await;

    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("meta sandbox");
    let meta = |account: &str| {
        let client = Client::builder(&sb.base_url(), AccessToken::new(DEMO_TOKEN).expect("token"))
            .build()
            .expect("client");
        Connector::Meta(MetaConnector::new(
            client,
            AdAccountId::parse(account).expect("id"),
        ))
    };
    let (usd_c, usd_s) = first_active(&meta("act_1010"), "USD").await;
    let (jpy_c, jpy_s) = first_active(&meta("act_2020"), "JPY").await;

    let today = Utc::now().date_naive();
    let range = DateRange::new(today - chrono::Days::new(27), today).expect("range");
    let entries = [
        PortfolioEntry {
            campaign: &sym_c,
            stats: &sym_s,
            brand: "Luna Vega",
            countries: &[],
        },
        PortfolioEntry {
            campaign: &usd_c,
            stats: &usd_s,
            brand: "Meta USD",
            countries: &[],
        },
        PortfolioEntry {
            campaign: &jpy_c,
            stats: &jpy_s,
            brand: "Meta JPY",
            countries: &[],
        },
    ];
    let p = portfolio(&entries, range);
    assert_eq!(p.campaigns, 3);
    let codes: Vec<&str> = p
        .by_currency
        .iter()
        .map(|g| g.totals.currency.as_str())
        .collect();
    assert_eq!(
        codes,
        ["JPY", "USD"],
        "one group per currency, never converted"
    );
    let jpy = &p.by_currency[0].totals;
    let usd = &p.by_currency[1].totals;
    assert_eq!(jpy.campaigns, 1);
    assert_eq!(usd.campaigns, 2);
    assert_eq!(jpy.spend.amount, spend_in(&jpy_s, range));
    assert_eq!(jpy.spend.exponent, 0, "whole yen");
    assert_eq!(
        usd.spend.amount,
        spend_in(&sym_s, range) + spend_in(&usd_s, range)
    );
    assert!(
        usd.spend.amount > spend_in(&usd_s, range),
        "Symphony's spend is in the USD total"
    );
    // Reach is summed per campaign, never as unique people across providers.
    assert!(usd.reach_overlaps);
}
