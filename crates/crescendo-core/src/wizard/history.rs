//! "What this budget bought before": the artist's recent campaigns of the same type, read for
//! the budget step. History, labelled as such, and nothing when there is too little of it.

use crate::analytics::{budget_history, BudgetHistory, HISTORY_MAX_CAMPAIGNS};
use crate::domain::{CampaignFilter, CampaignState, DailyStats};
use crate::provider::symphony::v2;
use crate::{AppError, Workspace};

/// Campaigns looked at beyond the ones used, so a few without spend do not leave too few.
const SPARE: usize = 3;

pub async fn history(
    ws: &Workspace,
    objective: &str,
    currency: &str,
) -> Result<Option<BudgetHistory>, AppError> {
    let objective = objective.trim();
    // v2 campaigns have no documented list to learn from.
    if objective.is_empty() || v2::platform(objective).is_some() {
        return Ok(None);
    }
    let c = ws.connector();
    let page = c
        .campaigns(&CampaignFilter {
            objective: Some(objective.to_string()),
            limit: 50,
            ..CampaignFilter::default()
        })
        .await?;
    let mut past: Vec<_> = page
        .campaigns
        .into_iter()
        .filter(|x| x.objective.code == objective)
        .filter(|x| x.budget.currency.eq_ignore_ascii_case(currency.trim()))
        .filter(|x| {
            matches!(
                x.status.state,
                CampaignState::Active
                    | CampaignState::Paused
                    | CampaignState::Completed
                    | CampaignState::Stopped
                    | CampaignState::NeedsAttention
            )
        })
        .collect();
    past.sort_by_key(|c| std::cmp::Reverse(c.schedule.start));
    past.truncate(HISTORY_MAX_CAMPAIGNS + SPARE);
    // One analytics request each, one after the other, through the rate limiter.
    let mut stats: Vec<DailyStats> = Vec::with_capacity(past.len());
    for x in &past {
        stats.push(c.daily_stats(&x.id).await?);
    }
    let pairs: Vec<_> = past.iter().zip(stats.iter()).collect::<Vec<_>>();
    Ok(budget_history(
        &pairs,
        objective,
        &currency.trim().to_uppercase(),
    ))
}
