//! The campaign page's figures, all drawn from one [`CampaignReport`]'s chart values, so the
//! tiles, the charts, their tables and the CSV read the same numbers.

use crate::analytics::CampaignReport;
use crate::chart::{self, ChartOptions, ChartSvg, Figure, FigureKind, Series, SeriesRole, Unit};
use crate::{AppError, ErrorCode};
use serde::Serialize;
use ts_rs::TS;

/// One figure: the sanitized SVG (the only markup the page inserts) and the same series as a
/// table for "view as table" and screen readers.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PageFigure {
    pub key: String,
    pub title: String,
    pub description: String,
    pub chart: ChartSvg,
    /// The series' labels, in drawing order (series-0, series-1...).
    pub series: Vec<String>,
    /// Per day: the date, then each series' value as text ("" for a gap).
    pub rows: Vec<Vec<String>>,
}

fn fmt(v: Option<f64>, digits: usize) -> String {
    v.map(|x| format!("{x:.digits$}")).unwrap_or_default()
}

/// The page's figures before drawing: (key, figure, decimals of its table values).
pub fn specs(r: &CampaignReport) -> Vec<(&'static str, Figure, usize)> {
    let v = r.chart_values();
    let money = Unit::Money {
        currency: r.currency.clone(),
        exponent: r.exponent,
    };
    let series = |label: &str, role: SeriesRole, values: &[Option<f64>], unit: &Unit| Series {
        label: label.into(),
        role,
        values: values.to_vec(),
        unit: unit.clone(),
    };
    // The projection is one point at the end day: drawn only when that day is in range.
    let mut projected = vec![None; v.dates.len()];
    if let Some((day, value)) = v.projected_at_end {
        if let Some(i) = v.dates.iter().position(|d| *d == day) {
            projected[i] = Some(value);
        }
    }
    let mut specs: Vec<(&'static str, Figure, usize)> = vec![
        (
            "pacing",
            Figure {
                title: format!("Spend to date against the ideal pace ({})", r.currency),
                description: "Cumulative spend each day beside the spend that would use the budget evenly over the campaign's days.".into(),
                kind: FigureKind::Line,
                x: v.dates.clone(),
                y_label: r.currency.clone(),
                series: vec![
                    series("Spent to date", SeriesRole::Primary, &v.cumulative_spend, &money),
                    series("Ideal pace", SeriesRole::Ideal, &v.ideal_cumulative, &money),
                    series("Projected at end", SeriesRole::Projected, &projected, &money),
                ],
            },
            r.exponent as usize,
        ),
        (
            "spend",
            Figure {
                title: format!("Daily spend ({})", r.currency),
                description: "What the campaign spent each day.".into(),
                kind: FigureKind::Bars,
                x: v.dates.clone(),
                y_label: r.currency.clone(),
                series: vec![series("Spend", SeriesRole::Primary, &v.spend, &money)],
            },
            r.exponent as usize,
        ),
        (
            "reach",
            Figure {
                title: if r.reach_reported { "Impressions and reach" } else { "Impressions" }.into(),
                description: if r.reach_reported {
                    "Impressions each day, and people reached so far (reach is cumulative: it does not add up across days)."
                } else {
                    "Impressions each day. The provider does not report how many people were reached."
                }
                .into(),
                kind: FigureKind::Line,
                x: v.dates.clone(),
                y_label: "People".into(),
                series: vec![
                    series("Impressions", SeriesRole::Primary, &v.impressions, &Unit::Count),
                    series("Reach to date", SeriesRole::Secondary, &v.reach_to_date, &Unit::Count),
                ],
            },
            0,
        ),
        (
            "clicks",
            Figure {
                title: "Clicks".into(),
                description: "Link clicks each day.".into(),
                kind: FigureKind::Bars,
                x: v.dates.clone(),
                y_label: "Clicks".into(),
                series: vec![series("Clicks", SeriesRole::Primary, &v.clicks, &Unit::Count)],
            },
            0,
        ),
        (
            "cpc",
            Figure {
                title: format!("Cost per click ({})", r.currency),
                description: "Each day's spend divided by its clicks; days without clicks are gaps.".into(),
                kind: FigureKind::Line,
                x: v.dates.clone(),
                y_label: r.currency.clone(),
                series: vec![series("CPC", SeriesRole::Primary, &v.cpc, &money)],
            },
            r.exponent as usize,
        ),
    ];
    // A line with no value at all (no reach, no ideal pace without an end) is no line: it
    // would only be a legend entry pointing at nothing.
    for (_, fig, _) in &mut specs {
        fig.series
            .retain(|s| s.role == SeriesRole::Primary || s.values.iter().any(Option::is_some));
    }
    specs
}

/// How the page's figures are drawn (the export draws them the same way).
pub fn options(locale: &str) -> ChartOptions {
    ChartOptions {
        width: 720,
        height: 280,
        locale: locale.to_string(),
        empty_text: "No results yet: the first day of data appears here.".into(),
    }
}

pub fn figures(r: &CampaignReport, locale: &str) -> Result<Vec<PageFigure>, AppError> {
    let options = options(locale);
    specs(r)
        .into_iter()
        .map(|(key, fig, digits)| {
            let svg = chart::svg(&fig, &options).map_err(|e| {
                AppError::new(
                    ErrorCode::Internal,
                    format!("The {key} chart could not be drawn: {e}"),
                )
            })?;
            let rows = fig
                .x
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    std::iter::once(d.to_string())
                        .chain(
                            fig.series
                                .iter()
                                .map(|s| fmt(s.values.get(i).copied().flatten(), digits)),
                        )
                        .collect()
                })
                .collect();
            Ok(PageFigure {
                key: key.into(),
                title: fig.title.clone(),
                description: fig.description.clone(),
                chart: svg,
                series: fig.series.iter().map(|s| s.label.clone()).collect(),
                rows,
            })
        })
        .collect()
}
