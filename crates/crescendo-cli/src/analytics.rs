//! A campaign's analytics: daily stats as a table or CSV, totals, countries.

use crate::failure::Failure;
use crate::output::{csv_field, table};
use crate::parse::json;
use symphony_api::Client;

pub async fn analytics(c: &Client, id: u64, csv: bool, as_json: bool) -> Result<String, Failure> {
    let a = c.campaign_analytics(id).await?;
    if as_json {
        return json(&a);
    }
    let days = &a.analytic_data.daily_stats;
    if csv {
        let mut out = vec!["date,spend,total_spend,impressions_total,reach_total,clicks,inline_clicks,conversions,cpc".to_string()];
        for d in days {
            out.push(
                [
                    csv_field(&d.date),
                    cell(&d.spend, ""),
                    cell(&d.total_spend, ""),
                    cell(&d.total_impressions, ""),
                    cell(&d.total_reach, ""),
                    cell(&d.clicks, ""),
                    cell(&d.inline_clicks, ""),
                    cell(&d.conversions, ""),
                    cell(&d.cpc, ""),
                ]
                .join(","),
            );
        }
        return Ok(out.join("\n"));
    }
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
