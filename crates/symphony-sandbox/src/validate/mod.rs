//! Validation of v1 campaign creation and edits, rule by rule as the reference documents state
//! them. Each problem names the field it is about (`metadata.budget.value`, ...). One module per
//! concern: budget (exact money), dates, links (media), targeting; this one holds the rules of
//! the request as a whole.

mod budget;
mod dates;
mod links;
mod targeting;

pub use budget::{check_budget, exact_number, tier_price, PLAYLIST_TIERS};
pub use dates::{days, parse_date};

use crate::money::Decimal;
use chrono::{DateTime, Duration, Utc};
use dates::check_dates;
use links::{check_links, is_url};
use serde_json::Value;
use targeting::check_targeting;

pub const CAMPAIGN_TYPES: &[&str] = &[
    "record_streams",
    "boost_instagram",
    "link_clicks",
    "get_playlisted",
    "increase_video_views",
];
pub const FACEBOOK_TYPES: &[&str] = &["record_streams", "boost_instagram", "link_clicks"];
/// v1 documents LEARN_MORE and SHOP_NOW as examples, v2 lists LEARN_MORE, LISTEN_NOW, VIEW_NOW.
pub const CALLS_TO_ACTION: &[&str] = &[
    "LEARN_MORE",
    "SHOP_NOW",
    "LISTEN_NOW",
    "VIEW_NOW",
    "WATCH_MORE",
    "SIGN_UP",
    "GET_TICKETS",
];
pub const GENDERS: &[&str] = &["All", "Male", "Female"];
pub const MAX_MARKETS: usize = 3;
pub const MAX_LINKS: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            field: field.into(),
            message: message.into(),
        });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The documented error body's `message` (the first problem) and `error` (all of them).
    pub fn summary(&self) -> (String, String) {
        let first = self
            .0
            .first()
            .map(|p| format!("{}: {}", p.field, p.message))
            .unwrap_or_default();
        let all = self
            .0
            .iter()
            .map(|p| format!("{}: {}", p.field, p.message))
            .collect::<Vec<_>>()
            .join("; ");
        (first, all)
    }
}

/// What a valid creation request resolves to.
#[derive(Debug)]
pub struct Accepted {
    pub name: String,
    pub campaign_type: String,
    pub provider: String,
    pub budget: Decimal,
    pub currency: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Each market's name, exact budget share and locations.
    pub markets: Vec<(String, Decimal, Vec<Value>)>,
}

crescendo_money::assert_exact!(Accepted { budget });

pub(crate) fn non_empty_str(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Validates a v1 POST /campaign body for a brand whose ad account uses `brand_currency`.
pub fn create(
    body: &Value,
    brand_currency: &str,
    now: DateTime<Utc>,
) -> Result<Accepted, Problems> {
    let mut p = Problems::default();
    let campaign_type = non_empty_str(body.get("campaign_type"));
    let provider = non_empty_str(body.get("provider"));
    let name = non_empty_str(body.get("campaign_name"));
    match campaign_type {
        None => p.add(
            "campaign_type",
            format!("is required: one of {}", CAMPAIGN_TYPES.join(", ")),
        ),
        Some(t) if !CAMPAIGN_TYPES.contains(&t) => p.add(
            "campaign_type",
            format!("{t} is not one of {}", CAMPAIGN_TYPES.join(", ")),
        ),
        _ => {}
    }
    if name.is_none() {
        p.add("campaign_name", "is required");
    } else if name.map(|n| n.chars().count() > 200).unwrap_or(false) {
        p.add("campaign_name", "must be at most 200 characters");
    }
    let Some(m) = body.get("metadata").filter(|m| m.is_object()) else {
        p.add("metadata", "is required as an object");
        return Err(p);
    };
    let Some(t) = campaign_type.filter(|t| CAMPAIGN_TYPES.contains(t)) else {
        return Err(p);
    };
    let expected = if FACEBOOK_TYPES.contains(&t) {
        "facebook"
    } else {
        "symphony"
    };
    match provider {
        Some(pv) if pv == expected => {}
        Some(pv) => p.add(
            "provider",
            format!("{t} campaigns use provider {expected}, not {pv}"),
        ),
        None => p.add("provider", format!("is required ({expected} for {t})")),
    }
    let mut accepted = Accepted {
        name: name.unwrap_or_default().to_string(),
        campaign_type: t.to_string(),
        provider: expected.to_string(),
        budget: Decimal::ZERO,
        currency: brand_currency.to_string(),
        start: now,
        end: now + Duration::days(28),
        markets: Vec::new(),
    };
    if t == "get_playlisted" {
        if non_empty_str(m.get("spotify_id")).is_none() {
            p.add("metadata.spotify_id", "is required: the release to pitch");
        }
        let tiers: Vec<&str> = PLAYLIST_TIERS.iter().map(|(t, _)| *t).collect();
        match m
            .get("tier")
            .and_then(Value::as_str)
            .and_then(|t| tier_price(t, brand_currency))
        {
            Some(price) => accepted.budget = price,
            None => p.add(
                "metadata.tier",
                format!("must be one of {}", tiers.join(", ")),
            ),
        }
        return if p.is_empty() { Ok(accepted) } else { Err(p) };
    }
    let dates = check_dates(&mut p, m, now);
    if let Some((start, end)) = dates {
        accepted.start = start;
        accepted.end = end;
        if let Some((value, currency)) =
            check_budget(&mut p, m.get("budget"), brand_currency, start, end)
        {
            accepted.budget = value;
            accepted.currency = currency;
        }
    }
    if t == "increase_video_views" {
        if non_empty_str(m.get("video_id")).is_none() {
            p.add(
                "metadata.video_id",
                "is required: a video from /advertising/youtube/videos",
            );
        }
        if let Some(goal) = m.get("views_goal") {
            if !matches!(goal.as_str(), Some("cheapest_views" | "more_engagement")) {
                p.add(
                    "metadata.views_goal",
                    "must be cheapest_views or more_engagement",
                );
            }
        }
        return if p.is_empty() { Ok(accepted) } else { Err(p) };
    }
    // Meta campaigns.
    if let Some(cta) = m.get("call_to_action") {
        if !cta
            .as_str()
            .map(|c| CALLS_TO_ACTION.contains(&c))
            .unwrap_or(false)
        {
            p.add(
                "metadata.call_to_action",
                format!("must be one of {}", CALLS_TO_ACTION.join(", ")),
            );
        }
    }
    let videos = check_links(&mut p, m, "public_video_links");
    let images = check_links(&mut p, m, "public_image_links");
    let post = non_empty_str(m.get("instagram_post_id")).is_some();
    if !post && videos == 0 && images == 0 {
        p.add(
            "metadata",
            "needs media: instagram_post_id, public_video_links or public_image_links",
        );
    }
    match t {
        "record_streams" => {
            if non_empty_str(m.get("spotify_id"))
                .or_else(|| non_empty_str(m.get("spotify_link")))
                .is_none()
            {
                p.add("metadata.spotify_id", "is required: the release to promote");
            }
            if let Some(ext) = m.get("spotify_external_platforms") {
                if !ext
                    .as_array()
                    .map(|a| a.iter().all(is_url))
                    .unwrap_or(false)
                {
                    p.add(
                        "metadata.spotify_external_platforms",
                        "must be a list of URLs",
                    );
                }
            }
        }
        "link_clicks" => {
            if !m.get("link_to_boost").map(is_url).unwrap_or(false) {
                p.add("metadata.link_to_boost", "is required as an http(s) URL");
            }
            if non_empty_str(m.get("caption")).is_none() {
                p.add("metadata.caption", "is required for link_clicks");
            }
        }
        _ => {}
    }
    accepted.markets = check_targeting(&mut p, m);
    if p.is_empty() {
        Ok(accepted)
    } else {
        Err(p)
    }
}

#[cfg(test)]
mod tests;
