//! The compact "new Marin Social campaign" draft and its rules, from the reference's "Create a
//! new Campaign" (`POST /clients/{MEDIAPLAN_ID}/campaigns`, Facebook parameters): `name`,
//! `status` (play / pause), `objective`, `budget_type` (daily / lifetime) with `daily_budget`
//! or `lifetime_budget` in the account's currency, `start_date` and `end_date` (Unix
//! timestamps), `special_ad_category`, and what two objectives need (`pixel_external_id` and
//! `pixel_event` for website_conv, `business_manager_id` and `product_catalog_id` for
//! product_catalog_sales). Each problem is at the draft's own (camelCase) field, so the form
//! shows it where it was typed.

use crate::domain::{Problem, ProblemCode};
use chrono::NaiveDateTime;
use marin_api::{BudgetType, Decimal, NewCampaign, Status, PIXEL_EVENTS};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const DAY: i64 = 86_400;

/// What the manager typed. Text stays text (the amount and the dates too) so nothing typed is
/// lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MarinCampaignDraft {
    /// The key of one of the Marin accounts the workspace shows (`options().accounts`).
    pub account: String,
    /// The media plan's id (the API's `clients`), one of the account's.
    pub plan: String,
    pub name: String,
    /// One of the reference's objectives (fan_acq, reach, ...).
    pub objective: String,
    /// "daily" or "lifetime".
    pub budget_type: String,
    /// In the account's currency, as typed ("25.50").
    pub amount: String,
    /// "YYYY-MM-DDTHH:MM", in UTC (sent as a Unix timestamp).
    pub start_date: String,
    /// Like `start_date`; empty: no end.
    pub end_date: String,
    /// credit / housing / employment / none.
    pub special_ad_category: String,
    /// For website_conv only.
    pub pixel_external_id: String,
    pub pixel_event: String,
    /// For product_catalog_sales only.
    pub business_manager_id: String,
    pub product_catalog_id: String,
    /// "pause" (the default) or "play" (starts delivering at once).
    pub status: String,
}

impl Default for MarinCampaignDraft {
    fn default() -> Self {
        MarinCampaignDraft {
            account: String::new(),
            plan: String::new(),
            name: String::new(),
            objective: String::new(),
            budget_type: "daily".into(),
            amount: String::new(),
            start_date: String::new(),
            end_date: String::new(),
            special_ad_category: "none".into(),
            pixel_external_id: String::new(),
            pixel_event: String::new(),
            business_manager_id: String::new(),
            product_catalog_id: String::new(),
            status: "pause".into(),
        }
    }
}

impl MarinCampaignDraft {
    pub fn starts_active(&self) -> bool {
        self.status.trim() == "play"
    }
}

fn problem(field: &str, code: ProblemCode, message: impl Into<String>) -> Problem {
    Problem::new(field, code, message)
}

/// The amount in the account's currency, with no more decimals than the currency has (the
/// same exponent rule as the budget edit: 2 when the currency is unknown).
pub fn amount(d: &MarinCampaignDraft, currency: Option<&str>) -> Result<Decimal, Problem> {
    let typed = d.amount.trim();
    let what = if d.budget_type.trim() == "lifetime" {
        "lifetime"
    } else {
        "daily"
    };
    if typed.is_empty() {
        return Err(problem(
            "amount",
            ProblemCode::Required,
            format!("Type the {what} budget, for example 25.00."),
        ));
    }
    let value: Decimal = typed.parse().map_err(|_| {
        problem(
            "amount",
            ProblemCode::Invalid,
            format!(
                "“{typed:.40}” is not an amount: type digits, with a dot for decimals (25.50)."
            ),
        )
    })?;
    if value <= Decimal::ZERO {
        return Err(problem(
            "amount",
            ProblemCode::TooLow,
            "A budget must be more than zero.",
        ));
    }
    if let Some(cur) = currency {
        let exp = crate::money::known_exponent(cur).unwrap_or(2);
        if value.normalize().scale() > exp {
            let msg = if exp == 0 {
                format!(
                    "{cur} budgets have no decimals: type a whole number ({}).",
                    value.trunc()
                )
            } else {
                format!("{cur} budgets have at most {exp} decimals: round {typed}.")
            };
            return Err(problem("amount", ProblemCode::Invalid, msg));
        }
    }
    Ok(value)
}

/// A typed date and time (UTC) as a Unix timestamp.
fn stamp(field: &str, what: &str, typed: &str) -> Result<Option<i64>, Problem> {
    let t = typed.trim();
    if t.is_empty() {
        return Ok(None);
    }
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        .map(|n| Some(n.and_utc().timestamp()))
        .ok_or_else(|| {
            problem(
                field,
                ProblemCode::Invalid,
                format!("“{t:.40}” is not a {what}: pick a date and a time (UTC)."),
            )
        })
}

fn choose(field: &str, typed: &str, allowed: &[&str], what: &str) -> Result<String, Problem> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(problem(
            field,
            ProblemCode::Required,
            format!("Choose {what}."),
        ));
    }
    if allowed.contains(&t) {
        Ok(t.to_string())
    } else {
        Err(problem(
            field,
            ProblemCode::Invalid,
            format!("“{t:.40}” is not {what} Marin Social documents: choose one from the list."),
        ))
    }
}

fn given(field: &str, typed: &str, message: &str) -> Result<String, Problem> {
    let t = typed.trim();
    if t.is_empty() {
        Err(problem(field, ProblemCode::Required, message))
    } else {
        Ok(t.to_string())
    }
}

/// Every rule of the draft; `currency` is the chosen account's (None: unknown or unreadable,
/// and the amount is checked as a number only).
pub fn check(d: &MarinCampaignDraft, currency: Option<&str>) -> Vec<Problem> {
    build(d, currency).err().unwrap_or_default()
}

/// The request for Marin, or every problem of the draft. Without a currency a valid draft still
/// has no request (the amount's decimals are unchecked): only the problems are meaningful.
pub fn build(d: &MarinCampaignDraft, currency: Option<&str>) -> Result<NewCampaign, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut take = |r: Result<(), Problem>| {
        if let Err(p) = r {
            problems.push(p);
        }
    };
    if d.account.trim().is_empty() {
        take(Err(problem(
            "account",
            ProblemCode::Required,
            "Choose the Marin Social account the campaign is created in.",
        )));
    }
    let plan = given(
        "plan",
        &d.plan,
        "Choose the media plan the campaign goes in.",
    );
    take(plan.as_ref().map(|_| ()).map_err(Clone::clone));
    let name = given(
        "name",
        &d.name,
        "Give the campaign a name, for example “Summer tour – reach”.",
    );
    take(name.as_ref().map(|_| ()).map_err(Clone::clone));
    let objective = choose(
        "objective",
        &d.objective,
        marin_api::CAMPAIGN_OBJECTIVES,
        "an objective",
    );
    take(objective.as_ref().map(|_| ()).map_err(Clone::clone));
    let budget_type = match d.budget_type.trim() {
        "daily" => Ok(BudgetType::Daily),
        "lifetime" => Ok(BudgetType::Lifetime),
        other => Err(problem(
            "budgetType",
            if other.is_empty() {
                ProblemCode::Required
            } else {
                ProblemCode::Invalid
            },
            "Choose a daily budget or a lifetime budget.",
        )),
    };
    take(budget_type.as_ref().map(|_| ()).map_err(Clone::clone));
    let value = amount(d, currency);
    take(value.as_ref().map(|_| ()).map_err(Clone::clone));
    let start = stamp("startDate", "start date", &d.start_date).and_then(|s| {
        s.ok_or_else(|| {
            problem(
                "startDate",
                ProblemCode::Required,
                "Pick when the campaign starts (UTC).",
            )
        })
    });
    take(start.as_ref().map(|_| ()).map_err(Clone::clone));
    let end = stamp("endDate", "end date", &d.end_date);
    take(end.as_ref().map(|_| ()).map_err(Clone::clone));
    if let (Ok(s), Ok(Some(e))) = (&start, &end) {
        if e <= s {
            take(Err(problem(
                "endDate",
                ProblemCode::Mismatch,
                "The campaign must end after it starts.",
            )));
        } else if budget_type == Ok(BudgetType::Daily) && e - s < DAY {
            // The reference: under 24 h "lifetime will be used". Said here, not switched there.
            take(Err(problem(
                "endDate",
                ProblemCode::TooLow,
                "A campaign with a daily budget must run at least 24 hours (Marin Social would otherwise use the amount as a lifetime budget): end it later, or choose a lifetime budget.",
            )));
        }
    }
    if budget_type == Ok(BudgetType::Lifetime) && matches!(end, Ok(None)) {
        take(Err(problem(
            "endDate",
            ProblemCode::Required,
            "A lifetime budget is spent over the campaign's life: pick when it ends.",
        )));
    }
    let category = choose(
        "specialAdCategory",
        &d.special_ad_category,
        marin_api::SPECIAL_AD_CATEGORIES,
        "a special ad category",
    );
    take(category.as_ref().map(|_| ()).map_err(Clone::clone));
    let obj = objective.as_deref().unwrap_or_default();
    let (mut pixel, mut event, mut manager, mut catalog) = (None, None, None, None);
    if obj == "website_conv" {
        pixel = Some(given(
            "pixelExternalId",
            &d.pixel_external_id,
            "Website conversions need the pixel's id (pixel_external_id).",
        ));
        event = Some(choose(
            "pixelEvent",
            &d.pixel_event,
            PIXEL_EVENTS,
            "a pixel event",
        ));
    }
    if obj == "product_catalog_sales" {
        manager = Some(given(
            "businessManagerId",
            &d.business_manager_id,
            "Catalog sales need the Business Manager's id (business_manager_id).",
        ));
        catalog = Some(given(
            "productCatalogId",
            &d.product_catalog_id,
            "Catalog sales need the product catalog's id (product_catalog_id).",
        ));
    }
    // Only the objective's own fields are sent; their problems join the others in order.
    let mut sent = |r: Option<Result<String, Problem>>| match r {
        Some(Ok(v)) => Some(v),
        Some(Err(p)) => {
            take(Err(p));
            None
        }
        None => None,
    };
    let (pixel, event, manager, catalog) = (sent(pixel), sent(event), sent(manager), sent(catalog));
    let status = match d.status.trim() {
        "pause" => Ok(Status::Pause),
        "play" => Ok(Status::Play),
        _ => Err(problem(
            "status",
            ProblemCode::Invalid,
            "A new campaign is created paused or playing (the only statuses Marin Social documents): choose one.",
        )),
    };
    take(status.as_ref().map(|_| ()).map_err(Clone::clone));
    match (
        name,
        objective,
        budget_type,
        value,
        start,
        end,
        category,
        status,
    ) {
        (Ok(name), Ok(objective), Ok(bt), Ok(value), Ok(start), Ok(end), Ok(cat), Ok(status))
            if problems.is_empty() && currency.is_some() =>
        {
            Ok(NewCampaign {
                name,
                status,
                objective,
                budget_type: bt,
                daily_budget: (bt == BudgetType::Daily).then_some(value),
                lifetime_budget: (bt == BudgetType::Lifetime).then_some(value),
                start_date: start,
                end_date: end,
                special_ad_category: Some(cat),
                pixel_external_id: pixel,
                pixel_event: event,
                business_manager_id: manager,
                product_catalog_id: catalog,
                sync: None,
            })
        }
        _ => Err(problems),
    }
}

/// A Marin form field (as sent, or as a 400 names it) as the draft's field; "" for the form.
pub fn draft_field(marin_field: &str) -> &'static str {
    match marin_field {
        "name" => "name",
        "status" => "status",
        "objective" => "objective",
        "budget_type" => "budgetType",
        "daily_budget" | "lifetime_budget" | "spend_cap" => "amount",
        "start_date" => "startDate",
        "end_date" => "endDate",
        "special_ad_category" => "specialAdCategory",
        "pixel_external_id" => "pixelExternalId",
        "pixel_event" => "pixelEvent",
        "business_manager_id" => "businessManagerId",
        "product_catalog_id" => "productCatalogId",
        _ => "",
    }
}

#[cfg(test)]
#[path = "create_tests.rs"]
mod tests;
