//! Launching a draft. In a workspace that spends real money the manager types the artist's
//! name and the amount first (the same phrase `crescendo campaigns create` demands); the
//! creation itself is the connector's create-at-most-once.

use crate::domain::{Problem, ProblemCode};
use crate::draft::{CampaignDraft, CreateResult};
use crate::{brands, AppError, Workspace};
use rust_decimal::Decimal;
use serde::Deserialize;
use ts_rs::TS;

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LaunchRequest {
    pub draft: CampaignDraft,
    /// What the manager typed to confirm a launch that spends real money.
    pub confirmation: Option<String>,
}

/// What must be typed to launch in Production: "<artist> <amount> <currency>", or
/// "<artist> <type>" for a type without a budget.
pub fn confirmation_phrase(
    artist: &str,
    budget: Option<(Decimal, &str)>,
    objective: &str,
) -> String {
    match budget {
        Some((value, currency)) => {
            format!("{artist} {} {}", value.normalize(), currency.to_uppercase())
        }
        None => format!("{artist} {objective}"),
    }
}

/// The phrase matches whatever the spacing.
pub fn confirms(expected: &str, typed: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    norm(expected) == norm(typed)
}

fn draft_budget(d: &CampaignDraft) -> Option<(Decimal, &str)> {
    let value = d.budget.trim().parse::<Decimal>().ok()?;
    Some((value, d.currency.trim())).filter(|(_, c)| !c.is_empty())
}

pub async fn launch(ws: &Workspace, req: &LaunchRequest) -> Result<CreateResult, AppError> {
    launch_marked(ws, req, || async { Ok(()) }).await
}

/// Like [`launch`], running `before_send` once the confirmation is settled and before the
/// request can leave (the drafts store marks the draft "pending" there).
pub async fn launch_marked<F, Fut>(
    ws: &Workspace,
    req: &LaunchRequest,
    before_send: F,
) -> Result<CreateResult, AppError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(), AppError>>,
{
    if ws.info().spends_money {
        let artist = brands::list(ws)
            .await?
            .into_iter()
            .find(|b| b.is_active)
            .map(|b| b.name)
            .unwrap_or_default();
        let expected = confirmation_phrase(
            &artist,
            draft_budget(&req.draft),
            req.draft.objective.trim(),
        );
        let typed = req.confirmation.as_deref().unwrap_or("");
        if !confirms(&expected, typed) {
            let message = if typed.trim().is_empty() {
                format!("This launches a real campaign that spends money. Type “{expected}” to confirm.")
            } else {
                format!(
                    "“{}” does not match “{expected}”: nothing was launched.",
                    typed.trim()
                )
            };
            return Ok(CreateResult::Invalid {
                problems: vec![Problem::new("confirmation", ProblemCode::Mismatch, message)],
            });
        }
    }
    before_send().await?;
    ws.connector().create(&req.draft).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn the_phrase_names_artist_amount_and_currency() {
        let v = Decimal::from_str("250.00").unwrap_or_default();
        let p = confirmation_phrase("Los Cuervos", Some((v, "mxn")), "record_streams");
        assert_eq!(p, "Los Cuervos 250 MXN");
        assert!(confirms(&p, "  Los  Cuervos 250 MXN "));
        assert!(!confirms(&p, "Los Cuervos 2500 MXN"));
        assert!(!confirms(&p, "Los Cuervos 250 USD"));
        assert!(!confirms(&p, ""));
        assert_eq!(
            confirmation_phrase("Luna", None, "get_playlisted"),
            "Luna get_playlisted"
        );
    }
}
