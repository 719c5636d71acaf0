//! Where the API is, and whether launching there spends real money: decided here once, for the
//! app (environment, saved accounts) and the CLI (flags, environment, `--profile`) alike.
//!
//! A base URL (`CRESCENDO_BASE_URL`, `--base-url`, a custom account's address) always means the
//! same thing: the origin of an API laid out like Symphony's, v1 below `/advertising` and v2
//! below `/api/sym/v2`. The documents' `{{ADVERTISING_API}}` spelling (`…/advertising`) names the
//! same origin. Symphony's own hosts map to their environment's pair of bases.

use crate::profiles::{self, Environment};
use crate::{AppError, ErrorCode};
use symphony_api::Endpoints;
use url::{Host, Url};

/// Symphony's registrable domain: every host below it belongs to Symphony.
const SYMPHONY_DOMAIN: &str = "symphonyos.co";
/// The v1 Sandbox host the integration guide shows: no ads go live there.
const SANDBOX_HOSTS: &[&str] = &["development.partner.symphonyos.co"];
/// The v2 host the FAQ shows for both environments ("only the key (and base URL) changes"), and
/// that `Endpoints` uses for Sandbox and Production alike: the key decides there, not the host.
const SHARED_HOSTS: &[&str] = &["api.symphonyos.co"];

/// What a host says about money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostClass {
    /// A Symphony host that is neither a known Sandbox host nor the shared v2 host: real money.
    /// Unknown Symphony hosts land here on purpose (fail closed).
    Production,
    Sandbox,
    /// Serves both environments; the key decides.
    Shared,
    /// Not Symphony's (a local sandbox, a test server, a partner's proxy).
    Other,
}

/// The host of `url`, whatever its case, trailing dot, port, path or user-info.
pub fn classify(url: &Url) -> HostClass {
    let Some(Host::Domain(d)) = url.host() else {
        return HostClass::Other;
    };
    let host = d.trim_end_matches('.').to_ascii_lowercase();
    let symphony = host == SYMPHONY_DOMAIN || host.ends_with(&format!(".{SYMPHONY_DOMAIN}"));
    if !symphony {
        HostClass::Other
    } else if SANDBOX_HOSTS.contains(&host.as_str()) {
        HostClass::Sandbox
    } else if SHARED_HOSTS.contains(&host.as_str()) {
        HostClass::Shared
    } else {
        HostClass::Production
    }
}

/// Whether launching through `e` spends real money. Any Symphony production host counts, on
/// either base. The shared v2 host counts too unless the other base is the Sandbox host (the
/// Sandbox pair): with anything else beside it nothing tells us the key is a Sandbox key.
pub fn spends_money(e: &Endpoints) -> bool {
    let (v1, v2) = (classify(&e.advertising), classify(&e.v2));
    let real = |a: HostClass, other: HostClass| {
        a == HostClass::Production || (a == HostClass::Shared && other != HostClass::Sandbox)
    };
    real(v1, v2) || real(v2, v1) || test_seam::is_production(e)
}

/// Test builds only: the CLI's HTTP tests run it against a local sandbox that it must treat as
/// Production, to prove nothing is created without the confirmation. The `test-production-seam`
/// feature is enabled only by crescendo-cli's dev-dependencies, so release and app builds (`cargo
/// build`) never contain this code.
#[cfg(feature = "test-production-seam")]
mod test_seam {
    pub const VAR: &str = "CRESCENDO_TEST_PRODUCTION_ORIGIN";
    pub fn is_production(e: &symphony_api::Endpoints) -> bool {
        std::env::var(VAR)
            .ok()
            .filter(|o| !o.is_empty())
            .is_some_and(|o| e.advertising.origin().ascii_serialization() == o)
    }
}
#[cfg(not(feature = "test-production-seam"))]
mod test_seam {
    pub fn is_production(_: &symphony_api::Endpoints) -> bool {
        false
    }
}

fn config(message: impl Into<String>) -> AppError {
    AppError::new(ErrorCode::Config, message)
}

/// The pair of bases for one base URL (see the module's comment for what it means).
pub fn from_base_url(base: &str) -> Result<Endpoints, AppError> {
    let checked = profiles::validate_url(base).map_err(|e| config(e.message))?;
    let url = Url::parse(&checked).map_err(|e| config(format!("{checked:?}: {e}")))?;
    let path = url.path().trim_end_matches('/');
    // `…/advertising` in any case names the same origin as the origin itself.
    let cut = path.len().saturating_sub("/advertising".len());
    let prefix = match path.get(cut..) {
        Some(tail) if tail.eq_ignore_ascii_case("/advertising") => &path[..cut],
        _ => path,
    };
    match (classify(&url), prefix) {
        (HostClass::Production, "") => return Ok(Endpoints::symphony_production()),
        (HostClass::Sandbox, "") => return Ok(Endpoints::symphony_sandbox()),
        _ => {}
    }
    let origin = format!("{}{prefix}", url.origin().ascii_serialization());
    Ok(Endpoints::from_origin(&origin)?)
}

/// How the user named the API, from any source. `base_url` wins over `environment`; `v2_url`
/// replaces the v2 base of either.
#[derive(Debug, Default, Clone)]
pub struct Named<'a> {
    pub base_url: Option<&'a str>,
    pub v2_url: Option<&'a str>,
    /// "sandbox" (the default) or "production".
    pub environment: Option<&'a str>,
}

impl<'a> Named<'a> {
    /// `CRESCENDO_BASE_URL`, `CRESCENDO_V2_URL` and `CRESCENDO_ENV` as read by the caller.
    pub fn new(
        base_url: Option<&'a str>,
        v2_url: Option<&'a str>,
        environment: Option<&'a str>,
    ) -> Self {
        let some = |s: Option<&'a str>| s.map(str::trim).filter(|s| !s.is_empty());
        Named {
            base_url: some(base_url),
            v2_url: some(v2_url),
            environment: some(environment),
        }
    }
}

/// The endpoints and the environment they belong to (Custom for other hosts).
pub fn resolve(n: &Named) -> Result<(Environment, Endpoints), AppError> {
    let mut e = match (
        n.base_url,
        n.environment.map(str::to_ascii_lowercase).as_deref(),
    ) {
        (Some(base), _) => from_base_url(base)?,
        (None, None | Some("sandbox")) => Endpoints::symphony_sandbox(),
        (None, Some("production")) => Endpoints::symphony_production(),
        (None, Some(other)) => {
            return Err(config(format!(
                "CRESCENDO_ENV must be sandbox or production, not {other:?}"
            )))
        }
    };
    if let Some(v2) = n.v2_url {
        let v2 = profiles::validate_url(v2).map_err(|e| config(e.message))?;
        e = Endpoints::new(e.advertising.as_str(), &v2)?;
    }
    Ok((environment_of(&e), e))
}

/// Sandbox or Production for Symphony's own pairs, Custom for anything else; a custom pair that
/// spends money is Production, so it is shown and confirmed as such.
pub fn environment_of(e: &Endpoints) -> Environment {
    if spends_money(e) {
        Environment::Production
    } else if *e == Endpoints::symphony_sandbox() {
        Environment::Sandbox
    } else {
        Environment::Custom
    }
}

/// The API bases a saved account points at. A custom address read from disk passes the same
/// checks as one typed in the form.
pub fn of_profile(p: &profiles::Profile) -> Result<Endpoints, AppError> {
    match p.environment {
        Environment::Sandbox => Ok(Endpoints::symphony_sandbox()),
        Environment::Production => Ok(Endpoints::symphony_production()),
        Environment::Custom => from_base_url(p.custom_url.as_deref().unwrap_or_default())
            .map_err(|e| {
                config(format!(
                    "The account \"{}\" has an address Crescendo does not accept: {} Remove the account and add it again.",
                    p.name, e.message
                ))
            }),
    }
}

/// The Graph API base a saved Meta account points at: Meta's own for Production, a checked
/// custom address (a local simulator) for Custom. Meta has no separate sandbox host.
pub fn meta_base(p: &profiles::Profile) -> Result<String, AppError> {
    match p.environment {
        Environment::Production => Ok(meta_api::GRAPH_BASE.to_string()),
        Environment::Custom => profiles::validate_url(p.custom_url.as_deref().unwrap_or_default())
            .map_err(|e| {
                config(format!(
                    "The account \"{}\" has an address Crescendo does not accept: {} Remove the account and add it again.",
                    p.name, e.message
                ))
            }),
        Environment::Sandbox => Err(config(format!(
            "The Meta account \"{}\" is marked Sandbox, which Meta does not have; remove it and add it again as Production or Custom.",
            p.name
        ))),
    }
}

/// Marin Social's API, as the reference gives it.
pub const MARIN_BASE: &str = "https://api.mysocialpixel.com";

/// Whether `base` is Marin Social's own API (real campaigns, real money), by its host.
pub fn is_marin_production(base: &str) -> bool {
    url::Url::parse(base.trim()).is_ok_and(|u| {
        u.host_str().is_some_and(|h| {
            h.trim_end_matches('.')
                .eq_ignore_ascii_case("api.mysocialpixel.com")
        })
    })
}

/// A saved Marin Social account's API base: Marin's own (Production) or a custom address (a
/// local simulator). Marin documents no sandbox address.
pub fn marin_base(p: &profiles::Profile) -> Result<String, AppError> {
    match p.environment {
        Environment::Production => Ok(MARIN_BASE.to_string()),
        Environment::Custom => profiles::validate_url(p.custom_url.as_deref().unwrap_or_default())
            .map_err(|e| {
                config(format!(
                    "The account \"{}\" has an address Crescendo does not accept: {} Remove the account and add it again.",
                    p.name, e.message
                ))
            }),
        Environment::Sandbox => Err(config(format!(
            "The Marin Social account \"{}\" is marked Sandbox, which Marin Social does not document; remove it and add it again as Production or Custom.",
            p.name
        ))),
    }
}

#[cfg(test)]
#[path = "endpoints_tests.rs"]
mod tests;
