use crate::state::AppState;
use crescendo_core::campaign_page::export::{self, ExportRequest};
use crescendo_core::campaign_page::{self, CampaignDetail};
use crescendo_core::campaigns::{CampaignPageView, CampaignQuery};
use crescendo_core::domain::breakdown::{AdSetChange, PlatformAdSet};
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
    shield(async { state.session()?.list_campaigns(&query).await }).await
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
        let session = state.session()?;
        let ws = session.workspace().await?;
        let history = session.history().await;
        campaign_page::live_page(&ws, history.as_ref(), &id, range, &locale).await
    })
    .await
}

/// The campaign page from the local history, at once, before the live answer; None when this
/// campaign was never opened here.
#[tauri::command]
pub async fn kept_campaign_detail(
    state: State<'_, AppState>,
    id: String,
    first: Option<String>,
    last: Option<String>,
    locale: String,
) -> Result<Option<CampaignDetail>, AppError> {
    shield(async {
        let range = campaign_page::range(first.as_deref(), last.as_deref())?;
        match state.session()?.history().await {
            Some(h) => campaign_page::kept_page(&h, &id, range, &locale),
            None => Ok(None),
        }
    })
    .await
}

#[tauri::command]
pub async fn set_campaign_paused(
    state: State<'_, AppState>,
    id: String,
    paused: bool,
    confirmed: bool,
) -> Result<Campaign, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        campaign_page::set_paused_confirmed(&ws, &id, paused, confirmed).await
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

/// Changes one ad set's daily budget and/or bid (Marin Social); answers the ad set as it is now.
#[tauri::command]
pub async fn edit_ad_set(
    state: State<'_, AppState>,
    id: String,
    ad_set: String,
    change: AdSetChange,
) -> Result<PlatformAdSet, AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        campaign_page::edit_ad_set(&ws, &id, &ad_set, &change).await
    })
    .await
}

/// Pauses or resumes one ad of a campaign (Marin Social). Resuming one that spends real money
/// needs `confirmed` (else a validation error with a `confirmation` problem).
#[tauri::command]
pub async fn set_ad_paused(
    state: State<'_, AppState>,
    id: String,
    ad: String,
    paused: bool,
    confirmed: bool,
) -> Result<(), AppError> {
    shield(async {
        let ws = state.session()?.workspace().await?;
        campaign_page::set_ad_paused(&ws, &id, &ad, paused, confirmed).await
    })
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

/// Exports the campaign page's daily stats (CSV) or one chart (SVG, PNG) to a file the manager
/// picks in the native save dialog; answers the saved path, or None when the dialog was closed.
/// The data is the page's as last kept (what is on screen), else read live.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn export_campaign<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    first: Option<String>,
    last: Option<String>,
    locale: String,
    request: ExportRequest,
) -> Result<Option<String>, AppError> {
    shield(async {
        let range = campaign_page::range(first.as_deref(), last.as_deref())?;
        let session = state.session()?;
        let history = session.history().await;
        let kept = match &history {
            Some(h) => campaign_page::kept_page(h, &id, range, &locale)?,
            None => None,
        };
        let detail = match kept {
            Some(d) => d,
            None => {
                let ws = session.workspace().await?;
                campaign_page::live_page(&ws, history.as_ref(), &id, range, &locale).await?
            }
        };
        let file = export::export(&detail, &request, &locale)?;
        let Some(path) = crate::dialog::save_path(&app, &file).await? else {
            return Ok(None);
        };
        export::save(&path, &file)?;
        Ok(Some(path.display().to_string()))
    })
    .await
}

/// Exports the portfolio's daily rows (CSV, every campaign in its own currency) or one
/// currency's chart (SVG, PNG) where the manager picks; the saved path, or None if cancelled.
#[tauri::command]
pub async fn export_portfolio<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    first: Option<String>,
    last: Option<String>,
    locale: String,
    request: ExportRequest,
) -> Result<Option<String>, AppError> {
    shield(async {
        let range = campaign_page::range(first.as_deref(), last.as_deref())?;
        let ws = state.session()?.workspace().await?;
        let file =
            crescendo_core::portfolio_page::export::export(&ws, range, &locale, &request).await?;
        let Some(path) = crate::dialog::save_path(&app, &file).await? else {
            return Ok(None);
        };
        export::save(&path, &file)?;
        Ok(Some(path.display().to_string()))
    })
    .await
}
