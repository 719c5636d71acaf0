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
