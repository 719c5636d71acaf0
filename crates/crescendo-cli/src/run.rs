//! Each subcommand: build the client, call the API, format the answer.

use crate::args::{Campaigns, Cli, Command, Content, ListArgs, Locations, SearchKind};
use crate::output::{csv_field, table};
use serde::Serialize;
use std::str::FromStr;
use symphony_api::v1::campaigns::{
    AddLocations, CampaignFilter, CampaignUpdate, LocationToAdd, LocationToggle,
};
use symphony_api::v1::create::{CreateOutcome, NewCampaign};
use symphony_api::{
    ApiKey, Budget, CampaignStatus, CampaignType, Client, Decimal, Endpoints, Error,
};

fn config(msg: impl Into<String>) -> Error {
    Error::Config {
        message: msg.into(),
    }
}

/// A saved account of the app: its endpoints, its key from the keychain, its last artist.
fn profile_client(name: &str, brand: Option<u64>) -> Result<Client, Error> {
    use crescendo_core::{paths, profiles::ProfileStore, session, vault};
    let dir = paths::app_data_dir().ok_or_else(|| config("no data directory on this system"))?;
    let store = ProfileStore::open(&dir).map_err(|e| config(e.message))?;
    let p = store
        .find_by_name(name)
        .ok_or_else(|| {
            let names: Vec<&str> = store.list().iter().map(|p| p.name.as_str()).collect();
            config(format!(
                "no saved account named {name:?}; saved: {}",
                if names.is_empty() {
                    "none".into()
                } else {
                    names.join(", ")
                }
            ))
        })?
        .clone();
    if p.key_storage == vault::KeyStorage::SessionOnly {
        return Err(config(format!("the key of {name:?} was kept for one app session only; save it to the keychain in the app first")));
    }
    let key = vault::Vault::new(vault::SERVICE)
        .load(&p.id, p.key_storage)
        .map_err(|e| config(e.message))?;
    let endpoints = session::endpoints(&p).map_err(|e| config(e.message))?;
    Client::builder(endpoints, key)
        .brand_id(brand.or(p.last_brand_id))
        .build()
}

fn client(cli: &Cli) -> Result<Client, Error> {
    if let Some(name) = &cli.profile {
        return profile_client(name, cli.brand_id);
    }
    let key = std::env::var("CRESCENDO_API_KEY").map_err(|_| {
        config("set CRESCENDO_API_KEY to your partner API key (it is never read from arguments)")
    })?;
    let key = ApiKey::new(key)?;
    let endpoints = match (&cli.base_url, &cli.v2_url) {
        (None, None) => Endpoints::symphony_sandbox(),
        (Some(v1), Some(v2)) => Endpoints::new(v1, v2)?,
        (Some(v1), None) => {
            let v1 = v1.trim().trim_end_matches('/');
            match v1.strip_suffix("/advertising") {
                Some(origin) => Endpoints::from_origin(origin)?,
                None => {
                    return Err(config(
                        "--base-url should end in /advertising; otherwise give --v2-url too",
                    ))
                }
            }
        }
        (None, Some(v2)) => Endpoints::new(Endpoints::symphony_sandbox().advertising.as_str(), v2)?,
    };
    Client::builder(endpoints, key)
        .brand_id(cli.brand_id)
        .build()
}

fn json<T: Serialize>(v: &T) -> Result<String, Error> {
    serde_json::to_string_pretty(v).map_err(|e| config(format!("could not print JSON: {e}")))
}

fn date(s: &Option<String>, flag: &str) -> Result<Option<chrono::NaiveDate>, Error> {
    s.as_deref()
        .map(|d| {
            chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map_err(|_| config(format!("--{flag} must be a date as YYYY-MM-DD, got {d:?}")))
        })
        .transpose()
}

fn amount(s: &Option<String>, flag: &str) -> Result<Option<Decimal>, Error> {
    s.as_deref()
        .map(|a| {
            Decimal::from_str(a.trim()).map_err(|_| {
                config(format!(
                    "--{flag} must be a number like 250 or 2010.50, got {a:?}"
                ))
            })
        })
        .transpose()
}

pub async fn run(cli: Cli) -> Result<String, Error> {
    let c = client(&cli)?;
    let as_json = cli.json;
    match cli.command {
        Command::Ping => {
            let t = c.api_test().await?;
            if as_json {
                return json(&t);
            }
            Ok(match (t.brand_id, t.brand_name) {
                (Some(id), Some(name)) => format!("OK: the key works; default brand {name} ({id})"),
                (Some(id), None) => format!("OK: the key works; default brand {id}"),
                _ => "OK: the key works".into(),
            })
        }
        Command::Campaigns(cmd) => campaigns(&c, cmd, as_json).await,
        Command::Locations(cmd) => locations(&c, cmd, as_json).await,
        Command::Search { kind, query } => search(&c, kind, &query, as_json).await,
        Command::Content(cmd) => content(&c, cmd, as_json).await,
        Command::Analytics { id, csv } => analytics(&c, id, csv, as_json).await,
    }
}

fn filter(a: &ListArgs) -> Result<CampaignFilter, Error> {
    Ok(CampaignFilter {
        status: a
            .status
            .as_deref()
            .map(|s| CampaignStatus::from(s.trim().to_uppercase().as_str())),
        campaign_type: a
            .campaign_type
            .as_deref()
            .map(|t| CampaignType::from(t.trim())),
        starts_from: date(&a.from, "from")?,
        ends_before: date(&a.until, "until")?,
        budget_min: amount(&a.budget_min, "budget-min")?,
        budget_max: amount(&a.budget_max, "budget-max")?,
        limit: Some(a.limit.clamp(1, 100)),
        offset: Some(a.offset),
    })
}

async fn campaigns(c: &Client, cmd: Campaigns, as_json: bool) -> Result<String, Error> {
    match cmd {
        Campaigns::List(a) => {
            let f = filter(&a)?;
            let (items, count) = if a.all {
                let all = c.all_campaigns(&f, 100).await?;
                let n = all.len() as u64;
                (all, n)
            } else {
                let p = c.campaigns(&f).await?;
                (p.campaigns, p.count)
            };
            if as_json {
                return json(&serde_json::json!({ "campaigns": items, "count": count }));
            }
            // List rows carry no name or currency (as documented): read them from the details.
            let ids: Vec<u64> = items.iter().map(|s| s.id).collect();
            let details: std::collections::HashMap<u64, _> = c
                .campaigns_details(&ids, 4)
                .await
                .into_iter()
                .filter_map(|(id, d)| d.ok().map(|d| (id, d)))
                .collect();
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|s| {
                    let d = details.get(&s.id);
                    vec![
                        s.id.to_string(),
                        d.and_then(|d| d.name()).unwrap_or("").to_string(),
                        s.campaign_metadata.campaign_type.to_string(),
                        s.status.to_string(),
                        format!(
                            "{} {}",
                            s.campaign_metadata.budget.normalize(),
                            d.and_then(|d| d.currency()).unwrap_or("")
                        )
                        .trim()
                        .to_string(),
                        s.campaign_metadata
                            .start_date
                            .format("%Y-%m-%d")
                            .to_string(),
                        s.campaign_metadata.end_date.format("%Y-%m-%d").to_string(),
                    ]
                })
                .collect();
            let shown = rows.len();
            Ok(format!(
                "{}\n{shown} of {count} campaign(s)",
                table(
                    &["ID", "NAME", "TYPE", "STATUS", "BUDGET", "START", "END"],
                    &rows,
                    &[0, 4]
                )
            ))
        }
        Campaigns::Get { id } => {
            let d = c.campaign(id).await?;
            if as_json {
                return json(&d);
            }
            let m = &d.campaign_metadata;
            let mut out = vec![
                format!("Campaign {} — {}", d.id, d.name().unwrap_or("(unnamed)")),
                format!("  status      {}", d.status),
                format!(
                    "  type        {}",
                    m.campaign_type
                        .as_ref()
                        .map(|t| t.to_string())
                        .unwrap_or_default()
                ),
                format!(
                    "  budget      {} {}",
                    m.budget
                        .map(|b| b.normalize().to_string())
                        .unwrap_or_default(),
                    m.currency.clone().unwrap_or_default()
                ),
                format!(
                    "  runs        {} → {}",
                    m.start_date.map(|t| t.to_rfc3339()).unwrap_or_default(),
                    m.end_date.map(|t| t.to_rfc3339()).unwrap_or_default()
                ),
                format!("  brand       {}", d.brand_id),
            ];
            if let Some(n) = &m.status_notes {
                out.push(format!("  notes       {n}"));
            }
            let markets = d.market_ids();
            out.push(format!(
                "  markets     {}",
                if markets.is_empty() {
                    "(not completed yet)".into()
                } else {
                    markets.join(", ")
                }
            ));
            Ok(out.join("\n"))
        }
        Campaigns::Create {
            file,
            confirm_production,
        } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| config(format!("cannot read {}: {e}", file.display())))?;
            let body: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| config(format!("{} is not valid JSON: {e}", file.display())))?;
            let new = NewCampaign::from_json(&body)?;
            if c.endpoints() == &Endpoints::symphony_production() {
                confirm_production_launch(c, &new, confirm_production.as_deref()).await?;
            }
            let outcome = c.create_campaign(&new).await?;
            match outcome {
                CreateOutcome::Created { campaign, recovered } => {
                    if as_json {
                        return json(&serde_json::json!({ "outcome": "created", "recovered": recovered, "campaign": campaign }));
                    }
                    let note = if recovered { " (the response was lost; found it by name)" } else { "" };
                    Ok(format!("Created campaign {} ({}, {}){note}", campaign.id, campaign.kind, campaign.status))
                }
                CreateOutcome::NotCreated { cause } => Err(Error::Server {
                    status: 0,
                    message: format!("not created: {cause}; it is safe to try again"),
                }),
                CreateOutcome::Unknown { cause, lookup } => Err(Error::Network {
                    message: format!("outcome unknown: {cause}; checking failed too ({lookup}). Check the campaign list before trying again"),
                }),
            }
        }
        Campaigns::Pause { id } => edited(
            c.set_campaign_paused(id, true).await?,
            as_json,
            format!("Paused campaign {id}"),
        ),
        Campaigns::Resume { id } => edited(
            c.set_campaign_paused(id, false).await?,
            as_json,
            format!("Resumed campaign {id}"),
        ),
        Campaigns::Update {
            id,
            budget,
            currency,
            end_date,
        } => {
            let budget = match (amount(&budget, "budget")?, currency) {
                (Some(v), Some(cur)) => Some(Budget::new(v, &cur)),
                _ => None,
            };
            let end_date = end_date
                .as_deref()
                .map(|e| {
                    chrono::DateTime::parse_from_rfc3339(e.trim())
                        .map(|d| d.with_timezone(&chrono::Utc))
                        .map_err(|_| {
                            config(format!(
                                "--end-date must be ISO 8601 like 2026-05-05T00:00:00Z, got {e:?}"
                            ))
                        })
                })
                .transpose()?;
            if budget.is_none() && end_date.is_none() {
                return Err(config("give --budget with --currency, --end-date, or both"));
            }
            let r = c
                .update_campaign(id, &CampaignUpdate { end_date, budget })
                .await?;
            edited(r, as_json, format!("Updated campaign {id}"))
        }
    }
}

fn edited(v: serde_json::Value, as_json: bool, text: String) -> Result<String, Error> {
    if as_json {
        json(&v)
    } else {
        Ok(text)
    }
}

async fn locations(c: &Client, cmd: Locations, as_json: bool) -> Result<String, Error> {
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
        Locations::Pause { id, market, key } => {
            let t = LocationToggle {
                location_key: key.clone(),
                market_id: market,
            };
            edited(
                c.set_location_paused(id, &t, true).await?,
                as_json,
                format!("Paused location {key} of campaign {id}"),
            )
        }
        Locations::Resume { id, market, key } => {
            let t = LocationToggle {
                location_key: key.clone(),
                market_id: market,
            };
            edited(
                c.set_location_paused(id, &t, false).await?,
                as_json,
                format!("Resumed location {key} of campaign {id}"),
            )
        }
    }
}

async fn search(c: &Client, kind: SearchKind, q: &str, as_json: bool) -> Result<String, Error> {
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

async fn content(c: &Client, cmd: Content, as_json: bool) -> Result<String, Error> {
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

async fn analytics(c: &Client, id: u64, csv: bool, as_json: bool) -> Result<String, Error> {
    let a = c.campaign_analytics(id).await?;
    if as_json {
        return json(&a);
    }
    let days = &a.analytic_data.daily_stats;
    if csv {
        let mut out = vec!["date,spend,total_spend,impressions_total,reach_total,clicks,inline_clicks,conversions,cpc".to_string()];
        for d in days {
            out.push(
                [
                    csv_field(&d.date),
                    d.spend.to_string(),
                    d.total_spend.to_string(),
                    d.total_impressions.to_string(),
                    d.total_reach.to_string(),
                    d.clicks.to_string(),
                    d.inline_clicks.to_string(),
                    d.conversions.to_string(),
                    d.cpc.to_string(),
                ]
                .join(","),
            );
        }
        return Ok(out.join("\n"));
    }
    let mut out = Vec::new();
    if let Some(s) = &a.analytic_data.campaign_performance_stats {
        let f = |v: Option<f64>| v.map(|x| format!("{x}")).unwrap_or_else(|| "—".into());
        out.push(format!(
            "Campaign {id}: spend {} · impressions {} · reach {} · clicks {} · CPC {}",
            f(s.spend),
            f(s.impressions),
            f(s.reach),
            f(s.clicks),
            f(s.cpc)
        ));
    }
    let rows = days
        .iter()
        .map(|d| {
            vec![
                d.date.clone(),
                format!("{:.2}", d.spend),
                d.clicks.to_string(),
                d.conversions.to_string(),
                format!("{:.2}", d.cpc),
            ]
        })
        .collect::<Vec<_>>();
    out.push(table(
        &["DATE", "SPEND", "CLICKS", "CONVERSIONS", "CPC"],
        &rows,
        &[1, 2, 3, 4],
    ));
    if let Some(g) = &a.analytic_data.geographic_breakdown {
        let rows = g
            .countries
            .iter()
            .map(|c| {
                vec![
                    c.country.clone(),
                    c.country_name.clone().unwrap_or_default(),
                    format!("{:.2}", c.spend),
                    c.clicks.to_string(),
                ]
            })
            .collect::<Vec<_>>();
        out.push(String::new());
        out.push(table(
            &["COUNTRY", "NAME", "SPEND", "CLICKS"],
            &rows,
            &[2, 3],
        ));
    }
    Ok(out.join("\n"))
}

/// Production spends real money: the user must name the artist, the amount and the currency.
async fn confirm_production_launch(
    c: &Client,
    new: &NewCampaign,
    typed: Option<&str>,
) -> Result<(), Error> {
    let brand = match c.brand_id() {
        Some(id) => c
            .brands()
            .await?
            .into_iter()
            .find(|b| b.id == id)
            .map(|b| b.name)
            .unwrap_or_else(|| format!("brand {id}")),
        None => c
            .api_test()
            .await?
            .brand_name
            .unwrap_or_else(|| "the default brand".into()),
    };
    check_confirmation(&brand, new, typed)
}

/// What the user must type to launch in Production: "<artist> <amount> <currency>".
pub fn confirmation_phrase(brand: &str, new: &NewCampaign) -> String {
    match new.budget() {
        Some(b) => format!("{brand} {} {}", b.value.normalize(), b.currency),
        None => format!("{brand} {}", new.campaign_type()),
    }
}

pub fn check_confirmation(
    brand: &str,
    new: &NewCampaign,
    typed: Option<&str>,
) -> Result<(), Error> {
    let expected = confirmation_phrase(brand, new);
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    match typed {
        Some(t) if norm(t) == norm(&expected) => Ok(()),
        Some(t) => Err(config(format!("--confirm-production {t:?} does not match {expected:?}: nothing was launched"))),
        None => Err(config(format!(
            "this launches a real campaign in Production for {brand}. To proceed, add --confirm-production {expected:?}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boost(value: &str, currency: &str) -> NewCampaign {
        NewCampaign::from_json(&serde_json::json!({
            "provider": "facebook", "campaign_type": "boost_instagram", "campaign_name": "x",
            "metadata": { "budget": { "value": value.parse::<f64>().unwrap_or(0.0), "currency": currency },
                "start_date": "2030-01-01T00:00:00Z", "end_date": "2030-01-02T00:00:00Z", "instagram_post_id": "1" }
        }))
        .expect("valid")
    }

    #[test]
    fn production_needs_the_artist_amount_and_currency() {
        let c = boost("250", "MXN");
        assert_eq!(
            confirmation_phrase("Los Cuervos", &c),
            "Los Cuervos 250 MXN"
        );
        let missing = check_confirmation("Los Cuervos", &c, None).expect_err("needs confirmation");
        assert!(
            missing
                .to_string()
                .contains("--confirm-production \"Los Cuervos 250 MXN\""),
            "{missing}"
        );
        assert!(
            check_confirmation("Los Cuervos", &c, Some("Los Cuervos 250 USD")).is_err(),
            "wrong currency"
        );
        assert!(
            check_confirmation("Los Cuervos", &c, Some("Los Cuervos 2500 MXN")).is_err(),
            "wrong amount"
        );
        assert!(
            check_confirmation("Los Cuervos", &c, Some("Los  Cuervos 250 MXN ")).is_ok(),
            "spacing does not matter"
        );
    }
}
