//! Exports of the campaign page: the daily stats as CSV (core's one report, the numbers the
//! tiles show) and any figure as SVG or PNG, named after the campaign, written whole or not at
//! all. Where the file goes is the manager's choice (the app's save dialog).

use super::{charts, CampaignDetail};
use crate::analytics::campaign_csv;
use crate::chart::{self, Theme};
use crate::{AppError, ErrorCode};
use serde::Deserialize;
use std::path::Path;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Csv,
    Svg,
    Png,
}

/// What to export: the daily stats (CSV), or one figure (`figure`: its key, "spend") as SVG or
/// PNG.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    pub format: ExportFormat,
    pub figure: Option<String>,
}

/// A file ready to save: its suggested name, its bytes, and the save dialog's filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub filter_label: &'static str,
    pub extension: &'static str,
}

/// "Midnight Drive — release push" #5001 → "midnight-drive-release-push-5001".
pub fn file_stem(name: &str, id: &str) -> String {
    let mut out = String::new();
    for ch in name.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    let stem = out.trim_end_matches('-');
    let id: String = id.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    match (stem.is_empty(), id.is_empty()) {
        (true, true) => "campaign".into(),
        (true, false) => format!("campaign-{id}"),
        (false, true) => stem.to_string(),
        (false, false) => format!("{stem}-{id}"),
    }
}

pub fn export(
    d: &CampaignDetail,
    req: &ExportRequest,
    locale: &str,
) -> Result<ExportFile, AppError> {
    let stem = file_stem(&d.campaign.name, &d.campaign.id);
    let internal = |what: &str, e: &dyn std::fmt::Display| {
        AppError::new(
            ErrorCode::Internal,
            format!("The {what} could not be made: {e}"),
        )
    };
    if req.format == ExportFormat::Csv {
        let csv = campaign_csv(&d.report).map_err(|e| internal("CSV", &e))?;
        return Ok(ExportFile {
            file_name: format!("{stem}-daily.csv"),
            bytes: csv.into_bytes(),
            filter_label: "CSV",
            extension: "csv",
        });
    }
    let key = req.figure.as_deref().unwrap_or_default();
    let unknown = || {
        AppError::new(
            ErrorCode::Validation,
            format!("There is no chart {key:?} on this page to export."),
        )
    };
    if req.format == ExportFormat::Svg {
        let fig = d
            .figures
            .iter()
            .find(|f| f.key == key)
            .ok_or_else(unknown)?;
        return Ok(ExportFile {
            file_name: format!("{stem}-{key}.svg"),
            bytes: chart::standalone_svg(&fig.chart).into_bytes(),
            filter_label: "SVG image",
            extension: "svg",
        });
    }
    let (_, fig, _) = charts::specs(&d.report)
        .into_iter()
        .find(|(k, _, _)| *k == key)
        .ok_or_else(unknown)?;
    let png = chart::png(&fig, &charts::options(locale), Theme::Light)
        .map_err(|e| internal("PNG", &e))?;
    Ok(ExportFile {
        file_name: format!("{stem}-{key}.png"),
        bytes: png,
        filter_label: "PNG image",
        extension: "png",
    })
}

/// Writes the file whole (a temporary file renamed into place) or not at all.
pub fn save(path: &Path, file: &ExportFile) -> Result<(), AppError> {
    crate::durable::write_atomic(path, &file.bytes).map_err(|e| {
        AppError::new(
            ErrorCode::Internal,
            format!("{} could not be saved: {e}", path.display()),
        )
    })
}
