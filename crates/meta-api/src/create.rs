//! Creating at most once. A create whose answer is lost (timeout, dropped connection, 5xx,
//! unreadable body) may or may not have happened; resending could make a second campaign that
//! spends. So the account's campaigns with the same name are noted before sending, and after an
//! unknown outcome the list is read again: exactly one new campaign with the same name,
//! objective and budgets is the one created; none or several leave the outcome unknown.

use crate::campaigns::{Created, ListOptions, NewCampaign};
use crate::client::Client;
use crate::types::{AdAccountId, Campaign, EffectiveStatus};
use crate::{validate, Error, Result};
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
pub enum CreateOutcome {
    /// Created; `recovered` when the answer was lost and the campaign found in the list.
    Created { id: String, recovered: bool },
    /// Graph refused it (validation, permissions, token, throttling past the wait): nothing was
    /// created and the same request may be sent again once the cause is fixed.
    NotCreated(Error),
    /// Nobody can tell yet: do not resend; look again later (the campaign may appear).
    Unknown(Error),
}

/// Every status but DELETED: a campaign created moments ago may already be in any of them.
fn all_but_deleted() -> ListOptions {
    ListOptions {
        limit: Some(100),
        effective_status: [
            EffectiveStatus::Active,
            EffectiveStatus::Paused,
            EffectiveStatus::InProcess,
            EffectiveStatus::WithIssues,
            EffectiveStatus::Archived,
        ]
        .to_vec(),
        ..ListOptions::default()
    }
}

fn same(c: &Campaign, n: &NewCampaign) -> bool {
    c.name.as_deref() == Some(n.name.as_str())
        && c.objective.as_ref() == Some(&n.objective)
        && c.daily_budget == n.daily_budget
        && c.lifetime_budget == n.lifetime_budget
}

impl Client {
    /// [`Client::create_campaign`], made safe against lost answers (see the module docs).
    /// Costs one list of the account before sending and, only after a lost answer, one after.
    pub async fn create_campaign_once(
        &self,
        account: &AdAccountId,
        c: &NewCampaign,
        currency: Option<&str>,
    ) -> CreateOutcome {
        if let Err(e) = validate::new_campaign(c, currency) {
            return CreateOutcome::NotCreated(e.into());
        }
        let before: HashSet<String> = match self.all_campaigns(account, &all_but_deleted()).await {
            Ok(list) => list
                .into_iter()
                .filter(|x| same(x, c))
                .map(|x| x.id)
                .collect(),
            Err(e) => return CreateOutcome::NotCreated(e),
        };
        match self.create_campaign(account, c, currency).await {
            Ok(Created { id }) => CreateOutcome::Created {
                id,
                recovered: false,
            },
            Err(e) if !e.outcome_unknown() => CreateOutcome::NotCreated(e),
            Err(e) => match self.find_new(account, c, &before).await {
                Ok(Some(id)) => CreateOutcome::Created {
                    id,
                    recovered: true,
                },
                Ok(None) | Err(_) => CreateOutcome::Unknown(e),
            },
        }
    }

    async fn find_new(
        &self,
        account: &AdAccountId,
        c: &NewCampaign,
        before: &HashSet<String>,
    ) -> Result<Option<String>> {
        let list = self.all_campaigns(account, &all_but_deleted()).await?;
        let mut new = list
            .into_iter()
            .filter(|x| same(x, c) && !before.contains(&x.id));
        match (new.next(), new.next()) {
            (Some(one), None) => Ok(Some(one.id)),
            _ => Ok(None),
        }
    }
}
