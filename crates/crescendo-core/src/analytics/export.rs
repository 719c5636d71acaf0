//! CSV exports of daily stats. Written with the `csv` crate (RFC 4180 quoting of names that
//! hold commas, quotes and line breaks is easy to get subtly wrong by hand). Money cells are the
//! exact decimal text of [`Money`] ("1234.50", JPY "1235"), never through a float; an empty cell
//! is a day without data. Text cells that a spreadsheet would run as a formula (starting with
//! `=`, `+`, `-`, `@`, tab or CR) get a leading `'`: campaign and brand names come from others.
//!
//! The headers are stable (scripts read them): add columns at the end, never rename.

use super::report::CampaignReport;
use super::rows::Rows;
use super::{Cur, DateRange, PortfolioEntry};
use crate::money::Money;

/// Columns of [`campaign_csv`]: one row per day of the report's range.
pub const CAMPAIGN_CSV_HEADER: [&str; 12] = [
    "date",
    "campaign_id",
    "campaign_name",
    "currency",
    "spend",
    "cumulative_spend",
    "ideal_cumulative_spend",
    "impressions",
    "reach_to_date",
    "clicks",
    "conversions",
    "cpc",
];

/// Columns of [`portfolio_csv`]: one row per campaign and day with data.
pub const PORTFOLIO_CSV_HEADER: [&str; 12] = [
    "date",
    "brand",
    "campaign_id",
    "campaign_name",
    "objective",
    "currency",
    "spend",
    "impressions",
    "reach_to_date",
    "clicks",
    "conversions",
    "cpc",
];

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not write the CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("could not finish the CSV: {0}")]
    Finish(String),
}

/// A text cell, made inert for spreadsheets.
fn text(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn money(m: &Option<Money>) -> String {
    m.as_ref().map(Money::text).unwrap_or_default()
}

fn count(v: Option<u64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<String, ExportError> {
    let bytes = w
        .into_inner()
        .map_err(|e| ExportError::Finish(e.error().to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Finish(e.to_string()))
}

/// The report's daily series as CSV (the same figures as its chart and tiles).
pub fn campaign_csv(report: &CampaignReport) -> Result<String, ExportError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CAMPAIGN_CSV_HEADER)?;
    let (id, name) = (text(&report.campaign_id), text(&report.campaign_name));
    for d in &report.series {
        w.write_record([
            d.date.to_string(),
            id.clone(),
            name.clone(),
            report.currency.clone(),
            money(&d.spend),
            money(&d.cumulative_spend),
            money(&d.ideal_cumulative),
            count(d.impressions),
            count(d.reach_to_date),
            count(d.clicks),
            count(d.conversions),
            money(&d.cpc),
        ])?;
    }
    finish(w)
}

/// Every campaign's rows in `range` as CSV, campaigns in the order given, each oldest day
/// first; each row in its campaign's currency (the `currency` column), never converted.
pub fn portfolio_csv(entries: &[PortfolioEntry], range: DateRange) -> Result<String, ExportError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(PORTFOLIO_CSV_HEADER)?;
    for e in entries {
        let c = e.campaign;
        let cur = Cur::of(&c.budget);
        let rows = Rows::new(e.stats, &cur);
        let (brand, id, name) = (text(e.brand), text(&c.id), text(&c.name));
        let objective = text(&c.objective.code);
        for d in rows.within(range) {
            let cpc = super::kpis::ratio(d.spend.amount, d.clicks, 1).map(|x| cur.money(x));
            w.write_record([
                d.date.to_string(),
                brand.clone(),
                id.clone(),
                name.clone(),
                objective.clone(),
                cur.code.clone(),
                d.spend.text(),
                d.impressions.to_string(),
                d.reach_to_date.to_string(),
                d.clicks.to_string(),
                d.conversions.to_string(),
                money(&cpc),
            ])?;
        }
    }
    finish(w)
}
