//! Symphony's documented create rules, checked on a draft before anything is sent. Each
//! problem is at the documented request field path, the same path the simulator (and the API)
//! names, so the wizard puts it at its field either way.

use super::request::FACEBOOK_TYPES;
use crate::domain::{Problem, ProblemCode as C};
use crate::draft::{CampaignDraft, MediaDraft};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

pub const OBJECTIVES: &[&str] = &[
    "record_streams",
    "boost_instagram",
    "link_clicks",
    "get_playlisted",
    "increase_video_views",
];
/// v1 documents LEARN_MORE and SHOP_NOW as examples; v2 lists LEARN_MORE, LISTEN_NOW, VIEW_NOW.
pub const CALLS_TO_ACTION: &[&str] = &[
    "LEARN_MORE",
    "SHOP_NOW",
    "LISTEN_NOW",
    "VIEW_NOW",
    "WATCH_MORE",
    "SIGN_UP",
    "GET_TICKETS",
];
pub const PLAYLIST_TIERS: &[&str] = &[
    "30000_followers",
    "100000_followers",
    "300000_followers",
    "600000_followers",
    "1000000_followers",
];
pub const GENDERS: &[&str] = &["All", "Male", "Female"];
pub const MAX_MARKETS: usize = 3;
pub const MAX_LINKS: usize = 3;
pub const MAX_NAME_CHARS: usize = 200;
/// "a minimum constraint of 10 USD dollars a day, or its equivalent in the chosen currency".
pub const MIN_USD_PER_DAY: i64 = 10;

fn blank(s: &Option<String>) -> bool {
    s.as_deref().map(str::trim).unwrap_or("").is_empty()
}

fn is_url(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with("https://") || s.starts_with("http://")) && s.len() > "https://".len()
}

/// Days billed: a started day counts as a whole one.
pub fn billed_days(start: DateTime<Utc>, end: DateTime<Utc>) -> i64 {
    let secs = (end - start).num_seconds();
    ((secs + 86_399) / 86_400).max(1)
}

pub fn check(
    d: &CampaignDraft,
    account_currency: Option<&str>,
    _now: DateTime<Utc>,
) -> Vec<Problem> {
    let mut p = Vec::new();
    let objective = d.objective.trim();
    if objective.is_empty() {
        p.push(Problem::new(
            "campaign_type",
            C::Required,
            "Choose what the campaign is for.",
        ));
    } else if !OBJECTIVES.contains(&objective) {
        p.push(Problem::new(
            "campaign_type",
            C::Invalid,
            format!("{objective} is not a campaign type Symphony runs."),
        ));
    }
    let name = d.name.trim();
    if name.is_empty() {
        p.push(
            Problem::new("campaign_name", C::Required, "Give the campaign a name.")
                .fix("A unique name per artist, such as the release and the month."),
        );
    } else if name.chars().count() > MAX_NAME_CHARS {
        p.push(Problem::new(
            "campaign_name",
            C::TooHigh,
            format!(
                "The name is {} characters; Symphony takes at most {MAX_NAME_CHARS}.",
                name.chars().count()
            ),
        ));
    }
    if !OBJECTIVES.contains(&objective) {
        return p;
    }
    let c = &d.creative;
    if objective == "get_playlisted" {
        if blank(&c.spotify_id) {
            p.push(Problem::new(
                "metadata.spotify_id",
                C::Required,
                "Choose the release to pitch.",
            ));
        }
        match c.playlist_tier.as_deref().map(str::trim) {
            Some(t) if PLAYLIST_TIERS.contains(&t) => {}
            _ => p.push(Problem::new(
                "metadata.tier",
                C::Required,
                "Choose a playlist tier.",
            )),
        }
        return p;
    }
    if let Some((start, end)) = dates(&mut p, d) {
        budget(&mut p, d, account_currency, start, end);
    }
    if objective == "increase_video_views" {
        if blank(&c.video_id) {
            p.push(Problem::new(
                "metadata.video_id",
                C::Required,
                "Choose the YouTube video to promote.",
            ));
        }
        if let Some(g) = c
            .views_goal
            .as_deref()
            .map(str::trim)
            .filter(|g| !g.is_empty())
        {
            if !matches!(g, "cheapest_views" | "more_engagement") {
                p.push(Problem::new(
                    "metadata.views_goal",
                    C::Invalid,
                    "Optimise for the cheapest views or for more engagement.",
                ));
            }
        }
        return p;
    }
    debug_assert!(FACEBOOK_TYPES.contains(&objective));
    if let Some(cta) = c
        .call_to_action
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if !CALLS_TO_ACTION.contains(&cta) {
            p.push(Problem::new(
                "metadata.call_to_action",
                C::Invalid,
                format!(
                    "{cta} is not a call to action Symphony takes; use one of {}.",
                    CALLS_TO_ACTION.join(", ")
                ),
            ));
        }
    }
    let videos = links(&mut p, "public_video_links", &c.videos);
    let images = links(&mut p, "public_image_links", &c.images);
    if blank(&c.instagram_post_id) && videos + images == 0 {
        p.push(Problem::new(
            "metadata",
            C::Required,
            "Add what the ad shows: an Instagram post, a video or an image.",
        ));
    }
    if objective == "record_streams" {
        if blank(&c.spotify_id) {
            p.push(Problem::new(
                "metadata.spotify_id",
                C::Required,
                "Choose the release to promote.",
            ));
        }
        if c.external_links
            .iter()
            .any(|l| !l.trim().is_empty() && !is_url(l))
        {
            p.push(Problem::new(
                "metadata.spotify_external_platforms",
                C::Invalid,
                "Each platform link must be an http(s) URL.",
            ));
        }
    }
    if objective == "link_clicks" {
        if !c.link.as_deref().map(is_url).unwrap_or(false) {
            p.push(Problem::new(
                "metadata.link_to_boost",
                C::Required,
                "Give the http(s) link people should land on.",
            ));
        }
        if blank(&c.caption) {
            p.push(Problem::new(
                "metadata.caption",
                C::Required,
                "Write the caption shown with the link.",
            ));
        }
    }
    targeting(&mut p, d);
    p
}

fn dates(p: &mut Vec<Problem>, d: &CampaignDraft) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    if d.start.is_none() {
        p.push(Problem::new(
            "metadata.start_date",
            C::Required,
            "Choose when the campaign starts.",
        ));
    }
    if d.end.is_none() {
        p.push(Problem::new(
            "metadata.end_date",
            C::Required,
            "Choose when the campaign ends.",
        ));
    }
    let (start, end) = (d.start?, d.end?);
    if end <= start {
        p.push(Problem::new(
            "metadata.end_date",
            C::Mismatch,
            "The end must be after the start.",
        ));
        return None;
    }
    Some((start, end))
}

fn budget(
    p: &mut Vec<Problem>,
    d: &CampaignDraft,
    account: Option<&str>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) {
    let typed = d.budget.trim();
    let currency = d.currency.trim().to_uppercase();
    if typed.is_empty() && currency.is_empty() {
        p.push(Problem::new(
            "metadata.budget",
            C::Required,
            "Set the campaign's total budget.",
        ));
        return;
    }
    let Ok(value) = typed.parse::<Decimal>() else {
        p.push(Problem::new(
            "metadata.budget",
            C::Invalid,
            format!(
                "{typed:?} is not an amount: type digits, with a dot for decimals (190 or 12.50)."
            ),
        ));
        return;
    };
    if currency.is_empty() {
        p.push(Problem::new(
            "metadata.budget",
            C::Required,
            "Choose the budget's currency.",
        ));
        return;
    }
    if value <= Decimal::ZERO {
        p.push(Problem::new(
            "metadata.budget.value",
            C::TooLow,
            "The budget must be more than zero.",
        ));
        return;
    }
    let Some(exp) = crate::money::known_exponent(&currency) else {
        p.push(Problem::new(
            "metadata.budget.currency",
            C::Invalid,
            format!("{currency} is not an ISO 4217 currency code."),
        ));
        return;
    };
    if let Some(acct) = account.map(str::to_uppercase) {
        if acct != currency {
            p.push(Problem::new("metadata.budget.currency", C::Mismatch, format!("The artist's ad account is in {acct}; a budget in {currency} would be refused.")).fix(format!("Use {acct}.")));
            return;
        }
    }
    if value.scale() > exp {
        p.push(Problem::new(
            "metadata.budget.value",
            C::Invalid,
            format!(
                "{currency} has {exp} decimal place{}: {typed} cannot be charged exactly.",
                if exp == 1 { "" } else { "s" }
            ),
        ));
        return;
    }
    // Only USD's minimum is known exactly here; the provider converts other currencies with
    // its own rates and its answer lands at the same field.
    if currency == "USD" {
        let days = billed_days(start, end);
        let min = Decimal::from(MIN_USD_PER_DAY * days);
        if value < min {
            p.push(Problem::new("metadata.budget.value", C::TooLow, format!("{typed} USD is below Symphony's minimum of 10 USD a day: {min} USD for {days} day{}.", if days == 1 { "" } else { "s" })).fix(format!("Raise the budget to at least {min} USD or shorten the schedule.")));
        }
    }
}

fn links(p: &mut Vec<Problem>, key: &str, links: &[MediaDraft]) -> usize {
    if links.len() > MAX_LINKS {
        p.push(Problem::new(
            &format!("metadata.{key}"),
            C::TooMany,
            format!("{} links; Symphony takes at most {MAX_LINKS}.", links.len()),
        ));
    }
    for (i, l) in links.iter().enumerate() {
        if !is_url(&l.url) {
            p.push(Problem::new(
                &format!("metadata.{key}[{i}].url"),
                C::Invalid,
                "Use a public http(s) link.",
            ));
        }
        if l.name.trim().is_empty() {
            p.push(Problem::new(
                &format!("metadata.{key}[{i}].name"),
                C::Required,
                "Name this file.",
            ));
        }
        if l.thumbnail
            .as_deref()
            .map(|t| !t.trim().is_empty() && !is_url(t))
            .unwrap_or(false)
        {
            p.push(Problem::new(
                &format!("metadata.{key}[{i}].thumbnail"),
                C::Invalid,
                "Use a public http(s) link for the thumbnail.",
            ));
        }
    }
    links.len()
}

fn targeting(p: &mut Vec<Problem>, d: &CampaignDraft) {
    let before = p.len();
    if d.markets.len() > MAX_MARKETS {
        p.push(Problem::new(
            "metadata.targeting_countries",
            C::TooMany,
            format!(
                "{} markets; Symphony takes at most {MAX_MARKETS}.",
                d.markets.len()
            ),
        ));
    }
    let mut sum = Decimal::ZERO;
    for (i, m) in d.markets.iter().enumerate() {
        let f = format!("metadata.targeting_countries[{i}]");
        if m.name.trim().is_empty() {
            p.push(Problem::new(
                &format!("{f}.name"),
                C::Required,
                "Name this market.",
            ));
        }
        if m.share <= Decimal::ZERO || m.share > Decimal::ONE {
            p.push(Problem::new(
                &format!("{f}.budget"),
                C::Invalid,
                "A market's share of the budget is more than 0% and at most 100%.",
            ));
        } else {
            sum += m.share;
        }
        if m.places.is_empty() {
            p.push(Problem::new(
                &format!("{f}.locations"),
                C::Required,
                "Add at least one place to this market.",
            ));
        }
    }
    if !d.markets.is_empty() && p.len() == before && sum != Decimal::ONE {
        p.push(Problem::new(
            "metadata.targeting_countries",
            C::Mismatch,
            format!(
                "The markets' shares add up to {}%, not 100%.",
                (sum * Decimal::from(100)).normalize()
            ),
        ));
    }
    for (i, a) in d.audiences.iter().enumerate() {
        if a.name.trim().is_empty() {
            p.push(Problem::new(
                &format!("metadata.targeting_audiences[{i}].name"),
                C::Required,
                "This audience has no name.",
            ));
        }
    }
    if let Some(demo) = &d.demographics {
        let f = "metadata.targeting_demographic";
        match (demo.age_min, demo.age_max) {
            (Some(lo), Some(hi)) => {
                if lo < 18 {
                    p.push(Problem::new(
                        &format!("{f}.age.min"),
                        C::TooLow,
                        "Ads reach people 18 and older.",
                    ));
                }
                if hi > 65 {
                    p.push(Problem::new(
                        &format!("{f}.age.max"),
                        C::TooHigh,
                        "The oldest age to target is 65 (65+).",
                    ));
                }
                if lo > hi {
                    p.push(Problem::new(
                        &format!("{f}.age"),
                        C::Mismatch,
                        "The youngest age is above the oldest.",
                    ));
                }
            }
            (None, None) => {}
            _ => p.push(Problem::new(
                &format!("{f}.age"),
                C::Required,
                "Give both the youngest and the oldest age.",
            )),
        }
        if let Some(g) = demo
            .gender
            .as_deref()
            .map(str::trim)
            .filter(|g| !g.is_empty())
        {
            if !GENDERS.contains(&g) {
                p.push(Problem::new(
                    &format!("{f}.gender"),
                    C::Invalid,
                    "Choose All, Male or Female.",
                ));
            }
        }
    }
}
