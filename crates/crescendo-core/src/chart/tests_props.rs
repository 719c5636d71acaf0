//! Property tests: hostile names and titles never escape their text, and no value (NaN,
//! infinities, huge, negative) breaks the chart.

use proptest::prelude::*;
use roxmltree::Document;

use super::prepare::clean_text;
use super::tests::figure;
use super::tests_writer::assert_allowlisted;
use super::*;

fn hostile() -> impl Strategy<Value = String> {
    let snippets = prop::sample::select(vec![
        "</title><script>alert(1)</script>",
        "\"onload=\"alert(1)",
        "' onmouseover='x",
        "]]>",
        "<![CDATA[x]]>",
        "<!-- -->",
        "&amp;&lt;&#x3c;&#0;",
        "<foreignObject><iframe src=x>",
        "<style>*{fill:red}</style>",
        "url(javascript:alert(1))",
        "\u{0}\u{1}\u{8}\u{b}\u{c}\u{1b}\u{7f}\u{85}",
        "\u{202e}gnp.exe\u{202c}\u{2066}x\u{2069}",
        "\u{feff}\u{fffe}\u{ffff}\u{fdd0}",
        "Más ñ 日本語 العربية",
        "\r\n\t",
    ]);
    let piece = prop_oneof![
        snippets.prop_map(str::to_string),
        any::<String>(),
        "[<>&\"'\\]\\[!/=a-z ]{0,40}",
    ];
    prop_oneof![
        prop::collection::vec(piece.clone(), 0..6).prop_map(|v| v.concat()),
        (piece, 2000usize..2600).prop_map(|(p, n)| {
            let p = if p.is_empty() { "<x>".to_string() } else { p };
            p.repeat(n).chars().take(10_000).collect()
        }),
    ]
}

fn tag_sequence(svg: &str) -> Vec<String> {
    let doc = Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name().to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn hostile_names_stay_text(
        title in hostile(),
        description in hostile(),
        y_label in hostile(),
        labels in prop::collection::vec(hostile(), 2),
        empty_text in hostile(),
        empty in any::<bool>(),
    ) {
        let mut fig = figure(if empty { 0 } else { 30 }, if empty { 0 } else { 2 }, FigureKind::Line);
        let benign_out = svg(&fig, &ChartOptions::default()).unwrap();
        fig.title = title.clone();
        fig.description = description.clone();
        fig.y_label = y_label;
        for (s, l) in fig.series.iter_mut().zip(&labels) {
            s.label = l.clone();
        }
        let options = ChartOptions { empty_text, ..ChartOptions::default() };
        let out = svg(&fig, &options).unwrap();
        assert_allowlisted(&out.svg);
        // Hostile text adds no element and removes none.
        prop_assert_eq!(tag_sequence(&out.svg), tag_sequence(&benign_out.svg));
        // And reads back as exactly the text it was (cleaned, never re-interpreted).
        let doc = Document::parse(&out.svg).unwrap();
        let text_of = |tag: &str| doc.descendants().find(|n| n.has_tag_name(tag))
            .and_then(|n| n.text()).unwrap_or("").to_string();
        prop_assert_eq!(text_of("title"), clean_text(&title, 200));
        prop_assert_eq!(text_of("desc"), clean_text(&description, 1000));
        let root = doc.root_element();
        prop_assert_eq!(root.attribute("role"), Some("img"));
        let ids: Vec<&str> = root.attribute("aria-labelledby").unwrap().split(' ').collect();
        for (id, tag) in ids.iter().zip(["title", "desc"]) {
            let target = doc.descendants().find(|n| n.attribute("id") == Some(id));
            prop_assert_eq!(target.map(|n| n.tag_name().name()), Some(tag));
        }
    }

    #[test]
    fn any_values_draw_a_finite_chart(
        values in prop::collection::vec(
            prop_oneof![
                Just(None),
                any::<f64>().prop_map(Some),
                (-1e6f64..1e6).prop_map(Some),
                prop::sample::select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY,
                    f64::MAX, f64::MIN, f64::MIN_POSITIVE, -0.0, 1e15, -1e15]).prop_map(Some),
            ],
            0..60,
        ),
        kind in prop::sample::select(vec![FigureKind::Line, FigureKind::Bars, FigureKind::LineArea]),
        (width, height) in (100u32..1400, 100u32..700),
        locale in prop::sample::select(vec!["en-US", "es-MX", "ja-JP", "de-DE", "ar-EG", "zz"]),
    ) {
        let mut fig = figure(values.len(), 2, kind);
        fig.series[0].values = values.clone();
        fig.series[1].values = values.iter().rev().copied().collect();
        let options = ChartOptions { width, height, locale: locale.into(), ..ChartOptions::default() };
        let out = svg(&fig, &options).unwrap();
        assert_allowlisted(&out.svg);
        let has_value = values.iter().flatten().any(|v| v.is_finite() && v.abs() <= 1e15);
        prop_assert_eq!(out.empty, !has_value);
        if let Some(y) = out.y_domain {
            prop_assert!(y.min.is_finite() && y.max.is_finite() && y.min < y.max);
            for v in values.iter().flatten().filter(|v| v.is_finite() && v.abs() <= 1e15) {
                prop_assert!(y.min <= *v && *v <= y.max, "{} outside {:?}", v, y);
            }
        }
    }
}

proptest! {
    // The PNG is slow in debug builds: fewer cases, the same hostile text.
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn hostile_text_never_breaks_the_png(title in hostile(), label in hostile()) {
        let mut fig = figure(20, 2, FigureKind::LineArea);
        fig.title = title;
        fig.series[1].label = label;
        let bytes = png(&fig, &ChartOptions::default(), Theme::Dark).unwrap();
        prop_assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    }
}
