//! The compact path for a new Marin Social campaign: which Marin accounts the workspace shows
//! (the main one when the account in use is Marin's, and the linked ones) with their media
//! plans, the draft's checks, and the creation, at most once, confirmed by typing when it would
//! spend real money at once.

use crate::domain::status::readable;
use crate::domain::{Campaign, Choice, Problem, ProblemCode};
use crate::endpoints::is_marin_production;
use crate::provider::marin::create::{self, MarinCampaignDraft};
use crate::provider::marin::MarinConnector;
use crate::provider::Connector;
use crate::wizard::{confirmation_phrase, confirms};
use crate::{AppError, Workspace};
use marin_api::CreateOutcome;
use serde::Serialize;
use ts_rs::TS;

/// The key of the workspace's own account when the account in use is a Marin account.
pub const MAIN_KEY: &str = "main";

/// One media plan (the API's `clients`) a campaign can go in.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarinPlanOption {
    pub id: String,
    pub name: String,
}

/// One Marin account a campaign can be created in, with its media plans.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarinAccountOption {
    pub key: String,
    pub label: String,
    /// The account's currency; None when it could not be read (see `problem`).
    pub currency: Option<String>,
    /// Marin's real API: a campaign started here spends money. A local simulator does not.
    pub spends_money: bool,
    pub plans: Vec<MarinPlanOption>,
    /// Why the account cannot be used now (it or its media plans could not be read, or it has
    /// no media plan).
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarinCampaignOptions {
    pub accounts: Vec<MarinAccountOption>,
    pub objectives: Vec<Choice>,
    pub special_ad_categories: Vec<Choice>,
    pub pixel_events: Vec<Choice>,
    /// A new draft with the defaults (paused, daily, no special category, first account and
    /// its first plan).
    pub draft: MarinCampaignDraft,
}

/// How a creation ended. Only `Created` means a campaign exists.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum MarinCreateResult {
    Created {
        /// Routed as the list routes it (`marin:<key>:<id>`, or the bare id for the main
        /// account).
        #[serde(rename = "campaignId")]
        campaign_id: String,
        /// The new campaign as the list shows it; None if it could not be mapped.
        campaign: Option<Box<Campaign>>,
        /// The answer was lost and the campaign was found in the media plan afterwards.
        recovered: bool,
    },
    /// Refused before anything was sent, or by Marin; nothing was created.
    Invalid { problems: Vec<Problem> },
    /// Starting now in an account that spends real money needs `phrase` typed first; nothing
    /// was sent. `message` says whether it was missing or did not match.
    ConfirmationNeeded { phrase: String, message: String },
    /// The answer was lost and the campaign was not found in the media plan (yet): do not send
    /// it again before looking at the campaign list.
    Unknown { message: String },
}

/// One Marin account of the workspace, with what the rules need.
#[derive(Clone)]
pub struct Target {
    pub key: String,
    pub label: String,
    /// The prefix of its campaigns' ids (None: the main account's ids are bare).
    pub route: Option<String>,
    pub connector: MarinConnector,
    pub spends_money: bool,
}

fn spends(c: &MarinConnector) -> bool {
    is_marin_production(c.client().base_url())
}

/// The Marin accounts the workspace shows, main first.
pub fn targets(ws: &Workspace) -> Vec<Target> {
    let mut out = Vec::new();
    if let Connector::Marin(c) = ws.main_connector() {
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
        let (Connector::Marin(c), Some(key)) = (a.connector, a.route.strip_prefix("marin:")) else {
            continue;
        };
        out.push(Target {
            key: key.to_string(),
            label: a.label.clone(),
            route: Some(a.route.clone()),
            spends_money: a.spends_money || spends(&c),
            connector: c,
        });
    }
    out
}

fn choices(values: &[&str], label: impl Fn(&str) -> String) -> Vec<Choice> {
    values
        .iter()
        .map(|v| Choice {
            value: v.to_string(),
            label: label(v),
        })
        .collect()
}

/// Readable names for the reference's objective codes (the codes themselves are terse).
fn objective_label(code: &str) -> String {
    match code {
        "fan_acq" => "Fan acquisition (page likes)".into(),
        "event" => "Event responses".into(),
        "eng" => "Engagement".into(),
        "outside_traffic" => "Traffic to a website".into(),
        "offer" => "Offer claims".into(),
        "app_installs" => "App installs".into(),
        "video_play" => "Video views".into(),
        "product_catalog_sales" => "Catalog sales".into(),
        "website_conv" => "Website conversions".into(),
        "lead_gen" => "Lead generation".into(),
        "brand_awareness" => "Brand awareness".into(),
        "store_visits" => "Store visits".into(),
        "reach" => "Reach".into(),
        other => readable(other),
    }
}

/// The accounts (each read once for its currency and media plans) and the documented choices.
pub async fn options(ws: &Workspace) -> MarinCampaignOptions {
    let mut accounts = Vec::new();
    for t in targets(ws) {
        let currency = t.connector.account_currency().await;
        let plans = t.connector.media_plans().await;
        let problem = match (&currency, &plans) {
            (Err(e), _) | (_, Err(e)) => Some(e.message.clone()),
            (_, Ok(p)) if p.is_empty() => Some(
                "This account has no media plan to put a campaign in: create one in Marin Social."
                    .into(),
            ),
            _ => None,
        };
        accounts.push(MarinAccountOption {
            key: t.key,
            label: t.label,
            currency: currency.ok(),
            spends_money: t.spends_money,
            plans: plans
                .unwrap_or_default()
                .into_iter()
                .map(|p| MarinPlanOption {
                    id: p.id,
                    name: p.name,
                })
                .collect(),
            problem,
        });
    }
    let first = accounts.iter().find(|a| a.problem.is_none());
    let draft = MarinCampaignDraft {
        account: first.map(|a| a.key.clone()).unwrap_or_default(),
        plan: first
            .and_then(|a| a.plans.first())
            .map(|p| p.id.clone())
            .unwrap_or_default(),
        ..MarinCampaignDraft::default()
    };
    MarinCampaignOptions {
        accounts,
        objectives: choices(marin_api::CAMPAIGN_OBJECTIVES, objective_label),
        special_ad_categories: choices(marin_api::SPECIAL_AD_CATEGORIES, |c| match c {
            "none" => "None".into(),
            other => readable(other),
        }),
        pixel_events: choices(marin_api::PIXEL_EVENTS, |e| e.to_string()),
        draft,
    }
}

/// The chosen account, its currency and its media plans' ids, or the problem at `account`.
async fn resolve(ws: &Workspace, key: &str) -> Result<(Target, String, Vec<String>), Problem> {
    let key = key.trim();
    let Some(t) = targets(ws).into_iter().find(|t| t.key == key) else {
        return Err(Problem::new(
            "account",
            if key.is_empty() { ProblemCode::Required } else { ProblemCode::Invalid },
            "Choose one of the Marin Social accounts listed: this one is not (or no longer) in the workspace.",
        ));
    };
    let unreadable = |e: AppError| {
        Problem::new(
            "account",
            ProblemCode::Refused,
            format!("This Marin Social account could not be read: {}", e.message),
        )
    };
    let currency = t.connector.account_currency().await.map_err(unreadable)?;
    let plans = t.connector.media_plans().await.map_err(unreadable)?;
    Ok((t, currency, plans.into_iter().map(|p| p.id).collect()))
}

/// The plan must be one of the account's (an id typed elsewhere could be another account's).
fn plan_problem(d: &MarinCampaignDraft, plans: &[String]) -> Option<Problem> {
    let p = d.plan.trim();
    (!p.is_empty() && !plans.iter().any(|x| x == p)).then(|| {
        Problem::new(
            "plan",
            ProblemCode::Invalid,
            "Choose one of this account's media plans: this one is not (or no longer) among them.",
        )
    })
}

/// Every problem of the draft, with the chosen account's currency and media plans.
pub async fn validate(ws: &Workspace, d: &MarinCampaignDraft) -> Vec<Problem> {
    match resolve(ws, &d.account).await {
        Ok((_, currency, plans)) => {
            let mut all = create::check(d, Some(&currency));
            if let Some(p) = plan_problem(d, &plans) {
                let at = all
                    .iter()
                    .position(|x| x.field != "account")
                    .unwrap_or(all.len());
                all.insert(at, p);
            }
            all
        }
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
    d: &MarinCampaignDraft,
    confirmation: Option<&str>,
) -> Result<MarinCreateResult, AppError> {
    let problems = validate(ws, d).await;
    if !problems.is_empty() {
        return Ok(MarinCreateResult::Invalid { problems });
    }
    match resolve(ws, &d.account).await {
        Ok((t, currency, _)) => create_in(&t, &currency, d, confirmation).await,
        Err(p) => Ok(MarinCreateResult::Invalid { problems: vec![p] }),
    }
}

/// What must be typed to start a campaign that spends money: the account, the amount and the
/// currency ("Marin Social 101 25.5 EUR"), as Meta's and Symphony's launches ask.
pub fn phrase(t: &Target, d: &MarinCampaignDraft, currency: &str) -> String {
    let amount = create::amount(d, Some(currency)).ok();
    confirmation_phrase(&t.label, amount.map(|a| (a, currency)), d.objective.trim())
}

/// A refusal (a 400 from Marin, or marin-api's own check) at the draft's fields; None when it
/// names no field Crescendo can place. A field the form does not have is kept at "" (the form).
fn refused(e: &marin_api::Error) -> Option<Vec<Problem>> {
    let (marin_api::Error::Form { fields, .. } | marin_api::Error::Invalid { fields }) = e else {
        return None;
    };
    if fields
        .iter()
        .all(|f| create::draft_field(&f.field).is_empty())
    {
        return None;
    }
    Some(
        fields
            .iter()
            .map(|f| {
                Problem::new(
                    create::draft_field(&f.field),
                    ProblemCode::Refused,
                    format!("Marin Social refused it: {}", f.message),
                )
            })
            .collect(),
    )
}

/// The creation in one account (the seam the tests use to make a local simulator count as
/// spending money). marin-api's create-at-most-once notes the plan's look-alike campaigns
/// before sending, and after a lost answer looks again before saying anything.
pub async fn create_in(
    t: &Target,
    currency: &str,
    d: &MarinCampaignDraft,
    confirmation: Option<&str>,
) -> Result<MarinCreateResult, AppError> {
    let request = match create::build(d, Some(currency)) {
        Ok(r) => r,
        Err(problems) => return Ok(MarinCreateResult::Invalid { problems }),
    };
    if t.spends_money && d.starts_active() {
        let expected = phrase(t, d, currency);
        let typed = confirmation.unwrap_or("").trim();
        if !confirms(&expected, typed) {
            let message = if typed.is_empty() {
                format!("This campaign starts at once in a Marin Social account that spends real money. Type “{expected}” to confirm, or create it paused.")
            } else {
                format!("“{typed:.80}” does not match “{expected}”: nothing was created.")
            };
            return Ok(MarinCreateResult::ConfirmationNeeded {
                phrase: expected,
                message,
            });
        }
    }
    let plan = d.plan.trim();
    let routed = |id: &str| match &t.route {
        Some(r) => format!("{r}:{id}"),
        None => id.to_string(),
    };
    match t.connector.client().create_campaign_once(plan, &request).await {
        CreateOutcome::Created {
            campaign,
            recovered,
        } => {
            let mapped = t.connector.created(plan, &campaign, currency).ok().map(|mut c| {
                c.id = routed(&c.id);
                Box::new(c)
            });
            Ok(MarinCreateResult::Created {
                campaign_id: routed(&campaign.id),
                campaign: mapped,
                recovered,
            })
        }
        CreateOutcome::NotCreated(e) => match refused(&e) {
            Some(problems) => Ok(MarinCreateResult::Invalid { problems }),
            None => Err(AppError::from(e)),
        },
        CreateOutcome::Unknown(e) => Ok(MarinCreateResult::Unknown {
            message: format!("Marin Social's answer was lost ({}) and “{}” is not in the media plan yet: it may still appear. Do not create it again before looking for it in the campaign list.", AppError::from(e).message, request.name),
        }),
    }
}
