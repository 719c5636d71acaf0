use crate::state::AppState;
use crescendo_core::domain::Problem;
use crescendo_core::meta_new::{self, MetaCampaignOptions, MetaCreateResult};
use crescendo_core::provider::meta::create::MetaCampaignDraft;
use crescendo_core::shield::shield;
use crescendo_core::AppError;
use tauri::State;

#[tauri::command]
pub async fn meta_campaign_options(
    state: State<'_, AppState>,
) -> Result<MetaCampaignOptions, AppError> {
    shield(async { Ok(meta_new::options(&*state.session()?.workspace().await?).await) }).await
}

#[tauri::command]
pub async fn validate_meta_campaign(
    state: State<'_, AppState>,
    draft: MetaCampaignDraft,
) -> Result<Vec<Problem>, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        Ok(meta_new::validate(&ws, &draft).await)
    })
    .await
}

#[tauri::command]
pub async fn create_meta_campaign(
    state: State<'_, AppState>,
    draft: MetaCampaignDraft,
    confirmation: Option<String>,
) -> Result<MetaCreateResult, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        meta_new::create(&ws, &draft, confirmation.as_deref()).await
    })
    .await
}
