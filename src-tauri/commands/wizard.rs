use crate::state::AppState;
use crescendo_core::analytics::BudgetHistory;
use crescendo_core::domain::{Campaign, Post, Problem, Video};
use crescendo_core::draft::{CampaignDraft, CreateResult};
use crescendo_core::shield::shield;
use crescendo_core::wizard::{
    self, LaunchPreview, LaunchRequest, PastedList, SearchAnswer, SearchKind, WizardContext,
};
use crescendo_core::AppError;
use tauri::State;

#[tauri::command]
pub async fn wizard_context(state: State<'_, AppState>) -> Result<WizardContext, AppError> {
    shield(async { wizard::context(&*state.session()?.workspace().await?).await }).await
}

#[tauri::command]
pub async fn validate_draft(
    state: State<'_, AppState>,
    draft: CampaignDraft,
    currency: Option<String>,
) -> Result<Vec<Problem>, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        Ok(wizard::validate(&ws, &draft, currency.as_deref()))
    })
    .await
}

#[tauri::command]
pub async fn launch_preview(
    draft: CampaignDraft,
    artist: String,
    brand_id: Option<u64>,
) -> Result<LaunchPreview, AppError> {
    shield(async { Ok(wizard::preview(&draft, &artist, brand_id)) }).await
}

#[tauri::command]
pub async fn search(
    state: State<'_, AppState>,
    kind: SearchKind,
    picker: String,
    query: String,
    generation: u64,
) -> Result<SearchAnswer, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        wizard::search(&ws, kind, &picker, &query, generation).await
    })
    .await
}

/// What budgets bought in the artist's recent campaigns of this type (None: too little history).
#[tauri::command]
pub async fn budget_history(
    state: State<'_, AppState>,
    objective: String,
    currency: String,
) -> Result<Option<BudgetHistory>, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        wizard::history(&ws, &objective, &currency).await
    })
    .await
}

/// A pasted list of interests or artists, each name with its best match to confirm.
#[tauri::command]
pub async fn resolve_audiences(
    state: State<'_, AppState>,
    text: String,
) -> Result<PastedList, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        wizard::resolve_audiences(&ws, &text).await
    })
    .await
}

#[tauri::command]
pub async fn list_posts(state: State<'_, AppState>) -> Result<Vec<Post>, AppError> {
    shield(async {
        state
            .session()?
            .workspace()
            .await?
            .connector()
            .posts()
            .await
    })
    .await
}

#[tauri::command]
pub async fn list_videos(state: State<'_, AppState>) -> Result<Vec<Video>, AppError> {
    shield(async {
        state
            .session()?
            .workspace()
            .await?
            .connector()
            .videos()
            .await
    })
    .await
}

#[tauri::command]
pub async fn launch_campaign(
    state: State<'_, AppState>,
    request: LaunchRequest,
    draft_id: Option<String>,
) -> Result<CreateResult, AppError> {
    shield(async { state.session()?.launch(&request, draft_id.as_deref()).await }).await
}

#[tauri::command]
pub async fn get_campaign(state: State<'_, AppState>, id: String) -> Result<Campaign, AppError> {
    shield(async {
        state
            .session()?
            .workspace()
            .await?
            .connector()
            .campaign(&id)
            .await
    })
    .await
}
