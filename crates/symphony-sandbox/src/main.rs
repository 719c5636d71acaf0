//! `crescendo-sandbox`: run the simulator alone.

use clap::Parser;
use std::path::PathBuf;
use std::time::Duration;
use symphony_sandbox::{ApiKeyConfig, KeyStatus, Lifecycle, Sandbox, SandboxConfig};

#[derive(Parser)]
#[command(
    name = "crescendo-sandbox",
    about = "A local simulator of the Symphony Automated Ads API"
)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Seed for the generated data.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// An extra active API key (the demo keys are always there).
    #[arg(long = "api-key")]
    api_key: Option<String>,
    /// Requests per minute per key.
    #[arg(long = "rate-limit", default_value_t = 100)]
    rate_limit: u32,
    /// Seconds a new campaign stays IN_REVIEW.
    #[arg(long = "review-secs", default_value_t = 20)]
    review_secs: u64,
    /// Start without the demo brands and campaigns.
    #[arg(long)]
    empty: bool,
    /// Keep state in this directory between runs.
    #[arg(long = "data-dir")]
    data_dir: Option<PathBuf>,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let mut config = SandboxConfig {
        port: args.port,
        seed: args.seed,
        rate_limit: args.rate_limit.max(1),
        lifecycle: Lifecycle {
            review: Duration::from_secs(args.review_secs),
        },
        demo_data: !args.empty,
        data_dir: args.data_dir,
        ..SandboxConfig::default()
    };
    if let Some(k) = args.api_key {
        config.keys.push(ApiKeyConfig {
            key: k,
            status: KeyStatus::Active,
            partner_id: 1,
        });
    }
    let keys: Vec<String> = config
        .keys
        .iter()
        .map(|k| {
            format!(
                "{} ({})",
                k.key,
                if k.status == KeyStatus::Active {
                    "active"
                } else {
                    "inactive"
                }
            )
        })
        .collect();
    let sandbox = match Sandbox::start(config).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("crescendo-sandbox: {e}");
            std::process::exit(1);
        }
    };
    println!("symphony-sandbox listening");
    println!("  v1 (ADVERTISING_API): {}", sandbox.advertising_url());
    println!("  v2:                   {}", sandbox.v2_url());
    println!("  keys: {}", keys.join(", "));
    let _ = tokio::signal::ctrl_c().await;
    sandbox.shutdown().await;
}
