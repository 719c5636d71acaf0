//! crescendo-core: Crescendo's domain, free of Tauri so it is testable with `cargo test`.
//! The app's commands and the CLI are thin layers over these functions.

pub mod access;
pub mod analytics;
pub mod brands;
pub mod campaign_page;
pub mod campaigns;
pub mod chart;
mod connection;
mod demo_knobs;
pub mod domain;
pub mod draft;
mod durable;
pub mod endpoints;
pub mod error;
pub mod history;
pub mod images;
pub mod marin_new;
pub mod meta_new;
pub mod money;
pub mod paths;
pub mod portfolio_page;
pub mod profiles;
pub mod provider;
pub mod session;
pub mod shield;
pub mod startup;
pub mod store;
pub mod vault;
pub mod wizard;
pub mod workspace;

pub use error::{AppError, ErrorCode};
pub use workspace::{Workspace, WorkspaceInfo, WorkspaceKind};
