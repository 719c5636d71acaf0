//! The first screen's data, asked for by Rust while the window is still loading its page: the
//! app calls [`Session::warm_start`] at launch, and the page's first `list_brands` and first
//! campaigns page take those answers (or wait for them while they are on their way) instead of
//! starting the same requests again. Taken once, only for the same artist and query, and only
//! while fresh; every later call asks the provider.

use super::Session;
use crate::brands::{self, BrandView};
use crate::campaigns::{self, CampaignPageView, CampaignQuery};
use crate::AppError;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::OnceCell;

/// Older than this, a prefetched answer is not shown: the page asks again.
const FRESH: Duration = Duration::from_secs(30);

type Fetched<T> = (Result<T, AppError>, Instant, Option<u64>);

#[derive(Default)]
pub(super) struct Warm {
    brands: OnceCell<Fetched<Vec<BrandView>>>,
    first_page: OnceCell<Fetched<CampaignPageView>>,
    brands_taken: AtomicBool,
    page_taken: AtomicBool,
}

/// What the campaigns list asks for first: page 1 of 25, no filter, the provider's order.
pub fn first_page_query() -> CampaignQuery {
    CampaignQuery {
        page: 1,
        page_size: 25,
        ..CampaignQuery::default()
    }
}

impl Session {
    /// Opens the workspace and fetches the artists and the first campaigns page, keeping the
    /// answers for the page's first calls. Errors are kept too: the page shows them.
    pub async fn warm_start(&self) {
        let _ = self.warm_brands().await;
        let _ = self.warm_first_page().await;
    }

    async fn warm_brands(&self) -> &Fetched<Vec<BrandView>> {
        self.warm
            .brands
            .get_or_init(|| async {
                let result = match self.workspace().await {
                    Ok(ws) => brands::list_kept(&ws, self.history().await.as_ref()).await,
                    Err(e) => Err(e),
                };
                (result, Instant::now(), self.active_brand().await)
            })
            .await
    }

    async fn warm_first_page(&self) -> &Fetched<CampaignPageView> {
        self.warm
            .first_page
            .get_or_init(|| async {
                let query = first_page_query();
                let result = match self.workspace().await {
                    Ok(ws) => {
                        campaigns::list_kept(&ws, self.history().await.as_ref(), &query).await
                    }
                    Err(e) => Err(e),
                };
                (result, Instant::now(), self.active_brand().await)
            })
            .await
    }

    async fn active_brand(&self) -> Option<u64> {
        self.workspace().await.ok().and_then(|ws| ws.active_brand())
    }

    /// Whether a prefetched answer still stands for what the page asks now.
    async fn still_fits<T>(&self, fetched: &Fetched<T>) -> bool {
        fetched.1.elapsed() < FRESH && fetched.2 == self.active_brand().await
    }

    /// The artists the key can act for (kept locally; see `brands::list_kept`).
    pub async fn list_brands(&self) -> Result<Vec<BrandView>, AppError> {
        if !self.warm.brands_taken.swap(true, Ordering::SeqCst) {
            let fetched = self.warm_brands().await;
            if self.still_fits(fetched).await {
                return fetched.0.clone();
            }
        }
        let ws = self.workspace().await?;
        brands::list_kept(&ws, self.history().await.as_ref()).await
    }

    /// One page of the active artist's campaigns (kept locally; see `campaigns::list_kept`).
    pub async fn list_campaigns(&self, q: &CampaignQuery) -> Result<CampaignPageView, AppError> {
        if *q == first_page_query() && !self.warm.page_taken.swap(true, Ordering::SeqCst) {
            let fetched = self.warm_first_page().await;
            if self.still_fits(fetched).await {
                return fetched.0.clone();
            }
        }
        let ws = self.workspace().await?;
        campaigns::list_kept(&ws, self.history().await.as_ref(), q).await
    }
}
