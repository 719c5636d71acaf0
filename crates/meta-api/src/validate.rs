//! The reference's rules, checked before anything is sent: a request that breaks one is never
//! sent, and the error names the field it concerns and what to do.

use crate::campaigns::{CampaignUpdate, NewCampaign};
use crate::types::{BuyingType, ConfiguredStatus, SpecialAdCategory};
use rust_decimal::Decimal;

/// The documented "remove the spend cap" value.
pub const NO_SPEND_CAP: i64 = 922_337_203_685_478;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Invalid {
    #[error("name: give the campaign a name")]
    EmptyName,
    #[error("{field}: {value} is not one of the documented values")]
    Undocumented { field: &'static str, value: String },
    #[error("status: only ACTIVE and PAUSED are valid when creating a campaign (got {0})")]
    StatusOnCreate(String),
    #[error("special_ad_categories: NONE cannot be combined with another category; send NONE alone, an empty list, or the categories")]
    NoneWithOthers,
    #[error("lifetime_budget: a campaign has a daily budget or a lifetime budget, not both")]
    BothBudgets,
    #[error("{0}: a budget must be a positive whole number of the currency's subunit")]
    BudgetNotPositive(&'static str),
    #[error("bid_strategy: a campaign bid strategy needs a campaign budget (daily_budget or lifetime_budget); without one, set the bid strategy on each ad set")]
    BidStrategyWithoutBudget,
    #[error("bid_strategy: a bid strategy applies only to the AUCTION buying type")]
    BidStrategyNeedsAuction,
    #[error("buying_type: RESERVED (reach and frequency) is not available for housing, employment or credit ads")]
    ReservedWithSpecialCategory,
    #[error("spend_cap: not available for reach and frequency (RESERVED) campaigns")]
    SpendCapOnReserved,
    #[error("spend_cap: the minimum is about 100 USD, {minimum} in this account's subunits ({currency}); use 922337203685478 to remove the cap")]
    SpendCapTooLow { minimum: i64, currency: String },
    #[error(
        "stop_time: at the campaign level stop_time is read only; set it on the campaign's ad sets"
    )]
    StopTimeReadOnly,
    #[error("the update changes nothing: give at least one field")]
    NothingToUpdate,
}

impl Invalid {
    /// The request field the problem concerns.
    pub fn field(&self) -> &'static str {
        match self {
            Invalid::EmptyName => "name",
            Invalid::Undocumented { field, .. } => field,
            Invalid::StatusOnCreate(_) => "status",
            Invalid::NoneWithOthers => "special_ad_categories",
            Invalid::BothBudgets => "lifetime_budget",
            Invalid::BudgetNotPositive(f) => f,
            Invalid::BidStrategyWithoutBudget | Invalid::BidStrategyNeedsAuction => "bid_strategy",
            Invalid::ReservedWithSpecialCategory => "buying_type",
            Invalid::SpendCapOnReserved | Invalid::SpendCapTooLow { .. } => "spend_cap",
            Invalid::StopTimeReadOnly => "stop_time",
            Invalid::NothingToUpdate => "",
        }
    }
}

/// The smallest spend cap, in subunits, for a currency the reference-rate table knows.
pub fn spend_cap_minimum(currency: &str) -> Option<i64> {
    let per_usd = crescendo_money::reference::per_usd(currency)?;
    let offset = crate::money::offset(currency)?;
    let units = Decimal::from(100) * per_usd * Decimal::from(offset);
    i64::try_from(units.ceil()).ok()
}

fn documented<T>(field: &'static str, v: &T, ok: bool, text: &str) -> Result<(), Invalid> {
    let _ = v;
    if ok {
        Ok(())
    } else {
        Err(Invalid::Undocumented {
            field,
            value: text.to_string(),
        })
    }
}

fn budgets(daily: Option<i64>, lifetime: Option<i64>) -> Result<(), Invalid> {
    if daily.is_some() && lifetime.is_some() {
        return Err(Invalid::BothBudgets);
    }
    if daily.is_some_and(|b| b <= 0) {
        return Err(Invalid::BudgetNotPositive("daily_budget"));
    }
    if lifetime.is_some_and(|b| b <= 0) {
        return Err(Invalid::BudgetNotPositive("lifetime_budget"));
    }
    Ok(())
}

fn spend_cap(cap: Option<i64>, currency: Option<&str>) -> Result<(), Invalid> {
    let (Some(cap), Some(cur)) = (cap, currency) else {
        return Ok(());
    };
    if cap == NO_SPEND_CAP {
        return Ok(());
    }
    match spend_cap_minimum(cur) {
        Some(min) if cap < min => Err(Invalid::SpendCapTooLow {
            minimum: min,
            currency: cur.to_string(),
        }),
        _ => Ok(()),
    }
}

/// A new campaign, checked against the reference; `currency` (the ad account's) enables the
/// spend-cap minimum.
pub fn new_campaign(c: &NewCampaign, currency: Option<&str>) -> Result<(), Invalid> {
    if c.name.trim().is_empty() {
        return Err(Invalid::EmptyName);
    }
    documented(
        "objective",
        &c.objective,
        c.objective.is_documented(),
        c.objective.as_str(),
    )?;
    if !matches!(
        c.status,
        ConfiguredStatus::Active | ConfiguredStatus::Paused
    ) {
        return Err(Invalid::StatusOnCreate(c.status.as_str().to_string()));
    }
    for cat in &c.special_ad_categories {
        documented(
            "special_ad_categories",
            cat,
            cat.is_documented(),
            cat.as_str(),
        )?;
    }
    if c.special_ad_categories.len() > 1
        && c.special_ad_categories.contains(&SpecialAdCategory::None)
    {
        return Err(Invalid::NoneWithOthers);
    }
    budgets(c.daily_budget, c.lifetime_budget)?;
    let buying = c.buying_type.clone().unwrap_or(BuyingType::Auction);
    documented(
        "buying_type",
        &buying,
        buying.is_documented(),
        buying.as_str(),
    )?;
    if let Some(b) = &c.bid_strategy {
        documented("bid_strategy", b, b.is_documented(), b.as_str())?;
        if buying != BuyingType::Auction {
            return Err(Invalid::BidStrategyNeedsAuction);
        }
        if c.daily_budget.is_none() && c.lifetime_budget.is_none() {
            return Err(Invalid::BidStrategyWithoutBudget);
        }
    }
    if buying == BuyingType::Reserved {
        let restricted = [
            SpecialAdCategory::Housing,
            SpecialAdCategory::Employment,
            SpecialAdCategory::Credit,
        ];
        if c.special_ad_categories
            .iter()
            .any(|x| restricted.contains(x))
        {
            return Err(Invalid::ReservedWithSpecialCategory);
        }
        if c.spend_cap.is_some() {
            return Err(Invalid::SpendCapOnReserved);
        }
    }
    spend_cap(c.spend_cap, currency)
}

/// An update, checked against the reference.
pub fn update(u: &CampaignUpdate, currency: Option<&str>) -> Result<(), Invalid> {
    if u.stop_time.is_some() {
        return Err(Invalid::StopTimeReadOnly);
    }
    if u.name.is_none()
        && u.status.is_none()
        && u.daily_budget.is_none()
        && u.lifetime_budget.is_none()
        && u.spend_cap.is_none()
        && u.bid_strategy.is_none()
    {
        return Err(Invalid::NothingToUpdate);
    }
    if u.name.as_ref().is_some_and(|n| n.trim().is_empty()) {
        return Err(Invalid::EmptyName);
    }
    if let Some(s) = &u.status {
        documented("status", s, s.is_documented(), s.as_str())?;
    }
    if let Some(b) = &u.bid_strategy {
        documented("bid_strategy", b, b.is_documented(), b.as_str())?;
    }
    budgets(u.daily_budget, u.lifetime_budget)?;
    spend_cap(u.spend_cap, currency)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{BidStrategy, Objective};

    fn base() -> NewCampaign {
        NewCampaign::new("Tour 2026", Objective::LinkClicks)
    }

    #[test]
    fn each_rule_names_its_field() {
        let cases: Vec<(NewCampaign, &str)> = vec![
            (
                NewCampaign {
                    name: " ".into(),
                    ..base()
                },
                "name",
            ),
            (
                NewCampaign {
                    status: ConfiguredStatus::Archived,
                    ..base()
                },
                "status",
            ),
            (
                NewCampaign {
                    objective: Objective::Other("OUTCOME_X".into()),
                    ..base()
                },
                "objective",
            ),
            (
                NewCampaign {
                    special_ad_categories: vec![
                        SpecialAdCategory::None,
                        SpecialAdCategory::Housing,
                    ],
                    ..base()
                },
                "special_ad_categories",
            ),
            (
                NewCampaign {
                    daily_budget: Some(1000),
                    lifetime_budget: Some(9000),
                    ..base()
                },
                "lifetime_budget",
            ),
            (
                NewCampaign {
                    daily_budget: Some(0),
                    ..base()
                },
                "daily_budget",
            ),
            (
                NewCampaign {
                    bid_strategy: Some(BidStrategy::CostCap),
                    ..base()
                },
                "bid_strategy",
            ),
            (
                NewCampaign {
                    bid_strategy: Some(BidStrategy::CostCap),
                    daily_budget: Some(1000),
                    buying_type: Some(BuyingType::Reserved),
                    ..base()
                },
                "bid_strategy",
            ),
            (
                NewCampaign {
                    buying_type: Some(BuyingType::Reserved),
                    special_ad_categories: vec![SpecialAdCategory::Credit],
                    ..base()
                },
                "buying_type",
            ),
            (
                NewCampaign {
                    spend_cap: Some(9999),
                    ..base()
                },
                "spend_cap",
            ),
        ];
        for (c, field) in cases {
            let err = new_campaign(&c, Some("USD")).expect_err(field);
            assert_eq!(err.field(), field, "{err}");
            assert!(err.to_string().starts_with(field), "{err}");
        }
        assert_eq!(new_campaign(&base(), Some("USD")), Ok(()));
        let ok = NewCampaign {
            daily_budget: Some(1000),
            bid_strategy: Some(BidStrategy::LowestCostWithBidCap),
            spend_cap: Some(NO_SPEND_CAP),
            ..base()
        };
        assert_eq!(new_campaign(&ok, Some("USD")), Ok(()));
    }

    #[test]
    fn the_spend_cap_minimum_follows_the_currency() {
        assert_eq!(spend_cap_minimum("USD"), Some(10_000));
        assert_eq!(
            spend_cap_minimum("JPY"),
            Some(15_000),
            "offset 1: whole yen"
        );
        assert_eq!(spend_cap_minimum("INR"), Some(830_000));
        assert_eq!(spend_cap_minimum("XXX"), None);
        let c = NewCampaign {
            spend_cap: Some(15_000),
            ..base()
        };
        assert_eq!(new_campaign(&c, Some("JPY")), Ok(()));
        assert!(new_campaign(&c, Some("INR")).is_err());
        assert_eq!(
            new_campaign(&c, None),
            Ok(()),
            "unknown currency: the server decides"
        );
    }

    #[test]
    fn updates() {
        assert_eq!(
            update(&CampaignUpdate::default(), None),
            Err(Invalid::NothingToUpdate)
        );
        let stop = CampaignUpdate {
            stop_time: crate::types::parse_time("2026-05-01T00:00:00+0000"),
            ..CampaignUpdate::default()
        };
        assert_eq!(update(&stop, None).map_err(|e| e.field()), Err("stop_time"));
        let both = CampaignUpdate {
            daily_budget: Some(1),
            lifetime_budget: Some(2),
            ..CampaignUpdate::default()
        };
        assert_eq!(update(&both, None), Err(Invalid::BothBudgets));
        let pause = CampaignUpdate::status(ConfiguredStatus::Paused);
        assert_eq!(update(&pause, None), Ok(()));
    }
}
