//! Each subcommand, dispatched to the module that builds its request and formats the answer.

use crate::args::{Cli, Command};
use crate::failure::Failure;
use crate::parse::json;
use crescendo_core::domain::ProviderKind;

pub async fn run(cli: Cli) -> Result<String, Failure> {
    // Drafts are local: no key, no connection.
    if let Command::Drafts(cmd) = cli.command {
        return crate::drafts::drafts(cmd, cli.profile.as_deref(), cli.brand_id, cli.json);
    }
    if let Some(name) = &cli.profile {
        let p = crate::connect::saved(name)?;
        let other = match p.provider {
            ProviderKind::Meta => Some(crate::meta::connector(&p)?),
            ProviderKind::MarinSocial => Some(crate::marin::connector(&p)?),
            ProviderKind::Symphony => None,
        };
        if let Some(c) = other {
            let what = match p.provider {
                ProviderKind::MarinSocial => "a Marin Social account",
                _ => "a Meta ad account",
            };
            return match cli.command {
                Command::Campaigns(cmd) => crate::meta::campaigns(&c, cmd, cli.json).await,
                _ => Err(crescendo_core::AppError::new(
                    crescendo_core::ErrorCode::Unsupported,
                    format!("{name:?} is {what}: only `campaigns list|get|pause|resume|update` work with it"),
                )
                .into()),
            };
        }
    }
    let c = crate::connect::client(&cli)?;
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
        Command::Campaigns(cmd) => crate::campaigns::campaigns(&c, cmd, as_json).await,
        Command::Locations(cmd) => crate::lookup::locations(&c, cmd, as_json).await,
        Command::Search { kind, query } => crate::lookup::search(&c, kind, &query, as_json).await,
        Command::Content(cmd) => crate::lookup::content(&c, cmd, as_json).await,
        // Answered above, before any client is made.
        Command::Drafts(_) => Ok(String::new()),
        Command::Analytics { id, csv } => crate::analytics::analytics(&c, id, csv, as_json).await,
        Command::Portfolio {
            days,
            from,
            to,
            csv,
        } => {
            let range = crate::portfolio::range(days, from.as_deref(), to.as_deref())?;
            crate::portfolio::run(&c, cli.brand_id, range, csv, as_json).await
        }
    }
}
