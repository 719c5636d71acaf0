//! One way in, for the app and the CLI alike: a saved account's endpoints and key, and the
//! client for a key. Every client for the same key in this process shares one rate limiter
//! (the API's 100 requests per minute are per key, not per window or per command).

use crate::profiles::Profile;
use crate::vault::{KeyStorage, Vault};
use crate::{AppError, ErrorCode};
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;
use symphony_api::{ApiKey, Client, Endpoints, RateLimiter};

/// The API's documented limit: 100 requests per minute per key.
pub const REQUESTS_PER_MINUTE: u32 = 100;

struct Limiters {
    // Keys are remembered only as a hash with a per-process random seed, never as text.
    hasher: RandomState,
    by_key: Mutex<HashMap<u64, RateLimiter>>,
}

fn limiters() -> &'static Limiters {
    static L: OnceLock<Limiters> = OnceLock::new();
    L.get_or_init(|| Limiters {
        hasher: RandomState::new(),
        by_key: Mutex::new(HashMap::new()),
    })
}

/// The process's rate limiter for `key`.
pub fn limiter_for(key: &ApiKey) -> RateLimiter {
    let l = limiters();
    let id = l.hasher.hash_one(key.expose_for_storage());
    l.by_key
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(id)
        .or_insert_with(|| RateLimiter::new(REQUESTS_PER_MINUTE, Duration::from_secs(60)))
        .clone()
}

/// The client for a key, acting for `brand` (None: the key's default brand).
pub fn client(endpoints: Endpoints, key: ApiKey, brand: Option<u64>) -> Result<Client, AppError> {
    let limiter = limiter_for(&key);
    Ok(Client::builder(endpoints, key)
        .rate_limiter(limiter)
        .brand_id(brand)
        .build()?)
}

/// A saved account's endpoints and key. The address comes first: a bad one read from disk is
/// reported before the keychain is asked. A key kept for one app session only is gone in any
/// other process, and says so.
pub fn credentials(p: &Profile, vault: &Vault) -> Result<(Endpoints, ApiKey), AppError> {
    if p.provider != crate::domain::ProviderKind::Symphony {
        return Err(AppError::new(
            ErrorCode::Config,
            format!(
                "\"{}\" is a {} account, not a Symphony one.",
                p.name,
                p.provider.label()
            ),
        ));
    }
    let endpoints = crate::endpoints::of_profile(p)?;
    let key = vault.load(&p.id, p.key_storage).map_err(|e| {
        if p.key_storage == KeyStorage::SessionOnly && e.code == ErrorCode::KeyMissing {
            AppError::new(
                ErrorCode::KeyMissing,
                format!(
                    "The key of \"{}\" was kept for one app session only; save it to the keychain in the app to use it here.",
                    p.name
                ),
            )
        } else {
            e
        }
    })?;
    Ok((endpoints, key))
}

/// The process's Graph scheduler for a token: every client of one token shares it, as Graph's
/// usage headers and 80004 blocks are per token and ad account.
pub fn meta_scheduler_for(token: &meta_api::AccessToken) -> meta_api::Scheduler {
    static S: OnceLock<Mutex<HashMap<u64, meta_api::Scheduler>>> = OnceLock::new();
    let id = limiters().hasher.hash_one(token.expose_for_storage());
    S.get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(id)
        .or_default()
        .clone()
}

/// The Graph client for a Meta account's token at `base` (`meta_api::GRAPH_BASE`, or a local
/// simulator's `http://127.0.0.1:PORT/v10.0`).
pub fn meta_client(base: &str, key: &ApiKey) -> Result<meta_api::Client, AppError> {
    let token = meta_api::AccessToken::new(key.expose_for_storage())?;
    let scheduler = meta_scheduler_for(&token);
    Ok(meta_api::Client::builder(base, token)
        .scheduler(scheduler)
        .build()?)
}

/// A saved Meta account's Graph base, ad account and token (from the same vault as Symphony
/// keys). The address and the ad account id read from disk are checked before the keychain
/// is asked.
pub fn meta_credentials(
    p: &Profile,
    vault: &Vault,
) -> Result<(String, meta_api::AdAccountId, ApiKey), AppError> {
    let base = crate::endpoints::meta_base(p)?;
    let account =
        meta_api::AdAccountId::parse(p.ad_account_id.as_deref().unwrap_or("")).map_err(|_| {
            AppError::new(
                ErrorCode::Config,
                format!(
                    "The account \"{}\" has no valid ad account id; remove it and add it again.",
                    p.name
                ),
            )
        })?;
    let key = vault.load(&p.id, p.key_storage)?;
    Ok((base, account, key))
}

/// The Marin Social client for an agency token at `base` (`endpoints::MARIN_BASE`, or a local
/// simulator's `http://127.0.0.1:PORT`). The token goes in every request's `key` parameter and
/// marin-api takes it out of every error.
pub fn marin_client(base: &str, key: &ApiKey) -> Result<marin_api::Client, AppError> {
    let token = marin_api::AgencyToken::new(key.expose_for_storage())?;
    Ok(marin_api::Client::builder(base, token).build()?)
}

/// A saved Marin Social account's API base, account id and agency token (from the same vault
/// as the other keys). The address and the account id read from disk are checked before the
/// keychain is asked.
pub fn marin_credentials(p: &Profile, vault: &Vault) -> Result<(String, String, ApiKey), AppError> {
    let base = crate::endpoints::marin_base(p)?;
    let account = crate::profiles::validate_marin_account(p.ad_account_id.as_deref().unwrap_or(""))
        .map_err(|_| {
            AppError::new(
                ErrorCode::Config,
                format!(
                    "The account \"{}\" has no valid Marin Social account id; remove it and add it again.",
                    p.name
                ),
            )
        })?;
    let key = vault.load(&p.id, p.key_storage)?;
    Ok((base, account, key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_limiter_per_key_in_the_process() {
        let a = ApiKey::new("k".repeat(32)).expect("key");
        let b = ApiKey::new("j".repeat(32)).expect("key");
        let first = limiter_for(&a);
        // Spending from one handle is seen through another handle for the same key...
        for _ in 0..3 {
            first.acquire().await;
        }
        let again = limiter_for(&ApiKey::new("k".repeat(32)).expect("key"));
        let mut allowed = 0;
        while again.acquire_within(Duration::ZERO).await.is_ok() {
            allowed += 1;
            assert!(allowed <= REQUESTS_PER_MINUTE, "never more than the limit");
        }
        assert_eq!(allowed, REQUESTS_PER_MINUTE - 3);
        // ...and not by another key's.
        let other = limiter_for(&b);
        assert!(other.acquire_within(Duration::ZERO).await.is_ok());
    }
}
