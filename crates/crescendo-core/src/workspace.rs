//! A workspace: the API Crescendo is connected to and the brand it acts for. The demo
//! workspace runs the embedded symphony-sandbox on a free 127.0.0.1 port, so the app works
//! with no key at all.

use crate::domain::ProviderKind;
use crate::endpoints::{self, Named};
use crate::profiles::Environment;
use crate::provider::linked::{Linked, LinkedAccount};
use crate::provider::marin::MarinConnector;
use crate::provider::meta::MetaConnector;
use crate::provider::symphony::SymphonyConnector;
use crate::provider::Connector;
use crate::{AppError, ErrorCode};
use serde::Serialize;
use std::sync::RwLock;
use symphony_api::{ApiKey, Endpoints};
#[cfg(feature = "demo")]
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceKind {
    /// The embedded simulator with demo data.
    Demo,
    /// Symphony's Sandbox: real API, no ad spend.
    Sandbox,
    /// Symphony's Production: real campaigns and real money.
    Production,
    /// A base URL set by hand (advanced).
    Custom,
}

impl From<Environment> for WorkspaceKind {
    fn from(e: Environment) -> Self {
        match e {
            Environment::Sandbox => WorkspaceKind::Sandbox,
            Environment::Production => WorkspaceKind::Production,
            Environment::Custom => WorkspaceKind::Custom,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceInfo {
    pub kind: WorkspaceKind,
    /// "Demo workspace", "Symphony Sandbox"...
    pub label: String,
    /// The v1 base URL in use (never contains the key).
    pub advertising_url: String,
    /// Whether launching here spends real money.
    pub spends_money: bool,
    /// Who the workspace's campaigns run with, and its name to show.
    pub provider: ProviderKind,
    pub provider_label: String,
    /// The key's last four characters, for showing it masked; empty for the demo.
    pub key_hint: String,
    /// The saved account in use, if any.
    pub profile_id: Option<String>,
    /// Something the user should know about how this workspace was opened.
    pub notice: Option<String>,
}

pub struct Workspace {
    connector: Connector,
    info: WorkspaceInfo,
    active_brand: RwLock<Option<u64>>,
    searches: crate::wizard::Searches,
    /// Other ad accounts shown beside this one's (see `provider::linked`): the workspace's
    /// own (the demo's Meta account) and the saved ones the session links.
    builtin: Vec<LinkedAccount>,
    linked: RwLock<Vec<LinkedAccount>>,
    /// The embedded simulators of the demo workspace, stopped when the workspace is dropped.
    #[cfg(feature = "demo")]
    _sandbox: Option<Sandbox>,
    #[cfg(feature = "demo")]
    _meta_sandbox: Option<meta_sandbox::Sandbox>,
}

#[cfg(feature = "demo")]
use crate::demo_knobs::{demo_lost_creates, DEMO_META_ARTIST};

impl Workspace {
    /// Starts the embedded sandbox (demo data, real clock) and connects to it.
    #[cfg(feature = "demo")]
    pub async fn demo() -> Result<Workspace, AppError> {
        let mut config = SandboxConfig {
            seed: 2026,
            ..SandboxConfig::default()
        };
        // A rehearsal knob for the demo only (it never reaches a real API): the next N
        // launches are created but their answers are lost, as on a flaky network.
        config.faults.lose_create_responses =
            demo_lost_creates(std::env::var("CRESCENDO_DEMO_LOSE_CREATES").ok().as_deref());
        let sandbox = Sandbox::start(config).await.map_err(|e| {
            AppError::new(
                ErrorCode::NotReady,
                format!("The demo workspace could not start: {e}"),
            )
        })?;
        let endpoints = Endpoints::new(&sandbox.advertising_url(), &sandbox.v2_url())?;
        let key = ApiKey::new(DEMO_KEY)?;
        let mut ws = Workspace::connect(WorkspaceKind::Demo, endpoints, key)?;
        ws.info.key_hint = String::new();
        // The demo's Meta ad account (in dollars), beside the Symphony artists.
        let mut meta_config = meta_sandbox::SandboxConfig {
            seed: 2026,
            ..meta_sandbox::SandboxConfig::default()
        };
        // A generous score (9,000 points per 300 s), not the simulator's development-tier 60:
        // a demo that is browsed freely should not meet Meta's throttling.
        meta_config.rate.max_score = 9_000;
        let meta = meta_sandbox::Sandbox::start(meta_config)
            .await
            .map_err(|e| {
                AppError::new(
                    ErrorCode::NotReady,
                    format!("The demo's Meta ad account could not start: {e}"),
                )
            })?;
        let token = ApiKey::new(meta_sandbox::DEMO_TOKEN)?;
        let client = crate::access::meta_client(&meta.base_url(), &token)?;
        let account = meta_api::AdAccountId::parse(meta_sandbox::USD_ACCOUNT)?;
        // It is Luna Vega's (the demo's first artist, in dollars too).
        ws.builtin = vec![LinkedAccount::meta(
            "demo",
            "The demo's Meta ad account",
            MetaConnector::new(client, account),
        )
        .for_brand(DEMO_META_ARTIST)];
        ws.set_active_brand(Some(DEMO_META_ARTIST));
        ws._meta_sandbox = Some(meta);
        // The other rehearsal knob: the simulator stops at once, so every request meets a
        // closed port, as when the network is down (the app shows what it kept, marked offline).
        if std::env::var("CRESCENDO_DEMO_STOPPED").is_ok_and(|v| v.trim() == "1") {
            sandbox.shutdown().await;
        } else {
            ws._sandbox = Some(sandbox);
        }
        Ok(ws)
    }

    /// A build without the `demo` feature has no embedded simulator.
    #[cfg(not(feature = "demo"))]
    pub async fn demo() -> Result<Workspace, AppError> {
        Err(AppError::new(
            ErrorCode::NotReady,
            "This build of Crescendo has no demo workspace: add an account in Settings.",
        ))
    }

    pub fn connect(
        kind: WorkspaceKind,
        endpoints: Endpoints,
        key: ApiKey,
    ) -> Result<Workspace, AppError> {
        // The hosts decide whether this spends money, whatever the caller called it: a custom
        // address on a Symphony production host is Production, badge and all.
        let spends_money = kind == WorkspaceKind::Production || endpoints::spends_money(&endpoints);
        let kind = if spends_money {
            WorkspaceKind::Production
        } else {
            kind
        };
        let label = match kind {
            WorkspaceKind::Demo => "Demo workspace",
            WorkspaceKind::Sandbox => "Symphony Sandbox",
            WorkspaceKind::Production => "Production",
            WorkspaceKind::Custom => "Custom API",
        };
        let info = WorkspaceInfo {
            kind,
            label: label.into(),
            advertising_url: endpoints.advertising.to_string(),
            spends_money,
            provider: ProviderKind::Symphony,
            provider_label: ProviderKind::Symphony.label().to_string(),
            key_hint: key.last4(),
            profile_id: None,
            notice: None,
        };
        let client = crate::access::client(endpoints, key, None)?;
        Ok(Workspace {
            connector: Connector::Symphony(SymphonyConnector::new(client)),
            info,
            active_brand: RwLock::new(None),
            searches: Default::default(),
            builtin: Vec::new(),
            linked: RwLock::default(),
            #[cfg(feature = "demo")]
            _sandbox: None,
            #[cfg(feature = "demo")]
            _meta_sandbox: None,
        })
    }

    /// A Meta ad account's workspace: `base` is Graph's (Production) or a local simulator's
    /// (Custom); the token was read from the vault by the caller.
    pub fn connect_meta(
        kind: WorkspaceKind,
        base: &str,
        key: ApiKey,
        account: meta_api::AdAccountId,
    ) -> Result<Workspace, AppError> {
        let spends_money = base.trim_end_matches('/') == meta_api::GRAPH_BASE;
        let kind = if spends_money {
            WorkspaceKind::Production
        } else {
            kind
        };
        let client = crate::access::meta_client(base, &key)?;
        let label = format!("Meta {account}");
        let connector = Connector::Meta(MetaConnector::new(client, account));
        Ok(Workspace::of_account(
            kind,
            base,
            &key,
            connector,
            label,
            spends_money,
        ))
    }

    /// A Marin Social account's workspace: `base` is Marin's API (Production) or a local
    /// simulator's (Custom); the agency token was read from the vault by the caller.
    pub fn connect_marin(
        kind: WorkspaceKind,
        base: &str,
        key: ApiKey,
        account: &str,
    ) -> Result<Workspace, AppError> {
        let spends_money = crate::endpoints::is_marin_production(base);
        let kind = if spends_money {
            WorkspaceKind::Production
        } else {
            kind
        };
        let client = crate::access::marin_client(base, &key)?;
        let connector = Connector::Marin(MarinConnector::new(client, account));
        let label = format!("Marin Social {account}");
        Ok(Workspace::of_account(
            kind,
            base,
            &key,
            connector,
            label,
            spends_money,
        ))
    }

    /// A saved Meta or Marin Social account's workspace around its connector: the same info
    /// and empty state for both (`kind` is already Production when it spends money).
    fn of_account(
        kind: WorkspaceKind,
        base: &str,
        key: &ApiKey,
        connector: Connector,
        label: String,
        spends_money: bool,
    ) -> Workspace {
        let provider = connector.kind();
        let info = WorkspaceInfo {
            kind,
            label,
            advertising_url: base.to_string(),
            spends_money,
            provider,
            provider_label: provider.label().to_string(),
            key_hint: key.last4(),
            profile_id: None,
            notice: None,
        };
        Workspace {
            connector,
            info,
            active_brand: RwLock::new(None),
            searches: Default::default(),
            builtin: Vec::new(),
            linked: RwLock::default(),
            #[cfg(feature = "demo")]
            _sandbox: None,
            #[cfg(feature = "demo")]
            _meta_sandbox: None,
        }
    }

    /// A real workspace from the environment: `CRESCENDO_API_KEY` with `CRESCENDO_BASE_URL`,
    /// `CRESCENDO_V2_URL` and `CRESCENDO_ENV`, read exactly as the CLI reads them
    /// (`endpoints::resolve`). None when no key is set.
    pub fn from_env() -> Option<Result<Workspace, AppError>> {
        let key = std::env::var("CRESCENDO_API_KEY")
            .ok()
            .filter(|k| !k.trim().is_empty())?;
        let var = |n: &str| std::env::var(n).ok();
        let (base, v2, env) = (
            var("CRESCENDO_BASE_URL"),
            var("CRESCENDO_V2_URL"),
            var("CRESCENDO_ENV"),
        );
        Some((|| {
            let key = ApiKey::new(key)?;
            let named = Named::new(base.as_deref(), v2.as_deref(), env.as_deref());
            let (environment, e) = endpoints::resolve(&named)?;
            Workspace::connect(WorkspaceKind::from(environment), e, key)
        })())
    }

    pub fn info(&self) -> &WorkspaceInfo {
        &self.info
    }

    /// The connector, acting for the active brand (or the key's default brand), with the
    /// linked accounts beside it when there are any.
    pub fn connector(&self) -> Connector {
        let brand = self.active_brand();
        let main = match &self.connector {
            Connector::Symphony(c) => Connector::Symphony(c.for_brand(brand)),
            other => other.clone(),
        };
        let others: Vec<_> = self
            .linked()
            .into_iter()
            .filter(|a| a.brand.is_none() || a.brand == brand)
            .collect();
        if others.is_empty() {
            return main;
        }
        Connector::Linked(Linked {
            main: Box::new(main),
            others,
        })
    }

    /// The main account's connector alone (what the other accounts cannot answer).
    pub fn main_connector(&self) -> Connector {
        match &self.connector {
            Connector::Symphony(c) => Connector::Symphony(c.for_brand(self.active_brand())),
            other => other.clone(),
        }
    }

    pub fn linked(&self) -> Vec<LinkedAccount> {
        let saved = self.linked.read().unwrap_or_else(|e| e.into_inner());
        self.builtin.iter().chain(saved.iter()).cloned().collect()
    }

    /// Whether the account that runs campaign `id` spends real money (a linked account's own
    /// answer for its routed ids, the workspace's for the rest).
    pub fn spends_money_for(&self, id: &str) -> bool {
        self.linked()
            .iter()
            .find(|a| {
                id.strip_prefix(a.route.as_str())
                    .is_some_and(|r| r.starts_with(':'))
            })
            .map_or(self.info.spends_money, |a| a.spends_money)
    }

    /// How many of [`Workspace::linked`] are the workspace's own.
    pub fn builtin_count(&self) -> usize {
        self.builtin.len()
    }

    /// Replaces the saved accounts shown beside this one (when accounts are added or removed).
    pub fn set_linked(&self, accounts: Vec<LinkedAccount>) {
        *self.linked.write().unwrap_or_else(|e| e.into_inner()) = accounts;
    }

    pub(crate) fn searches(&self) -> &crate::wizard::Searches {
        &self.searches
    }

    pub fn active_brand(&self) -> Option<u64> {
        *self.active_brand.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_active_brand(&self, id: Option<u64>) {
        *self.active_brand.write().unwrap_or_else(|e| e.into_inner()) = id;
    }
}
