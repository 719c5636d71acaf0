use crate::state::AppState;
use crescendo_core::domain::Problem;
use crescendo_core::marin_new::{self, MarinCampaignOptions, MarinCreateResult};
use crescendo_core::provider::marin::create::MarinCampaignDraft;
use crescendo_core::shield::shield;
use crescendo_core::AppError;
use tauri::State;

#[tauri::command]
pub async fn marin_campaign_options(
    state: State<'_, AppState>,
) -> Result<MarinCampaignOptions, AppError> {
    shield(async { Ok(marin_new::options(&*state.session()?.workspace().await?).await) }).await
}

#[tauri::command]
pub async fn validate_marin_campaign(
    state: State<'_, AppState>,
    draft: MarinCampaignDraft,
) -> Result<Vec<Problem>, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        Ok(marin_new::validate(&ws, &draft).await)
    })
    .await
}

#[tauri::command]
pub async fn create_marin_campaign(
    state: State<'_, AppState>,
    draft: MarinCampaignDraft,
    confirmation: Option<String>,
) -> Result<MarinCreateResult, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        marin_new::create(&ws, &draft, confirmation.as_deref()).await
    })
    .await
}
