use crate::state::AppState;
use crescendo_core::brands::{self, BrandView};
use crescendo_core::AppError;
use tauri::State;

#[tauri::command]
pub async fn list_brands(state: State<'_, AppState>) -> Result<Vec<BrandView>, AppError> {
    brands::list(&*state.workspace().await?).await
}

#[tauri::command]
pub async fn select_brand(
    state: State<'_, AppState>,
    brand_id: u64,
) -> Result<BrandView, AppError> {
    brands::select(&*state.workspace().await?, brand_id).await
}
