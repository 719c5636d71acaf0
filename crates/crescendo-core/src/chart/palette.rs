//! Colours. The SVG is drawn with sentinel colours, one per part, that the writer turns into
//! classes (`series-N`, `axis`, `grid`, `label`...) and currentColor; the PNG gets a theme's
//! concrete colours.

use plotters::style::RGBColor;

use super::Theme;

#[derive(Debug, Clone)]
pub struct Palette {
    /// Filled behind everything (PNG only; the SVG is transparent and takes the page's colour).
    pub background: Option<RGBColor>,
    pub axis: RGBColor,
    pub grid: RGBColor,
    pub label: RGBColor,
    pub legend_bg: RGBColor,
    pub legend_border: RGBColor,
    series: Vec<RGBColor>,
    keys: Vec<RGBColor>,
}

/// What a sentinel colour stood for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Series(usize),
    LegendKey(usize),
    Axis,
    Grid,
    Label,
    LegendBg,
    LegendBorder,
}

const MAX: usize = super::prepare::MAX_SERIES;

impl Palette {
    /// One distinct colour per part (the SVG's): red 1 is a series, red 2 its legend key, and
    /// red 3 to 7 the chart's furniture.
    pub fn sentinel() -> Palette {
        Palette {
            background: None,
            axis: RGBColor(3, 0, 0),
            grid: RGBColor(4, 0, 0),
            label: RGBColor(5, 0, 0),
            legend_bg: RGBColor(6, 0, 0),
            legend_border: RGBColor(7, 0, 0),
            series: (0..MAX).map(|i| RGBColor(1, 0, i as u8)).collect(),
            keys: (0..MAX).map(|i| RGBColor(2, 0, i as u8)).collect(),
        }
    }

    /// The PNG's colours: series hues that keep 3:1 contrast on the theme's background.
    pub fn theme(theme: Theme) -> Palette {
        let (bg, fg, grid, series): (_, _, _, &[(u8, u8, u8)]) = match theme {
            Theme::Light => (
                RGBColor(255, 255, 255),
                RGBColor(31, 41, 55),
                RGBColor(229, 231, 235),
                &[
                    (37, 99, 235),
                    (234, 88, 12),
                    (22, 163, 74),
                    (147, 51, 234),
                    (219, 39, 119),
                    (13, 148, 136),
                ],
            ),
            Theme::Dark => (
                RGBColor(17, 24, 39),
                RGBColor(229, 231, 235),
                RGBColor(55, 65, 81),
                &[
                    (96, 165, 250),
                    (251, 146, 60),
                    (74, 222, 128),
                    (192, 132, 252),
                    (244, 114, 182),
                    (45, 212, 191),
                ],
            ),
        };
        let series: Vec<RGBColor> = (0..MAX)
            .map(|i| {
                let (r, g, b) = series[i % series.len()];
                RGBColor(r, g, b)
            })
            .collect();
        Palette {
            background: Some(bg),
            axis: fg,
            grid,
            label: fg,
            legend_bg: bg,
            legend_border: grid,
            keys: series.clone(),
            series,
        }
    }

    pub fn series(&self, i: usize) -> RGBColor {
        self.series[i % self.series.len()]
    }

    pub fn key(&self, i: usize) -> RGBColor {
        self.keys[i % self.keys.len()]
    }
}

/// The part a sentinel colour ("#01000A", as plotters writes it) stands for.
pub fn part_of(hex: &str) -> Option<Part> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    let (r, g, b) = (byte(0)?, byte(2)?, byte(4)? as usize);
    match (r, g, b) {
        (1, 0, i) if i < MAX => Some(Part::Series(i)),
        (2, 0, i) if i < MAX => Some(Part::LegendKey(i)),
        (3, 0, 0) => Some(Part::Axis),
        (4, 0, 0) => Some(Part::Grid),
        (5, 0, 0) => Some(Part::Label),
        (6, 0, 0) => Some(Part::LegendBg),
        (7, 0, 0) => Some(Part::LegendBorder),
        _ => None,
    }
}
