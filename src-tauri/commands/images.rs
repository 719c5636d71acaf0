use crate::state::AppState;
use crescendo_core::shield::shield;
use crescendo_core::AppError;
use tauri::State;

/// An artwork or thumbnail address as a `data:` URL, fetched and cached by core (the page's
/// CSP allows no remote image).
#[tauri::command]
pub async fn image(state: State<'_, AppState>, url: String) -> Result<String, AppError> {
    shield(async { Ok(state.images()?.data_url(&url).await?) }).await
}
