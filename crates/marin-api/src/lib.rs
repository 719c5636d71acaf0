//! marin-api: a typed client for the Marin Social API, written from
//! `shared/reference/marin-social-api.txt`.
//!
//! - one [`Client`] per agency token; the token goes in the `key` query parameter of every
//!   request (as documented) and is taken out of every error, link and Debug output in one
//!   place ([`redact::redact_url`]);
//! - lists are [`Page`]s with the documented `range`; `all_*` methods walk every page;
//! - statuses are typed: 400 → [`Error::Form`] with the fields that broke, 401/403/404,
//!   5xx; a 202 on play/pause is [`Performed::AlreadyInState`], not an error;
//! - money, bids and rates are exact `Decimal`s, never `f64`.

mod client;
pub mod create;
pub mod de;
mod error;
pub mod inputs;
pub mod manage;
pub mod paging;
mod read;
pub mod redact;
mod secret;
pub mod stats;
pub mod types;

pub use client::{Client, ClientBuilder, MAX_BODY};
pub use create::CreateOutcome;
pub use error::{Error, FieldError, Result};
pub use inputs::{
    AdSetEdit, CampaignUpdate, NewCampaign, CAMPAIGN_OBJECTIVES, PIXEL_EVENTS,
    SPECIAL_AD_CATEGORIES,
};
pub use manage::{Action, Performed};
pub use paging::{Page, PageRequest, Range};
pub use rust_decimal::Decimal;
pub use secret::AgencyToken;
pub use stats::{Aggregate, Level, MainMetric, StatsOf, StatsQuery, StatsRow};
pub use types::*;
