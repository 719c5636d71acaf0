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
                    d.spend.to_string(),
                    d.total_spend.to_string(),
                    d.total_impressions.to_string(),
                    d.total_reach.to_string(),
                    d.clicks.to_string(),
                    d.inline_clicks.to_string(),
                    d.conversions.to_string(),
                    d.cpc.to_string(),
                ]
                .join(","),
            );
        }
        return Ok(out.join("\n"));
    }
    let mut out = Vec::new();
    if let Some(s) = &a.analytic_data.campaign_performance_stats {
        let f = |v: Option<f64>| v.map(|x| format!("{x}")).unwrap_or_else(|| "—".into());
        out.push(format!(
            "Campaign {id}: spend {} · impressions {} · reach {} · clicks {} · CPC {}",
            f(s.spend),
            f(s.impressions),
            f(s.reach),
            f(s.clicks),
            f(s.cpc)
        ));
    }
    let rows = days
        .iter()
        .map(|d| {
            vec![
                d.date.clone(),
                format!("{:.2}", d.spend),
                d.clicks.to_string(),
                d.conversions.to_string(),
                format!("{:.2}", d.cpc),
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
                    format!("{:.2}", c.spend),
                    c.clicks.to_string(),
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
