//! The campaign page from the provider, kept in the local history, or from the history alone:
//! painted at once on opening, and shown (marked offline, with its age) when the provider
//! cannot be reached.

use super::{build, CampaignDetail};
use crate::analytics::DateRange;
use crate::domain::CampaignMarket;
use crate::history::{is_offline, offline_reason, History};
use crate::{AppError, Workspace};
use chrono::{DateTime, Utc};

/// Where a campaign's markets are kept (the details answer them; the history keeps campaigns
/// in their neutral form, without markets).
fn markets_key(id: &str) -> String {
    format!("markets:{id}")
}

/// The live page. With a history, the answers are kept and the page draws every kept day (so
/// days the provider stopped returning stay); when the provider cannot answer, the kept page
/// is shown marked offline.
pub async fn live_page(
    ws: &Workspace,
    history: Option<&History>,
    id: &str,
    range: Option<DateRange>,
    locale: &str,
) -> Result<CampaignDetail, AppError> {
    let c = ws.connector();
    // One after the other: the details fill the connector's label cache, so the analytics read
    // takes the campaign's currency from it instead of asking for the details a second time.
    let fetched = async {
        let (campaign, markets) = c.campaign_markets(id).await?;
        let analytics = c.analytics(id).await?;
        Ok::<_, AppError>((campaign, markets, analytics))
    }
    .await;
    let now = Utc::now();
    match (fetched, history) {
        (Ok((campaign, markets, analytics)), None) => {
            Ok(build(campaign, analytics, range, locale, now)?.with_markets(markets))
        }
        (Ok((campaign, markets, analytics)), Some(h)) => {
            let (analytics, mut notice) = h.keep_page(&campaign, analytics, now);
            if let Err(e) = h.keep(&markets_key(id), &markets, now) {
                notice.get_or_insert(e);
            }
            let mut page = build(campaign, analytics, range, locale, now)?.with_markets(markets);
            page.notice = notice;
            Ok(page)
        }
        (Err(e), Some(h)) if is_offline(&e) => match kept_page_at(h, id, range, locale, now)? {
            Some(mut page) => {
                page.offline = Some(offline_reason(&e));
                Ok(page)
            }
            None => Err(e),
        },
        (Err(e), _) => Err(e),
    }
}

/// The page from the local history alone; None when the campaign was never opened here.
pub fn kept_page(
    h: &History,
    id: &str,
    range: Option<DateRange>,
    locale: &str,
) -> Result<Option<CampaignDetail>, AppError> {
    kept_page_at(h, id, range, locale, Utc::now())
}

/// [`kept_page`] at a fixed clock, for tests.
pub fn kept_page_at(
    h: &History,
    id: &str,
    range: Option<DateRange>,
    locale: &str,
    now: DateTime<Utc>,
) -> Result<Option<CampaignDetail>, AppError> {
    let Some((campaign, seen)) = h.page(id)? else {
        return Ok(None);
    };
    let markets = h
        .recall::<Vec<CampaignMarket>>(&markets_key(id))?
        .map(|m| m.value)
        .unwrap_or_default();
    let mut page = build(campaign, seen.value, range, locale, now)?.with_markets(markets);
    page.fetched_at = seen.fetched_at;
    page.cached = true;
    Ok(Some(page))
}
