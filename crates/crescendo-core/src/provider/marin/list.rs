//! The account's campaigns across its media plans, and Crescendo's offset paging mapped onto
//! Marin's `range` paging (`limit` + `page` per media plan). Every campaign seen is remembered
//! with its media plan, since Marin's campaign paths need both.

use super::MarinConnector;
use crate::{AppError, ErrorCode};
use marin_api::paging::MAX_LIMIT;
use marin_api::{MediaPlan, Page, PageRequest};

/// One neutral page: Marin's campaigns in the account's media plans' order, and the total.
pub struct Slice {
    pub campaigns: Vec<marin_api::Campaign>,
    pub total: u64,
}

/// Rows in a Marin page: its `range.total`, or what it holds when it has no range.
fn total_of<T>(p: &Page<T>) -> u64 {
    p.range.as_ref().map_or(p.data.len() as u64, |r| r.total)
}

fn is_last<T>(p: &Page<T>) -> bool {
    p.data.is_empty() || p.range.as_ref().is_none_or(|r| r.page >= r.nb_pages)
}

impl MarinConnector {
    /// The account's media plans (`GET /clients`, every page, those whose `account_id` is the
    /// account's), deleted ones left out.
    pub(super) async fn plans(&self) -> Result<Vec<MediaPlan>, AppError> {
        let all = self.client.all_media_plans().await?;
        Ok(all
            .into_iter()
            .filter(|p| !p.deleted && p.account_id.as_deref() == Some(self.account.as_str()))
            .collect())
    }

    fn learn(&self, plan: &str, campaigns: &[marin_api::Campaign]) {
        let mut m = self.plan_of.lock().unwrap_or_else(|e| e.into_inner());
        for c in campaigns {
            m.insert(c.id.clone(), plan.to_string());
        }
    }

    /// Every campaign of the account, media plan after media plan, each plan walked page by
    /// page.
    pub(super) async fn every_campaign(&self) -> Result<Vec<marin_api::Campaign>, AppError> {
        let mut out = Vec::new();
        for plan in self.plans().await? {
            let list = self.client.all_campaigns(&plan.id).await?;
            self.learn(&plan.id, &list);
            out.extend(list);
        }
        Ok(out)
    }

    /// Rows `offset..offset + limit` of the account's campaigns, asking Marin only for the
    /// pages that hold them (pages of `limit` rows, so an aligned offset is one page) and one
    /// row of every other media plan for its total.
    pub(super) async fn slice(&self, offset: u64, limit: u32) -> Result<Slice, AppError> {
        let limit = limit.clamp(1, MAX_LIMIT);
        let size = u64::from(limit);
        let (mut skip, mut total) = (offset, 0u64);
        let mut campaigns: Vec<marin_api::Campaign> = Vec::new();
        for plan in self.plans().await? {
            let need = limit as usize - campaigns.len();
            if need == 0 {
                let p = self
                    .client
                    .campaigns(&plan.id, PageRequest::new(1, 1)?)
                    .await?;
                total += total_of(&p);
                continue;
            }
            let mut number = skip / size + 1;
            let mut page = self
                .client
                .campaigns(&plan.id, PageRequest::new(limit, page_number(number)?)?)
                .await?;
            let here = total_of(&page);
            total += here;
            if skip >= here {
                skip -= here;
                continue;
            }
            let mut within = (skip % size) as usize;
            loop {
                self.learn(&plan.id, &page.data);
                let room = limit as usize - campaigns.len();
                let last = is_last(&page);
                campaigns.extend(page.data.into_iter().skip(within).take(room));
                within = 0;
                if campaigns.len() == limit as usize || last {
                    break;
                }
                number += 1;
                page = self
                    .client
                    .campaigns(&plan.id, PageRequest::new(limit, page_number(number)?)?)
                    .await?;
            }
            skip = 0;
        }
        Ok(Slice { campaigns, total })
    }

    /// The media plan of a campaign: remembered from a list, else found by reading the
    /// account's plans' campaigns.
    pub(super) async fn plan_of(&self, id: &str) -> Result<String, AppError> {
        let known = self
            .plan_of
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(id)
            .cloned();
        if let Some(plan) = known {
            return Ok(plan);
        }
        self.every_campaign().await?;
        let found = self
            .plan_of
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(id)
            .cloned();
        found.ok_or_else(|| {
            AppError::new(
                ErrorCode::NotFound,
                format!(
                    "Marin Social has no campaign {id} in account {}'s media plans: check the id.",
                    self.account
                ),
            )
        })
    }
}

fn page_number(n: u64) -> Result<u32, AppError> {
    u32::try_from(n).map_err(|_| {
        AppError::new(
            ErrorCode::Validation,
            "That page is beyond any list Marin Social can return.",
        )
    })
}
