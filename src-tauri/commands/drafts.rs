use crate::state::AppState;
use crescendo_core::draft::CampaignDraft;
use crescendo_core::shield::shield;
use crescendo_core::store::{DraftRecord, DraftSummary};
use crescendo_core::AppError;
use tauri::State;

#[tauri::command]
pub async fn list_drafts(state: State<'_, AppState>) -> Result<Vec<DraftSummary>, AppError> {
    shield(async { state.session()?.list_drafts().await }).await
}

#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, id: String) -> Result<DraftRecord, AppError> {
    shield(async { state.session()?.get_draft(&id).await }).await
}

#[tauri::command]
pub async fn save_draft(
    state: State<'_, AppState>,
    id: Option<String>,
    revision: u64,
    draft: CampaignDraft,
    brand_id: Option<u64>,
) -> Result<DraftRecord, AppError> {
    shield(async {
        state
            .session()?
            .save_draft(id, revision, draft, brand_id)
            .await
    })
    .await
}

#[tauri::command]
pub async fn delete_draft(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    shield(async { state.session()?.delete_draft(&id).await }).await
}

#[tauri::command]
pub async fn duplicate_draft(
    state: State<'_, AppState>,
    id: String,
) -> Result<DraftRecord, AppError> {
    shield(async { state.session()?.duplicate_draft(&id).await }).await
}
