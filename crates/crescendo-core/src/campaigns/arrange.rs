//! Search by name and sort for the campaigns list, done here because the API cannot.
//!
//! Symphony's list (`GET /v1/campaign`, integration guide 3.1) documents the query parameters
//! `status`, `type` (its example sends `campaign_type`), `date.between.start`,
//! `date.between.end`, `budget.between.start`, `budget.between.end`, `limit` and `ofsset` (sic;
//! its example sends `offset`): no name search and no sort, and its rows (`id`, `status`,
//! `brand_id`, `campaign_metadata`) carry no name.
//! So when a search or a sort is asked for, core reads every page of the artist's list with the
//! documented filters (100 per request), names each campaign from its details (cached for the
//! workspace: a name never changes), filters and sorts here, and pages the result for the UI.
//! Cost, all through the client's rate-limited scheduler: ceil(N / 100) list requests per
//! search or sort change, plus one details request per campaign not named before (the plain
//! page view names the rows it shows). 500 campaigns: 5 requests per change once named; the
//! first time up to 505, about five minutes at the API's 100 requests a minute. One whole-list
//! read runs at a time per workspace, so overlapping searches never name a campaign twice.

use crate::domain::Campaign;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use ts_rs::TS;

/// What the list can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    Name,
    StartDate,
    EndDate,
    /// Grouped by currency (codes A to Z, whatever the direction: amounts in different
    /// currencies are never compared, Crescendo has no exchange rates), then by exact amount.
    Budget,
    /// By where the campaign stands in its life (in review, scheduled, active, paused, ...,
    /// completed), not by its label's spelling.
    Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignSort {
    pub key: SortKey,
    pub descending: bool,
}

/// Lower case without accents, for matching and ordering names ("Beyoncé" -> "beyonce").
/// Canonical decomposition, then the combining marks are dropped.
pub fn fold(s: &str) -> String {
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(s);
    nfd.chars()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The combining diacritical blocks (what NFD splits accents into for Latin, Greek, Cyrillic).
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The campaigns whose name contains `search` (case- and accent-insensitive; blank keeps all),
/// in `sort` order, or in the provider's order without one. Ties are broken by name, then id,
/// always ascending, so the order is total and pages never repeat or skip a campaign.
pub fn arrange(
    campaigns: Vec<Campaign>,
    search: &str,
    sort: Option<CampaignSort>,
) -> Vec<Campaign> {
    let needle = fold(search.trim());
    let mut keyed: Vec<(String, Campaign)> = campaigns
        .into_iter()
        .map(|c| (fold(&c.name), c))
        .filter(|(name, _)| name.contains(&needle))
        .collect();
    let Some(sort) = sort else {
        return keyed.into_iter().map(|(_, c)| c).collect();
    };
    keyed.sort_by(|(an, a), (bn, b)| {
        let primary = by_key(sort.key, (an, a), (bn, b));
        let primary = if sort.descending {
            primary.reverse()
        } else {
            primary
        };
        // Currency groups stay A to Z in both directions.
        let currency = match sort.key {
            SortKey::Budget => a.budget.currency.cmp(&b.budget.currency),
            _ => Ordering::Equal,
        };
        currency
            .then(primary)
            .then_with(|| an.cmp(bn))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| id_order(&a.id, &b.id))
    });
    keyed.into_iter().map(|(_, c)| c).collect()
}

fn by_key(key: SortKey, (an, a): (&String, &Campaign), (bn, b): (&String, &Campaign)) -> Ordering {
    match key {
        SortKey::Name => an.cmp(bn),
        SortKey::StartDate => a.schedule.start.cmp(&b.schedule.start),
        // No end ("until stopped") is the latest end of all.
        SortKey::EndDate => match (a.schedule.end, b.schedule.end) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        // Exact decimals; only compared within one currency (see `arrange`).
        SortKey::Budget => a.budget.amount.cmp(&b.budget.amount),
        SortKey::Status => (a.status.state as u8).cmp(&(b.status.state as u8)),
    }
}

/// Numeric ids in number order (Symphony's), others as text.
fn id_order(a: &str, b: &str) -> Ordering {
    match (a.parse::<u128>(), b.parse::<u128>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        _ => a.cmp(b),
    }
}

#[cfg(test)]
#[path = "arrange_tests.rs"]
mod tests;
