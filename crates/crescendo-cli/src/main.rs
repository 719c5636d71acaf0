//! `crescendo`: scriptable access to the Symphony API through Crescendo's client.
//! The key comes from `CRESCENDO_API_KEY`, never from the command line.

mod analytics;
mod args;
mod campaigns;
mod connect;
mod create;
mod drafts;
mod failure;
mod lookup;
mod marin;
mod meta;
mod output;
mod parse;
mod portfolio;
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
            eprintln!("{}", e.render(json));
            std::process::exit(e.exit_code());
        }
    }
}
