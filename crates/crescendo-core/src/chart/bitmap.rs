//! PNG export: the chart drawn into an RGB buffer with a theme's colours and the embedded
//! DejaVu Sans (assets/fonts, its licence beside it), then encoded with the `png` crate.
//! The font is also what plotters measures text with for the SVG's layout.

use std::sync::OnceLock;

use plotters::backend::BitMapBackend;
use plotters::style::FontStyle;

use super::palette::Palette;
use super::{draw, prepare, ChartError, ChartOptions, Figure, Theme};

static FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Registers the embedded font as plotters' "sans-serif" once per process.
pub fn ensure_font() -> Result<(), ChartError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| {
        plotters::style::register_font("sans-serif", FontStyle::Normal, FONT).is_ok()
    });
    if ok {
        Ok(())
    } else {
        Err(ChartError::Font)
    }
}

/// Whether the embedded font has a glyph for every character of `text`.
pub fn covered(text: &str) -> bool {
    use ab_glyph::Font;
    match ab_glyph::FontRef::try_from_slice(FONT) {
        Ok(font) => text
            .chars()
            .all(|c| c.is_whitespace() || font.glyph_id(c).0 != 0),
        Err(_) => false,
    }
}

/// The chart as a PNG in `theme`'s colours, with the title as a caption.
pub fn png(figure: &Figure, options: &ChartOptions, theme: Theme) -> Result<Vec<u8>, ChartError> {
    let prepared = prepare::prepare(figure, options, covered)?;
    let (w, h) = (prepared.width, prepared.height);
    let mut rgb = vec![0u8; w as usize * h as usize * 3];
    {
        let backend = BitMapBackend::with_buffer(&mut rgb, (w, h));
        draw::draw(backend, &prepared, &Palette::theme(theme), true)?;
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder
            .write_header()
            .map_err(|e| ChartError::Encode(e.to_string()))?;
        writer
            .write_image_data(&rgb)
            .map_err(|e| ChartError::Encode(e.to_string()))?;
        writer
            .finish()
            .map_err(|e| ChartError::Encode(e.to_string()))?;
    }
    Ok(out)
}
