//! The one drawing of a chart, onto any plotters backend: the SVG (sentinel colours, every
//! series path solid; the writer adds dashes by role) and the PNG (theme colours, dashed lines
//! drawn, the title as a caption).

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::Palette;
use super::prepare::Prepared;
use super::{ChartError, FigureKind, PlotArea, SeriesRole, XDomain, YDomain};

pub struct Drawn {
    pub plot: PlotArea,
    pub x_domain: Option<XDomain>,
    pub y_domain: Option<YDomain>,
}

/// A linear f64 axis whose grid lines and labels sit exactly on the ticks we chose.
struct TickAxis {
    linear: RangedCoordf64,
    ticks: Vec<f64>,
}

impl TickAxis {
    fn new(range: (f64, f64), ticks: &[(f64, String)]) -> TickAxis {
        TickAxis {
            linear: (range.0..range.1).into(),
            ticks: ticks.iter().map(|(v, _)| *v).collect(),
        }
    }
}

impl Ranged for TickAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.linear.map(value, limit)
    }

    fn key_points<H: KeyPointHint>(&self, hint: H) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.linear.range()
    }
}

fn err<E: std::fmt::Display>(e: E) -> ChartError {
    ChartError::Draw(e.to_string())
}

/// The text of the tick at `v` (ticks are exact values we chose; plotters hands them back).
fn tick_text(ticks: &[(f64, String)], v: f64) -> String {
    ticks
        .iter()
        .find(|(t, _)| (t - v).abs() <= 1e-9 * t.abs().max(1.0))
        .map(|(_, s)| s.clone())
        .unwrap_or_default()
}

/// Runs of consecutive present values: each is drawn as its own path, so a None is a gap.
pub fn runs(offsets: &[f64], values: &[Option<f64>]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current = Vec::new();
    for (x, v) in offsets.iter().zip(values) {
        match v {
            Some(v) => current.push((*x, *v)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

pub fn draw<DB: DrawingBackend>(
    backend: DB,
    p: &Prepared,
    pal: &Palette,
    bitmap: bool,
) -> Result<Drawn, ChartError> {
    super::bitmap::ensure_font()?;
    let root = backend.into_drawing_area();
    if let Some(bg) = pal.background {
        root.fill(&bg).map_err(err)?;
    }
    let text = |size: f64| TextStyle::from(("sans-serif", size).into_font()).color(&pal.label);
    let area = if bitmap && !p.title.is_empty() {
        root.margin(10, 0, 0, 0)
            .titled(&p.title, text(20.0))
            .map_err(err)?
    } else {
        root.clone()
    };
    if p.empty {
        let (w, h) = area.dim_in_pixel();
        let style = text(18.0).pos(Pos::new(HPos::Center, VPos::Center));
        let at = (w as i32 / 2, h as i32 / 2);
        area.draw(&Text::new(p.empty_text.clone(), at, style))
            .map_err(err)?;
        root.present().map_err(err)?;
        let plot = PlotArea {
            left: 0,
            top: 0,
            width: p.width as i32,
            height: p.height as i32,
        };
        return Ok(Drawn {
            plot,
            x_domain: None,
            y_domain: None,
        });
    }

    let tick_font = text(14.0);
    let widest_tick = p
        .y_ticks
        .iter()
        .filter_map(|(_, t)| area.estimate_text_size(t, &tick_font).ok())
        .map(|(w, _)| w)
        .max()
        .unwrap_or(0);
    let desc_room = if p.y_label.is_empty() { 0 } else { 24 };
    let mut chart = ChartBuilder::on(&area)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(widest_tick + 14 + desc_room)
        .build_cartesian_2d(
            TickAxis::new(p.x_range, &p.x_ticks),
            TickAxis::new(p.y_range, &p.y_ticks),
        )
        .map_err(err)?;
    let x_text = |v: &f64| tick_text(&p.x_ticks, *v);
    let y_text = |v: &f64| tick_text(&p.y_ticks, *v);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(p.x_ticks.len())
        .y_labels(p.y_ticks.len())
        .x_label_formatter(&x_text)
        .y_label_formatter(&y_text)
        .bold_line_style(pal.grid.stroke_width(1))
        .light_line_style(TRANSPARENT)
        .axis_style(pal.axis.stroke_width(1))
        .label_style(tick_font.clone())
        .y_desc(p.y_label.as_str())
        .axis_desc_style(text(14.0))
        .draw()
        .map_err(err)?;

    let bars: Vec<usize> = match p.kind {
        FigureKind::Bars => (0..p.series.len())
            .filter(|i| {
                matches!(
                    p.series[*i].role,
                    SeriesRole::Primary | SeriesRole::Secondary
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    let bar_w = 0.8 / bars.len().max(1) as f64;
    for (i, s) in p.series.iter().enumerate() {
        let colour = pal.series(i);
        if let Some(slot) = bars.iter().position(|b| *b == i) {
            let left = -0.4 + slot as f64 * bar_w;
            let rects = p.offsets.iter().zip(&s.values).filter_map(|(x, v)| {
                v.map(|v| Rectangle::new([(x + left, 0.0), (x + left + bar_w, v)], colour.filled()))
            });
            chart.draw_series(rects).map_err(err)?;
        } else {
            let area_fill = p.kind == FigureKind::LineArea && s.role == SeriesRole::Primary;
            let dashed = bitmap && matches!(s.role, SeriesRole::Ideal | SeriesRole::Projected);
            let line = colour.stroke_width(2);
            for run in runs(&p.offsets, &s.values) {
                if area_fill && run.len() > 1 {
                    let fill = colour.mix(0.18);
                    chart
                        .draw_series(AreaSeries::new(run.iter().copied(), 0.0, fill))
                        .map_err(err)?;
                }
                if run.len() == 1 {
                    let c = Circle::new(run[0], 3, colour.filled());
                    chart.draw_series(std::iter::once(c)).map_err(err)?;
                } else if dashed {
                    let (dash, gap) = if s.role == SeriesRole::Ideal {
                        (6, 4)
                    } else {
                        (2, 4)
                    };
                    let series = DashedLineSeries::new(run, dash, gap, line);
                    chart.draw_series(series).map_err(err)?;
                } else {
                    let path = PathElement::new(run, line);
                    chart.draw_series(std::iter::once(path)).map_err(err)?;
                }
            }
        }
        if p.series.len() > 1 {
            let key = pal.key(i).stroke_width(3);
            chart
                .draw_series(std::iter::empty::<PathElement<(f64, f64)>>())
                .map_err(err)?
                .label(s.label.as_str())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], key));
        }
    }
    if p.series.len() > 1 {
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .margin(8)
            .background_style(pal.legend_bg.mix(0.85))
            .border_style(pal.legend_border)
            .label_font(tick_font)
            .draw()
            .map_err(err)?;
    }

    let (x0, x1, y0, y1) = (p.x_range.0, p.x_range.1, p.y_range.0, p.y_range.1);
    let top_left = chart.backend_coord(&(x0, y1));
    let bottom_right = chart.backend_coord(&(x1, y0));
    root.present().map_err(err)?;
    let (Some(first), Some(last)) = (p.first, p.last) else {
        return Err(ChartError::Draw("a chart with values has dates".into()));
    };
    Ok(Drawn {
        plot: PlotArea {
            left: top_left.0,
            top: top_left.1,
            width: bottom_right.0 - top_left.0,
            height: bottom_right.1 - top_left.1,
        },
        x_domain: Some(XDomain {
            first,
            last,
            min: x0,
            max: x1,
        }),
        y_domain: Some(YDomain { min: y0, max: y1 }),
    })
}
