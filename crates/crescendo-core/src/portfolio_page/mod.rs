//! The portfolio: every campaign of the active artist over a range of days, aggregated by
//! [`analytics::portfolio`] (grouped by currency, never converted), with one daily-spend figure
//! per currency drawn like the campaign page's.

pub mod export;

use crate::analytics::{self, DateRange, Portfolio, PortfolioEntry};
use crate::campaign_page::PageFigure;
use crate::chart::{self, ChartOptions, Figure, FigureKind, Series, SeriesRole, Unit};
use crate::domain::breakdown::CampaignAnalytics;
use crate::domain::{Campaign, CampaignFilter, CampaignState};
use crate::provider::Connector;
use crate::{brands, AppError, ErrorCode, Workspace};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;
use ts_rs::TS;

/// Campaigns read per list page while gathering the artist's campaigns.
const PAGE: u32 = 50;
/// The most campaigns one portfolio reads (each is one analytics request, through the limiter).
pub const MAX_CAMPAIGNS: usize = 200;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioView {
    pub artist: String,
    pub portfolio: Portfolio,
    /// One daily-spend figure per currency, in `portfolio.by_currency` order.
    pub figures: Vec<PageFigure>,
    /// Campaigns whose results could not be read (name: reason); the totals leave them out.
    pub left_out: Vec<String>,
    pub time_zone: String,
    #[ts(type = "string")]
    pub fetched_at: DateTime<Utc>,
}

/// Campaigns that can have results: they ran or run on the ad platform.
fn has_results(c: &Campaign) -> bool {
    matches!(
        c.status.state,
        CampaignState::Active
            | CampaignState::Paused
            | CampaignState::NeedsAttention
            | CampaignState::Completed
            | CampaignState::Stopped
    )
}

/// The last `days` complete days (UTC).
pub fn last_days(days: i64, today: NaiveDate) -> Result<DateRange, AppError> {
    DateRange::new(today - Duration::days(days), today - Duration::days(1))
        .map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()))
}

pub async fn portfolio_page(
    ws: &Workspace,
    range: Option<DateRange>,
    locale: &str,
) -> Result<PortfolioView, AppError> {
    let now = Utc::now();
    let (artist, range) = artist_and_range(ws, range, now).await?;
    let g = gather(&ws.connector()).await?;
    build(&artist, &g.read, range, locale, g.left_out, now)
}

/// The active artist's name and the days asked for (default: the last 28 complete days), as
/// the page and its exports use them.
pub(crate) async fn artist_and_range(
    ws: &Workspace,
    range: Option<DateRange>,
    now: DateTime<Utc>,
) -> Result<(String, DateRange), AppError> {
    let range = match range {
        Some(r) => r,
        None => last_days(28, now.date_naive())?,
    };
    let artist = brands::list(ws)
        .await?
        .into_iter()
        .find(|b| b.is_active)
        .map(|b| b.name)
        .unwrap_or_default();
    Ok((artist, range))
}

/// The campaigns a portfolio adds up and their results, read through the provider.
pub struct Gathered {
    pub read: Vec<(Campaign, CampaignAnalytics)>,
    /// Campaigns whose results could not be read ("name: reason").
    pub left_out: Vec<String>,
}

/// Reads the connector's campaigns that can have results (at most [`MAX_CAMPAIGNS`]) and each
/// one's analytics: the app's portfolio and `crescendo portfolio` share it.
pub async fn gather(c: &Connector) -> Result<Gathered, AppError> {
    let mut campaigns = Vec::new();
    let mut offset = 0;
    loop {
        let page = c
            .campaigns(&CampaignFilter {
                limit: PAGE,
                offset,
                ..CampaignFilter::default()
            })
            .await?;
        let n = page.campaigns.len() as u32;
        campaigns.extend(page.campaigns.into_iter().filter(has_results));
        offset += n;
        if n == 0 || u64::from(offset) >= page.total || campaigns.len() >= MAX_CAMPAIGNS {
            break;
        }
    }
    campaigns.truncate(MAX_CAMPAIGNS);
    let mut read: Vec<(Campaign, CampaignAnalytics)> = Vec::new();
    let mut left_out = Vec::new();
    // One after the other: the rate limiter spreads them; a failure leaves one campaign out.
    for campaign in campaigns {
        match c.analytics(&campaign.id).await {
            Ok(a) => read.push((campaign, a)),
            Err(e) => left_out.push(format!("{}: {}", campaign.name, e.message)),
        }
    }
    Ok(Gathered { read, left_out })
}

/// A currency's daily-spend figure (the page's chart and the PNG export draw the same).
pub fn spend_figure(g: &analytics::CurrencyGroup) -> Figure {
    let cur = &g.totals.currency;
    let exponent = g.totals.spend.exponent;
    let values: Vec<Option<f64>> = g
        .daily
        .iter()
        .map(|d| d.spend.as_ref().and_then(|m| m.amount.to_f64()))
        .collect();
    Figure {
        title: format!("Daily spend, {cur}"),
        description: format!("What the artist's {cur} campaigns spent each day, together."),
        kind: FigureKind::Bars,
        x: g.daily.iter().map(|d| d.date).collect(),
        y_label: cur.clone(),
        series: vec![Series {
            label: "Spend".into(),
            role: SeriesRole::Primary,
            values,
            unit: Unit::Money {
                currency: cur.clone(),
                exponent,
            },
        }],
    }
}

/// The portfolio's charts are drawn at this size (the PNG export too).
pub fn chart_options(locale: &str) -> ChartOptions {
    ChartOptions {
        width: 720,
        height: 260,
        locale: locale.to_string(),
        empty_text: "No spend in these days.".into(),
    }
}

/// The pure part of [`portfolio_page`].
pub fn build(
    artist: &str,
    read: &[(Campaign, CampaignAnalytics)],
    range: DateRange,
    locale: &str,
    left_out: Vec<String>,
    now: DateTime<Utc>,
) -> Result<PortfolioView, AppError> {
    let entries: Vec<PortfolioEntry> = read
        .iter()
        .map(|(c, a)| PortfolioEntry {
            campaign: c,
            stats: &a.days,
            brand: artist,
            countries: &a.countries,
        })
        .collect();
    let portfolio = analytics::portfolio(&entries, range);
    let options = chart_options(locale);
    let mut figures = Vec::new();
    for g in &portfolio.by_currency {
        let cur = &g.totals.currency;
        let fig = spend_figure(g);
        let svg = chart::svg(&fig, &options).map_err(|e| {
            AppError::new(
                ErrorCode::Internal,
                format!("The {cur} chart could not be drawn: {e}"),
            )
        })?;
        figures.push(PageFigure {
            key: format!("spend-{}", cur.to_lowercase()),
            title: fig.title.clone(),
            description: fig.description.clone(),
            chart: svg,
            series: vec!["Spend".into()],
            rows: g
                .daily
                .iter()
                .map(|d| {
                    vec![
                        d.date.to_string(),
                        d.spend.as_ref().map(|m| m.text()).unwrap_or_default(),
                    ]
                })
                .collect(),
        });
    }
    Ok(PortfolioView {
        artist: artist.to_string(),
        portfolio,
        figures,
        left_out,
        time_zone: "UTC".into(),
        fetched_at: now,
    })
}
