use crate::state::AppState;
use crescendo_core::campaigns::{self, CampaignPageView, CampaignQuery};
use crescendo_core::shield::shield;
use crescendo_core::AppError;
use tauri::State;

#[tauri::command]
pub async fn list_campaigns(
    state: State<'_, AppState>,
    query: CampaignQuery,
) -> Result<CampaignPageView, AppError> {
    shield(async { campaigns::list(&*state.session()?.workspace().await?, &query).await }).await
}
