//! One 365-day, 4-series chart to sanitized SVG (target: under 5 ms in release), and the same
//! chart as a PNG for comparison.

use chrono::NaiveDate;
use crescendo_core::chart::{
    png, svg, ChartOptions, Figure, FigureKind, Series, SeriesRole, Theme, Unit,
};
use criterion::{criterion_group, criterion_main, Criterion};

fn year_figure() -> Figure {
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let x: Vec<NaiveDate> = (0..365)
        .map(|i| start + chrono::Duration::days(i))
        .collect();
    let roles = [
        SeriesRole::Primary,
        SeriesRole::Secondary,
        SeriesRole::Ideal,
        SeriesRole::Projected,
    ];
    let series = roles
        .iter()
        .enumerate()
        .map(|(s, role)| Series {
            label: format!("Campaign {s}"),
            role: *role,
            values: (0..365)
                .map(|i| {
                    // A gap every 50 days, like a paused stretch.
                    (i % 50 != 7).then(|| (s + 1) as f64 * 40.0 + (i as f64 / 11.0).sin() * 25.0)
                })
                .collect(),
            unit: Unit::Money {
                currency: "MXN".into(),
                exponent: 2,
            },
        })
        .collect();
    Figure {
        title: "Daily spend".into(),
        description: "Spend per day for four campaigns".into(),
        kind: FigureKind::Line,
        x,
        y_label: "Spend (MXN)".into(),
        series,
    }
}

fn bench(c: &mut Criterion) {
    let figure = year_figure();
    let options = ChartOptions {
        width: 1000,
        height: 500,
        locale: "es-MX".into(),
        ..ChartOptions::default()
    };
    c.bench_function("svg_365_days_4_series", |b| {
        b.iter(|| svg(std::hint::black_box(&figure), &options))
    });
    c.bench_function("png_365_days_4_series", |b| {
        b.iter(|| png(std::hint::black_box(&figure), &options, Theme::Light))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
