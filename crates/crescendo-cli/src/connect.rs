//! The client for a command: a saved account of the app (`--profile`), or the key from
//! `CRESCENDO_API_KEY` with the endpoints named by flags or the environment, resolved by the
//! same core function the app uses.

use crate::args::Cli;
use crate::failure::{config, Failure};
use crescendo_core::endpoints::{self, Named};
use symphony_api::{ApiKey, Client};

/// A saved account of the app, by name (any case).
pub fn saved(name: &str) -> Result<crescendo_core::profiles::Profile, Failure> {
    use crescendo_core::{paths, profiles::ProfileStore};
    let dir = paths::app_data_dir().ok_or_else(|| config("no data directory on this system"))?;
    let store = ProfileStore::open(&dir).map_err(|e| config(e.message))?;
    let p = store.find_by_name(name).ok_or_else(|| {
        let names: Vec<&str> = store.list().iter().map(|p| p.name.as_str()).collect();
        config(format!(
            "no saved account named {name:?}; saved: {}",
            if names.is_empty() {
                "none".into()
            } else {
                names.join(", ")
            }
        ))
    })?;
    Ok(p.clone())
}

/// A saved Symphony account of the app, opened by the same core function the app uses: its
/// endpoints, its key from the keychain, its last artist.
fn profile_client(name: &str, brand: Option<u64>) -> Result<Client, Failure> {
    use crescendo_core::{access, vault};
    let p = saved(name)?;
    let (endpoints, key) = access::credentials(&p, &vault::Vault::new(vault::SERVICE))
        .map_err(|e| config(e.message))?;
    access::client(endpoints, key, brand.or(p.last_brand_id)).map_err(|e| config(e.message))
}

pub fn client(cli: &Cli) -> Result<Client, Failure> {
    if let Some(name) = &cli.profile {
        return profile_client(name, cli.brand_id);
    }
    let key = std::env::var("CRESCENDO_API_KEY").map_err(|_| {
        config("set CRESCENDO_API_KEY to your partner API key (it is never read from arguments)")
    })?;
    client_with_key(cli, ApiKey::new(key)?)
}

/// The flags and environment variables (as clap read them) name the endpoints.
fn client_with_key(cli: &Cli, key: ApiKey) -> Result<Client, Failure> {
    let named = Named::new(
        cli.base_url.as_deref(),
        cli.v2_url.as_deref(),
        cli.environment.as_deref(),
    );
    let (_, endpoints) = endpoints::resolve(&named).map_err(|e| config(e.message))?;
    crescendo_core::access::client(endpoints, key, cli.brand_id).map_err(|e| config(e.message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn spends(args: &[&str]) -> bool {
        let cli = Cli::try_parse_from(args).expect("parses");
        let key = ApiKey::new("k".repeat(32)).expect("key");
        let c = client_with_key(&cli, key).expect("client");
        endpoints::spends_money(c.endpoints())
    }

    /// The flags `campaigns create` is guarded by: every spelling of Production is Production.
    #[test]
    fn production_by_flag_in_any_spelling_is_production() {
        for base in [
            "https://partner.symphonyos.co/advertising",
            "https://PARTNER.symphonyos.co/advertising/",
            "https://partner.symphonyos.co",
            "https://partner.symphonyos.co./",
        ] {
            assert!(spends(&["crescendo", "--base-url", base, "ping"]), "{base}");
            assert!(spends(&["crescendo", "ping", "--base-url", base]), "{base}");
        }
        assert!(spends(&["crescendo", "--env", "production", "ping"]));
        assert!(spends(&[
            "crescendo",
            "--v2-url",
            "https://partner.symphonyos.co/api/sym/v2",
            "ping"
        ]));
        assert!(!spends(&["crescendo", "--env", "sandbox", "ping"]));
        assert!(!spends(&[
            "crescendo",
            "--base-url",
            "http://127.0.0.1:9/advertising",
            "ping"
        ]));
    }

    #[test]
    fn remote_plain_http_and_credentials_in_urls_are_refused() {
        for base in [
            "http://partner.symphonyos.co/advertising",
            "https://u:p@partner.symphonyos.co/advertising",
            "https://partner.symphonyos.co/advertising?x=1",
        ] {
            let cli =
                Cli::try_parse_from(["crescendo", "--base-url", base, "ping"]).expect("parses");
            let key = ApiKey::new("k".repeat(32)).expect("key");
            let e = client_with_key(&cli, key).expect_err(base);
            assert_eq!(e.exit_code(), 2, "{base}: {e}");
        }
    }
}
