//! Daily-stats charts drawn with plotters: an SVG for the page (re-emitted through one allowlist
//! writer, coloured by class and currentColor so one SVG serves light and dark) and a PNG for
//! export (concrete theme colours, embedded font). The input is a [`Figure`]: dates, series of
//! optional values and a unit; the analytics module builds it from the same numbers as the tiles.

mod bitmap;
mod draw;
mod format;
mod palette;
mod prepare;
mod standalone;
mod writer;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_props;
#[cfg(test)]
mod tests_writer;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use bitmap::png;
pub use standalone::standalone_svg;
pub use writer::{ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS};

/// How the series of a figure are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum FigureKind {
    /// Every series as a line.
    Line,
    /// Primary and secondary series as grouped daily bars; ideal and projected as lines.
    Bars,
    /// The primary series as a line over a filled area; the others as lines.
    LineArea,
}

/// What a series means, which sets its class (`series-N role-...`) and its dash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SeriesRole {
    Primary,
    Secondary,
    /// The ideal (pacing) line: dashed.
    Ideal,
    /// A projection (e.g. spend at the end date): dotted.
    Projected,
}

/// The unit of a figure's values. Every series of one figure shares it (one y axis).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Unit {
    /// Major units of a currency; ticks carry `exponent` digits after the decimal point.
    Money {
        currency: String,
        exponent: u32,
    },
    Count,
    /// Percent points: 1.25 is drawn as "1.25%".
    Percent,
}

/// One line (or set of bars) of a figure. `values[i]` belongs to `Figure::x[i]`; None is a gap,
/// and so are NaN, infinities and magnitudes over 1e15.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub label: String,
    pub role: SeriesRole,
    pub values: Vec<Option<f64>>,
    pub unit: Unit,
}

/// A chart's data. `title` and `description` become the SVG's <title> and <desc>.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub title: String,
    pub description: String,
    pub kind: FigureKind,
    /// One date per point, ascending, one per day or sparser.
    pub x: Vec<NaiveDate>,
    pub y_label: String,
    pub series: Vec<Series>,
}

/// Size in pixels (100..=4000 each way) and the manager's locale ("es-MX", "ja-JP", "en"...)
/// for date and number ticks. `empty_text` is what an empty chart says. Missing fields take
/// the defaults (800x400, en-US, "No data yet").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ChartOptions {
    pub width: u32,
    pub height: u32,
    pub locale: String,
    pub empty_text: String,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            width: 800,
            height: 400,
            locale: "en-US".into(),
            empty_text: "No data yet".into(),
        }
    }
}

/// PNG colours (the SVG's colours come from the page's CSS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Theme {
    Light,
    Dark,
}

/// The plotting rectangle inside the SVG, in its pixels (viewBox units).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlotArea {
    pub left: i32,
    pub top: i32,
    pub width: i32,
    pub height: i32,
}

/// The x axis: point `i` sits at day offset `days(x[i] - first)`, and offset `min` maps to
/// `PlotArea::left`, `max` to its right edge.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct XDomain {
    #[ts(type = "string")]
    pub first: NaiveDate,
    #[ts(type = "string")]
    pub last: NaiveDate,
    pub min: f64,
    pub max: f64,
}

/// The y axis: `min` maps to the plot's bottom edge, `max` to its top.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct YDomain {
    pub min: f64,
    pub max: f64,
}

/// A sanitized SVG plus what the UI needs to draw its hover overlay on top of it. An empty
/// figure (no finite value) has `empty: true`, no domains, and an SVG that says `empty_text`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChartSvg {
    pub svg: String,
    pub plot: PlotArea,
    pub x_domain: Option<XDomain>,
    pub y_domain: Option<YDomain>,
    pub empty: bool,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ChartError {
    #[error("chart size {width}x{height} is outside 100..=4000 pixels")]
    Size { width: u32, height: u32 },
    #[error("series {series} has {got} values for {expected} dates")]
    Length {
        series: usize,
        expected: usize,
        got: usize,
    },
    #[error("{got} points is more than the {max} a chart draws")]
    TooManyPoints { got: usize, max: usize },
    #[error("{got} series is more than the {max} a chart draws")]
    TooManySeries { got: usize, max: usize },
    #[error("the dates span {days} days, more than the {max} a chart draws")]
    DateSpan { days: i64, max: i64 },
    #[error("the dates are not in ascending order")]
    Unordered,
    #[error("series {series} has a different unit from series 0 (one y axis per chart)")]
    MixedUnits { series: usize },
    #[error("the chart font could not be loaded")]
    Font,
    #[error("drawing failed: {0}")]
    Draw(String),
    #[error("the drawn SVG could not be read back: {0}")]
    Svg(String),
    #[error("PNG encoding failed: {0}")]
    Encode(String),
}

/// The chart as sanitized SVG markup: only [`ALLOWED_ELEMENTS`] and [`ALLOWED_ATTRIBUTES`],
/// root `role="img"` with `<title>` and `<desc>` (aria-labelledby), colours as classes
/// (`series-N`, `role-*`, `axis`, `grid`, `label`, `legend`) and currentColor.
pub fn svg(figure: &Figure, options: &ChartOptions) -> Result<ChartSvg, ChartError> {
    let prepared = prepare::prepare(figure, options, |_| true)?;
    let mut raw = String::new();
    let drawn = {
        let backend =
            plotters::backend::SVGBackend::with_string(&mut raw, (prepared.width, prepared.height));
        draw::draw(backend, &prepared, &palette::Palette::sentinel(), false)?
    };
    let svg = writer::rewrite(&raw, &prepared)?;
    Ok(ChartSvg {
        svg,
        plot: drawn.plot,
        x_domain: drawn.x_domain,
        y_domain: drawn.y_domain,
        empty: prepared.empty,
    })
}
