//! Creating at most once. The reference's campaign create is not idempotent: a create whose
//! answer is lost (timeout, dropped connection, 5xx, unreadable body) may or may not have
//! happened, and resending could make a second campaign that spends. So the media plan's
//! campaigns that look like the new one are noted before sending, and after an unknown outcome
//! the plan is read again: exactly one new look-alike is the one created; none or several leave
//! the outcome unknown.

use crate::client::Client;
use crate::error::Error;
use crate::inputs::NewCampaign;
use crate::types::{BudgetType, Campaign};
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
pub enum CreateOutcome {
    /// Created; `recovered` when the answer was lost and the campaign found in the plan.
    Created {
        campaign: Box<Campaign>,
        recovered: bool,
    },
    /// Refused (before sending, a 400 form error, 401/403/404): nothing was created and the
    /// same request may be sent again once the cause is fixed.
    NotCreated(Error),
    /// Nobody can tell yet: do not resend; look at the plan again later.
    Unknown(Error),
}

impl Error {
    /// Whether the request may have been carried out without us learning the outcome: a
    /// create is then looked up, never resent.
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            Error::Network { .. }
                | Error::Timeout
                | Error::Server { .. }
                | Error::Status { .. }
                | Error::Decode { .. }
        )
    }
}

/// Whether `c` is what `n` asked for. The reference's campaign objects show no `objective`
/// (the sandbox's do): it is compared only when the list gives it.
fn same(c: &Campaign, n: &NewCampaign) -> bool {
    let money = |a: Option<crate::Decimal>| a.map(|d| d.normalize());
    let budgets = match n.budget_type {
        BudgetType::Daily => money(c.daily_budget) == money(n.daily_budget),
        BudgetType::Lifetime => money(c.lifetime_budget) == money(n.lifetime_budget),
    };
    !c.deleted
        && c.name == n.name
        && c.objective.as_deref().is_none_or(|o| o == n.objective)
        && c.budget_type.is_none_or(|b| b == n.budget_type)
        && budgets
}

impl Client {
    /// [`Client::create_campaign`], made safe against lost answers (see the module docs).
    /// Costs one read of the plan's campaigns before sending and, only after a lost answer,
    /// one after.
    pub async fn create_campaign_once(&self, plan: &str, n: &NewCampaign) -> CreateOutcome {
        if let Err(e) = n.validate() {
            return CreateOutcome::NotCreated(e);
        }
        let before: HashSet<String> = match self.all_campaigns(plan).await {
            Ok(list) => list
                .into_iter()
                .filter(|x| same(x, n))
                .map(|x| x.id)
                .collect(),
            Err(e) => return CreateOutcome::NotCreated(e),
        };
        match self.create_campaign(plan, n).await {
            Ok(c) => CreateOutcome::Created {
                campaign: Box::new(c),
                recovered: false,
            },
            Err(e) if !e.outcome_unknown() => CreateOutcome::NotCreated(e),
            Err(e) => match self.find_new(plan, n, &before).await {
                Some(c) => CreateOutcome::Created {
                    campaign: Box::new(c),
                    recovered: true,
                },
                None => CreateOutcome::Unknown(e),
            },
        }
    }

    async fn find_new(
        &self,
        plan: &str,
        n: &NewCampaign,
        before: &HashSet<String>,
    ) -> Option<Campaign> {
        let list = self.all_campaigns(plan).await.ok()?;
        let mut new = list
            .into_iter()
            .filter(|x| same(x, n) && !before.contains(&x.id));
        match (new.next(), new.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }
}
