//! `campaigns list|get|pause|resume|update` for a saved Meta ad account: through core's Meta
//! connector (the app's own mapping), with the token read from the same keychain entry. The
//! commands take any connector: Marin Social accounts (`crate::marin`) use them too.

use crate::args::{Campaigns, ListArgs};
use crate::failure::{config, Failure};
use crate::output::table;
use crate::parse::{amount, date, json};
use crescendo_core::domain::{Campaign, CampaignEdit, CampaignFilter, ProviderKind};
use crescendo_core::profiles::Profile;
use crescendo_core::provider::meta::MetaConnector;
use crescendo_core::provider::Connector;

/// The connector of a saved Meta account.
pub fn connector(p: &Profile) -> Result<Connector, Failure> {
    use crescendo_core::{access, vault};
    let (base, account, key) = access::meta_credentials(p, &vault::Vault::new(vault::SERVICE))
        .map_err(|e| config(e.message))?;
    let client = access::meta_client(&base, &key).map_err(|e| config(e.message))?;
    Ok(Connector::Meta(MetaConnector::new(client, account)))
}

fn filter(a: &ListArgs) -> Result<CampaignFilter, Failure> {
    Ok(CampaignFilter {
        status: a.status.clone(),
        objective: a.campaign_type.clone(),
        starts_from: date(&a.from, "from")?,
        ends_before: date(&a.until, "until")?,
        budget_min: amount(&a.budget_min, "budget-min")?,
        budget_max: amount(&a.budget_max, "budget-max")?,
        provider: None,
        limit: a.limit.clamp(1, 100),
        offset: a.offset,
    })
}

fn budget(c: &Campaign) -> String {
    match &c.daily_budget {
        Some(d) => format!("{} {}/day", d.text(), d.currency),
        None => format!("{} {}", c.budget.text(), c.budget.currency),
    }
}

fn done(as_json: bool, id: &str, what: &str) -> Result<String, Failure> {
    if as_json {
        json(&serde_json::json!({ "id": id, "done": what }))
    } else {
        Ok(format!("{what} campaign {id}"))
    }
}

/// `campaigns ad-sets`: the campaign's ad sets, or one changed (`--change`).
async fn ad_sets(
    c: &Connector,
    id: &str,
    change: Option<String>,
    daily_budget: Option<String>,
    bid: Option<String>,
    as_json: bool,
) -> Result<String, Failure> {
    use crescendo_core::domain::breakdown::{AdSetChange, PlatformAdSet};
    let shown = |m: &Option<crescendo_core::money::Money>| {
        m.as_ref()
            .map(|m| format!("{} {}", m.amount, m.currency))
            .unwrap_or_else(|| "—".into())
    };
    let line = |s: &PlatformAdSet| {
        vec![
            s.id.clone(),
            s.name.clone(),
            s.label.clone(),
            shown(&s.daily_budget),
            shown(&s.bid),
        ]
    };
    if let Some(set) = change {
        if daily_budget.is_none() && bid.is_none() {
            return Err(config("give --daily-budget, --bid, or both"));
        }
        let now = c
            .edit_ad_set(id, &set, &AdSetChange { daily_budget, bid })
            .await?;
        if as_json {
            return json(&now);
        }
        return Ok(format!(
            "Changed ad set {} of campaign {id}: daily budget {}, bid {}",
            now.id,
            shown(&now.daily_budget),
            shown(&now.bid)
        ));
    }
    let sets = c.analytics(id).await?.ad_sets;
    if as_json {
        return json(&serde_json::json!({ "adSets": sets }));
    }
    let rows: Vec<Vec<String>> = sets.iter().map(line).collect();
    Ok(format!(
        "{}\n{} ad set(s)",
        table(
            &["ID", "NAME", "STATUS", "DAILY BUDGET", "BID"],
            &rows,
            &[0, 3, 4]
        ),
        rows.len()
    ))
}

pub async fn campaigns(c: &Connector, cmd: Campaigns, as_json: bool) -> Result<String, Failure> {
    match cmd {
        Campaigns::List(a) => {
            let f = filter(&a)?;
            let (items, count) = if a.all {
                let all = c.all_campaigns(&f).await?;
                let n = all.len() as u64;
                (all, n)
            } else {
                let p = c.campaigns(&f).await?;
                (p.campaigns, p.total)
            };
            if as_json {
                return json(&serde_json::json!({ "campaigns": items, "count": count }));
            }
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|c| {
                    vec![
                        c.id.clone(),
                        c.name.clone(),
                        c.objective.code.clone(),
                        c.status.label.clone(),
                        budget(c),
                        c.schedule.start.format("%Y-%m-%d").to_string(),
                        c.schedule
                            .end
                            .map(|e| e.format("%Y-%m-%d").to_string())
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            Ok(format!(
                "{}\n{} of {count} campaign(s)",
                table(
                    &[
                        "ID",
                        "NAME",
                        "OBJECTIVE",
                        "STATUS",
                        "BUDGET",
                        "START",
                        "END"
                    ],
                    &rows,
                    &[0, 4]
                ),
                rows.len()
            ))
        }
        Campaigns::Get { id } => {
            let d = c.campaign(&id.to_string()).await?;
            if as_json {
                return json(&d);
            }
            Ok([
                format!("Campaign {} — {}", d.id, d.name),
                format!("  status      {} ({})", d.status.label, d.status.original),
                format!("  objective   {}", d.objective.code),
                format!("  budget      {}", budget(&d)),
                format!(
                    "  runs        {} → {}",
                    d.schedule.start.to_rfc3339(),
                    d.schedule.end.map(|t| t.to_rfc3339()).unwrap_or_default()
                ),
            ]
            .join("\n"))
        }
        Campaigns::Create { .. } => {
            let (who, where_) = match c.kind() {
                ProviderKind::MarinSocial => (
                    "Marin Social",
                    "the app (New Marin campaign) or in Marin Social",
                ),
                _ => ("Meta", "the app (New Meta campaign) or in Ads Manager"),
            };
            Err(crescendo_core::AppError::new(
                crescendo_core::ErrorCode::Unsupported,
                format!("The command line does not create {who} campaigns: create it in {where_}."),
            )
            .into())
        }
        Campaigns::AdSets {
            id,
            change,
            daily_budget,
            bid,
        } => ad_sets(c, &id.to_string(), change, daily_budget, bid, as_json).await,
        Campaigns::Pause { id } => {
            c.set_paused(&id.to_string(), true).await?;
            done(as_json, &id.to_string(), "Paused")
        }
        Campaigns::Resume { id } => {
            c.set_paused(&id.to_string(), false).await?;
            done(as_json, &id.to_string(), "Resumed")
        }
        Campaigns::Update {
            id,
            budget,
            currency,
            end_date,
        } => {
            let end = end_date
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
            if budget.is_none() && end.is_none() {
                return Err(config("give --budget with --currency, --end-date, or both"));
            }
            let edit = CampaignEdit {
                budget,
                currency,
                end,
            };
            c.update(&id.to_string(), &edit).await?;
            done(as_json, &id.to_string(), "Updated")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use meta_sandbox::{Sandbox, SandboxConfig, DEMO_TOKEN};

    fn cmd(args: &[&str]) -> Campaigns {
        let mut all = vec!["crescendo", "campaigns"];
        all.extend_from_slice(args);
        match crate::args::Cli::try_parse_from(all)
            .expect("parses")
            .command
        {
            crate::args::Command::Campaigns(c) => c,
            _ => panic!("a campaigns command"),
        }
    }

    /// The commands over HTTP against meta-sandbox, through the same connector `--profile`
    /// builds (the keychain part is in tests/profile.rs).
    #[tokio::test]
    async fn list_get_pause_resume_update_a_meta_account() {
        let sb = Sandbox::start(SandboxConfig {
            in_process: chrono::Duration::zero(),
            ..SandboxConfig::default()
        })
        .await
        .expect("sandbox");
        let key = symphony_api::ApiKey::new(DEMO_TOKEN).expect("token");
        let client = crescendo_core::access::meta_client(&sb.base_url(), &key).expect("client");
        let account = meta_api::AdAccountId::parse("act_2020").expect("account");
        let c = Connector::Meta(MetaConnector::new(client, account));

        let out = campaigns(&c, cmd(&["list", "--json"]), true)
            .await
            .expect("list");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["count"], 2, "JPY: one ACTIVE, one PAUSED listed");
        let id = v["campaigns"][0]["id"].as_str().expect("id").to_string();
        assert_eq!(v["campaigns"][0]["provider"], "meta");
        let table = campaigns(&c, cmd(&["list"]), false).await.expect("table");
        assert!(table.contains("JPY") && table.contains("2 of 2"), "{table}");

        campaigns(&c, cmd(&["pause", &id]), false)
            .await
            .expect("pause");
        let got = campaigns(&c, cmd(&["get", &id]), false).await.expect("get");
        assert!(got.contains("Paused (PAUSED)"), "{got}");
        campaigns(&c, cmd(&["resume", &id]), false)
            .await
            .expect("resume");
        let out = campaigns(&c, cmd(&["get", &id, "--json"]), true)
            .await
            .expect("get");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["status"]["state"], "active");

        let is_daily = v.get("dailyBudget").is_some();
        let msg = campaigns(
            &c,
            cmd(&["update", &id, "--budget", "4321", "--currency", "JPY"]),
            false,
        )
        .await
        .expect("update");
        assert_eq!(msg, format!("Updated campaign {id}"));
        let out = campaigns(&c, cmd(&["get", &id, "--json"]), true)
            .await
            .expect("get");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        let field = if is_daily { "dailyBudget" } else { "budget" };
        assert_eq!(v[field]["amount"], "4321");

        let e = campaigns(
            &c,
            cmd(&["update", &id, "--end-date", "2026-05-05T00:00:00Z"]),
            false,
        )
        .await
        .expect_err("stop_time is the ad sets'");
        assert_eq!((e.code(), e.exit_code()), ("unsupported", 1));
    }
}
