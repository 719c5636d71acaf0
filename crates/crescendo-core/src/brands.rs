//! Brands (artists) the workspace's key can act for.

use crate::{AppError, ErrorCode, Workspace};
use serde::{Deserialize, Serialize};
use symphony_api::v1::campaigns::CampaignFilter;
use symphony_api::Client;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BrandView {
    #[ts(type = "number")]
    pub id: u64,
    pub name: String,
    /// The ad account's currency, when the API tells it.
    pub currency: Option<String>,
    /// The ad account's time zone (IANA name), when the provider tells it (Meta does): the
    /// days of its statistics are counted there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub time_zone: Option<String>,
    pub is_default: bool,
    pub is_active: bool,
}

/// The workspace's brands, the active one marked.
pub async fn list(ws: &Workspace) -> Result<Vec<BrandView>, AppError> {
    let active = ws.active_brand();
    let mut brands = ws.connector().brands().await?;
    let chosen = active
        .or_else(|| brands.iter().find(|b| b.is_default).map(|b| b.id))
        .or_else(|| brands.first().map(|b| b.id));
    for b in &mut brands {
        b.is_active = Some(b.id) == chosen;
    }
    Ok(brands)
}

/// [`list`], kept in the local history, and answered from it when the provider cannot be
/// reached (the campaigns list says the app is offline).
pub async fn list_kept(
    ws: &Workspace,
    h: Option<&crate::history::History>,
) -> Result<Vec<BrandView>, AppError> {
    let kept = crate::history::live_or_kept(h, "brands", list(ws)).await?;
    let mut brands = kept.value;
    if kept.offline.is_some() {
        if let Some(active) = ws.active_brand() {
            for b in &mut brands {
                b.is_active = b.id == active;
            }
        }
    }
    Ok(brands)
}

/// Symphony's brands from the v2 brands endpoint; if that is unavailable, the brands seen in
/// v1 data.
pub(crate) async fn symphony_brands(client: &Client) -> Result<Vec<BrandView>, AppError> {
    let client = client.for_brand(None);
    let brands: Vec<BrandView> = match client.brands().await {
        Ok(bs) => bs
            .into_iter()
            .map(|b| BrandView {
                id: b.id,
                name: b.name,
                currency: b.currency,
                time_zone: None,
                is_default: b.is_default.unwrap_or(false),
                is_active: false,
            })
            .collect(),
        Err(symphony_api::Error::NotFound { .. }) => {
            let all = client
                .all_campaigns(&CampaignFilter::default(), 100)
                .await?;
            let mut ids: Vec<u64> = all.iter().map(|c| c.brand_id).collect();
            ids.sort_unstable();
            ids.dedup();
            ids.into_iter()
                .map(|id| BrandView {
                    id,
                    name: format!("Brand {id}"),
                    currency: None,
                    time_zone: None,
                    is_default: false,
                    is_active: false,
                })
                .collect()
        }
        Err(e) => return Err(e.into()),
    };
    Ok(brands)
}

/// Makes `id` the brand every later request acts for.
pub async fn select(ws: &Workspace, id: u64) -> Result<BrandView, AppError> {
    let found = list(ws).await?.into_iter().find(|b| b.id == id);
    match found {
        Some(mut b) => {
            ws.set_active_brand(Some(id));
            b.is_active = true;
            Ok(b)
        }
        None => Err(AppError::new(
            ErrorCode::NotFound,
            format!("This key cannot act for brand {id}"),
        )),
    }
}
