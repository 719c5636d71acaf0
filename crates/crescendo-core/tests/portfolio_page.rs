//! The portfolio over HTTP against the simulator: every campaign with results, totals by
//! currency that equal the sum of each campaign's own report, and a figure per currency whose
//! table adds up to the total.

mod sandbox_common;
use chrono::{FixedOffset, Utc};
use crescendo_core::analytics;
use crescendo_core::domain::CampaignFilter;
use crescendo_core::portfolio_page::{last_days, portfolio_page};
use crescendo_core::WorkspaceKind;
use rust_decimal::Decimal;

use sandbox_common::start;

#[tokio::test]
async fn the_artists_totals_are_the_sum_of_its_campaigns() {
    let (sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(358));
    let range = last_days(28, Utc::now().date_naive()).expect("range");
    sandbox.clear_requests();
    let view = portfolio_page(&ws, Some(range), "en-US")
        .await
        .expect("portfolio");
    assert_eq!(view.artist, "Luna Vega");
    assert!(view.left_out.is_empty(), "{:?}", view.left_out);
    let p = &view.portfolio;
    assert_eq!(
        p.by_currency.len(),
        1,
        "Luna Vega's campaigns are all in USD"
    );
    let usd = &p.by_currency[0];
    assert_eq!(usd.totals.currency, "USD");

    // The same days, campaign by campaign, through the campaign page's one report.
    let c = ws.connector();
    let list = c
        .campaigns(&CampaignFilter {
            limit: 100,
            ..CampaignFilter::default()
        })
        .await
        .expect("list");
    let utc = FixedOffset::east_opt(0).expect("utc");
    let today = Utc::now().date_naive();
    let mut sum = Decimal::ZERO;
    let mut counted = 0;
    for campaign in &list.campaigns {
        let Ok(stats) = c.daily_stats(&campaign.id).await else {
            continue;
        };
        let r = analytics::report(campaign, &stats, range, utc, today);
        if let Some(s) = r.kpis.spend.value {
            sum += s.amount;
            counted += 1;
        }
    }
    assert!(counted >= 2, "several campaigns spent in these days");
    assert_eq!(
        usd.totals.spend.amount, sum,
        "portfolio spend = sum of the campaigns' spend"
    );

    let table: Decimal = view.figures[0]
        .rows
        .iter()
        .filter_map(|r| r[1].parse::<Decimal>().ok())
        .sum();
    assert_eq!(
        table, usd.totals.spend.amount,
        "the figure's table adds up to the total"
    );
    assert!(view.figures[0].chart.svg.contains("role=\"img\""));
}

#[tokio::test]
async fn another_artist_is_counted_in_its_own_currency() {
    let (_sandbox, ws) = start(WorkspaceKind::Sandbox).await;
    ws.set_active_brand(Some(574));
    let view = portfolio_page(&ws, None, "es-MX").await.expect("portfolio");
    let currencies: Vec<_> = view
        .portfolio
        .by_currency
        .iter()
        .map(|g| g.totals.currency.as_str())
        .collect();
    assert_eq!(currencies, ["MXN"]);
    assert_eq!(view.figures[0].title, "Daily spend, MXN");
}
