//! Exports of the portfolio: every campaign's daily rows as CSV (each in its own currency, the
//! `currency` column) and each currency's daily-spend chart as SVG or PNG. The campaigns are
//! read again through the provider (one analytics request each, through the rate limiter), so
//! the file is what the provider says now.

use super::{build, chart_options, gather, spend_figure};
use crate::analytics::{portfolio_csv, DateRange, PortfolioEntry};
use crate::campaign_page::export::{file_stem, ExportFile, ExportFormat, ExportRequest};
use crate::chart::{self, Theme};
use crate::{AppError, ErrorCode, Workspace};
use chrono::Utc;

pub async fn export(
    ws: &Workspace,
    range: Option<DateRange>,
    locale: &str,
    req: &ExportRequest,
) -> Result<ExportFile, AppError> {
    let (artist, range) = super::artist_and_range(ws, range, Utc::now()).await?;
    let g = gather(&ws.connector()).await?;
    file(&artist, &g.read, range, locale, req)
}

/// The pure part of [`export`].
pub fn file(
    artist: &str,
    read: &[(
        crate::domain::Campaign,
        crate::domain::breakdown::CampaignAnalytics,
    )],
    range: DateRange,
    locale: &str,
    req: &ExportRequest,
) -> Result<ExportFile, AppError> {
    let stem = format!(
        "{}-portfolio-{}-{}",
        file_stem(artist, ""),
        range.first,
        range.last
    );
    let internal = |what: &str, e: &dyn std::fmt::Display| {
        AppError::new(
            ErrorCode::Internal,
            format!("The {what} could not be made: {e}"),
        )
    };
    if req.format == ExportFormat::Csv {
        let entries: Vec<PortfolioEntry> = read
            .iter()
            .map(|(c, a)| PortfolioEntry {
                campaign: c,
                stats: &a.days,
                brand: artist,
                countries: &a.countries,
            })
            .collect();
        let csv = portfolio_csv(&entries, range).map_err(|e| internal("CSV", &e))?;
        return Ok(ExportFile {
            file_name: format!("{stem}.csv"),
            bytes: csv.into_bytes(),
            filter_label: "CSV",
            extension: "csv",
        });
    }
    let view = build(artist, read, range, locale, Vec::new(), Utc::now())?;
    let key = req.figure.as_deref().unwrap_or_default();
    let unknown = || {
        AppError::new(
            ErrorCode::Validation,
            format!("There is no chart {key:?} in this portfolio to export."),
        )
    };
    let i = view
        .figures
        .iter()
        .position(|f| f.key == key)
        .ok_or_else(unknown)?;
    if req.format == ExportFormat::Svg {
        return Ok(ExportFile {
            file_name: format!("{stem}-{key}.svg"),
            bytes: chart::standalone_svg(&view.figures[i].chart).into_bytes(),
            filter_label: "SVG image",
            extension: "svg",
        });
    }
    let group = view.portfolio.by_currency.get(i).ok_or_else(unknown)?;
    let png = chart::png(&spend_figure(group), &chart_options(locale), Theme::Light)
        .map_err(|e| internal("PNG", &e))?;
    Ok(ExportFile {
        file_name: format!("{stem}-{key}.png"),
        bytes: png,
        filter_label: "PNG image",
        extension: "png",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::breakdown::CampaignAnalytics;
    use crate::domain::{
        Campaign, CampaignState, DailyStat, DailyStats, Objective, ProviderKind, Schedule, Status,
        TargetingSummary,
    };
    use crate::money::Money;
    use chrono::{NaiveDate, TimeZone};

    fn one(id: &str, cur: &str, spend: &[&str]) -> (Campaign, CampaignAnalytics) {
        let day = |i: usize| NaiveDate::from_ymd_opt(2026, 11, 1 + i as u32).unwrap_or_default();
        let c = Campaign {
            id: id.into(),
            provider: ProviderKind::Symphony,
            name: format!("Campaign {id}"),
            objective: Objective {
                code: "record_streams".into(),
                label: "Music streams".into(),
            },
            status: Status::new(CampaignState::Active, "ACTIVE"),
            budget: Money::new(rust_decimal::Decimal::from(1000), cur),
            schedule: Schedule {
                start: Utc
                    .with_ymd_and_hms(2026, 11, 1, 0, 0, 0)
                    .single()
                    .unwrap_or_default(),
                end: None,
            },
            daily_budget: None,
            targeting: TargetingSummary::default(),
        };
        let days = spend
            .iter()
            .enumerate()
            .map(|(i, s)| DailyStat {
                date: day(i),
                spend: Money::new(s.parse().unwrap_or_default(), cur),
                impressions: 100,
                reach_to_date: 50,
                clicks: 3,
                conversions: 0,
            })
            .collect();
        let a = CampaignAnalytics {
            days: DailyStats { days, skipped: 0 },
            countries: Vec::new(),
            creatives: Vec::new(),
            platform_campaigns: Vec::new(),
            platform_ads: Vec::new(),
            account: None,
            issues: Vec::new(),
            ad_sets: Vec::new(),
        };
        (c, a)
    }

    fn req(format: ExportFormat, figure: Option<&str>) -> ExportRequest {
        ExportRequest {
            format,
            figure: figure.map(Into::into),
        }
    }

    #[test]
    fn the_csv_has_every_campaign_day_in_its_currency_and_charts_are_per_currency() {
        let read = vec![
            one("1", "USD", &["10.50", "0.25"]),
            one("2", "MXN", &["190.00"]),
        ];
        let range = DateRange::new(
            NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default(),
            NaiveDate::from_ymd_opt(2026, 11, 3).unwrap_or_default(),
        )
        .expect("range");
        let csv = file(
            "Luna Vega",
            &read,
            range,
            "en-US",
            &req(ExportFormat::Csv, None),
        )
        .expect("csv");
        assert_eq!(
            csv.file_name,
            "luna-vega-portfolio-2026-11-01-2026-11-03.csv"
        );
        let text = String::from_utf8(csv.bytes).expect("utf8");
        let rows: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(rows.len(), 3, "{text}");
        assert!(rows[0].contains(",USD,10.50,"), "{}", rows[0]);
        assert!(rows[2].contains(",MXN,190.00,"), "{}", rows[2]);

        let svg = file(
            "Luna Vega",
            &read,
            range,
            "en-US",
            &req(ExportFormat::Svg, Some("spend-mxn")),
        )
        .expect("svg");
        assert_eq!(
            svg.file_name,
            "luna-vega-portfolio-2026-11-01-2026-11-03-spend-mxn.svg"
        );
        assert!(String::from_utf8(svg.bytes)
            .expect("utf8")
            .contains("Daily spend, MXN"));
        let png = file(
            "Luna Vega",
            &read,
            range,
            "en-US",
            &req(ExportFormat::Png, Some("spend-usd")),
        )
        .expect("png");
        assert_eq!(&png.bytes[..4], b"\x89PNG");
        let e = file(
            "Luna Vega",
            &read,
            range,
            "en-US",
            &req(ExportFormat::Png, Some("spend-jpy")),
        )
        .expect_err("no JPY campaigns");
        assert_eq!(e.code, ErrorCode::Validation);
    }
}
