//! The v1 API (`{{ADVERTISING_API}}/v1`).

pub mod analytics;
pub mod campaigns;
pub mod content;
pub mod create;
pub mod edit;
mod lookup;
pub mod targeting;
