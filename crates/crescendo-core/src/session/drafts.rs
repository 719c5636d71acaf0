//! Drafts of the workspace in use: saved on every change, scoped to the account and the
//! artist, and launched through a record that says "pending" until the outcome is known, so a
//! crash or a restart never sends one twice.

use super::Session;
use crate::draft::{CampaignDraft, CreateResult};
use crate::store::{DraftRecord, DraftSummary, LaunchState, Store};
use crate::wizard::{self, LaunchRequest};
use crate::{AppError, ErrorCode};
use std::sync::Arc;

impl Session {
    fn drafts(&self) -> Result<Arc<Store>, AppError> {
        self.drafts.clone()
    }

    /// Whose drafts are shown: the saved account in use, else the workspace kind.
    async fn draft_scope(&self) -> Result<(String, u64), AppError> {
        let info = self.info().await?;
        let ws = self.workspace().await?;
        let scope = info
            .profile_id
            .unwrap_or_else(|| format!("{:?}", info.kind).to_lowercase());
        let brand = match ws.active_brand() {
            Some(b) => b,
            None => crate::brands::list(&ws)
                .await?
                .into_iter()
                .find(|b| b.is_active)
                .map(|b| b.id)
                .ok_or_else(|| AppError::new(ErrorCode::NotFound, "Choose an artist first."))?,
        };
        Ok((scope, brand))
    }

    pub async fn list_drafts(&self) -> Result<Vec<DraftSummary>, AppError> {
        let (scope, brand) = self.draft_scope().await?;
        let store = self.drafts()?;
        blocking(move || Ok(store.list(&scope, Some(brand))?)).await
    }

    pub async fn get_draft(&self, id: &str) -> Result<DraftRecord, AppError> {
        let (store, id) = (self.drafts()?, id.to_string());
        blocking(move || Ok(store.get(&id)?)).await
    }

    /// Saves the wizard's draft. A new one (empty id) gets the current account and the artist
    /// the wizard was opened for (`brand`; the active one when None), so a save that lands after
    /// an artist switch still goes to the right artist.
    pub async fn save_draft(
        &self,
        id: Option<String>,
        revision: u64,
        draft: CampaignDraft,
        brand: Option<u64>,
    ) -> Result<DraftRecord, AppError> {
        let store = self.drafts()?;
        let record = match id.filter(|i| !i.is_empty()) {
            Some(id) => {
                let s = store.clone();
                let mut r = blocking(move || Ok(s.get(&id)?)).await?;
                r.draft = draft;
                r.revision = revision;
                r
            }
            None => {
                let (scope, active) = self.draft_scope().await?;
                DraftRecord::new(&scope, brand.unwrap_or(active), draft)
            }
        };
        blocking(move || Ok(store.save(&record)?)).await
    }

    pub async fn delete_draft(&self, id: &str) -> Result<(), AppError> {
        let (store, id) = (self.drafts()?, id.to_string());
        blocking(move || Ok(store.delete(&id)?)).await
    }

    pub async fn duplicate_draft(&self, id: &str) -> Result<DraftRecord, AppError> {
        let (store, id) = (self.drafts()?, id.to_string());
        blocking(move || Ok(store.duplicate(&id)?)).await
    }

    /// Launches, recording the attempt on the draft first when there is one: "pending" while
    /// the outcome is unknown, "launched" with the campaign's id once created, cleared when
    /// nothing was created (the draft can be fixed and sent again).
    pub async fn launch(
        &self,
        request: &LaunchRequest,
        draft_id: Option<&str>,
    ) -> Result<CreateResult, AppError> {
        let ws = self.workspace().await?;
        let store = match draft_id.filter(|d| !d.is_empty()) {
            Some(id) => Some((self.drafts()?, id.to_string())),
            None => None,
        };
        if let Some((s, id)) = store.clone() {
            let r = blocking(move || Ok(s.get(&id)?)).await?;
            if r.launch_state.is_some() {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    "This draft was already sent. Check the campaign list, or duplicate the draft to launch another.",
                ));
            }
        }
        let mark = |state: Option<LaunchState>, campaign: Option<String>| {
            let store = store.clone();
            async move {
                match store {
                    Some((s, id)) => {
                        blocking(move || Ok(s.mark_launch(&id, state, campaign.as_deref())?))
                            .await
                            .map(|_| ())
                    }
                    None => Ok(()),
                }
            }
        };
        // Only a request that passes the rules is marked: a refused one was never sent.
        let result =
            wizard::launch_marked(&ws, request, || mark(Some(LaunchState::Pending), None)).await;
        match &result {
            Ok(CreateResult::Created { campaign_id, .. }) => {
                mark(Some(LaunchState::Launched), Some(campaign_id.clone())).await?
            }
            Ok(CreateResult::Unknown { .. }) => {}
            Ok(_) => mark(None, None).await?,
            // A definite failure (the provider refused it, or nothing was sent).
            Err(_) => mark(None, None).await?,
        }
        result
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| AppError::new(ErrorCode::Internal, format!("drafts task failed: {e}")))?
}
