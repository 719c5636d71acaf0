//! A figure checked and made drawable: text cleaned of what XML or a reader cannot take,
//! non-finite and absurd values turned into gaps, the axes' ranges and ticks chosen.

use chrono::{Datelike, Locale, NaiveDate};

use super::format::{self, DateStep};
use super::{ChartError, ChartOptions, Figure, FigureKind, SeriesRole, Unit};

pub const MAX_POINTS: usize = 20_000;
pub const MAX_SERIES: usize = 12;
/// About a century of days: longer spans are not a campaign's, and the tick search stays quick.
pub const MAX_SPAN_DAYS: i64 = 36_600;
/// Larger magnitudes are gaps: no campaign spends 1e15 of anything, and the axis arithmetic
/// (span, ticks, i64 digits) stays exact below it.
pub const MAX_ABS: f64 = 1e15;

pub struct PSeries {
    pub label: String,
    pub role: SeriesRole,
    pub values: Vec<Option<f64>>,
}

pub struct Prepared {
    pub width: u32,
    pub height: u32,
    pub kind: FigureKind,
    pub title: String,
    pub description: String,
    pub y_label: String,
    pub empty_text: String,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Day offset of each point from `first`.
    pub offsets: Vec<f64>,
    pub series: Vec<PSeries>,
    pub empty: bool,
    pub x_range: (f64, f64),
    pub x_ticks: Vec<(f64, String)>,
    pub y_range: (f64, f64),
    pub y_ticks: Vec<(f64, String)>,
}

/// Text as it may enter the chart: no control characters (XML 1.0 refuses most of them), no
/// bidi overrides or isolates (they can make a name read as another), no non-characters; runs
/// of whitespace collapsed; at most `max` characters, cut with an ellipsis.
pub fn clean_text(text: &str, max: usize) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| {
            !c.is_control()
                && !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069)
                && !matches!(*c as u32, 0xFDD0..=0xFDEF | 0xFEFF | 0xFFFE | 0xFFFF)
        })
        .collect();
    let collapsed = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= max {
        collapsed
    } else {
        let mut cut: String = collapsed.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

fn clean_value(v: Option<f64>) -> Option<f64> {
    v.filter(|v| v.is_finite() && v.abs() <= MAX_ABS)
}

fn same_unit(a: &Unit, b: &Unit) -> bool {
    match (a, b) {
        (Unit::Money { currency: c1, .. }, Unit::Money { currency: c2, .. }) => {
            c1.trim().eq_ignore_ascii_case(c2.trim())
        }
        _ => a == b,
    }
}

/// `covered` says whether the target can draw a text: the PNG's font lacks CJK and some other
/// scripts, so its date ticks fall back to digits there.
pub fn prepare(
    figure: &Figure,
    options: &ChartOptions,
    covered: fn(&str) -> bool,
) -> Result<Prepared, ChartError> {
    let (width, height) = (options.width, options.height);
    if !(100..=4000).contains(&width) || !(100..=4000).contains(&height) {
        return Err(ChartError::Size { width, height });
    }
    let n = figure.x.len();
    if n > MAX_POINTS {
        return Err(ChartError::TooManyPoints {
            got: n,
            max: MAX_POINTS,
        });
    }
    if figure.series.len() > MAX_SERIES {
        return Err(ChartError::TooManySeries {
            got: figure.series.len(),
            max: MAX_SERIES,
        });
    }
    if figure.x.windows(2).any(|w| w[0] >= w[1]) {
        return Err(ChartError::Unordered);
    }
    if let (Some(f), Some(l)) = (figure.x.first(), figure.x.last()) {
        let days = (*l - *f).num_days();
        if days > MAX_SPAN_DAYS {
            return Err(ChartError::DateSpan {
                days,
                max: MAX_SPAN_DAYS,
            });
        }
    }
    let unit = figure
        .series
        .first()
        .map(|s| s.unit.clone())
        .unwrap_or(Unit::Count);
    for (i, s) in figure.series.iter().enumerate() {
        if s.values.len() != n {
            return Err(ChartError::Length {
                series: i,
                expected: n,
                got: s.values.len(),
            });
        }
        if !same_unit(&s.unit, &unit) {
            return Err(ChartError::MixedUnits { series: i });
        }
    }
    let series: Vec<PSeries> = figure
        .series
        .iter()
        .map(|s| PSeries {
            label: clean_text(&s.label, 48),
            role: s.role,
            values: s.values.iter().map(|v| clean_value(*v)).collect(),
        })
        .collect();
    let first = figure.x.first().copied();
    let offsets: Vec<f64> = match first {
        Some(f) => figure
            .x
            .iter()
            .map(|d| (*d - f).num_days() as f64)
            .collect(),
        None => Vec::new(),
    };
    let finite = series.iter().flat_map(|s| s.values.iter().flatten());
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(*v), hi.max(*v))
    });
    let empty = lo > hi;
    let locale = format::locale(&options.locale);
    let bars = figure.kind == FigureKind::Bars;
    let last_offset = offsets.last().copied().unwrap_or(0.0);
    let pad = if bars || last_offset == 0.0 { 0.5 } else { 0.0 };
    let x_range = (-pad, last_offset + pad);
    let (y_range, y_ticks) = if empty {
        ((0.0, 1.0), Vec::new())
    } else {
        y_axis(lo, hi, &unit, locale)
    };
    let x_ticks = match (first, empty) {
        (Some(f), false) => x_axis(f, last_offset, width, locale, covered),
        _ => Vec::new(),
    };
    Ok(Prepared {
        width,
        height,
        kind: figure.kind,
        title: clean_text(&figure.title, 200),
        description: clean_text(&figure.description, 1000),
        y_label: clean_text(&figure.y_label, 60),
        empty_text: clean_text(&options.empty_text, 120),
        first,
        last: figure.x.last().copied(),
        offsets,
        series,
        empty,
        x_range,
        x_ticks,
        y_range,
        y_ticks,
    })
}

/// A 1-2-2.5-5 step near `span / 5`, no finer than the unit can show.
fn nice_step(span: f64, unit: &Unit) -> f64 {
    let raw = (span / 5.0).max(f64::MIN_POSITIVE);
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let floor = match unit {
        Unit::Count => 1.0,
        Unit::Money { exponent, .. } => 10f64.powi(-((*exponent).min(6) as i32)),
        Unit::Percent => 1e-6,
    };
    step.max(floor)
}

/// The y range from zero (or the lowest value when negative) to a tick at or above the top.
fn y_axis(lo: f64, hi: f64, unit: &Unit, locale: Locale) -> ((f64, f64), Vec<(f64, String)>) {
    let lo = lo.min(0.0);
    let hi = hi.max(0.0);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let step = nice_step(span, unit);
    let min = (lo / step).floor() * step;
    let mut max = (hi / step).ceil() * step;
    if max <= min {
        max = min + step;
    }
    let seps = format::separators(locale);
    let digits = format::decimals(unit, step);
    let count = ((max - min) / step).round() as i64;
    let ticks = (0..=count)
        .map(|i| {
            let v = min + i as f64 * step;
            (v, format::number(v, unit, digits, seps))
        })
        .collect();
    ((min, max), ticks)
}

/// Date ticks: every day, week (Mondays) or month (the 1st), whichever is the finest that
/// leaves room (about 90 px) for each label.
fn x_axis(
    first: NaiveDate,
    span: f64,
    width: u32,
    locale: Locale,
    covered: fn(&str) -> bool,
) -> Vec<(f64, String)> {
    let tick = |d: NaiveDate, step: DateStep, year: bool| {
        let text = format::date_tick(d, step, year, locale);
        match (covered(&text), step) {
            (true, _) => text,
            (false, DateStep::Days) => d.format("%m-%d").to_string(),
            (false, DateStep::Months) => d.format("%Y-%m").to_string(),
        }
    };
    let room = ((width.saturating_sub(120)) / 90).max(2) as i64;
    let days = span as i64;
    let day = |o: i64| first + chrono::Duration::days(o);
    let fmt_day = |o: i64| (o as f64, tick(day(o), DateStep::Days, false));
    if days < room {
        return (0..=days).map(fmt_day).collect();
    }
    for every in [2i64, 7, 14] {
        if days / every < room {
            let start = if every == 2 {
                0
            } else {
                (7 - first.weekday().num_days_from_monday() as i64) % 7
            };
            return (start..=days)
                .step_by(every as usize)
                .map(fmt_day)
                .collect();
        }
    }
    // Month starts within the range, thinned to every 1, 2, 3, 6 or 12 months.
    let months: Vec<i64> = (0..=days).filter(|o| day(*o).day() == 1).collect();
    let every = [1usize, 2, 3, 6, 12]
        .into_iter()
        .find(|e| months.len().div_ceil(*e) as i64 <= room)
        .unwrap_or(12 * (months.len() / (12 * room as usize) + 1));
    months
        .iter()
        .step_by(every)
        .enumerate()
        .map(|(i, o)| {
            let d = day(*o);
            let year = format::month_needs_year(d, i == 0);
            (*o as f64, tick(d, DateStep::Months, year))
        })
        .collect()
}
