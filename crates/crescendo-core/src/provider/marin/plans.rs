//! What creating a campaign needs from the connector: the account's live media plans, its
//! currency, and a just-created campaign mapped with its media plan remembered.

use super::MarinConnector;
use crate::domain::Campaign;
use crate::AppError;
use marin_api::MediaPlan;

impl MarinConnector {
    /// The account's media plans a campaign can go in (not deleted, not archived).
    pub async fn media_plans(&self) -> Result<Vec<MediaPlan>, AppError> {
        Ok(self
            .plans()
            .await?
            .into_iter()
            .filter(|p| !p.archived)
            .collect())
    }

    /// The account's currency, or why it cannot be read.
    pub async fn account_currency(&self) -> Result<String, AppError> {
        self.currency().await
    }

    /// A campaign Marin just created, as the list shows it; its media plan is remembered so
    /// its page opens without reading every plan.
    pub fn created(
        &self,
        plan: &str,
        c: &marin_api::Campaign,
        currency: &str,
    ) -> Result<Campaign, AppError> {
        self.plan_of
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(c.id.clone(), plan.to_string());
        self.map(c, currency)
    }
}
