//! A chart as a file of its own: the page's sanitized SVG (the only markup the writer emits)
//! with the light theme's colours in one constant style block, since a file has no page CSS to
//! colour its classes.

use super::ChartSvg;

/// The page's colours for the writer's classes (see Figure.svelte), light theme.
const LIGHT: &str = "<style>svg{background:#ffffff;color:#5d5d70;font-family:sans-serif}\
.series-0{color:#6d28d9}.series-1{color:#0f766e}.series-2{color:#b45309}.series-3{color:#be185d}\
.axis,.label{color:#5d5d70}.grid{color:#dedee8}.legend-bg{fill:#ffffff}.legend-border{color:#dedee8}</style>";

/// The SVG file: the sanitized markup with [`LIGHT`] right after the root's opening tag.
pub fn standalone_svg(chart: &ChartSvg) -> String {
    let svg = &chart.svg;
    match svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j + 1))
    {
        Some(at) => format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}{LIGHT}{}",
            &svg[..at],
            &svg[at..]
        ),
        None => svg.clone(),
    }
}
