//! Symphony's documented create rules, checked on a draft before anything is sent. Each
//! problem is at the documented request field path, the same path the simulator (and the API)
//! names, so the wizard puts it at its field either way.

mod money;
mod targeting;
#[cfg(test)]
mod tests_check;
#[cfg(test)]
mod tests_money;
#[cfg(test)]
mod tests_targeting;

use super::request::FACEBOOK_TYPES;
use crate::domain::{Problem, ProblemCode as C};
use crate::draft::CampaignDraft;
use chrono::{DateTime, Utc};
use money::{budget, dates};
use targeting::{links, targeting};

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

pub(super) fn blank(s: &Option<String>) -> bool {
    s.as_deref().map(str::trim).unwrap_or("").is_empty()
}

/// A public web address: http or https with a host after the scheme, as the simulator
/// reads it (a length threshold refused "http://x" and let "https:////x" in).
pub(super) fn is_url(s: &str) -> bool {
    let s = s.trim();
    s.strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .is_some_and(|host| !host.is_empty())
}

/// Days billed: a started day counts as a whole one.
pub fn billed_days(start: DateTime<Utc>, end: DateTime<Utc>) -> i64 {
    let secs = (end - start).num_seconds();
    ((secs + 86_399) / 86_400).max(1)
}

pub fn check(
    d: &CampaignDraft,
    account_currency: Option<&str>,
    now: DateTime<Utc>,
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
    if let Some((start, end)) = dates(&mut p, d, now) {
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
