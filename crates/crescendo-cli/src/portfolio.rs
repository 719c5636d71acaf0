//! `crescendo portfolio`: the artist's campaigns added up over some days, per currency, with
//! the app's own core functions (gather, aggregate, CSV): the figures match the Portfolio page.

use crate::failure::{config, Failure};
use crate::output::table;
use crate::parse::json;
use crescendo_core::analytics::{portfolio, portfolio_csv, DateRange, PortfolioEntry};
use crescendo_core::portfolio_page::{gather, last_days};
use crescendo_core::provider::{symphony::SymphonyConnector, Connector};
use symphony_api::Client;

/// The days asked for: `--from`/`--to` (both), else the last `--days` complete days (28).
pub fn range(
    days: Option<i64>,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<DateRange, Failure> {
    let today = chrono::Utc::now().date_naive();
    match crescendo_core::campaign_page::range(from, to).map_err(|e| config(e.message))? {
        Some(r) => Ok(r),
        None => match days.unwrap_or(28) {
            n @ 1..=3660 => last_days(n, today).map_err(|e| config(e.message)),
            n => Err(config(format!(
                "--days {n}: choose between 1 and 3660 days."
            ))),
        },
    }
}

pub async fn run(
    c: &Client,
    brand_id: Option<u64>,
    range: DateRange,
    csv: bool,
    as_json: bool,
) -> Result<String, Failure> {
    let connector = Connector::Symphony(SymphonyConnector::new(c.clone()));
    // The artist's name for the CSV's brand column, as the app shows it: --brand-id's, else
    // the key's default brand.
    let brands = connector.brands().await.map_err(|e| config(e.message))?;
    let artist = brands
        .iter()
        .find(|b| brand_id.map_or(b.is_default, |id| b.id == id))
        .map(|b| b.name.clone())
        .unwrap_or_default();
    let g = gather(&connector).await.map_err(|e| config(e.message))?;
    let entries: Vec<PortfolioEntry> = g
        .read
        .iter()
        .map(|(c, a)| PortfolioEntry {
            campaign: c,
            stats: &a.days,
            brand: &artist,
            countries: &a.countries,
        })
        .collect();
    if csv {
        return portfolio_csv(&entries, range).map_err(|e| config(e.to_string()));
    }
    let p = portfolio(&entries, range);
    if as_json {
        return json(&p);
    }
    let mut out = vec![format!(
        "Portfolio {} – {} (days in UTC): {} campaign(s) of {}",
        p.range.first,
        p.range.last,
        p.campaigns,
        if artist.is_empty() {
            "the artist"
        } else {
            &artist
        }
    )];
    let rows: Vec<Vec<String>> = p
        .by_currency
        .iter()
        .map(|g| {
            let t = &g.totals;
            let or_dash = |m: &Option<crescendo_core::money::Money>| {
                m.as_ref().map(|m| m.text()).unwrap_or_else(|| "—".into())
            };
            vec![
                t.currency.clone(),
                t.campaigns.to_string(),
                t.spend.text(),
                t.impressions.to_string(),
                t.clicks.to_string(),
                or_dash(&t.cpc),
                t.ctr_pct
                    .map(|c| format!("{c}%"))
                    .unwrap_or_else(|| "—".into()),
                t.sum_of_campaign_reach.to_string(),
            ]
        })
        .collect();
    out.push(table(
        &[
            "CURRENCY",
            "CAMPAIGNS",
            "SPEND",
            "IMPRESSIONS",
            "CLICKS",
            "CPC",
            "CTR",
            "SUM OF CAMPAIGN REACH",
        ],
        &rows,
        &[1, 2, 3, 4, 5, 6, 7],
    ));
    if p.by_currency.len() > 1 {
        out.push("Each currency is added up on its own: amounts are never converted.".into());
    }
    if p.by_currency.iter().any(|g| g.totals.reach_overlaps) {
        out.push(
            "Reach is the sum of each campaign's reach: a person reached by two campaigns counts twice."
                .into(),
        );
    }
    for why in &g.left_out {
        out.push(format!("Left out: {why}"));
    }
    Ok(out.join("\n"))
}
