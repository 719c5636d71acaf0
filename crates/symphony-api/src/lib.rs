//! symphony-api: a typed client for the Symphony Automated Ads API.
//!
//! - one [`Client`] per key, cheap to clone, acting for a brand with [`Client::for_brand`];
//! - every request goes through a shared [`RateLimiter`] (queues, never exceeds the limit);
//! - idempotent requests retry with capped, jittered backoff; creations never do blindly
//!   ([`v1::create::CreateOutcome`]);
//! - errors are a typed [`Error`] with a stable `code()`; the key is an [`ApiKey`] that
//!   never prints.

mod body;
mod client;
mod endpoints;
mod error;
pub mod num;
pub mod rate_headers;
mod ratelimit;
mod response;
mod retry;
mod secret;
pub mod types;
pub mod v1;
pub mod v2;

pub use body::DEFAULT_MAX_BODY;
pub use client::{decode_envelope, error_from_response, Client, ClientBuilder, Endpoints};
pub use error::{Error, Result};
pub use ratelimit::{parse_reset, RateLimiter};
pub use retry::RetryPolicy;
pub use rust_decimal::Decimal;
pub use secret::{ApiKey, HINT_MIN_LEN};
pub use types::{Budget, CampaignStatus, CampaignType, FlexId, PlaylistTier, Tri};
