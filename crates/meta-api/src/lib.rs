//! meta-api: a typed client for the Meta Marketing API's campaign surface (Graph API v10.0),
//! written from `shared/reference/meta-marketing-api-campaign.txt`.
//!
//! - one [`Client`] per access token and base URL (cheap to clone);
//! - every request goes through a shared [`Scheduler`] that follows Graph's usage headers
//!   (`X-Business-Use-Case-Usage`, `X-Ad-Account-Usage`, `X-App-Usage`) and backs off after a
//!   throttling error (80004 and friends);
//! - reads and updates retry with capped, jittered backoff; a create is resent only when the
//!   server provably refused it before doing anything;
//! - requests are validated before sending ([`Invalid`]); errors are a typed [`Error`] with a
//!   stable `code()` and the fix; the token is an [`AccessToken`] that never prints.

mod account;
mod campaigns;
mod client;
mod create;
mod error;
mod insights;
pub mod money;
mod redact;
mod response;
mod retry;
mod scheduler;
mod secret;
pub mod types;
pub mod usage;
mod validate;

pub use account::{AdAccount, ConnectionReport, Permission};
pub use campaigns::{
    CampaignUpdate, Created, ListOptions, NewCampaign, CAMPAIGN_FIELDS, MAX_PAGES,
};
pub use client::{Client, ClientBuilder, GRAPH_BASE};
pub use create::CreateOutcome;
pub use error::{Error, GraphError, Result};
pub use insights::{insights_query, Action, InsightsRow, INSIGHTS_FIELDS};
pub use redact::redact_url;
pub use response::{decode, error_for, error_for_status, form_body};
pub use retry::RetryPolicy;
pub use rust_decimal::Decimal;
pub use scheduler::Scheduler;
pub use secret::AccessToken;
pub use types::{
    AdAccountId, BidStrategy, BuyingType, Campaign, ConfiguredStatus, EffectiveStatus, Objective,
    Page, Paging, SpecialAdCategory,
};
pub use validate::Invalid;
