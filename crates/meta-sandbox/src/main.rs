//! `meta-sandbox`: run the Graph API campaign simulator alone.

use clap::Parser;
use meta_sandbox::{
    Sandbox, SandboxConfig, TokenConfig, DEMO_TOKEN, EXPIRED_TOKEN, READ_ONLY_TOKEN,
};
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "meta-sandbox",
    about = "A local simulator of the Meta Marketing API campaign surface"
)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Seed for the generated campaigns and insights.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// An extra token with every permission (the demo tokens are always there).
    #[arg(long)]
    token: Option<String>,
    /// Points per ad account per window (a read costs 1, a write 3).
    #[arg(long = "max-score", default_value_t = 60)]
    max_score: u32,
    /// Seconds of the scoring window and of a block.
    #[arg(long = "window-secs", default_value_t = 300)]
    window_secs: u64,
    /// Start with the ad accounts but no campaigns.
    #[arg(long)]
    empty: bool,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let mut config = SandboxConfig {
        port: args.port,
        seed: args.seed,
        demo_data: !args.empty,
        ..SandboxConfig::default()
    };
    config.rate.max_score = args.max_score.max(1);
    config.rate.window = Duration::from_secs(args.window_secs.max(1));
    config.rate.block = config.rate.window;
    if let Some(t) = args.token {
        config.tokens.push(TokenConfig::full(&t));
    }
    let sandbox = match Sandbox::start(config).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("meta-sandbox: {e}");
            std::process::exit(1);
        }
    };
    println!("meta-sandbox listening");
    println!("  Graph base: {}", sandbox.base_url());
    println!("  ad accounts: act_1010 (USD), act_2020 (JPY), act_3030 (INR), act_4040 (KRW)");
    println!("  tokens: {DEMO_TOKEN} (ads_management), {READ_ONLY_TOKEN} (ads_read), {EXPIRED_TOKEN} (expired)");
    let _ = tokio::signal::ctrl_c().await;
    sandbox.shutdown().await;
}
