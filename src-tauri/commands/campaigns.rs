use crate::state::AppState;
use crescendo_core::campaign_page::{self, CampaignDetail};
use crescendo_core::campaigns::{self, CampaignPageView, CampaignQuery};
use crescendo_core::domain::{Campaign, CampaignEdit, CampaignMarket, Place};
use crescendo_core::portfolio_page::{self, PortfolioView};
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

/// The campaign page: KPI tiles, pacing, figures, breakdowns and statuses. `first`/`last`
/// (both or neither) pick the days; the default is the campaign's days so far.
#[tauri::command]
pub async fn campaign_detail(
    state: State<'_, AppState>,
    id: String,
    first: Option<String>,
    last: Option<String>,
    locale: String,
) -> Result<CampaignDetail, AppError> {
    shield(async {
        let range = campaign_page::range(first.as_deref(), last.as_deref())?;
        let ws = state.session()?.workspace().await?;
        campaign_page::campaign_page(&ws, &id, range, &locale).await
    })
    .await
}

#[tauri::command]
pub async fn set_campaign_paused(
    state: State<'_, AppState>,
    id: String,
    paused: bool,
) -> Result<Campaign, AppError> {
    shield(async {
        campaign_page::set_paused(&*state.session()?.workspace().await?, &id, paused).await
    })
    .await
}

#[tauri::command]
pub async fn edit_campaign(
    state: State<'_, AppState>,
    id: String,
    edit: CampaignEdit,
) -> Result<Campaign, AppError> {
    shield(async { campaign_page::edit(&*state.session()?.workspace().await?, &id, &edit).await })
        .await
}

/// Adds places (from the location search) to one of the campaign's markets; answers the markets
/// as the provider has them after.
#[tauri::command]
pub async fn add_campaign_locations(
    state: State<'_, AppState>,
    id: String,
    market_id: String,
    places: Vec<Place>,
) -> Result<Vec<CampaignMarket>, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        campaign_page::add_locations(&ws, &id, &market_id, &places).await
    })
    .await
}

/// Pauses or resumes one location of a market; answers the markets as the provider has them.
#[tauri::command]
pub async fn set_location_paused(
    state: State<'_, AppState>,
    id: String,
    market_id: String,
    key: String,
    paused: bool,
) -> Result<Vec<CampaignMarket>, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        campaign_page::set_location_paused(&ws, &id, &market_id, &key, paused).await
    })
    .await
}

/// The active artist's portfolio over `first`..`last` (both or neither; default: the last 28
/// days), grouped by currency.
#[tauri::command]
pub async fn portfolio(
    state: State<'_, AppState>,
    first: Option<String>,
    last: Option<String>,
    locale: String,
) -> Result<PortfolioView, AppError> {
    shield(async {
        let range = campaign_page::range(first.as_deref(), last.as_deref())?;
        let ws = state.session()?.workspace().await?;
        portfolio_page::portfolio_page(&ws, range, &locale).await
    })
    .await
}
