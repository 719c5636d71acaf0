//! The FAQ's rules for a v2 `campaignInput`, each problem at its request field
//! ("campaignInput.link"), the path the API's own validation answer names.

use super::{platform, AGE_MAX, AGE_MIN, CALLS_TO_ACTION};
use crate::domain::{Problem, ProblemCode as C};
use crate::draft::CampaignDraft;
use crate::provider::symphony::rules::{is_url, MAX_NAME_CHARS};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use symphony_api::v2::AdPlatform;

const INPUT: &str = "campaignInput";

fn at(field: &str) -> String {
    format!("{INPUT}.{field}")
}

pub fn check(
    d: &CampaignDraft,
    account_currency: Option<&str>,
    now: DateTime<Utc>,
) -> Vec<Problem> {
    let mut p = Vec::new();
    let Some(ad_platform) = platform(&d.objective) else {
        p.push(Problem::new(
            "adPlatform",
            C::Invalid,
            "Choose Meta or TikTok.",
        ));
        return p;
    };
    let name = d.name.trim();
    if name.is_empty() {
        p.push(Problem::new(
            &at("name"),
            C::Required,
            "Give the campaign a name.",
        ));
    } else if name.chars().count() > MAX_NAME_CHARS {
        p.push(Problem::new(
            &at("name"),
            C::TooHigh,
            format!(
                "The name is {} characters; Symphony takes at most {MAX_NAME_CHARS}.",
                name.chars().count()
            ),
        ));
    }
    link(&mut p, d);
    if ad_platform == AdPlatform::Meta {
        if let Some(cta) = d
            .creative
            .call_to_action
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            if !CALLS_TO_ACTION.contains(&cta) {
                p.push(
                    Problem::new(
                        &at("callToAction"),
                        C::Invalid,
                        format!(
                            "Meta campaigns take {}; {cta} is not one of them.",
                            CALLS_TO_ACTION.join(", ")
                        ),
                    )
                    .fix("Choose Learn more, Listen now or View now."),
                );
            }
        }
    }
    dates(&mut p, d, now);
    budget(&mut p, d, account_currency);
    ages(&mut p, d, ad_platform);
    p
}

fn link(p: &mut Vec<Problem>, d: &CampaignDraft) {
    match d
        .creative
        .link
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        None => p.push(Problem::new(
            &at("link"),
            C::Required,
            "Add the link the ads send people to.",
        )),
        Some(l) if !is_url(l) => p.push(
            Problem::new(
                &at("link"),
                C::Invalid,
                format!("{l:?} is not a web address."),
            )
            .fix("Paste the full address, starting with https://"),
        ),
        Some(_) => {}
    }
}

fn dates(p: &mut Vec<Problem>, d: &CampaignDraft, now: DateTime<Utc>) {
    if d.start.is_none() {
        p.push(Problem::new(
            &at("startDate"),
            C::Required,
            "Choose when the campaign starts.",
        ));
    }
    if d.end.is_none() {
        p.push(Problem::new(
            &at("endDate"),
            C::Required,
            "Choose when the campaign ends.",
        ));
    }
    if let (Some(start), Some(end)) = (d.start, d.end) {
        if end <= start {
            p.push(Problem::new(
                &at("endDate"),
                C::Mismatch,
                "The end must be after the start.",
            ));
        } else if end <= now {
            p.push(
                Problem::new(&at("endDate"), C::TooLow, "The end is already in the past.")
                    .fix("Choose an end date after today."),
            );
        }
    }
}

/// "budget is the total lifetime budget for the campaign, expressed as a positive number in the
/// currency you provide" (FAQ); the currency must be the ad account's.
fn budget(p: &mut Vec<Problem>, d: &CampaignDraft, account: Option<&str>) {
    let typed = d.budget.trim();
    let currency = d.currency.trim().to_uppercase();
    if typed.is_empty() {
        p.push(Problem::new(
            &at("budget"),
            C::Required,
            "Set the campaign's total budget.",
        ));
        return;
    }
    let Ok(value) = typed.parse::<Decimal>() else {
        p.push(Problem::new(
            &at("budget"),
            C::Invalid,
            format!(
                "{typed:?} is not an amount: type digits, with a dot for decimals (190 or 12.50)."
            ),
        ));
        return;
    };
    if value <= Decimal::ZERO {
        p.push(Problem::new(
            &at("budget"),
            C::TooLow,
            "The budget must be more than zero.",
        ));
        return;
    }
    let Some(exp) = crate::money::known_exponent(&currency) else {
        p.push(Problem::new(
            &at("currency"),
            C::Invalid,
            format!("{currency:?} is not an ISO 4217 currency code."),
        ));
        return;
    };
    if let Some(acct) = account.map(str::to_uppercase) {
        if acct != currency {
            p.push(Problem::new(&at("currency"), C::Mismatch, format!("The artist's ad account is in {acct}; a budget in {currency} would be refused.")).fix(format!("Use {acct}.")));
            return;
        }
    }
    if value.scale() > exp {
        p.push(Problem::new(
            &at("budget"),
            C::Invalid,
            format!(
                "{currency} has {exp} decimal place{}: {typed} cannot be charged exactly.",
                if exp == 1 { "" } else { "s" }
            ),
        ));
    }
}

/// "For Meta campaigns you must also include minAge and maxAge in targetingConfig (integers
/// between 13 and 65, with minAge <= maxAge)" (FAQ).
fn ages(p: &mut Vec<Problem>, d: &CampaignDraft, ad_platform: AdPlatform) {
    let demo = d.demographics.as_ref();
    let (min, max) = (demo.and_then(|x| x.age_min), demo.and_then(|x| x.age_max));
    let field = |k: &str| at(&format!("targetingConfig.{k}"));
    if ad_platform == AdPlatform::Meta {
        if min.is_none() {
            p.push(Problem::new(
                &field("minAge"),
                C::Required,
                "Meta campaigns need the youngest age.",
            ));
        }
        if max.is_none() {
            p.push(Problem::new(
                &field("maxAge"),
                C::Required,
                "Meta campaigns need the oldest age.",
            ));
        }
    }
    for (k, v) in [("minAge", min), ("maxAge", max)] {
        match v {
            Some(a) if a < AGE_MIN => p.push(
                Problem::new(
                    &field(k),
                    C::TooLow,
                    format!("{a} is below the youngest age the platform takes ({AGE_MIN})."),
                )
                .fix(format!("Use {AGE_MIN} to {AGE_MAX}.")),
            ),
            Some(a) if a > AGE_MAX => p.push(
                Problem::new(
                    &field(k),
                    C::TooHigh,
                    format!("{a} is above the oldest age the platform takes ({AGE_MAX})."),
                )
                .fix(format!("Use {AGE_MIN} to {AGE_MAX}.")),
            ),
            _ => {}
        }
    }
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo > hi {
            p.push(Problem::new(
                &at("targetingConfig"),
                C::Mismatch,
                format!("The youngest age ({lo}) is above the oldest ({hi})."),
            ));
        }
    }
}
