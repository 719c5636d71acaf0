//! The command line, as clap sees it.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "crescendo",
    version,
    about = "Symphony Automated Ads from the command line",
    after_help = "The API key is read from CRESCENDO_API_KEY (never from arguments).\n\
Exit status: 0 ok, 1 other failure, 2 configuration, 3 key refused (401/403), 4 rejected input,\n\
5 rate limited, 6 create not created (safe to retry), 7 create outcome unknown (check the list first)."
)]
pub struct Cli {
    /// Where the API is: the origin of an API laid out like Symphony's (v1 below /advertising,
    /// v2 below /api/sym/v2). The documents' {{ADVERTISING_API}} (…/advertising) means the same.
    /// Same meaning as in the app. Overrides --env.
    #[arg(long, env = "CRESCENDO_BASE_URL", global = true)]
    pub base_url: Option<String>,
    /// Replaces the v2 base URL (https://…/api/sym/v2) of --base-url or --env.
    #[arg(long, env = "CRESCENDO_V2_URL", global = true)]
    pub v2_url: Option<String>,
    /// Symphony's environment when no --base-url is given: sandbox (default) or production.
    #[arg(long = "env", env = "CRESCENDO_ENV", global = true)]
    pub environment: Option<String>,
    /// Act for this brand (x-brand-id); the key's default brand otherwise.
    #[arg(long, env = "CRESCENDO_BRAND_ID", global = true)]
    pub brand_id: Option<u64>,
    /// Use a saved Crescendo account (its environment and its key from the system keychain).
    #[arg(long, env = "CRESCENDO_PROFILE", global = true)]
    pub profile: Option<String>,
    /// Print exact JSON instead of tables.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check the key and the connection (v2 api-test).
    Ping,
    #[command(subcommand)]
    Campaigns(Campaigns),
    #[command(subcommand)]
    Locations(Locations),
    /// Targeting search.
    Search { kind: SearchKind, query: String },
    #[command(subcommand)]
    Content(Content),
    /// The app's wizard drafts (offline: no key needed).
    #[command(subcommand)]
    Drafts(Drafts),
    /// A campaign's analytics: daily stats, countries, creatives.
    Analytics {
        id: u64,
        /// Daily stats as CSV.
        #[arg(long)]
        csv: bool,
    },
    /// The artist's campaigns added up per currency (never converted), as the app's Portfolio.
    Portfolio {
        /// The last N complete days (UTC); 28 when no --from/--to.
        #[arg(long, conflicts_with_all = ["from", "to"])]
        days: Option<i64>,
        /// First day, YYYY-MM-DD (with --to).
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Last day, YYYY-MM-DD (with --from).
        #[arg(long, requires = "from")]
        to: Option<String>,
        /// Every campaign's daily rows as CSV, each in its own currency.
        #[arg(long)]
        csv: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum Drafts {
    /// Drafts, last changed first: of --profile's account (or --scope), else of every account;
    /// of --brand-id's artist when given.
    List {
        /// The drafts' scope: a saved account's id, or "demo".
        #[arg(long)]
        scope: Option<String>,
    },
    /// A draft and the problems Symphony's rules find in it, at their request fields.
    Show { id: String },
    /// The documented create request body, as `campaigns create --file` takes it.
    Export { id: String },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum SearchKind {
    Locations,
    Interests,
    Languages,
}

#[derive(Subcommand, Debug)]
pub enum Campaigns {
    /// List campaigns (one page, or --all).
    List(ListArgs),
    /// Show one campaign's details.
    Get {
        id: u64,
    },
    /// Create a campaign from a JSON file in the documents' shape.
    Create {
        #[arg(long)]
        file: PathBuf,
        /// Required in Production: the artist, amount and currency, as the prompt shows them
        /// (e.g. --confirm-production "Luna Vega 250 USD").
        #[arg(long)]
        confirm_production: Option<String>,
    },
    Pause {
        id: u64,
    },
    Resume {
        id: u64,
    },
    /// List a campaign's ad sets, or change one's daily budget and/or bid (Marin Social).
    AdSets {
        id: u64,
        /// The ad set to change, by its id as listed.
        #[arg(long)]
        change: Option<String>,
        /// New daily budget in the account's currency, e.g. 25.50.
        #[arg(long, requires = "change")]
        daily_budget: Option<String>,
        /// New bid in the account's currency, e.g. 1.20.
        #[arg(long, requires = "change")]
        bid: Option<String>,
    },
    /// Change the budget and/or end date.
    Update {
        id: u64,
        /// New lifetime budget, e.g. 250 or 2010.50.
        #[arg(long, requires = "currency")]
        budget: Option<String>,
        #[arg(long, requires = "budget")]
        currency: Option<String>,
        /// New end date, ISO 8601 (2026-05-05T00:00:00Z).
        #[arg(long)]
        end_date: Option<String>,
    },
}

#[derive(Args, Debug, Default)]
pub struct ListArgs {
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long = "type")]
    pub campaign_type: Option<String>,
    /// Campaigns starting on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Campaigns ending on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub budget_min: Option<String>,
    #[arg(long)]
    pub budget_max: Option<String>,
    #[arg(long, default_value_t = 25)]
    pub limit: u32,
    #[arg(long, default_value_t = 0)]
    pub offset: u32,
    /// Walk every page.
    #[arg(long)]
    pub all: bool,
}

#[derive(Subcommand, Debug)]
pub enum Locations {
    /// Add a location (found by search) to a market of a completed campaign.
    Add {
        id: u64,
        #[arg(long)]
        market: String,
        /// Search text for the location, e.g. "Madrid".
        #[arg(long)]
        query: String,
        /// Pick this key among the search results (the first result otherwise).
        #[arg(long)]
        key: Option<String>,
    },
    Pause {
        id: u64,
        #[arg(long)]
        market: String,
        #[arg(long)]
        key: String,
    },
    Resume {
        id: u64,
        #[arg(long)]
        market: String,
        #[arg(long)]
        key: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum Content {
    /// Releases for record_streams / get_playlisted.
    Releases {
        #[arg(default_value = "")]
        keyword: String,
    },
    /// Instagram posts of the brand.
    Posts,
    /// YouTube videos of the brand.
    Videos,
}
