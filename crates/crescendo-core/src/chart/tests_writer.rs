//! The allowlist writer on its own: whatever it is handed, only allowlisted elements and
//! attributes with checked values come out, and text is escaped.

use roxmltree::Document;

use super::prepare::prepare;
use super::tests::figure;
use super::writer::{rewrite, SafeSvg};
use super::*;

/// The reviewed lists, kept here apart from the code's so widening those fails a test.
const ELEMENTS: &[&str] = &[
    "svg", "g", "title", "desc", "path", "line", "polyline", "polygon", "rect", "circle", "text",
    "tspan",
];
const ATTRIBUTES: &[&str] = &[
    "xmlns",
    "viewBox",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "dx",
    "dy",
    "points",
    "d",
    "transform",
    "id",
    "class",
    "role",
    "aria-labelledby",
    "aria-hidden",
    "text-anchor",
    "dominant-baseline",
    "font-size",
    "font-weight",
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "opacity",
    "fill-opacity",
    "stroke-opacity",
];

#[test]
fn the_lists_are_the_reviewed_ones() {
    assert_eq!(ALLOWED_ELEMENTS, ELEMENTS);
    assert_eq!(ALLOWED_ATTRIBUTES, ATTRIBUTES);
}

/// Every element and attribute of `svg` is allowlisted; no value can load or run anything.
pub fn assert_allowlisted(svg: &str) {
    let doc = Document::parse(svg).unwrap_or_else(|e| panic!("{e}: {svg}"));
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(ELEMENTS.contains(&name), "element {name}");
        assert_eq!(
            node.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        for a in node.attributes() {
            assert!(a.namespace().is_none(), "namespaced attribute {}", a.name());
            assert!(
                ALLOWED_ATTRIBUTES.contains(&a.name()),
                "attribute {}",
                a.name()
            );
            let v = a.value().to_ascii_lowercase();
            for bad in ["url(", "javascript:", "nan", "inf", "expression(", "<", "&"] {
                assert!(!v.contains(bad), "{}={v}", a.name());
            }
        }
    }
}

#[test]
fn the_writer_refuses_what_is_not_on_the_lists() {
    let mut w = SafeSvg::new();
    w.open("svg", &[("xmlns", "http://www.w3.org/2000/svg")]);
    for el in [
        "script",
        "style",
        "foreignObject",
        "image",
        "a",
        "use",
        "iframe",
        "animate",
    ] {
        assert!(!w.element(el, &[("x", "1")]), "{el} written");
    }
    w.element(
        "rect",
        &[
            ("x", "1"),
            ("style", "fill:red"),
            ("onload", "alert(1)"),
            ("href", "javascript:alert(1)"),
            ("xlink:href", "#a"),
            ("fill", "url(#gradient)"),
            ("stroke", "red"),
            ("width", "NaN"),
            ("height", "inf"),
            ("y", "1e400"),
            ("class", "a\" onload=\"x"),
            ("transform", "rotate(90) url(x)"),
            ("id", "x\"><script>"),
        ],
    );
    w.open("text", &[("x", "2")]);
    w.text("</text><script>alert(1)</script>]]>\u{0}\u{1b}\u{202e}&amp;");
    let out = w.finish();
    assert_eq!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect x=\"1\"/><text x=\"2\">\
         &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;&amp;amp;</text></svg>"
    );
    assert_allowlisted(&out);
}

#[test]
fn values_are_checked_by_kind() {
    let mut w = SafeSvg::new();
    w.element(
        "polyline",
        &[
            ("points", "1,2 3,4 "),
            ("stroke-dasharray", "6 4"),
            ("fill", "none"),
            ("stroke", "currentColor"),
            ("class", "series series-0 line"),
        ],
    );
    w.element(
        "text",
        &[("dy", "0.76em"), ("transform", "rotate(270, 12, 196)")],
    );
    w.element("text", &[("dy", "1vw"), ("transform", "skewX(3)")]);
    w.element("circle", &[("points", "1,NaN"), ("class", "Upper")]);
    assert_eq!(
        w.finish(),
        "<polyline points=\"1,2 3,4 \" stroke-dasharray=\"6 4\" fill=\"none\" \
         stroke=\"currentColor\" class=\"series series-0 line\"/>\
         <text dy=\"0.76em\" transform=\"rotate(270, 12, 196)\"/><text/><circle/>"
    );
}

/// plotters' output is not trusted either: smuggled elements, attributes and foreign colours
/// in what the writer reads back are all dropped.
#[test]
fn smuggled_markup_in_the_drawn_svg_is_dropped() {
    let raw = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="400">
<script>alert(1)</script>
<style>*{}</style>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
<image xlink:href="https://example.com/x.png" fill="#010000"/>
<rect x="1" y="2" width="3" height="4" fill="#010000" stroke="none" style="fill:red" onclick="x()"/>
<rect x="1" y="2" width="3" height="4" fill="#FF0000" stroke="none"/>
<polyline points="1,1 2,2" stroke="#010001" fill="none" xlink:href="#x"/>
<text x="1" y="2" fill="#050000" font-family="evil" onmouseover="x()">a<tspan>b</tspan></text>
<g fill="#010000"><rect x="1" y="1" width="1" height="1" fill="#010000"/></g>
</svg>"##;
    let mut fig = figure(5, 2, FigureKind::Bars);
    fig.title = "t".into();
    let p = prepare(&fig, &ChartOptions::default(), |_| true).unwrap();
    let out = rewrite(raw, &p).unwrap();
    assert_allowlisted(&out);
    let doc = Document::parse(&out).unwrap();
    let names: Vec<&str> = doc
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(names, vec!["title", "desc", "rect", "polyline", "text"]);
    assert!(out.contains("class=\"series series-0 role-primary bar\""));
    assert!(out.contains(">ab</text>"));
    assert!(!out.contains("evil") && !out.contains("example.com"));
}
