//! A campaign's markets from its details, and the location search's answers kept for the
//! location add (whose documented body is the search's own records).
//!
//! Where things are (3.2.1 Fetch Campaign Information): each market is one entry of
//! `campaign_metadata.platform_details.campaignsMapping` (`name`, `fraction`, `countries`,
//! `regions`, `cities`, `fbCampaign.id` = the `market_id`); its locations with their labels and
//! types are the same-named entry of `campaign_metadata.campaign_input.targetedCountries`
//! (`name`, `budget`, `locations[]` of `value`, `label`, `type`, `country_code`).
//!
//! Paused locations: the documents give no per-location state. Crescendo reads a location as
//! paused when it is in the market's `targetedCountries` but not in its mapping's `countries`,
//! `regions` or `cities` (the keys the platform campaign reaches). That is an assumption about
//! the real API; the sandbox answers that way.

use crate::domain::{CampaignMarket, MarketLocation, Place, PlaceKind};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Mutex;
use symphony_api::v1::campaigns::{CampaignDetails, LocationToAdd, MarketMapping};
use symphony_api::v1::targeting::Location;

/// A key as the documents write it: text ("US", "689194") or a number (`region_id: 3847`).
fn key_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn kind_of(t: Option<&str>) -> PlaceKind {
    match t {
        Some("region") => PlaceKind::Region,
        Some("city") => PlaceKind::City,
        _ => PlaceKind::Country,
    }
}

/// The keys a market's platform campaign reaches, each with its kind.
fn live(m: &MarketMapping) -> Vec<(String, PlaceKind)> {
    let countries = m.countries.iter().map(|c| (c.clone(), PlaceKind::Country));
    let regions = m
        .regions
        .iter()
        .filter_map(|r| key_of(r).map(|k| (k, PlaceKind::Region)));
    let cities = m
        .cities
        .iter()
        .filter_map(|c| key_of(c).map(|k| (k, PlaceKind::City)));
    countries.chain(regions).chain(cities).collect()
}

fn targeted(d: &CampaignDetails) -> Vec<&Value> {
    d.campaign_metadata
        .campaign_input
        .get("targetedCountries")
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn planned_locations(t: Option<&Value>) -> Vec<MarketLocation> {
    t.and_then(|t| t.get("locations"))
        .and_then(Value::as_array)
        .map(|ls| {
            ls.iter()
                .filter_map(|l| {
                    let key = l.get("value").or_else(|| l.get("key")).and_then(key_of)?;
                    Some(MarketLocation {
                        label: l
                            .get("label")
                            .or_else(|| l.get("name"))
                            .and_then(Value::as_str)
                            .unwrap_or(&key)
                            .to_string(),
                        kind: kind_of(l.get("type").and_then(Value::as_str)),
                        country_code: l
                            .get("country_code")
                            .and_then(Value::as_str)
                            .map(str::to_string),
                        paused: false,
                        key,
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

fn share(t: Option<&Value>) -> Option<rust_decimal::Decimal> {
    t.and_then(|t| t.get("budget"))
        .and_then(|b| b.to_string().parse().ok())
}

/// The campaign's markets. Before the platform has them (no `campaignsMapping` yet) they are
/// the planned ones from `targetedCountries`, without ids.
pub fn markets(d: &CampaignDetails) -> Vec<CampaignMarket> {
    let targeted = targeted(d);
    let mappings: Vec<&MarketMapping> = d
        .campaign_metadata
        .platform_details
        .iter()
        .flat_map(|p| &p.campaigns_mapping)
        .collect();
    if mappings.is_empty() {
        return targeted
            .iter()
            .map(|t| CampaignMarket {
                id: None,
                name: t
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                budget_share: share(Some(t)),
                locations: planned_locations(Some(t)),
            })
            .collect();
    }
    let same_count = mappings.len() == targeted.len();
    mappings
        .iter()
        .enumerate()
        .map(|(i, m)| {
            // Matched by name (the example names both "High Engagement Markets"), else by place.
            let t = targeted
                .iter()
                .find(|t| t.get("name").and_then(Value::as_str) == Some(m.name.as_str()))
                .or_else(|| targeted.get(i).filter(|_| same_count))
                .copied();
            let live = live(m);
            let reaches = |k: &str| live.iter().any(|(l, _)| l.eq_ignore_ascii_case(k));
            let mut locations = planned_locations(t);
            for l in &mut locations {
                l.paused = !reaches(&l.key);
            }
            // A key the platform reaches that the targeting does not list is still shown.
            for (key, kind) in &live {
                if !locations.iter().any(|l| l.key.eq_ignore_ascii_case(key)) {
                    locations.push(MarketLocation {
                        key: key.clone(),
                        label: key.clone(),
                        kind: *kind,
                        country_code: (*kind == PlaceKind::Country).then(|| key.clone()),
                        paused: false,
                    });
                }
            }
            CampaignMarket {
                id: m.fb_campaign.as_ref().map(|f| f.id.clone()),
                name: m.name.clone(),
                budget_share: m.fraction.or_else(|| share(t)),
                locations,
            }
        })
        .collect()
}

/// The location search's records by key, so an add sends what the search answered (the
/// documented body) rather than a rebuilt one. Bounded: cleared when it grows past a limit.
#[derive(Debug, Default)]
pub struct PlaceCache(Mutex<HashMap<String, Location>>);

const PLACE_CACHE_LIMIT: usize = 2_000;

impl PlaceCache {
    pub fn remember(&self, found: &[Location]) {
        let mut m = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if m.len() + found.len() > PLACE_CACHE_LIMIT {
            m.clear();
        }
        for l in found {
            m.insert(l.key.clone(), l.clone());
        }
    }

    /// The record to send for `p`: the search's own, else one built from the place (its name is
    /// the label's first part: "Madrid, Comunidad de Madrid, España" is Madrid).
    pub fn to_add(&self, p: &Place) -> LocationToAdd {
        let m = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(l) = m.get(&p.key).filter(|l| kind_of(Some(&l.kind)) == p.kind) {
            return LocationToAdd {
                key: l.key.clone(),
                name: l.name.clone(),
                kind: l.kind.clone(),
                region: l.region.clone(),
                region_id: l.region_id.clone(),
                country_code: l.country_code.clone(),
                country_name: l.country_name.clone(),
                supports_city: l.supports_city,
                supports_region: l.supports_region,
            };
        }
        let kind = match p.kind {
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::City => "city",
        };
        LocationToAdd {
            key: p.key.clone(),
            name: p.label.split(", ").next().unwrap_or(&p.label).to_string(),
            kind: kind.into(),
            region: None,
            region_id: None,
            country_code: p
                .country_code
                .clone()
                .or_else(|| (p.kind == PlaceKind::Country).then(|| p.key.clone()))
                .unwrap_or_default(),
            country_name: None,
            supports_city: None,
            supports_region: None,
        }
    }
}

#[cfg(test)]
#[path = "markets_tests.rs"]
mod tests;
