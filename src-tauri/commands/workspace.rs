use crate::state::AppState;
use crescendo_core::shield::shield;
use crescendo_core::startup::{self, Mark, UiMark};
use crescendo_core::{AppError, WorkspaceInfo};
use tauri::State;

#[tauri::command]
pub async fn workspace_info(state: State<'_, AppState>) -> Result<WorkspaceInfo, AppError> {
    shield(async { state.session()?.info().await }).await
}

/// A point of the page's startup (mounted, first data, painted), for the startup timeline.
#[tauri::command]
pub async fn startup_mark(mark: UiMark) -> Result<(), AppError> {
    shield(async {
        startup::mark(Mark::Ui(mark));
        Ok(())
    })
    .await
}
