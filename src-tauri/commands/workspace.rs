use crate::state::AppState;
use crescendo_core::shield::shield;
use crescendo_core::{AppError, WorkspaceInfo};
use tauri::State;

#[tauri::command]
pub async fn workspace_info(state: State<'_, AppState>) -> Result<WorkspaceInfo, AppError> {
    shield(async { state.session()?.info().await }).await
}
