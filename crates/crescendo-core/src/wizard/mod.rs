//! What the campaign wizard needs from core: the context it opens with (artist, currency,
//! campaign types and their steps, choices), the documented rules as problems at fields, the
//! exact request that will be sent, searches that drop stale keystrokes, and the launch.

mod history;
mod launch;
mod paste;
mod search;

pub use history::history;
pub use launch::{confirmation_phrase, confirms, launch, launch_marked, LaunchRequest};
pub use paste::{resolve_audiences, split_names, PastedList, PastedName, MAX_PASTED_NAMES};
pub use search::{search, SearchAnswer, SearchKind, SearchResults, Searches};

use crate::domain::{Choice, Problem, ProviderKind};
use crate::draft::CampaignDraft;
use crate::money::Money;
use crate::provider::symphony::{rules, v2};
use crate::{brands, AppError, ErrorCode, Workspace};
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

/// A step of the wizard. Which steps a campaign type has comes from its provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Type and name.
    Basics,
    /// The release promoted.
    Release,
    /// An existing Instagram post to boost.
    Post,
    /// Up to three videos or images, or an Instagram post.
    Media,
    /// The link, caption and call to action.
    Link,
    /// The release on other platforms.
    Platforms,
    /// Playlist tier and pitch notes.
    Tier,
    /// The YouTube video and what to optimise for.
    Video,
    Budget,
    Targeting,
    Review,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveInfo {
    pub code: String,
    pub label: String,
    pub description: String,
    /// The provider charges the manager directly at launch (instead of the ad account).
    pub paid_by_provider: bool,
    pub steps: Vec<Step>,
    /// The ad platform a v2 campaign runs on ("meta", "tiktok"); None for Symphony's own types.
    pub ad_platform: Option<String>,
}

/// Everything the wizard shows that does not change while it is open.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WizardContext {
    pub provider: ProviderKind,
    pub provider_label: String,
    #[ts(type = "number | null")]
    pub brand_id: Option<u64>,
    pub brand_name: String,
    /// The ad account's currency: budgets must be in it. None when the provider does not say.
    pub currency: Option<String>,
    /// Launching here spends real money: the launch needs a typed confirmation.
    pub spends_money: bool,
    pub objectives: Vec<ObjectiveInfo>,
    pub calls_to_action: Vec<Choice>,
    /// The calls to action v2 Meta campaigns take (TikTok derives its own).
    pub v2_calls_to_action: Vec<Choice>,
    /// The account answers Symphony's v2 api-test: Meta and TikTok ads are offered.
    pub v2: bool,
    /// Meta's age bounds for v2 campaigns (FAQ: 13 to 65).
    pub v2_age_min: u8,
    pub v2_age_max: u8,
    pub playlist_tiers: Vec<Choice>,
    pub genders: Vec<String>,
    pub age_min: u8,
    pub age_max: u8,
    #[ts(type = "number")]
    pub max_markets: u32,
    #[ts(type = "number")]
    pub max_links: u32,
}

fn tier_label(code: &str) -> String {
    let followers = code.trim_end_matches("_followers");
    let short = match followers {
        "1000000" => "1M".to_string(),
        n => n
            .strip_suffix("000")
            .map(|k| format!("{k}K"))
            .unwrap_or_else(|| n.to_string()),
    };
    format!("{short} followers: playlists with a combined following of over {short}")
}

/// The context for the active artist of `ws`: one brands request.
pub async fn context(ws: &Workspace) -> Result<WizardContext, AppError> {
    let brands = brands::list(ws).await?;
    let brand = brands.into_iter().find(|b| b.is_active).ok_or_else(|| {
        AppError::new(
            ErrorCode::NotFound,
            "Choose an artist first: this key has no artist to launch for.",
        )
    })?;
    let connector = ws.connector();
    // v2 campaigns are offered only when the account answers the v2 api-test.
    let v2 = connector.check().await.ok;
    let mut objectives = crate::provider::symphony::content::objectives();
    if v2 {
        objectives.extend(v2::objectives());
    }
    let choices = |codes: &[&str]| -> Vec<Choice> {
        codes
            .iter()
            .map(|c| Choice {
                value: (*c).into(),
                label: crate::domain::status::readable(c),
            })
            .collect()
    };
    Ok(WizardContext {
        provider: connector.kind(),
        provider_label: connector.kind().label().into(),
        brand_id: Some(brand.id),
        brand_name: brand.name,
        currency: brand.currency.map(|c| c.to_uppercase()),
        spends_money: ws.info().spends_money,
        objectives,
        calls_to_action: choices(rules::CALLS_TO_ACTION),
        v2_calls_to_action: choices(v2::CALLS_TO_ACTION),
        v2,
        v2_age_min: v2::AGE_MIN,
        v2_age_max: v2::AGE_MAX,
        playlist_tiers: rules::PLAYLIST_TIERS
            .iter()
            .map(|t| Choice {
                value: (*t).into(),
                label: tier_label(t),
            })
            .collect(),
        genders: rules::GENDERS.iter().map(|g| g.to_string()).collect(),
        age_min: 18,
        age_max: 65,
        max_markets: rules::MAX_MARKETS as u32,
        max_links: rules::MAX_LINKS as u32,
    })
}

/// The documented rules on a draft, for the account's currency. Pure: the wizard calls it on
/// every change.
pub fn validate(ws: &Workspace, draft: &CampaignDraft, currency: Option<&str>) -> Vec<Problem> {
    ws.connector().validate(draft, currency)
}

/// What the budget step and the review show, computed here so the figures, the phrase and the
/// request are the ones the launch uses.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LaunchPreview {
    /// The exact request body the launch will send, pretty-printed.
    pub request: String,
    /// The total budget, rounded to the currency's minor unit; None until it is an amount.
    pub budget: Option<Money>,
    /// Days billed (a started day counts whole); None until both dates are set, in order.
    #[ts(type = "number | null")]
    pub days: Option<i64>,
    pub per_day: Option<Money>,
    /// What a launch that spends money asks the manager to type.
    pub confirmation: String,
}

pub fn preview(draft: &CampaignDraft, artist: &str, brand_id: Option<u64>) -> LaunchPreview {
    let body = if v2::platform(&draft.objective).is_some() {
        v2::body(draft, brand_id)
    } else {
        crate::provider::symphony::request::body(draft)
    };
    let currency = draft.currency.trim().to_uppercase();
    let amount = draft
        .budget
        .trim()
        .parse::<Decimal>()
        .ok()
        .filter(|_| !currency.is_empty());
    let days = match (draft.start, draft.end) {
        (Some(s), Some(e)) if e > s => Some(rules::billed_days(s, e)),
        _ => None,
    };
    LaunchPreview {
        request: serde_json::to_string_pretty(&body).unwrap_or_default(),
        budget: amount.map(|a| Money::new(a, &currency)),
        days,
        per_day: amount
            .zip(days)
            .map(|(a, d)| Money::new(a / Decimal::from(d), &currency)),
        confirmation: confirmation_phrase(
            artist,
            amount.map(|a| (a, currency.as_str())),
            draft.objective.trim(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_computes_in_decimals() {
        let start = chrono::DateTime::parse_from_rfc3339("2026-06-01T10:00:00Z")
            .map(|t| t.with_timezone(&chrono::Utc))
            .ok();
        let d = CampaignDraft {
            budget: "100".into(),
            currency: "usd".into(),
            start,
            end: start.map(|s| s + chrono::Duration::days(2) + chrono::Duration::hours(1)),
            objective: "boost_instagram".into(),
            ..CampaignDraft::default()
        };
        let p = preview(&d, "Luna Vega", None);
        assert_eq!(p.days, Some(3));
        assert_eq!(p.per_day.map(|m| m.text()), Some("33.33".to_string()));
        assert_eq!(p.budget.map(|m| m.text()), Some("100.00".to_string()));
        assert_eq!(p.confirmation, "Luna Vega 100 USD");
        assert!(p.request.contains("\"campaign_type\": \"boost_instagram\""));
        let jpy = preview(
            &CampaignDraft {
                currency: "JPY".into(),
                budget: "15000.4".into(),
                ..d
            },
            "A",
            None,
        );
        assert_eq!(jpy.budget.map(|m| m.text()), Some("15000".to_string()));
    }

    #[test]
    fn tiers_read_as_followings() {
        assert_eq!(
            tier_label("30000_followers"),
            "30K followers: playlists with a combined following of over 30K"
        );
        assert!(tier_label("1000000_followers").starts_with("1M followers"));
    }
}
