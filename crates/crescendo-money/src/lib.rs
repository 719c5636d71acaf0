//! crescendo-money: the one currency table of Crescendo, and exact money.
//!
//! - [`exponent`] and [`Currency`]: ISO 4217 minor units from the `iso_currency` crate (JPY 0,
//!   USD 2, KWD 3, CLF 4); an unknown code is `None`, never silently two decimals.
//! - [`provider`]: the per-provider exceptions the API documents (Meta counts in subunits).
//! - [`json`]: `serde` helpers that read money from a JSON number or numeric string straight into
//!   a [`Decimal`], and whole counts into integers, without ever passing through `f64`.
//! - [`exact`]: a type-level check that no money field is `f64`.

mod currency;
pub mod exact;
pub mod json;
pub mod provider;
pub mod reference;

pub use currency::{exponent, round_to_minor, Currency, CurrencyError};
pub use exact::{Exact, Money};
pub use rust_decimal::{Decimal, RoundingStrategy};
