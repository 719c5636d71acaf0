//! Benchmark (run by `scripts/bench refresh`, never by the tests): the app's live refresh of an
//! account with 200 active campaigns against the simulator, which enforces the API's documented
//! 100 requests per minute. Each round is what the app does: the status watch (the list, one
//! request per 100) and every active campaign's page (details and analytics), each answer kept
//! in a local history. It runs for `--minutes` (10 by default) and prints the requests made,
//! the peak in any 60 s, and how many were refused with 429. Target: zero 429s.
//!
//! cargo run --release -p crescendo-core --example live_refresh -- --minutes 10 [--json FILE]

use crescendo_core::campaign_page::live_page;
use crescendo_core::domain::{CampaignFilter, CampaignState};
use crescendo_core::history::{refresh_statuses, History};
use crescendo_core::store::Store;
use crescendo_core::{Workspace, WorkspaceKind};
use std::sync::Arc;
use std::time::{Duration, Instant};
use symphony_api::{ApiKey, Endpoints};
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

const ACTIVE: usize = 200;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let minutes: u64 = args
        .iter()
        .position(|a| a == "--minutes")
        .and_then(|i| args.get(i + 1))
        .and_then(|m| m.parse().ok())
        .unwrap_or(10);
    let sandbox = Sandbox::start(SandboxConfig {
        seed: 2026,
        ..SandboxConfig::default()
    })
    .await?;
    let endpoints = Endpoints::new(&sandbox.advertising_url(), &sandbox.v2_url())?;
    let ws = Workspace::connect(WorkspaceKind::Sandbox, endpoints, ApiKey::new(DEMO_KEY)?)?;
    ws.set_active_brand(Some(358));
    // 200 active campaigns for the demo artist: copies of an active one.
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
    let mut ids = vec![model.to_string()];
    for i in 1..ACTIVE {
        let id = sandbox
            .copy_campaign(model, &format!("Refresh load {i:03}"))
            .ok_or("copy")?;
        sandbox.set_status(id, Some("ACTIVE"));
        ids.push(id.to_string());
    }
    let dir = tempfile::tempdir()?;
    let h = History::new(Arc::new(Store::open(dir.path())?), "bench");
    sandbox.clear_requests();
    let sandbox = Arc::new(sandbox);

    // Counts requests each second, in the background, for the peak per minute.
    let counts = Arc::new(std::sync::Mutex::new(Vec::<usize>::new()));
    let sampler = {
        let counts = counts.clone();
        let sb = sandbox.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(1)).await;
                let n = sb.requests().len();
                counts.lock().unwrap_or_else(|e| e.into_inner()).push(n);
            }
        })
    };
    let end = Instant::now() + Duration::from_secs(minutes * 60);
    let (mut rounds, mut pages, mut failed, mut deferred) = (0, 0, 0, 0);
    // The client never sends past the limit: when the next slot is further away than it waits
    // for, it answers RateLimited without sending. The app then tries again later; so does this.
    let later = |e: &crescendo_core::AppError| e.code == crescendo_core::ErrorCode::RateLimited;
    'run: while Instant::now() < end {
        rounds += 1;
        loop {
            match refresh_statuses(&ws, &h).await {
                Err(e) if later(&e) && Instant::now() < end => {
                    deferred += 1;
                    tokio::time::sleep(Duration::from_secs(5)).await;
                }
                Err(e) if later(&e) => break 'run,
                r => {
                    r?;
                    break;
                }
            }
        }
        for id in &ids {
            loop {
                if Instant::now() >= end {
                    break 'run;
                }
                match live_page(&ws, Some(&h), id, None, "en-US").await {
                    Ok(_) => pages += 1,
                    Err(e) if later(&e) => {
                        deferred += 1;
                        tokio::time::sleep(Duration::from_secs(5)).await;
                        continue;
                    }
                    Err(e) => {
                        failed += 1;
                        eprintln!("{id}: {}", e.message);
                    }
                }
                break;
            }
        }
    }
    sampler.abort();
    let all = sandbox.requests();
    let refused = all.iter().filter(|r| r.status == 429).count();
    let samples = counts.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let peak = samples
        .iter()
        .enumerate()
        .map(|(i, n)| n - if i >= 60 { samples[i - 60] } else { 0 })
        .max()
        .unwrap_or(0);
    println!("live refresh: {ACTIVE} active campaigns, {minutes} min, {rounds} round(s)");
    println!("  requests made        {}", all.len());
    println!("  pages refreshed      {pages} ({failed} failed)");
    println!("  waits for a slot     {deferred} (the client held back instead of sending)");
    println!("  peak requests in 60s {peak} (limit 100)");
    println!("  429 responses        {refused} (target 0)");
    for (i, r) in all.iter().enumerate().filter(|(_, r)| r.status == 429) {
        println!("    #{i}: {} {}", r.method, r.path);
    }
    if let Some(path) = args.iter().skip_while(|a| *a != "--json").nth(1) {
        let figures = serde_json::json!({
            "active_campaigns": ACTIVE, "minutes": minutes, "rounds": rounds,
            "requests": all.len(), "pages_refreshed": pages, "failed": failed,
            "waits_for_a_slot": deferred, "peak_requests_in_60s": peak, "responses_429": refused,
        });
        std::fs::write(path, serde_json::to_string_pretty(&figures)?)?;
    }
    Ok(())
}
