//! `campaigns list|get|pause|resume|update` (create is in `create`).

use crate::args::Campaigns;
use crate::failure::{config, Failure};
use crate::output::table;
use crate::parse::{amount, edited, filter, json};
use symphony_api::v1::campaigns::CampaignUpdate;
use symphony_api::{Budget, Client};

pub async fn campaigns(c: &Client, cmd: Campaigns, as_json: bool) -> Result<String, Failure> {
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
        } => crate::create::create(c, &file, confirm_production.as_deref(), as_json).await,
        Campaigns::AdSets { .. } => Err(crescendo_core::AppError::unsupported(
            "Symphony",
            "ad sets (Symphony runs them for you)",
        )
        .into()),
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
