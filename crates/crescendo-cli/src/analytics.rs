//! A campaign's analytics: daily stats as a table or CSV, totals, countries.

use crate::failure::{config, Failure};
use crate::output::table;
use crate::parse::json;
use symphony_api::Client;

/// The campaign's days as the app's campaign page counts them (crescendo-core's one report:
/// exact decimals, a day without a row left empty), as CSV with the currency in each row.
async fn core_csv(c: &Client, id: u64) -> Result<String, Failure> {
    use crescendo_core::analytics::{campaign_csv, campaign_days, report};
    use crescendo_core::provider::{symphony::SymphonyConnector, ProviderApi};
    let connector = SymphonyConnector::new(c.clone());
    let id = id.to_string();
    // Details first: they fill the label cache the analytics read takes the currency from.
    let campaign = connector
        .campaign(&id)
        .await
        .map_err(|e| config(e.message))?;
    let a = connector
        .analytics(&id)
        .await
        .map_err(|e| config(e.message))?;
    let utc = chrono::FixedOffset::east_opt(0).ok_or_else(|| config("no UTC offset"))?;
    let today = chrono::Utc::now().date_naive();
    let range = campaign_days(&campaign.schedule, utc, today);
    let r = report(&campaign, &a.days, range, utc, today);
    campaign_csv(&r).map_err(|e| config(e.to_string()))
}

pub async fn analytics(c: &Client, id: u64, csv: bool, as_json: bool) -> Result<String, Failure> {
    let a = c.campaign_analytics(id).await?;
    if as_json {
        return json(&a);
    }
    if csv {
        return core_csv(c, id).await;
    }
    let days = &a.analytic_data.daily_stats;
    let mut out = Vec::new();
    if let Some(s) = &a.analytic_data.campaign_performance_stats {
        out.push(format!(
            "Campaign {id}: spend {} · impressions {} · reach {} · clicks {} · CPC {}",
            cell(&s.spend, "—"),
            cell(&s.impressions, "—"),
            cell(&s.reach, "—"),
            cell(&s.clicks, "—"),
            cell(&s.cpc, "—")
        ));
    }
    let rows = days
        .iter()
        .map(|d| {
            vec![
                d.date.clone(),
                money2(&d.spend),
                cell(&d.clicks, "—"),
                cell(&d.conversions, "—"),
                money2(&d.cpc),
            ]
        })
        .collect::<Vec<_>>();
    out.push(table(
        &["DATE", "SPEND", "CLICKS", "CONVERSIONS", "CPC"],
        &rows,
        &[1, 2, 3, 4],
    ));
    if let Some(g) = &a.analytic_data.geographic_breakdown {
        let rows = g
            .countries
            .iter()
            .map(|c| {
                vec![
                    c.country.clone(),
                    c.country_name.clone().unwrap_or_default(),
                    money2(&c.spend),
                    cell(&c.clicks, "—"),
                ]
            })
            .collect::<Vec<_>>();
        out.push(String::new());
        out.push(table(
            &["COUNTRY", "NAME", "SPEND", "CLICKS"],
            &rows,
            &[2, 3],
        ));
    }
    Ok(out.join("\n"))
}

/// A number the API may leave out: `missing` when it did (exact digits otherwise).
fn cell<T: std::fmt::Display>(v: &Option<T>, missing: &str) -> String {
    v.as_ref()
        .map(|x| x.to_string())
        .unwrap_or_else(|| missing.into())
}

/// An amount with two decimals for the table, or a dash when missing.
fn money2(v: &Option<symphony_api::Decimal>) -> String {
    v.map(|x| format!("{x:.2}")).unwrap_or_else(|| "—".into())
}
