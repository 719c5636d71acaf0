//! Structure of the drawn charts: series paths, axis ranges, gaps, empty state, determinism,
//! locale ticks, PNG export.

use chrono::NaiveDate;
use roxmltree::Document;

use super::*;

pub fn days(n: usize) -> Vec<NaiveDate> {
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    (0..n)
        .map(|i| start + chrono::Duration::days(i as i64))
        .collect()
}

pub fn usd() -> Unit {
    Unit::Money {
        currency: "USD".into(),
        exponent: 2,
    }
}

pub fn series(label: &str, role: SeriesRole, values: Vec<Option<f64>>) -> Series {
    Series {
        label: label.into(),
        role,
        values,
        unit: usd(),
    }
}

/// A pacing-like figure: `count` series over `n` days, smooth and deterministic.
pub fn figure(n: usize, count: usize, kind: FigureKind) -> Figure {
    let roles = [
        SeriesRole::Primary,
        SeriesRole::Secondary,
        SeriesRole::Ideal,
        SeriesRole::Projected,
    ];
    Figure {
        title: "Spend".into(),
        description: "Daily spend".into(),
        kind,
        x: days(n),
        y_label: "Spend (USD)".into(),
        series: (0..count)
            .map(|s| {
                let values = (0..n)
                    .map(|i| Some(10.0 * (s + 1) as f64 + (i as f64 / 9.0).sin() * 5.0 + i as f64))
                    .collect();
                series(&format!("Series {s}"), roles[s % 4], values)
            })
            .collect(),
    }
}

/// Every series-path element of a chart: (class, points) for polylines of series lines.
pub fn series_lines(svg: &str) -> Vec<(String, String)> {
    let doc = Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("polyline"))
        .filter(|n| {
            n.attribute("class")
                .unwrap_or("")
                .split(' ')
                .any(|c| c == "line")
        })
        .map(|n| {
            let class = n.attribute("class").unwrap().to_string();
            (class, n.attribute("points").unwrap_or("").to_string())
        })
        .collect()
}

fn series_index(class: &str) -> usize {
    class
        .split(' ')
        .find_map(|c| c.strip_prefix("series-"))
        .and_then(|i| i.parse().ok())
        .unwrap()
}

fn opts() -> ChartOptions {
    ChartOptions::default()
}

#[test]
fn one_path_per_series_and_every_point_inside_the_plot() {
    let fig = figure(365, 4, FigureKind::Line);
    let chart = svg(&fig, &opts()).unwrap();
    let lines = series_lines(&chart.svg);
    assert_eq!(lines.len(), 4, "{lines:?}");
    let mut seen: Vec<usize> = lines.iter().map(|(c, _)| series_index(c)).collect();
    seen.sort();
    assert_eq!(seen, vec![0, 1, 2, 3]);
    let p = chart.plot;
    for (_, points) in &lines {
        let pts: Vec<&str> = points.split_whitespace().collect();
        assert_eq!(pts.len(), 365);
        for pt in pts {
            let (x, y) = pt.split_once(',').unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            assert!(x >= p.left && x <= p.left + p.width, "x {x} outside {p:?}");
            assert!(y >= p.top && y <= p.top + p.height, "y {y} outside {p:?}");
        }
    }
}

#[test]
fn the_axes_cover_the_data() {
    let fig = figure(90, 3, FigureKind::Line);
    let chart = svg(&fig, &opts()).unwrap();
    let y = chart.y_domain.unwrap();
    let values = fig.series.iter().flat_map(|s| s.values.iter().flatten());
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)));
    assert!(y.min <= lo && y.max >= hi, "{y:?} vs {lo}..{hi}");
    assert!(y.min <= 0.0);
    let x = chart.x_domain.unwrap();
    assert_eq!((x.first, x.last), (fig.x[0], fig.x[89]));
    assert!(x.min <= 0.0 && x.max >= 89.0);
}

#[test]
fn roles_set_classes_and_dashes() {
    let chart = svg(&figure(30, 4, FigureKind::Line), &opts()).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    let dash_of = |role: &str| {
        doc.descendants()
            .find(|n| {
                n.has_tag_name("polyline")
                    && n.attribute("class").unwrap_or("").contains(role)
                    && n.attribute("class").unwrap_or("").contains("line")
            })
            .map(|n| n.attribute("stroke-dasharray").map(str::to_string))
            .unwrap()
    };
    assert_eq!(dash_of("role-primary"), None);
    assert_eq!(dash_of("role-ideal").as_deref(), Some("6 4"));
    assert_eq!(dash_of("role-projected").as_deref(), Some("2 4"));
    // Legend keys for each series, with the series' class.
    let keys = doc
        .descendants()
        .filter(|n| n.attribute("class").unwrap_or("").contains("legend-key"))
        .count();
    assert_eq!(keys, 4);
}

#[test]
fn none_nan_and_infinities_are_gaps() {
    let mut fig = figure(20, 1, FigureKind::Line);
    let v = &mut fig.series[0].values;
    v[5] = None;
    v[10] = Some(f64::NAN);
    v[15] = Some(f64::INFINITY);
    v[16] = Some(f64::NEG_INFINITY);
    v[17] = Some(1e300);
    let chart = svg(&fig, &opts()).unwrap();
    // Runs: 0-4, 6-9, 11-14, 18-19.
    let lens: Vec<usize> = series_lines(&chart.svg)
        .iter()
        .map(|(_, p)| p.split_whitespace().count())
        .collect();
    assert_eq!(lens, vec![5, 4, 4, 2]);
    let y = chart.y_domain.unwrap();
    assert!(y.max.is_finite() && y.max < 1000.0, "{y:?}");
    for bad in ["NaN", "inf", "e+"] {
        assert!(!chart.svg.contains(bad), "{bad} in output");
    }
}

#[test]
fn a_lone_value_is_a_point() {
    let mut fig = figure(9, 1, FigureKind::Line);
    fig.series[0].values = vec![None, None, None, None, Some(4.0), None, None, None, None];
    let chart = svg(&fig, &opts()).unwrap();
    assert!(chart
        .svg
        .contains("class=\"series series-0 role-primary point\""));
    assert!(!chart.empty);
}

#[test]
fn no_value_says_so_instead_of_drawing_axes() {
    for fig in [
        Figure {
            x: vec![],
            series: vec![],
            ..figure(0, 0, FigureKind::Line)
        },
        {
            let mut f = figure(30, 2, FigureKind::Bars);
            for s in &mut f.series {
                s.values = vec![Some(f64::NAN); 30];
            }
            f
        },
    ] {
        let chart = svg(&fig, &opts()).unwrap();
        assert!(chart.empty);
        assert_eq!((chart.x_domain, chart.y_domain), (None, None));
        let doc = Document::parse(&chart.svg).unwrap();
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(texts.contains(&"No data yet"), "{texts:?}");
        let drawn = doc
            .descendants()
            .filter(|n| n.has_tag_name("line") || n.has_tag_name("polyline"))
            .count();
        assert_eq!(drawn, 0, "an empty chart draws no axis");
    }
}

#[test]
fn identical_input_gives_identical_output() {
    for kind in [FigureKind::Line, FigureKind::Bars, FigureKind::LineArea] {
        let fig = figure(120, 3, kind);
        assert_eq!(svg(&fig, &opts()).unwrap(), svg(&fig, &opts()).unwrap());
    }
    let fig = figure(40, 2, FigureKind::LineArea);
    let a = png(&fig, &opts(), Theme::Dark).unwrap();
    assert_eq!(a, png(&fig, &opts(), Theme::Dark).unwrap());
}

#[test]
fn bars_and_areas_are_classed() {
    let chart = svg(&figure(10, 3, FigureKind::Bars), &opts()).unwrap();
    let bars = chart.svg.matches("bar\"").count();
    assert_eq!(bars, 20, "two bar series of ten days");
    assert_eq!(
        series_lines(&chart.svg).len(),
        1,
        "the ideal series stays a line"
    );
    let chart = svg(&figure(10, 2, FigureKind::LineArea), &opts()).unwrap();
    assert_eq!(chart.svg.matches("role-primary area\"").count(), 1);
}

#[test]
fn ticks_follow_the_locale_and_the_currency() {
    let mut fig = figure(200, 1, FigureKind::Line);
    fig.series[0].unit = Unit::Money {
        currency: "MXN".into(),
        exponent: 2,
    };
    fig.series[0].values = (0..200).map(|i| Some(i as f64 * 25.0)).collect();
    let es = ChartOptions {
        locale: "es-MX".into(),
        ..opts()
    };
    let chart = svg(&fig, &es).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").to_string())
        .collect();
    assert!(texts.contains(&"ene 2026".to_string()), "{texts:?}");
    assert!(texts.contains(&"feb".to_string()), "{texts:?}");
    assert!(texts.contains(&"5\u{202f}000.00".to_string()), "{texts:?}");
    let ja = ChartOptions {
        locale: "ja-JP".into(),
        ..opts()
    };
    fig.series[0].unit = Unit::Money {
        currency: "JPY".into(),
        exponent: 0,
    };
    let chart = svg(&fig, &ja).unwrap();
    assert!(chart.svg.contains(">2026年1月</text>"), "{}", chart.svg);
    assert!(chart.svg.contains(">3月</text>"));
    assert!(chart.svg.contains(">5,000</text>"));
}

#[test]
fn png_ticks_fall_back_to_digits_where_the_font_has_no_glyphs() {
    let fig = figure(200, 1, FigureKind::Line);
    let texts = |locale: &str, covered: fn(&str) -> bool| -> Vec<String> {
        let o = ChartOptions {
            locale: locale.into(),
            ..opts()
        };
        let p = prepare::prepare(&fig, &o, covered).unwrap();
        p.x_ticks.into_iter().take(2).map(|(_, t)| t).collect()
    };
    assert_eq!(texts("ja-JP", bitmap::covered), ["2026-01", "2026-02"]);
    assert_eq!(texts("ja-JP", |_| true), ["2026年1月", "2月"]);
    assert_eq!(texts("es-MX", bitmap::covered), ["ene 2026", "feb"]);
}

#[test]
fn bad_input_is_a_typed_error() {
    let fig = figure(10, 1, FigureKind::Line);
    let tiny = ChartOptions {
        width: 10,
        ..opts()
    };
    assert!(matches!(svg(&fig, &tiny), Err(ChartError::Size { .. })));
    let mut short = fig.clone();
    short.series[0].values.pop();
    assert_eq!(
        svg(&short, &opts()),
        Err(ChartError::Length {
            series: 0,
            expected: 10,
            got: 9
        })
    );
    let mut mixed = figure(10, 2, FigureKind::Line);
    mixed.series[1].unit = Unit::Count;
    assert_eq!(
        svg(&mixed, &opts()),
        Err(ChartError::MixedUnits { series: 1 })
    );
    let mut unordered = fig.clone();
    unordered.x.swap(2, 3);
    assert_eq!(svg(&unordered, &opts()), Err(ChartError::Unordered));
    let mut long = figure(2, 1, FigureKind::Line);
    long.x = vec![NaiveDate::MIN, NaiveDate::MAX];
    assert!(matches!(
        svg(&long, &opts()),
        Err(ChartError::DateSpan { .. })
    ));
    let huge = figure(prepare::MAX_POINTS + 1, 0, FigureKind::Line);
    assert!(matches!(
        png(&huge, &opts(), Theme::Light),
        Err(ChartError::TooManyPoints { .. })
    ));
}

#[test]
fn a_tiny_canvas_with_huge_ticks_still_draws() {
    let mut fig = figure(30, 2, FigureKind::Bars);
    fig.series[0].values[3] = Some(9.9e14);
    fig.series[1].label = "x".repeat(10_000);
    let tiny = ChartOptions {
        width: 100,
        height: 100,
        ..opts()
    };
    let chart = svg(&fig, &tiny).unwrap();
    assert!(!chart.empty);
    assert!(png(&fig, &tiny, Theme::Light).is_ok());
}

#[test]
fn png_export_is_a_png_of_the_asked_size() {
    let bytes = png(&figure(60, 2, FigureKind::Line), &opts(), Theme::Light).unwrap();
    let decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    assert_eq!((info.width, info.height), (800, 400));
}

/// Writes samples to look at: CHART_SAMPLES=dir cargo test -p crescendo-core write_samples -- --ignored
#[test]
#[ignore]
fn write_samples() {
    let dir = std::env::var("CHART_SAMPLES").unwrap();
    let mut fig = figure(120, 3, FigureKind::LineArea);
    fig.title = "Spring tour — <Ads> & \"Más\"".into();
    fig.series[2].values[40] = None;
    let o = ChartOptions {
        locale: "es-MX".into(),
        width: 900,
        height: 420,
        ..opts()
    };
    std::fs::write(
        format!("{dir}/light.png"),
        png(&fig, &o, Theme::Light).unwrap(),
    )
    .unwrap();
    std::fs::write(
        format!("{dir}/dark.png"),
        png(&fig, &o, Theme::Dark).unwrap(),
    )
    .unwrap();
    std::fs::write(format!("{dir}/chart.svg"), svg(&fig, &o).unwrap().svg).unwrap();
    let bars = figure(21, 2, FigureKind::Bars);
    let o = ChartOptions {
        locale: "ja-JP".into(),
        ..o
    };
    std::fs::write(
        format!("{dir}/bars-ja.png"),
        png(&bars, &o, Theme::Light).unwrap(),
    )
    .unwrap();
    let empty = figure(0, 0, FigureKind::Line);
    std::fs::write(
        format!("{dir}/empty.png"),
        png(&empty, &o, Theme::Dark).unwrap(),
    )
    .unwrap();
}
