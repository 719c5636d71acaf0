//! Benchmark (run by `scripts/bench api`, never by the tests): how many API requests the app
//! makes for what a manager does, counted by the simulator over real HTTP on 127.0.0.1. Each
//! step calls the same core functions the app's commands call:
//! - open the app: the artists and the first page (25) of the campaigns list;
//! - open it again the next day (names and artists kept locally from the first time);
//! - open a campaign page (details, analytics, markets);
//! - refresh a 200-campaign account: the status watch, then the whole list page by page.
//!
//! cargo run --release -p crescendo-core --example api_requests [-- --json FILE]

use crescendo_core::campaign_page::live_page;
use crescendo_core::campaigns::{list_kept, CampaignQuery};
use crescendo_core::domain::{CampaignFilter, CampaignState};
use crescendo_core::history::{refresh_statuses, History};
use crescendo_core::store::Store;
use crescendo_core::{brands, Workspace, WorkspaceKind};
use std::sync::Arc;
use symphony_api::{ApiKey, Endpoints};
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

const ACCOUNT: usize = 200;

fn first_page() -> CampaignQuery {
    CampaignQuery {
        page: 1,
        page_size: 25,
        ..CampaignQuery::default()
    }
}

fn connect(sandbox: &Sandbox) -> Result<Workspace, Box<dyn std::error::Error>> {
    let endpoints = Endpoints::new(&sandbox.advertising_url(), &sandbox.v2_url())?;
    let ws = Workspace::connect(WorkspaceKind::Sandbox, endpoints, ApiKey::new(DEMO_KEY)?)?;
    ws.set_active_brand(Some(358));
    Ok(ws)
}

/// The requests made since the last call, as "METHOD path" counts.
fn taken(sandbox: &Sandbox) -> (usize, Vec<String>) {
    let all = sandbox.requests();
    sandbox.clear_requests();
    let mut kinds: Vec<String> = Vec::new();
    for r in &all {
        let path: String = r
            .path
            .split('/')
            .map(|p| {
                if p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty() {
                    "{id}"
                } else {
                    p
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        kinds.push(format!("{} {path}", r.method));
    }
    kinds.sort();
    let mut counted: Vec<String> = Vec::new();
    for k in kinds.chunk_by(|a, b| a == b) {
        counted.push(format!("{} x{}", k[0], k.len()));
    }
    (all.len(), counted)
}

/// Each step's requests, printed as soon as it is done.
#[derive(Default)]
struct Steps(Vec<(String, usize, Vec<String>)>);

impl Steps {
    fn push(&mut self, what: impl Into<String>, n: usize, kinds: Vec<String>) {
        let what = what.into();
        if self.0.is_empty() {
            println!("{:56} {:>8}", "what the manager does", "requests");
        }
        println!("{what:56} {n:>8}   {}", kinds.join(", "));
        self.0.push((what, n, kinds));
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let json_out = std::env::args().skip_while(|a| a != "--json").nth(1);
    let sandbox = Sandbox::start(SandboxConfig {
        seed: 2026,
        ..SandboxConfig::default()
    })
    .await?;
    let dir = tempfile::tempdir()?;
    let store = Arc::new(Store::open(dir.path())?);
    let mut steps = Steps::default();

    let ws = connect(&sandbox)?;
    let h = History::new(store.clone(), "bench");
    sandbox.clear_requests();
    brands::list_kept(&ws, Some(&h)).await?;
    let list = list_kept(&ws, Some(&h), &first_page()).await?;
    let (n, kinds) = taken(&sandbox);
    steps.push("open the app (first time)", n, kinds);

    // A new session on the same computer: a fresh client, the same local history.
    let ws2 = connect(&sandbox)?;
    let h2 = History::new(store.clone(), "bench");
    brands::list_kept(&ws2, Some(&h2)).await?;
    list_kept(&ws2, Some(&h2), &first_page()).await?;
    let (n, kinds) = taken(&sandbox);
    steps.push("open the app (next time)", n, kinds);

    let id = list.rows.first().ok_or("no campaign")?.id.clone();
    live_page(&ws, Some(&h), &id, None, "en-US").await?;
    let (n, kinds) = taken(&sandbox);
    steps.push("open a campaign page", n, kinds);

    // An account of 200 campaigns: copies of an active one.
    let page = ws
        .connector()
        .campaigns(&CampaignFilter {
            limit: 100,
            ..CampaignFilter::default()
        })
        .await?;
    let model: u64 = page
        .campaigns
        .iter()
        .find(|c| c.status.state == CampaignState::Active)
        .ok_or("no active demo campaign")?
        .id
        .parse()?;
    let have = page.total as usize;
    for i in have..ACCOUNT {
        sandbox
            .copy_campaign(model, &format!("Account {i:03}"))
            .ok_or("copy")?;
    }
    sandbox.clear_requests();
    refresh_statuses(&ws, &h).await?;
    let (n, kinds) = taken(&sandbox);
    steps.push(
        format!("status watch, {ACCOUNT}-campaign account"),
        n,
        kinds,
    );
    let mut q = first_page();
    loop {
        let p = list_kept(&ws, Some(&h), &q).await?;
        if u64::from(q.page) >= p.total_pages {
            break;
        }
        q.page += 1;
    }
    let (n, kinds) = taken(&sandbox);
    steps.push(
        format!("every list page, {ACCOUNT}-campaign account (25 a page)"),
        n,
        kinds,
    );

    if let Some(path) = json_out {
        let rows: Vec<_> = steps
            .0
            .iter()
            .map(|(what, n, kinds)| serde_json::json!({"step": what, "requests": n, "by_endpoint": kinds}))
            .collect();
        std::fs::write(path, serde_json::to_string_pretty(&rows)?)?;
    }
    Ok(())
}
