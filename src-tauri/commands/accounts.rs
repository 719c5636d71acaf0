use crate::state::AppState;
use crescendo_core::profiles::Profile;
use crescendo_core::session::{ConnectionCheck, NewProfile};
use crescendo_core::shield::shield;
use crescendo_core::vault::KeychainStatus;
use crescendo_core::{AppError, WorkspaceInfo};
use tauri::State;

#[tauri::command]
pub async fn keychain_status(state: State<'_, AppState>) -> Result<KeychainStatus, AppError> {
    shield(async { Ok(state.session()?.keychain_status().await) }).await
}

#[tauri::command]
pub async fn list_profiles(state: State<'_, AppState>) -> Result<Vec<Profile>, AppError> {
    shield(async { Ok(state.session()?.profiles()) }).await
}

#[tauri::command]
pub async fn add_profile(
    state: State<'_, AppState>,
    input: NewProfile,
) -> Result<Profile, AppError> {
    shield(async { state.session()?.add_profile(input).await }).await
}

#[tauri::command]
pub async fn rename_profile(
    state: State<'_, AppState>,
    id: String,
    name: String,
) -> Result<Profile, AppError> {
    shield(async { state.session()?.rename_profile(&id, &name) }).await
}

#[tauri::command]
pub async fn remove_profile(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    shield(async { state.session()?.remove_profile(&id).await }).await
}

#[tauri::command]
pub async fn test_profile(
    state: State<'_, AppState>,
    id: String,
) -> Result<ConnectionCheck, AppError> {
    shield(async { Ok(state.session()?.test_profile(&id).await) }).await
}

#[tauri::command]
pub async fn use_profile(
    state: State<'_, AppState>,
    id: Option<String>,
) -> Result<WorkspaceInfo, AppError> {
    shield(async { state.session()?.use_profile(id.as_deref()).await }).await
}
