//! The native save dialog, opened from Rust so the page never gets file-system access.

use crescendo_core::campaign_page::export::ExportFile;
use crescendo_core::{AppError, ErrorCode};
use std::path::PathBuf;
use tauri_plugin_dialog::DialogExt;

/// Asks where to save `file` (its name suggested); None when the manager closes the dialog.
pub async fn save_path<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    file: &ExportFile,
) -> Result<Option<PathBuf>, AppError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_file_name(&file.file_name)
        .add_filter(file.filter_label, &[file.extension])
        .save_file(move |picked| {
            let _ = tx.send(picked);
        });
    let picked = rx.await.map_err(|_| {
        AppError::new(
            ErrorCode::Internal,
            "The save dialog closed without an answer.",
        )
    })?;
    match picked.map(|p| p.into_path()) {
        None => Ok(None),
        Some(Ok(path)) => Ok(Some(path)),
        Some(Err(e)) => Err(AppError::new(
            ErrorCode::Validation,
            format!("That place cannot be saved to: {e}"),
        )),
    }
}
