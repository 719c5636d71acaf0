use crate::state::AppState;
use crescendo_core::brands::BrandView;
use crescendo_core::session::NewBrandInput;
use crescendo_core::shield::shield;
use crescendo_core::AppError;
use tauri::State;

#[tauri::command]
pub async fn list_brands(state: State<'_, AppState>) -> Result<Vec<BrandView>, AppError> {
    shield(async { state.session()?.list_brands().await }).await
}

#[tauri::command]
pub async fn select_brand(
    state: State<'_, AppState>,
    brand_id: u64,
) -> Result<BrandView, AppError> {
    shield(async { state.session()?.select_brand(brand_id).await }).await
}

#[tauri::command]
pub async fn create_brand(
    state: State<'_, AppState>,
    input: NewBrandInput,
) -> Result<BrandView, AppError> {
    shield(async { state.session()?.create_brand(input).await }).await
}
