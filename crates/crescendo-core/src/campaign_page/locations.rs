//! The campaign page's location actions: add places to a market, pause or resume one of its
//! locations. Each behind the documented precondition (the campaign is completed on the ad
//! platform), checked by core's rules before anything is sent, and re-read after: the
//! provider's answer is the final word.

use super::check_editable;
use crate::domain::{CampaignMarket, Place, Problem, ProblemCode as P};
use crate::{AppError, ErrorCode, Workspace};

/// Adds `places` to market `market_id`; answers the markets as the provider has them after.
pub async fn add_locations(
    ws: &Workspace,
    id: &str,
    market_id: &str,
    places: &[Place],
) -> Result<Vec<CampaignMarket>, AppError> {
    let c = ws.connector();
    let (campaign, markets) = c.campaign_markets(id).await?;
    check_editable(&campaign)?;
    if let Some(refused) = AppError::from_problems(add_problems(&markets, market_id, places)) {
        return Err(refused);
    }
    c.add_locations(id, market_id, places).await?;
    let (_, after) = c.campaign_markets(id).await?;
    confirm_added(&after, market_id, places, campaign.provider.label())?;
    Ok(after)
}

/// The re-read markets list every added place; otherwise the provider's answer says no.
pub fn confirm_added(
    after: &[CampaignMarket],
    market_id: &str,
    places: &[Place],
    provider: &str,
) -> Result<(), AppError> {
    let market = after.iter().find(|m| m.id.as_deref() == Some(market_id));
    let missing: Vec<&str> = places
        .iter()
        .filter(|p| market.and_then(|m| m.location(&p.key)).is_none())
        .map(|p| p.label.as_str())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(unconfirmed(format!(
        "{provider} accepted the request, but the market does not list {} now.",
        missing.join(", ")
    )))
}

/// Pauses (`paused`) or resumes location `key` of market `market_id`.
pub async fn set_location_paused(
    ws: &Workspace,
    id: &str,
    market_id: &str,
    key: &str,
    paused: bool,
) -> Result<Vec<CampaignMarket>, AppError> {
    let c = ws.connector();
    let (campaign, markets) = c.campaign_markets(id).await?;
    check_editable(&campaign)?;
    if let Some(refused) = AppError::from_problems(pause_problems(&markets, market_id, key, paused))
    {
        return Err(refused);
    }
    c.set_location_paused(id, market_id, key, paused).await?;
    let (_, after) = c.campaign_markets(id).await?;
    confirm_paused(&after, market_id, key, paused, campaign.provider.label())?;
    Ok(after)
}

/// The re-read location is in the state asked for; otherwise the provider's answer says no.
pub fn confirm_paused(
    after: &[CampaignMarket],
    market_id: &str,
    key: &str,
    paused: bool,
    provider: &str,
) -> Result<(), AppError> {
    let now = after
        .iter()
        .find(|m| m.id.as_deref() == Some(market_id))
        .and_then(|m| m.location(key));
    match now {
        Some(l) if l.paused == paused => Ok(()),
        Some(l) => Err(unconfirmed(format!(
            "{provider} accepted the request, but shows {} as {} now.",
            l.label,
            if l.paused { "paused" } else { "active" }
        ))),
        None => Err(unconfirmed(format!(
            "{provider} accepted the request, but the market no longer lists {key}."
        ))),
    }
}

fn unconfirmed(message: String) -> AppError {
    AppError::new(ErrorCode::Server, message)
}

fn market<'a>(
    markets: &'a [CampaignMarket],
    market_id: &str,
    p: &mut Vec<Problem>,
) -> Option<&'a CampaignMarket> {
    let found = markets
        .iter()
        .find(|m| m.id.as_deref() == Some(market_id.trim()));
    if found.is_none() {
        p.push(Problem::new(
            "market",
            P::Invalid,
            format!("This campaign has no market {market_id:?} on the ad platform."),
        ));
    }
    found
}

/// The rules on an add: a market of this campaign; at least one place; none already in the
/// market, none chosen twice.
pub fn add_problems(markets: &[CampaignMarket], market_id: &str, places: &[Place]) -> Vec<Problem> {
    let mut p = Vec::new();
    let m = market(markets, market_id, &mut p);
    if places.is_empty() {
        p.push(Problem::new(
            "places",
            P::Required,
            "Choose at least one place to add.",
        ));
    }
    for (i, place) in places.iter().enumerate() {
        if places[..i]
            .iter()
            .any(|q| q.key.eq_ignore_ascii_case(&place.key))
        {
            p.push(Problem::new(
                "places",
                P::Invalid,
                format!("{} is chosen twice.", place.label),
            ));
            continue;
        }
        if let Some(l) = m.and_then(|m| m.location(&place.key)) {
            let problem = Problem::new(
                "places",
                P::Mismatch,
                format!(
                    "{} is already in {}{}.",
                    place.label,
                    m.map(|m| m.name.as_str()).unwrap_or("this market"),
                    if l.paused { " (paused)" } else { "" }
                ),
            );
            p.push(if l.paused {
                problem.fix("Resume it instead.")
            } else {
                problem
            });
        }
    }
    p
}

/// The rules on a pause or resume: a location of a market of this campaign, not in that state
/// already (Symphony's endpoint turns the state over, so a second pause would resume).
pub fn pause_problems(
    markets: &[CampaignMarket],
    market_id: &str,
    key: &str,
    paused: bool,
) -> Vec<Problem> {
    let mut p = Vec::new();
    let Some(m) = market(markets, market_id, &mut p) else {
        return p;
    };
    match m.location(key) {
        None => p.push(Problem::new(
            "location",
            P::Invalid,
            format!("{} has no location {key:?}.", m.name),
        )),
        Some(l) if l.paused && paused => p.push(Problem::new(
            "location",
            P::Mismatch,
            format!("{} is already paused.", l.label),
        )),
        Some(l) if !l.paused && !paused => p.push(Problem::new(
            "location",
            P::Mismatch,
            format!("{} is not paused.", l.label),
        )),
        Some(_) => {}
    }
    p
}

#[cfg(test)]
#[path = "locations_tests.rs"]
mod tests;
