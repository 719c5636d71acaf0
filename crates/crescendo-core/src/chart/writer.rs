//! The one way chart markup reaches the page. plotters' SVG is parsed back with roxmltree
//! (a strict, read-only XML parser: no DTD entities expanded, no external loads) and every
//! element is re-emitted through [`SafeSvg`], which writes only allowlisted elements and
//! attributes with values it has checked, and escapes all text. Anything unknown is dropped.

use roxmltree::{Document, Node};

use super::palette::{part_of, Part};
use super::prepare::Prepared;
use super::{ChartError, SeriesRole};

pub const ALLOWED_ELEMENTS: &[&str] = &[
    "svg", "g", "title", "desc", "path", "line", "polyline", "polygon", "rect", "circle", "text",
    "tspan",
];

pub const ALLOWED_ATTRIBUTES: &[&str] = &[
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

fn number(v: &str) -> bool {
    v.parse::<f64>().map(|n| n.is_finite()).unwrap_or(false)
}

fn numbers(v: &str, min: usize) -> bool {
    let parts: Vec<&str> = v
        .split(|c: char| c == ',' || c.is_ascii_whitespace())
        .filter(|s| !s.is_empty())
        .collect();
    parts.len() >= min && parts.iter().all(|p| number(p))
}

fn token_list(v: &str) -> bool {
    !v.is_empty()
        && v.split(' ').all(|t| {
            t.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// `rotate(a, x, y)`, `translate(x y)` or `scale(s)` with finite numbers, nothing else.
fn transform(v: &str) -> bool {
    let Some((name, rest)) = v.split_once('(') else {
        return false;
    };
    let Some(args) = rest.strip_suffix(')') else {
        return false;
    };
    matches!(name.trim(), "rotate" | "translate" | "scale") && numbers(args, 1)
}

/// Whether `value` is acceptable for the allowlisted attribute `name`.
fn valid(name: &str, value: &str) -> bool {
    match name {
        "xmlns" => value == "http://www.w3.org/2000/svg",
        "viewBox" => numbers(value, 4),
        "width" | "height" | "x" | "y" | "x1" | "y1" | "x2" | "y2" | "cx" | "cy" | "r"
        | "font-size" | "stroke-width" | "opacity" | "fill-opacity" | "stroke-opacity" => {
            number(value)
        }
        "dx" | "dy" => {
            let n = value.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let unit = &value[n.len()..];
            number(n) && matches!(unit, "" | "em" | "ex" | "px")
        }
        "points" | "stroke-dasharray" => numbers(value, 1),
        "d" => value
            .chars()
            .all(|c| c.is_ascii_digit() || " ,.-+eEMLHVCSQTAZmlhvcsqtaz".contains(c)),
        "transform" => transform(value),
        "id" | "aria-labelledby" => value.split(' ').all(|t| {
            t.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        }),
        "class" => token_list(value),
        "role" => matches!(value, "img" | "presentation" | "group"),
        "aria-hidden" => matches!(value, "true" | "false"),
        "text-anchor" => matches!(value, "start" | "middle" | "end"),
        "dominant-baseline" => matches!(value, "auto" | "middle" | "central" | "hanging"),
        "font-weight" => matches!(value, "normal" | "bold"),
        "fill" | "stroke" => matches!(value, "none" | "currentColor"),
        "stroke-linecap" => matches!(value, "butt" | "round" | "square"),
        "stroke-linejoin" => matches!(value, "miter" | "round" | "bevel"),
        _ => false,
    }
}

/// Characters XML 1.0 can carry, minus bidi overrides and isolates.
fn xml_char(c: char) -> bool {
    let u = c as u32;
    (u >= 0x20 || matches!(c, '\t' | '\n'))
        && !(0x7F..=0x9F).contains(&u)
        && !matches!(u, 0x202A..=0x202E | 0x2066..=0x2069 | 0xFFFE | 0xFFFF)
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars().filter(|c| xml_char(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The allowlist writer: elements and attributes outside the lists, and values that fail
/// their check, never reach the output.
pub struct SafeSvg {
    out: String,
    open: Vec<&'static str>,
}

impl SafeSvg {
    pub fn new() -> SafeSvg {
        SafeSvg {
            out: String::new(),
            open: Vec::new(),
        }
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)], empty: bool) -> bool {
        let Some(name) = ALLOWED_ELEMENTS.iter().find(|e| **e == name) else {
            return false;
        };
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            if let Some(k) = ALLOWED_ATTRIBUTES.iter().find(|a| *a == k) {
                if valid(k, v) {
                    self.out.push(' ');
                    self.out.push_str(k);
                    self.out.push_str("=\"");
                    escape_into(&mut self.out, v);
                    self.out.push('"');
                }
            }
        }
        if empty {
            self.out.push_str("/>");
        } else {
            self.out.push('>');
            self.open.push(name);
        }
        true
    }

    /// `<name attrs/>`; false (and nothing written) when `name` is not allowed.
    pub fn element(&mut self, name: &str, attrs: &[(&str, &str)]) -> bool {
        self.start(name, attrs, true)
    }

    /// `<name attrs>` left open for `text` and `close`.
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> bool {
        self.start(name, attrs, false)
    }

    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    pub fn close(&mut self) {
        if let Some(name) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
    }

    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }
}

fn role_class(role: SeriesRole) -> &'static str {
    match role {
        SeriesRole::Primary => "role-primary",
        SeriesRole::Secondary => "role-secondary",
        SeriesRole::Ideal => "role-ideal",
        SeriesRole::Projected => "role-projected",
    }
}

fn dashes(role: SeriesRole) -> Option<&'static str> {
    match role {
        SeriesRole::Ideal => Some("6 4"),
        SeriesRole::Projected => Some("2 4"),
        _ => None,
    }
}

/// A stable id for this chart's title and desc, so several charts on a page keep theirs apart.
fn chart_id(raw: &str, p: &Prepared) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in raw
        .bytes()
        .chain(p.title.bytes())
        .chain(p.description.bytes())
    {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    format!("chart-{:016x}", h)
}

/// Re-emits one plotters element (leaf or text) in class-and-currentColor form.
fn translate(node: Node, p: &Prepared, w: &mut SafeSvg) {
    let tag = node.tag_name().name();
    if !matches!(
        tag,
        "rect" | "line" | "polyline" | "polygon" | "circle" | "text"
    ) {
        return; // plotters draws only these
    }
    let paint = |a: &str| node.attribute(a).and_then(part_of);
    let (fill, stroke) = (paint("fill"), paint("stroke"));
    let Some(part) = fill.or(stroke) else {
        return; // no colour we drew with: not ours, dropped
    };
    let role = |i: usize| {
        p.series
            .get(i)
            .map(|s| s.role)
            .unwrap_or(SeriesRole::Primary)
    };
    let mut class = match part {
        Part::Series(i) => format!("series series-{i} {}", role_class(role(i))),
        Part::LegendKey(i) => format!("legend-key series-{i} {}", role_class(role(i))),
        Part::Axis => "axis".into(),
        Part::Grid => "grid".into(),
        Part::Label => "label".into(),
        Part::LegendBg => "legend-bg".into(),
        Part::LegendBorder => "legend-border".into(),
    };
    let kind = match (tag, fill.is_some()) {
        ("polygon", _) => " area",
        ("rect", true) if matches!(part, Part::Series(_)) => " bar",
        ("circle", _) => " point",
        ("polyline" | "line", _) if matches!(part, Part::Series(_)) => " line",
        _ => "",
    };
    class.push_str(kind);
    if p.empty && tag == "text" {
        class.push_str(" empty");
    }
    // The legend box takes the page's background through CSS; without CSS it is see-through.
    let painted = if part == Part::LegendBg {
        "none"
    } else {
        "currentColor"
    };
    let (fill_v, stroke_v) = match (fill.is_some(), stroke.is_some()) {
        (true, _) => (painted, "none"),
        (false, _) => ("none", painted),
    };
    let dash = match part {
        Part::Series(i) | Part::LegendKey(i) if stroke.is_some() => dashes(role(i)),
        _ => None,
    };
    let mut attrs: Vec<(&str, &str)> = vec![("class", &class), ("fill", fill_v)];
    if tag != "text" {
        attrs.push(("stroke", stroke_v));
    }
    if let Some(d) = dash {
        attrs.push(("stroke-dasharray", d));
    }
    const GEOMETRY: &[&str] = &[
        "x",
        "y",
        "x1",
        "y1",
        "x2",
        "y2",
        "cx",
        "cy",
        "r",
        "width",
        "height",
        "points",
        "dy",
        "text-anchor",
        "font-size",
        "font-weight",
        "transform",
        "stroke-width",
        "opacity",
    ];
    for a in node.attributes() {
        if GEOMETRY.contains(&a.name()) && !(a.name() == "opacity" && a.value() == "1") {
            attrs.push((a.name(), a.value()));
        }
    }
    if tag == "text" {
        let content: String = node
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        if w.open("text", &attrs) {
            w.text(content.trim());
            w.close();
        }
    } else {
        w.element(tag, &attrs);
    }
}

/// plotters' SVG re-emitted through [`SafeSvg`], with role="img", <title> and <desc>.
pub fn rewrite(raw: &str, p: &Prepared) -> Result<String, ChartError> {
    let doc = Document::parse(raw).map_err(|e| ChartError::Svg(e.to_string()))?;
    let id = chart_id(raw, p);
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled = format!("{title_id} {desc_id}");
    let (w, h) = (p.width.to_string(), p.height.to_string());
    let view_box = format!("0 0 {w} {h}");
    let mut out = SafeSvg::new();
    out.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", &view_box),
            ("width", &w),
            ("height", &h),
            ("class", "chart"),
            ("role", "img"),
            ("aria-labelledby", &labelled),
        ],
    );
    out.open("title", &[("id", &title_id)]);
    out.text(&p.title);
    out.close();
    out.open("desc", &[("id", &desc_id)]);
    out.text(&p.description);
    out.close();
    for node in doc.root_element().children().filter(|n| n.is_element()) {
        translate(node, p, &mut out);
    }
    Ok(out.finish())
}
