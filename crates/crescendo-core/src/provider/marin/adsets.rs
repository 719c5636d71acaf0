//! Ad set edits: a new daily budget and/or bid (`PUT .../adsets/{ADSET_ID}`, form), checked at
//! their fields before anything is sent, and Marin's own 400 form errors put back at them. And
//! an ad's play/pause (`PATCH .../ads/{AD_ID}/performs/{play|pause}`).

use super::{amount::amount, checked, map, MarinConnector};
use crate::campaign_page::edit_lock;
use crate::domain::breakdown::{AdSetChange, PlatformAdSet};
use crate::domain::{Problem, ProblemCode};
use crate::{AppError, ErrorCode};
use marin_api::{Action, AdSetEdit};

/// The UI's field for Marin's form field.
fn field(marin: &str) -> &'static str {
    match marin {
        "daily_budget" => "dailyBudget",
        "bid" => "bid",
        _ => "",
    }
}

/// The change as Marin's edit, or every problem at its field.
pub fn edit_of(change: &AdSetChange, currency: &str) -> Result<AdSetEdit, AppError> {
    let given = |v: &Option<String>| v.clone().filter(|t| !t.trim().is_empty());
    let mut problems = Vec::new();
    let mut read = |text: Option<String>, name: &str, what: &str| {
        text.and_then(|t| {
            amount(&t, currency, what)
                .map_err(|m| problems.push(Problem::new(name, ProblemCode::Invalid, m)))
                .ok()
        })
    };
    let edit = AdSetEdit {
        daily_budget: read(
            given(&change.daily_budget),
            "dailyBudget",
            "The daily budget",
        ),
        bid: read(given(&change.bid), "bid", "The bid"),
        name: None,
    };
    if problems.is_empty() && edit == AdSetEdit::default() {
        problems.push(Problem::new(
            "dailyBudget",
            ProblemCode::Required,
            "Give a new daily budget, a new bid, or both.",
        ));
    }
    match AppError::from_problems(problems) {
        Some(e) => Err(e),
        None => Ok(edit),
    }
}

/// Marin's refusal, each field it names at the UI's field.
fn refused(e: marin_api::Error) -> AppError {
    let fields: Vec<Problem> = match &e {
        marin_api::Error::Form { fields, .. } | marin_api::Error::Invalid { fields } => fields
            .iter()
            .filter(|f| !field(&f.field).is_empty())
            .map(|f| {
                Problem::new(
                    field(&f.field),
                    ProblemCode::Refused,
                    format!("Marin Social refused it: {}.", f.message),
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut err = AppError::from(e);
    err.problems = fields;
    err
}

impl MarinConnector {
    /// Pauses or resumes ad `ad` of campaign `id`; a 202 (already in that state) is done.
    pub async fn set_ad_paused(&self, id: &str, ad: &str, paused: bool) -> Result<(), AppError> {
        let (id, ad) = (checked(id)?, checked(ad)?);
        let plan = self.plan_of(id).await?;
        let action = if paused { Action::Pause } else { Action::Play };
        self.client.perform_ad(&plan, id, ad, action).await?;
        Ok(())
    }

    /// Changes one ad set of campaign `id`; the answer is the ad set as Marin now has it.
    pub async fn edit_ad_set(
        &self,
        id: &str,
        ad_set: &str,
        change: &AdSetChange,
    ) -> Result<PlatformAdSet, AppError> {
        let ad_set = checked(ad_set)?;
        let currency = self.currency().await?;
        let (plan, raw) = self.raw(id).await?;
        let campaign = self.map(&raw, &currency)?;
        let lock = edit_lock(&campaign).or_else(|| map::ad_set_lock(&raw));
        if let Some(why) = lock {
            return Err(AppError::new(ErrorCode::Validation, why));
        }
        let edit = edit_of(change, &currency)?;
        let now = self
            .client
            .edit_ad_set(&plan, &raw.id, ad_set, &edit)
            .await
            .map_err(refused)?;
        Ok(map::ad_set(&now, &currency, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(budget: &str, bid: &str) -> AdSetChange {
        let opt = |s: &str| Some(s.to_string());
        AdSetChange {
            daily_budget: opt(budget),
            bid: opt(bid),
        }
    }

    #[test]
    fn only_the_fields_typed_are_sent_exactly() {
        let e = edit_of(&change("25.50", " "), "USD").expect("valid");
        assert_eq!(e.daily_budget.map(|d| d.to_string()), Some("25.50".into()));
        assert_eq!(e.bid, None);
        let e = edit_of(&change("", "120"), "JPY").expect("valid");
        assert_eq!(
            (e.daily_budget, e.bid.map(|b| b.to_string())),
            (None, Some("120".into()))
        );
    }

    #[test]
    fn every_bad_field_is_named_at_its_place() {
        let err = edit_of(&change("-3", "0.015"), "USD").expect_err("both wrong");
        assert_eq!(err.code, ErrorCode::Validation);
        let at: Vec<(&str, &str)> = err
            .problems
            .iter()
            .map(|p| (p.field.as_str(), p.message.as_str()))
            .collect();
        assert_eq!(
            at,
            [
                ("dailyBudget", "The daily budget must be more than zero."),
                (
                    "bid",
                    "USD amounts have 2 decimals at most; 0.015 has more."
                )
            ]
        );
        let err = edit_of(&AdSetChange::default(), "USD").expect_err("nothing");
        assert_eq!(err.problems[0].field, "dailyBudget");
        assert!(err.message.contains("a new bid"), "{}", err.message);
    }

    #[test]
    fn marins_form_errors_land_at_the_ui_fields() {
        let e = marin_api::Error::Form {
            message: "Validation Failed".into(),
            fields: vec![marin_api::FieldError::new("bid", "This value is too low.")],
        };
        let err = refused(e);
        assert_eq!(err.code, ErrorCode::Validation);
        assert_eq!(err.problems.len(), 1);
        assert_eq!(err.problems[0].field, "bid");
        assert!(err.problems[0].message.contains("too low"));
    }
}
