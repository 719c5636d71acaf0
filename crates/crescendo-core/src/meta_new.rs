//! The compact path for a new Meta campaign: which Meta ad accounts the workspace shows (the
//! main one when the account in use is Meta's, and the linked ones), the draft's checks, and
//! the creation, at most once, confirmed by typing when it would spend real money at once.

use crate::domain::status::readable;
use crate::domain::{Campaign, Choice, Problem, ProblemCode};
use crate::provider::meta::create::{self, MetaCampaignDraft};
use crate::provider::meta::MetaConnector;
use crate::provider::{Connector, ProviderApi};
use crate::wizard::{confirmation_phrase, confirms};
use crate::{AppError, Workspace};
use meta_api::{BidStrategy, CreateOutcome, Objective, SpecialAdCategory, GRAPH_BASE};
use serde::Serialize;
use ts_rs::TS;

/// The key of the workspace's own account when the account in use is a Meta ad account.
pub const MAIN_KEY: &str = "main";

/// One Meta ad account a campaign can be created in.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MetaAccountOption {
    pub key: String,
    pub label: String,
    /// The account's currency; None when it could not be read (see `problem`).
    pub currency: Option<String>,
    /// Graph's real base: a campaign started here spends money. A local simulator does not.
    pub spends_money: bool,
    /// Why the account cannot be used now (it could not be read).
    pub problem: Option<String>,
}

/// A documented value with its label and, where it matters, what it means for the manager.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MetaChoice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MetaCampaignOptions {
    pub accounts: Vec<MetaAccountOption>,
    pub objectives: Vec<Choice>,
    pub special_ad_categories: Vec<MetaChoice>,
    pub bid_strategies: Vec<MetaChoice>,
    /// A new draft with the defaults (paused, no special category, first account).
    pub draft: MetaCampaignDraft,
}

/// How a creation ended. Only `Created` means a campaign exists.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum MetaCreateResult {
    Created {
        /// Routed as the list routes it (`meta:<key>:<id>`, or the bare id for the main account).
        #[serde(rename = "campaignId")]
        campaign_id: String,
        /// The new campaign as the list shows it; None if it could not be read back yet.
        campaign: Option<Box<Campaign>>,
        /// The answer was lost and the campaign was found in the account afterwards.
        recovered: bool,
    },
    /// Refused before anything was sent, or by Meta; nothing was created.
    Invalid { problems: Vec<Problem> },
    /// Starting now in an account that spends real money needs `phrase` typed first; nothing
    /// was sent. `message` says whether it was missing or did not match.
    ConfirmationNeeded { phrase: String, message: String },
    /// The answer was lost and the campaign was not found in the account (yet): do not send
    /// it again before looking at the campaign list.
    Unknown { message: String },
}

/// One Meta ad account of the workspace, with what the rules need.
#[derive(Clone)]
pub struct Target {
    pub key: String,
    pub label: String,
    /// The prefix of its campaigns' ids (None: the main account's ids are bare).
    pub route: Option<String>,
    pub connector: MetaConnector,
    pub spends_money: bool,
}

fn spends(c: &MetaConnector) -> bool {
    c.client().base_url() == GRAPH_BASE
}

/// The Meta ad accounts the workspace shows, main first.
pub fn targets(ws: &Workspace) -> Vec<Target> {
    let mut out = Vec::new();
    if let Connector::Meta(c) = ws.main_connector() {
        out.push(Target {
            key: MAIN_KEY.into(),
            label: ws.info().label.clone(),
            route: None,
            spends_money: ws.info().spends_money || spends(&c),
            connector: c,
        });
    }
    let brand = ws.active_brand();
    for a in ws.linked() {
        if a.brand.is_some() && a.brand != brand {
            continue;
        }
        let (Connector::Meta(c), Some(key)) = (a.connector, a.route.strip_prefix("meta:")) else {
            continue;
        };
        out.push(Target {
            key: key.to_string(),
            label: a.label.clone(),
            route: Some(a.route.clone()),
            spends_money: spends(&c),
            connector: c,
        });
    }
    out
}

fn choice(value: &str, label: &str, hint: Option<&str>) -> MetaChoice {
    MetaChoice {
        value: value.into(),
        label: label.into(),
        hint: hint.map(Into::into),
    }
}

fn categories() -> Vec<MetaChoice> {
    SpecialAdCategory::DOCUMENTED
        .iter()
        .map(|c| match c {
            SpecialAdCategory::None => choice(
                c.as_str(),
                "None",
                Some("The ads are in no special category."),
            ),
            SpecialAdCategory::IssuesElectionsPolitics => {
                choice(c.as_str(), "Issues, elections or politics", None)
            }
            SpecialAdCategory::Housing
            | SpecialAdCategory::Employment
            | SpecialAdCategory::Credit => choice(
                c.as_str(),
                &readable(c.as_str()),
                Some("Targeting and audience restrictions apply."),
            ),
            other => choice(other.as_str(), &readable(other.as_str()), None),
        })
        .collect()
}

fn bid_strategies() -> Vec<MetaChoice> {
    BidStrategy::DOCUMENTED
        .iter()
        .map(|b| match b {
            BidStrategy::LowestCostWithoutCap => choice(
                b.as_str(),
                "Lowest cost",
                Some("Most results for the budget, no bid limit."),
            ),
            BidStrategy::LowestCostWithBidCap => choice(
                b.as_str(),
                "Lowest cost with a bid cap",
                Some("Each ad set then needs a bid cap (bid_amount), set in Ads Manager."),
            ),
            BidStrategy::CostCap => choice(
                b.as_str(),
                "Cost cap",
                Some("Each ad set then needs a cost cap (bid_amount), set in Ads Manager."),
            ),
            other => choice(other.as_str(), &readable(other.as_str()), None),
        })
        .collect()
}

/// The accounts (each read once for its currency) and the documented choices.
pub async fn options(ws: &Workspace) -> MetaCampaignOptions {
    let mut accounts = Vec::new();
    for t in targets(ws) {
        let (currency, problem) = match t.connector.ad_account().await {
            Ok(a) => (Some(a.currency), None),
            Err(e) => (None, Some(e.message)),
        };
        accounts.push(MetaAccountOption {
            key: t.key,
            label: t.label,
            currency,
            spends_money: t.spends_money,
            problem,
        });
    }
    let draft = MetaCampaignDraft {
        account: accounts
            .iter()
            .find(|a| a.problem.is_none())
            .map(|a| a.key.clone())
            .unwrap_or_default(),
        ..MetaCampaignDraft::default()
    };
    MetaCampaignOptions {
        accounts,
        objectives: Objective::DOCUMENTED
            .iter()
            .map(|o| Choice {
                value: o.as_str().into(),
                label: readable(o.as_str()),
            })
            .collect(),
        special_ad_categories: categories(),
        bid_strategies: bid_strategies(),
        draft,
    }
}

/// The chosen account and its currency, or the problem at `account`.
async fn resolve(ws: &Workspace, key: &str) -> Result<(Target, String), Problem> {
    let key = key.trim();
    let Some(t) = targets(ws).into_iter().find(|t| t.key == key) else {
        return Err(Problem::new(
            "account",
            if key.is_empty() { ProblemCode::Required } else { ProblemCode::Invalid },
            "Choose one of the Meta ad accounts listed: this one is not (or no longer) linked to the workspace.",
        ));
    };
    match t.connector.ad_account().await {
        Ok(a) => Ok((t, a.currency)),
        Err(e) => Err(Problem::new(
            "account",
            ProblemCode::Refused,
            format!("This ad account could not be read: {}", e.message),
        )),
    }
}

/// Every problem of the draft, with the chosen account's currency.
pub async fn validate(ws: &Workspace, d: &MetaCampaignDraft) -> Vec<Problem> {
    match resolve(ws, &d.account).await {
        Ok((_, currency)) => create::check(d, Some(&currency)),
        Err(p) => {
            let mut all = vec![p];
            all.extend(
                create::check(d, None)
                    .into_iter()
                    .filter(|x| x.field != "account"),
            );
            all
        }
    }
}

/// Creates the campaign, if the draft is valid and (when it starts at once in an account that
/// spends money) the phrase was typed. At most once: see [`create_in`].
pub async fn create(
    ws: &Workspace,
    d: &MetaCampaignDraft,
    confirmation: Option<&str>,
) -> Result<MetaCreateResult, AppError> {
    let problems = validate(ws, d).await;
    if !problems.is_empty() {
        return Ok(MetaCreateResult::Invalid { problems });
    }
    match resolve(ws, &d.account).await {
        Ok((t, currency)) => create_in(&t, &currency, d, confirmation).await,
        Err(p) => Ok(MetaCreateResult::Invalid { problems: vec![p] }),
    }
}

/// What must be typed to start a campaign that spends money: the account, the amount and
/// the currency ("Meta act_2020 25.5 USD"), as Symphony's Production launch asks.
pub fn phrase(t: &Target, d: &MetaCampaignDraft, currency: &str) -> String {
    let amount = create::amount(d).ok();
    confirmation_phrase(&t.label, amount.map(|a| (a, currency)), d.objective.trim())
}

/// The creation in one account (the seam the tests use to make a local simulator count as
/// spending money). meta-api's create-at-most-once notes the account's campaigns of the same
/// name before sending, and after a lost answer looks again before saying anything.
pub async fn create_in(
    t: &Target,
    currency: &str,
    d: &MetaCampaignDraft,
    confirmation: Option<&str>,
) -> Result<MetaCreateResult, AppError> {
    let request = match create::build(d, Some(currency)) {
        Ok(r) => r,
        Err(problems) => return Ok(MetaCreateResult::Invalid { problems }),
    };
    if t.spends_money && d.starts_active() {
        let expected = phrase(t, d, currency);
        let typed = confirmation.unwrap_or("").trim();
        if !confirms(&expected, typed) {
            let message = if typed.is_empty() {
                format!("This campaign starts at once in an ad account that spends real money. Type “{expected}” to confirm, or create it paused.")
            } else {
                format!("“{typed:.80}” does not match “{expected}”: nothing was created.")
            };
            return Ok(MetaCreateResult::ConfirmationNeeded {
                phrase: expected,
                message,
            });
        }
    }
    let client = t.connector.client();
    let outcome = client
        .create_campaign_once(t.connector.account_id(), &request, Some(currency))
        .await;
    let routed = |id: &str| match &t.route {
        Some(r) => format!("{r}:{id}"),
        None => id.to_string(),
    };
    match outcome {
        CreateOutcome::Created { id, recovered } => {
            let campaign = t.connector.campaign(&id).await.ok().map(|mut c| {
                c.id = routed(&c.id);
                Box::new(c)
            });
            Ok(MetaCreateResult::Created {
                campaign_id: routed(&id),
                campaign,
                recovered,
            })
        }
        CreateOutcome::NotCreated(meta_api::Error::Invalid(i)) => Ok(MetaCreateResult::Invalid {
            problems: vec![Problem::new(create::draft_field(i.field()), ProblemCode::Invalid, i.to_string())],
        }),
        CreateOutcome::NotCreated(e) => {
            let field = match &e {
                meta_api::Error::InvalidParameter { field: Some(f), .. } => create::draft_field(f),
                _ => "",
            };
            let err = AppError::from(e);
            if field.is_empty() {
                return Err(err);
            }
            Ok(MetaCreateResult::Invalid {
                problems: vec![Problem::new(field, ProblemCode::Refused, err.message)],
            })
        }
        CreateOutcome::Unknown(e) => Ok(MetaCreateResult::Unknown {
            message: format!("Meta's answer was lost ({}) and “{}” is not in the account yet: it may still appear. Do not create it again before looking for it in the campaign list.", AppError::from(e).message, request.name),
        }),
    }
}
