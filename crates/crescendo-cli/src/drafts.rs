//! `crescendo drafts`: the app's wizard drafts, read through the same core store. Offline: no
//! key or connection needed. `export` prints the documented create body, ready for
//! `campaigns create --file`.

use crate::args::Drafts;
use crate::failure::{config, Failure};
use crate::output::table;
use crate::parse::json;
use crescendo_core::provider::symphony::{request, rules, v2};
use crescendo_core::store::{LaunchState, Store, StoreError};
use crescendo_core::{paths, profiles::ProfileStore};

fn failure(e: StoreError, id: &str) -> Failure {
    match e {
        StoreError::NotFound => Failure::Api(symphony_api::Error::NotFound {
            message: format!("no draft with id {id:?} (see `crescendo drafts list`)"),
        }),
        e => config(e.to_string()),
    }
}

fn open() -> Result<Store, Failure> {
    let dir = paths::app_data_dir().ok_or_else(|| config("no data directory on this system"))?;
    let store = Store::open(&dir).map_err(|e| failure(e, ""))?;
    if let Some(n) = store.notice() {
        eprintln!("crescendo: {n}");
    }
    Ok(store)
}

/// `--profile NAME` lists that account's drafts (its id is the drafts' scope).
fn profile_scope(name: &str) -> Result<String, Failure> {
    let dir = paths::app_data_dir().ok_or_else(|| config("no data directory on this system"))?;
    let profiles = ProfileStore::open(&dir).map_err(|e| config(e.message))?;
    profiles
        .find_by_name(name)
        .map(|p| p.id.clone())
        .ok_or_else(|| config(format!("no saved account named {name:?}")))
}

fn launch(s: Option<LaunchState>) -> &'static str {
    match s {
        None => "draft",
        Some(LaunchState::Pending) => "launch pending",
        Some(LaunchState::Launched) => "launched",
    }
}

pub fn drafts(
    cmd: Drafts,
    profile: Option<&str>,
    brand: Option<u64>,
    as_json: bool,
) -> Result<String, Failure> {
    match cmd {
        Drafts::List { scope } => {
            let scope = match (scope, profile) {
                (Some(s), _) => Some(s),
                (None, Some(p)) => Some(profile_scope(p)?),
                (None, None) => None,
            };
            let store = open()?;
            let list = match &scope {
                Some(s) => store.list(s, brand),
                None => store.list_all(brand),
            }
            .map_err(|e| failure(e, ""))?;
            if as_json {
                return json(&list);
            }
            if list.is_empty() {
                return Ok("No drafts.".into());
            }
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|d| {
                    vec![
                        d.id.clone(),
                        d.name.clone(),
                        d.objective.clone(),
                        format!("{} {}", d.budget, d.currency).trim().to_string(),
                        d.brand_id.to_string(),
                        d.updated_at.format("%Y-%m-%d %H:%M").to_string(),
                        launch(d.launch_state).into(),
                    ]
                })
                .collect();
            Ok(table(
                &[
                    "ID",
                    "NAME",
                    "TYPE",
                    "BUDGET",
                    "BRAND",
                    "UPDATED (UTC)",
                    "STATE",
                ],
                &rows,
                &[3],
            ))
        }
        Drafts::Show { id } => {
            let rec = open()?.get(&id).map_err(|e| failure(e, &id))?;
            // Offline: the ad account's currency is not known here, so that rule is skipped.
            let now = chrono::Utc::now();
            let problems = match v2::platform(&rec.draft.objective) {
                Some(_) => v2::rules::check(&rec.draft, None, now),
                None => rules::check(&rec.draft, None, now),
            };
            if as_json {
                return json(&serde_json::json!({ "record": rec, "problems": problems }));
            }
            let mut out = vec![
                format!("{} — {}", rec.draft.name, rec.id),
                format!(
                    "brand {}, scope {}, revision {}, updated {} UTC, {}",
                    rec.brand_id,
                    rec.scope,
                    rec.revision,
                    rec.updated_at.format("%Y-%m-%d %H:%M"),
                    launch(rec.launch_state)
                ),
                json(&rec.draft)?,
            ];
            if problems.is_empty() {
                out.push("No problems found by Symphony's rules.".into());
            } else {
                out.push(format!("{} problem(s):", problems.len()));
                for p in &problems {
                    let field = if p.field.is_empty() {
                        "(request)"
                    } else {
                        &p.field
                    };
                    let fix = p
                        .fix
                        .as_deref()
                        .map(|f| format!(" {f}"))
                        .unwrap_or_default();
                    out.push(format!("  {field}: {}{fix}", p.message));
                }
            }
            Ok(out.join("\n"))
        }
        Drafts::Export { id } => {
            let rec = open()?.get(&id).map_err(|e| failure(e, &id))?;
            if v2::platform(&rec.draft.objective).is_some() {
                // `campaigns create --file` sends v1 campaigns; a v2 body would be refused there.
                return Err(config(format!(
                    "Draft {id} is a v2 (Meta or TikTok) campaign: launch it from the app. `drafts export` writes v1 request bodies for `campaigns create --file`."
                )));
            }
            json(&request::body(&rec.draft))
        }
    }
}
