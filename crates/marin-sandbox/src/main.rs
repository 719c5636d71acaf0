//! `marin-sandbox`: run the Marin Social simulator alone, on 127.0.0.1.

use clap::Parser;
use marin_sandbox::{Sandbox, SandboxConfig, DEFAULT_TODAY};

#[derive(Parser)]
#[command(
    name = "marin-sandbox",
    about = "A local simulator of the Marin Social API"
)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Seed for the generated objects and statistics.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// The simulation's "today" as a Unix timestamp (default 2026-03-02T12:00:00Z, so a seed
    /// always gives the same data).
    #[arg(long, default_value_t = DEFAULT_TODAY)]
    today: i64,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let config = SandboxConfig {
        port: args.port,
        seed: args.seed,
        today: args.today,
        ..SandboxConfig::default()
    };
    let tokens = config.tokens.join(", ");
    let sandbox = match Sandbox::start(config).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("marin-sandbox: {e}");
            std::process::exit(1);
        }
    };
    println!("marin-sandbox listening on {}", sandbox.url());
    println!("  agency tokens (pass as ?key=...): {tokens}");
    let _ = tokio::signal::ctrl_c().await;
    sandbox.shutdown().await;
}
