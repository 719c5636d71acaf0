//! The compact "new Meta campaign" draft and its rules, from the reference's create parameters
//! (`POST /act_<id>/campaigns`): name, objective, `special_ad_categories` (required: NONE, an
//! empty array, or the categories), one campaign budget (`daily_budget` or `lifetime_budget`,
//! integers of the currency's subunit), `bid_strategy` and `status` (only ACTIVE and PAUSED when
//! creating). `start_time`/`stop_time` are not create parameters: "at the campaign level" they
//! are read only and set on the ad sets, so the draft has no dates. Each problem is at the
//! draft's own (camelCase) field, so the form shows it where it was typed.

use crate::domain::{Problem, ProblemCode};
use meta_api::money::{self, MoneyError};
use meta_api::{BidStrategy, ConfiguredStatus, NewCampaign, Objective, SpecialAdCategory};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the manager typed. Text stays text (the amount too) so nothing typed is lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MetaCampaignDraft {
    /// The key of one of the Meta ad accounts the workspace shows (`options().accounts`).
    pub account: String,
    pub name: String,
    /// One of the reference's objectives (LINK_CLICKS, REACH, ...).
    pub objective: String,
    /// NONE alone, or the categories the ads are in (HOUSING, EMPLOYMENT, CREDIT,
    /// ISSUES_ELECTIONS_POLITICS).
    pub special_ad_categories: Vec<String>,
    /// "daily" or "lifetime".
    pub budget_kind: String,
    /// In the account's currency, as typed ("25.50"; whole units for JPY, KRW...).
    pub amount: String,
    /// One of the documented bid strategies.
    pub bid_strategy: String,
    /// "PAUSED" (the default) or "ACTIVE" (starts delivering as soon as it has ads).
    pub status: String,
}

impl Default for MetaCampaignDraft {
    fn default() -> Self {
        MetaCampaignDraft {
            account: String::new(),
            name: String::new(),
            objective: String::new(),
            special_ad_categories: vec!["NONE".into()],
            budget_kind: "daily".into(),
            amount: String::new(),
            // Graph's default when none is sent is LOWEST_COST_WITH_BID_CAP, which needs a bid
            // cap on every ad set: the draft names the one that needs nothing more.
            bid_strategy: BidStrategy::LowestCostWithoutCap.as_str().into(),
            status: ConfiguredStatus::Paused.as_str().into(),
        }
    }
}

impl MetaCampaignDraft {
    pub fn starts_active(&self) -> bool {
        self.status.trim() == ConfiguredStatus::Active.as_str()
    }
}

fn problem(field: &str, code: ProblemCode, message: impl Into<String>) -> Problem {
    Problem::new(field, code, message)
}

/// The amount in major units, or the problem at `amount`.
pub fn amount(d: &MetaCampaignDraft) -> Result<Decimal, Problem> {
    let typed = d.amount.trim();
    let what = if d.budget_kind.trim() == "lifetime" {
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
    Ok(value)
}

/// The amount in Graph's subunits of `currency` (10.50 USD -> 1050, 1500 JPY -> 1500).
pub fn minor_units(value: Decimal, currency: &str) -> Result<i64, Problem> {
    money::to_minor(value, currency).map_err(|e| match e {
        MoneyError::TooPrecise { offset: 1, .. } => problem(
            "amount",
            ProblemCode::Invalid,
            format!("{currency} budgets have no decimals in Meta: type a whole number ({}).", value.trunc()),
        ),
        MoneyError::TooPrecise { .. } => problem(
            "amount",
            ProblemCode::Invalid,
            format!("{currency} budgets have at most two decimals: round {value} to cents."),
        ),
        MoneyError::UnknownCurrency(_) => problem(
            "account",
            ProblemCode::Invalid,
            format!("Meta does not list {currency} among its currencies: Crescendo cannot price this account's budgets."),
        ),
        MoneyError::OutOfRange { .. } => problem(
            "amount",
            ProblemCode::TooHigh,
            format!("{value} {currency} is more than Meta can store as a budget."),
        ),
    })
}

fn one_of<T>(
    field: &str,
    typed: &str,
    parse: fn(&str) -> T,
    documented: fn(&T) -> bool,
    what: &str,
) -> Result<T, Problem> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(problem(
            field,
            ProblemCode::Required,
            format!("Choose {what}."),
        ));
    }
    let v = parse(t);
    if documented(&v) {
        Ok(v)
    } else {
        Err(problem(
            field,
            ProblemCode::Invalid,
            format!("“{t:.40}” is not {what} Meta documents: choose one from the list."),
        ))
    }
}

fn categories(d: &MetaCampaignDraft) -> Result<Vec<SpecialAdCategory>, Problem> {
    let field = "specialAdCategories";
    let mut out = Vec::new();
    for c in &d.special_ad_categories {
        let v = SpecialAdCategory::parse(c.trim());
        if !v.is_documented() {
            return Err(problem(
                field,
                ProblemCode::Invalid,
                format!("“{:.40}” is not a special ad category: choose None, Housing, Employment, Credit or Issues, elections and politics.", c.trim()),
            ));
        }
        if !out.contains(&v) {
            out.push(v);
        }
    }
    if out.len() > 1 && out.contains(&SpecialAdCategory::None) {
        return Err(problem(
            field,
            ProblemCode::Mismatch,
            "“None” cannot be combined with a category: untick None, or untick the categories.",
        ));
    }
    if out.is_empty() {
        // The reference: "must indicate NONE or send an empty array"; NONE says it explicitly.
        out.push(SpecialAdCategory::None);
    }
    Ok(out)
}

/// Every rule of the draft; `currency` is the chosen account's (None: the account is unknown
/// or unreadable, and the amount is checked as a number only).
pub fn check(d: &MetaCampaignDraft, currency: Option<&str>) -> Vec<Problem> {
    build(d, currency).err().unwrap_or_default()
}

/// The request for Graph, or every problem of the draft.
pub fn build(d: &MetaCampaignDraft, currency: Option<&str>) -> Result<NewCampaign, Vec<Problem>> {
    let mut problems = Vec::new();
    if d.account.trim().is_empty() {
        problems.push(problem(
            "account",
            ProblemCode::Required,
            "Choose the Meta ad account the campaign is created in.",
        ));
    }
    let name = d.name.trim();
    if name.is_empty() {
        problems.push(problem(
            "name",
            ProblemCode::Required,
            "Give the campaign a name, for example “Summer tour – link clicks”.",
        ));
    }
    let objective = one_of(
        "objective",
        &d.objective,
        Objective::parse,
        Objective::is_documented,
        "an objective",
    );
    let cats = categories(d);
    let daily = match d.budget_kind.trim() {
        "daily" => Ok(true),
        "lifetime" => Ok(false),
        other => Err(problem(
            "budgetKind",
            if other.is_empty() {
                ProblemCode::Required
            } else {
                ProblemCode::Invalid
            },
            "Choose a daily budget or a lifetime budget.",
        )),
    };
    let units = amount(d).and_then(|v| match currency {
        Some(c) => minor_units(v, c).map(Some),
        None => Ok(None),
    });
    let bid = one_of(
        "bidStrategy",
        &d.bid_strategy,
        BidStrategy::parse,
        BidStrategy::is_documented,
        "a bid strategy",
    );
    let status = match d.status.trim() {
        "PAUSED" => Ok(ConfiguredStatus::Paused),
        "ACTIVE" => Ok(ConfiguredStatus::Active),
        _ => Err(problem(
            "status",
            ProblemCode::Invalid,
            "A new campaign is created paused or active (the only statuses Meta accepts when creating): choose one.",
        )),
    };
    let mut take = |r: Result<(), Problem>| {
        if let Err(p) = r {
            problems.push(p);
        }
    };
    take(objective.as_ref().map(|_| ()).map_err(Clone::clone));
    take(cats.as_ref().map(|_| ()).map_err(Clone::clone));
    take(daily.as_ref().map(|_| ()).map_err(Clone::clone));
    take(units.as_ref().map(|_| ()).map_err(Clone::clone));
    take(bid.as_ref().map(|_| ()).map_err(Clone::clone));
    take(status.as_ref().map(|_| ()).map_err(Clone::clone));
    match (objective, cats, daily, units, bid, status) {
        (Ok(objective), Ok(cats), Ok(daily), Ok(Some(units)), Ok(bid), Ok(status))
            if problems.is_empty() =>
        {
            let mut c = NewCampaign::new(name, objective);
            c.status = status;
            c.special_ad_categories = cats;
            if daily {
                c.daily_budget = Some(units);
            } else {
                c.lifetime_budget = Some(units);
            }
            c.bid_strategy = Some(bid);
            Ok(c)
        }
        _ => Err(problems),
    }
}

/// A Graph field blamed by meta-api's own check, as the draft's field.
pub fn draft_field(graph_field: &str) -> &'static str {
    match graph_field {
        "name" => "name",
        "objective" => "objective",
        "special_ad_categories" => "specialAdCategories",
        "daily_budget" | "lifetime_budget" | "spend_cap" => "amount",
        "bid_strategy" => "bidStrategy",
        "status" => "status",
        _ => "",
    }
}

#[cfg(test)]
#[path = "create_tests.rs"]
mod tests;
