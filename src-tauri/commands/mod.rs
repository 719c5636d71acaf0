//! IPC commands: one module per domain, each a one-line wrapper over crescendo-core.

pub mod accounts;
pub mod brands;
pub mod campaigns;
pub mod workspace;
