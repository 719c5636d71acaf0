//! Targeting search, location edits and brand content: the lookups a campaign is built from.

use crate::args::{Content, Locations, SearchKind};
use crate::failure::{config, Failure};
use crate::output::table;
use crate::parse::{edited, json};
use crescendo_core::provider::symphony::markets::markets;
use symphony_api::v1::campaigns::{AddLocations, LocationToAdd, LocationToggle};
use symphony_api::Client;

pub async fn locations(c: &Client, cmd: Locations, as_json: bool) -> Result<String, Failure> {
    match cmd {
        Locations::Add {
            id,
            market,
            query,
            key,
        } => {
            let hits = c.search_locations(&query).await?;
            let hit = match &key {
                Some(k) => hits.into_iter().find(|h| &h.key == k),
                None => hits.into_iter().next(),
            }
            .ok_or_else(|| {
                config(format!(
                    "no location matches {query:?}{}",
                    key.map(|k| format!(" with key {k}")).unwrap_or_default()
                ))
            })?;
            let label = format!("{} ({}, {})", hit.name, hit.kind, hit.country_code);
            let add = AddLocations {
                market_id: market,
                locations: vec![LocationToAdd {
                    key: hit.key,
                    name: hit.name,
                    kind: hit.kind,
                    region: hit.region,
                    region_id: hit.region_id,
                    country_code: hit.country_code,
                    country_name: hit.country_name,
                    supports_city: hit.supports_city,
                    supports_region: hit.supports_region,
                }],
            };
            edited(
                c.add_locations(id, &add).await?,
                as_json,
                format!("Added {label} to campaign {id}"),
            )
        }
        Locations::Pause { id, market, key } => toggle(c, id, market, key, true, as_json).await,
        Locations::Resume { id, market, key } => toggle(c, id, market, key, false, as_json).await,
    }
}

/// The documented `location/PAUSED` turns a location's state over, so the state is read first
/// (a second pause would resume) and again after (Symphony's answer is the final word).
async fn toggle(
    c: &Client,
    id: u64,
    market: String,
    key: String,
    pause: bool,
    as_json: bool,
) -> Result<String, Failure> {
    let paused_now = |d: &symphony_api::v1::campaigns::CampaignDetails| {
        markets(d)
            .into_iter()
            .find(|m| m.id.as_deref() == Some(market.as_str()))
            .ok_or_else(|| config(format!("campaign {id} has no market {market}")))?
            .location(&key)
            .map(|l| l.paused)
            .ok_or_else(|| config(format!("market {market} has no location {key}")))
    };
    let word = if pause { "paused" } else { "active" };
    if paused_now(&c.campaign(id).await?)? == pause {
        return Err(config(format!(
            "location {key} of market {market} is already {word}"
        )));
    }
    let t = LocationToggle {
        location_key: key.clone(),
        market_id: market.clone(),
    };
    let answer = c.toggle_location(id, &t).await?;
    if paused_now(&c.campaign(id).await?)? != pause {
        return Err(config(format!(
            "Symphony accepted the request but location {key} of market {market} is not {word}"
        )));
    }
    let verb = if pause { "Paused" } else { "Resumed" };
    edited(
        answer,
        as_json,
        format!("{verb} location {key} of campaign {id}"),
    )
}

pub async fn search(
    c: &Client,
    kind: SearchKind,
    q: &str,
    as_json: bool,
) -> Result<String, Failure> {
    match kind {
        SearchKind::Locations => {
            let hits = c.search_locations(q).await?;
            if as_json {
                return json(&hits);
            }
            let rows = hits
                .iter()
                .map(|h| {
                    vec![
                        h.key.clone(),
                        h.name.clone(),
                        h.kind.clone(),
                        h.region.clone().unwrap_or_default(),
                        h.country_code.clone(),
                    ]
                })
                .collect::<Vec<_>>();
            Ok(table(
                &["KEY", "NAME", "TYPE", "REGION", "COUNTRY"],
                &rows,
                &[],
            ))
        }
        SearchKind::Interests => {
            let hits = c.search_interests(q).await?;
            if as_json {
                return json(&hits);
            }
            let size = |lo: Option<u64>, hi: Option<u64>| match (lo, hi) {
                (Some(l), Some(h)) => format!("{:.1}M–{:.1}M", l as f64 / 1e6, h as f64 / 1e6),
                _ => String::new(),
            };
            let rows = hits
                .iter()
                .map(|h| {
                    vec![
                        h.id.clone(),
                        h.name.clone(),
                        size(h.audience_size_lower_bound, h.audience_size_upper_bound),
                    ]
                })
                .collect::<Vec<_>>();
            Ok(table(&["ID", "NAME", "AUDIENCE"], &rows, &[2]))
        }
        SearchKind::Languages => {
            let hits = c.search_languages(q).await?;
            if as_json {
                return json(&hits);
            }
            let rows = hits
                .iter()
                .map(|h| vec![h.key.to_string(), h.name.clone()])
                .collect::<Vec<_>>();
            Ok(table(&["KEY", "NAME"], &rows, &[0]))
        }
    }
}

pub async fn content(c: &Client, cmd: Content, as_json: bool) -> Result<String, Failure> {
    match cmd {
        Content::Releases { keyword } => {
            let r = c.releases(&keyword).await?;
            if as_json {
                return json(&r);
            }
            let rows = r
                .iter()
                .map(|x| {
                    vec![
                        x.id.to_string(),
                        x.name.clone(),
                        x.spotify_id.clone().unwrap_or_default(),
                        x.release_date.clone().unwrap_or_default(),
                    ]
                })
                .collect::<Vec<_>>();
            Ok(table(
                &["ID", "NAME", "SPOTIFY ID", "RELEASED"],
                &rows,
                &[0],
            ))
        }
        Content::Posts => {
            let p = c.instagram_posts().await?;
            if as_json {
                return json(&p);
            }
            let rows = p
                .iter()
                .map(|x| {
                    vec![
                        x.id.clone(),
                        x.media_type.clone().unwrap_or_default(),
                        x.caption.clone().unwrap_or_default(),
                        x.timestamp.clone().unwrap_or_default(),
                    ]
                })
                .collect::<Vec<_>>();
            Ok(table(&["ID", "MEDIA", "CAPTION", "POSTED"], &rows, &[]))
        }
        Content::Videos => {
            let v = c.youtube_videos().await?;
            if as_json {
                return json(&v);
            }
            let rows = v
                .iter()
                .map(|x| {
                    vec![
                        x.id.clone(),
                        x.title.clone(),
                        x.view_count.map(|n| n.to_string()).unwrap_or_default(),
                    ]
                })
                .collect::<Vec<_>>();
            Ok(table(&["ID", "TITLE", "VIEWS"], &rows, &[2]))
        }
    }
}
