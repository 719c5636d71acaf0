//! `crescendo`: scriptable access to the Symphony API through Crescendo's client.
//! The key comes from `CRESCENDO_API_KEY`, never from the command line.

mod args;
mod output;
mod run;

use clap::Parser;

#[tokio::main]
async fn main() {
    let cli = args::Cli::parse();
    let json = cli.json;
    match run::run(cli).await {
        Ok(text) => {
            if !text.is_empty() {
                println!("{text}");
            }
        }
        Err(e) => {
            if json {
                let body =
                    serde_json::json!({ "error": { "code": e.code(), "message": e.to_string() } });
                eprintln!("{body}");
            } else {
                eprintln!("crescendo: {e} [{}]", e.code());
            }
            std::process::exit(match e.code() {
                "config" => 2,
                "unauthorized" | "forbidden" => 3,
                "validation" => 4,
                _ => 1,
            });
        }
    }
}
