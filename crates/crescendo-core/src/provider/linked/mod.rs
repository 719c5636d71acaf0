//! The workspace's connector with the manager's other ad accounts beside it (Meta ad accounts
//! today): the list, the status watch, the campaign page and the portfolio see every account's
//! campaigns through this one connector, so no screen needs to know there are several.
//!
//! A linked account's campaign ids carry its route (`meta:act_2020:6003…`): every command that
//! takes an id reaches the right account with no other change, and every campaign it answers
//! carries the routed id back. The main account's ids are left as they are, so kept data and
//! open pages stay valid when an account is linked or removed. Artists, the wizard, searches
//! and content are the main account's.
//!
//! Lists are the accounts' lists one after the other (main first), paged across the seams: one
//! page costs each account at most one page read (or a count), never a whole list.

use super::ProviderApi;
use super::{Connector, FilterOptions, StatusPage};
use crate::brands::BrandView;
use crate::connection::ConnectionCheck;
use crate::domain::breakdown::CampaignAnalytics;
use crate::domain::{Audience, Language, Post, Problem, Release, Video};
use crate::domain::{Campaign, CampaignEdit, CampaignFilter, CampaignMarket, CampaignPage};
use crate::domain::{DailyStats, Place, ProviderKind};
use crate::draft::{CampaignDraft, CreateResult};
use crate::AppError;

/// A linked account: its route (the prefix of its campaigns' ids), its name and its connector.
#[derive(Clone)]
pub struct LinkedAccount {
    pub route: String,
    /// "Meta act_2020", to name the account in messages.
    pub label: String,
    pub connector: Connector,
    /// The artist whose campaigns these are; None: shown beside every artist.
    pub brand: Option<u64>,
    /// Whether resuming its campaigns spends real money (Graph itself, not a simulator).
    pub spends_money: bool,
}

impl LinkedAccount {
    /// A Meta ad account's route is `meta:<key>` (`key`: the saved account's id, unique even
    /// when two accounts name the same ad account).
    pub fn meta(
        key: &str,
        label: impl Into<String>,
        connector: super::meta::MetaConnector,
    ) -> LinkedAccount {
        LinkedAccount {
            route: format!("meta:{key}"),
            label: label.into(),
            connector: Connector::Meta(connector),
            brand: None,
            spends_money: false,
        }
    }

    /// Its campaigns spend real money when they run.
    pub fn spending(mut self, spends: bool) -> LinkedAccount {
        self.spends_money = spends;
        self
    }

    /// A Marin Social account's route is `marin:<key>` (`key`: the saved account's id).
    pub fn marin(
        key: &str,
        label: impl Into<String>,
        connector: super::marin::MarinConnector,
    ) -> LinkedAccount {
        LinkedAccount {
            route: format!("marin:{key}"),
            label: label.into(),
            connector: Connector::Marin(connector),
            brand: None,
            spends_money: false,
        }
    }

    /// Shown only beside this artist.
    pub fn for_brand(mut self, brand: u64) -> LinkedAccount {
        self.brand = Some(brand);
        self
    }
}

#[derive(Clone)]
pub struct Linked {
    pub main: Box<Connector>,
    pub others: Vec<LinkedAccount>,
}

/// Calls a linked account's own connector. Accounts are never nested, and matching only the
/// providers' connectors keeps the futures' types finite (and `Send`).
mod filters;
use filters::{answers, merge};

macro_rules! on {
    ($c:expr, $x:ident => $body:expr) => {
        match $c {
            Connector::Symphony($x) => $body,
            Connector::Meta($x) => $body,
            Connector::Marin($x) => $body,
            Connector::Linked(_) => Err(nested()),
        }
    };
}

fn nested() -> AppError {
    AppError::new(
        crate::ErrorCode::Internal,
        "linked accounts cannot hold linked accounts",
    )
}

/// One source of a list: the main account (no route) or a linked one.
struct Source<'a> {
    route: Option<&'a str>,
    label: &'a str,
    connector: &'a Connector,
}

fn named(label: &str, mut e: AppError) -> AppError {
    e.message = format!("{label}: {}", e.message);
    e
}

fn routed(route: Option<&str>, mut c: Campaign) -> Campaign {
    if let Some(r) = route {
        c.id = format!("{r}:{}", c.id);
    }
    c
}

impl Linked {
    fn sources(&self) -> impl Iterator<Item = Source<'_>> {
        std::iter::once(Source {
            route: None,
            label: "Your main account",
            connector: self.main.as_ref(),
        })
        .chain(self.others.iter().map(|a| Source {
            route: Some(a.route.as_str()),
            label: a.label.as_str(),
            connector: &a.connector,
        }))
    }

    /// The account an id belongs to, and the id as that account knows it.
    fn route<'a>(&'a self, id: &'a str) -> (Option<&'a str>, &'a Connector, &'a str, &'a str) {
        for a in &self.others {
            if let Some(local) = id
                .strip_prefix(a.route.as_str())
                .and_then(|r| r.strip_prefix(':'))
            {
                return (Some(a.route.as_str()), &a.connector, local, &a.label);
            }
        }
        (None, self.main.as_ref(), id, "")
    }

    /// See [`Connector::leaf`].
    pub fn leaf<'a>(&'a self, id: &'a str) -> (&'a Connector, &'a str) {
        let (_, c, local, _) = self.route(id);
        (c, local)
    }

    pub fn kind(&self) -> ProviderKind {
        self.main.kind()
    }

    pub fn filter_options(&self) -> FilterOptions {
        let mut opts = self.main.filter_options();
        for a in &self.others {
            let kind = a.connector.kind();
            let more = a.connector.filter_options();
            merge(&mut opts.statuses, more.statuses, kind);
            merge(&mut opts.objectives, more.objectives, kind);
            merge(&mut opts.providers, more.providers, kind);
        }
        opts
    }

    /// The accounts' pages one after the other: each account reads the part of the asked
    /// window that falls in its list, or only counts its list when none does.
    pub async fn campaigns(&self, f: &CampaignFilter) -> Result<CampaignPage, AppError> {
        let (mut skip, mut want) = (f.offset, f.limit.max(1));
        let (mut total, mut campaigns) = (0u64, Vec::new());
        for s in self.sources().filter(|s| answers(s.connector, f)) {
            let part = CampaignFilter {
                offset: skip,
                limit: want.max(1),
                ..f.clone()
            };
            let count = if want == 0 {
                let page = on!(s.connector, x => x.statuses(&part).await);
                page.map_err(|e| named(s.label, e))?.total
            } else {
                let page = on!(s.connector, x => x.campaigns(&part).await)
                    .map_err(|e| named(s.label, e))?;
                let before = campaigns.len();
                campaigns.extend(
                    page.campaigns
                        .into_iter()
                        .take(want as usize)
                        .map(|c| routed(s.route, c)),
                );
                want -= (campaigns.len() - before) as u32;
                page.total
            };
            total += count;
            skip = u32::try_from(u64::from(skip).saturating_sub(count)).unwrap_or(u32::MAX);
        }
        let size = u64::from(f.limit.max(1));
        Ok(CampaignPage {
            campaigns,
            total,
            total_pages: total.div_ceil(size),
        })
    }

    pub async fn statuses(&self, f: &CampaignFilter) -> Result<StatusPage, AppError> {
        let (mut skip, mut want) = (f.offset, f.limit.max(1));
        let (mut total, mut statuses) = (0u64, Vec::new());
        for s in self.sources().filter(|s| answers(s.connector, f)) {
            let part = CampaignFilter {
                offset: skip,
                limit: want.max(1),
                ..f.clone()
            };
            let page =
                on!(s.connector, x => x.statuses(&part).await).map_err(|e| named(s.label, e))?;
            let before = statuses.len();
            statuses.extend(
                page.statuses
                    .into_iter()
                    .take(want as usize)
                    .map(|(id, st)| match s.route {
                        Some(r) => (format!("{r}:{id}"), st),
                        None => (id, st),
                    }),
            );
            want -= (statuses.len() - before) as u32;
            total += page.total;
            skip = u32::try_from(u64::from(skip).saturating_sub(page.total)).unwrap_or(u32::MAX);
        }
        Ok(StatusPage { statuses, total })
    }

    pub async fn all_campaigns(&self, f: &CampaignFilter) -> Result<Vec<Campaign>, AppError> {
        let mut out = Vec::new();
        for s in self.sources().filter(|s| answers(s.connector, f)) {
            let all =
                on!(s.connector, x => x.all_campaigns(f).await).map_err(|e| named(s.label, e))?;
            out.extend(all.into_iter().map(|c| routed(s.route, c)));
        }
        Ok(out)
    }

    pub async fn campaign(&self, id: &str) -> Result<Campaign, AppError> {
        let (route, c, local, label) = self.route(id);
        let found = on!(c, x => x.campaign(local).await).map_err(|e| Self::name(label, e))?;
        Ok(routed(route, found))
    }

    fn name(label: &str, e: AppError) -> AppError {
        if label.is_empty() {
            e
        } else {
            named(label, e)
        }
    }

    pub async fn campaign_markets(
        &self,
        id: &str,
    ) -> Result<(Campaign, Vec<CampaignMarket>), AppError> {
        let (route, c, local, label) = self.route(id);
        let (found, markets) =
            on!(c, x => x.campaign_markets(local).await).map_err(|e| Self::name(label, e))?;
        Ok((routed(route, found), markets))
    }

    pub async fn daily_stats(&self, id: &str) -> Result<DailyStats, AppError> {
        let (_, c, local, label) = self.route(id);
        let result = on!(c, x => x.daily_stats(local).await);
        result.map_err(|e| Self::name(label, e))
    }

    pub async fn analytics(&self, id: &str) -> Result<CampaignAnalytics, AppError> {
        let (_, c, local, label) = self.route(id);
        let result = on!(c, x => x.analytics(local).await);
        result.map_err(|e| Self::name(label, e))
    }

    pub async fn update(&self, id: &str, edit: &CampaignEdit) -> Result<(), AppError> {
        let (_, c, local, label) = self.route(id);
        let result = on!(c, x => x.update(local, edit).await);
        result.map_err(|e| Self::name(label, e))
    }

    pub async fn set_paused(&self, id: &str, paused: bool) -> Result<(), AppError> {
        let (_, c, local, label) = self.route(id);
        let result = on!(c, x => x.set_paused(local, paused).await);
        result.map_err(|e| Self::name(label, e))
    }

    pub async fn add_locations(
        &self,
        id: &str,
        market_id: &str,
        places: &[Place],
    ) -> Result<(), AppError> {
        let (_, c, local, label) = self.route(id);
        let result = on!(c, x => x.add_locations(local, market_id, places).await);
        result.map_err(|e| Self::name(label, e))
    }

    pub async fn set_location_paused(
        &self,
        id: &str,
        market_id: &str,
        key: &str,
        paused: bool,
    ) -> Result<(), AppError> {
        let (_, c, local, label) = self.route(id);
        let result = on!(c, x => x.set_location_paused(local, market_id, key, paused).await);
        result.map_err(|e| Self::name(label, e))
    }

    /// The connector that runs a campaign (for what only one account can answer).
    pub fn owner<'a>(&'a self, id: &'a str) -> &'a Connector {
        self.route(id).1
    }
}

/// What only the main account answers: artists, its check, the wizard's data and launches.
macro_rules! main_only {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $out:ty;)*) => {
        impl Linked {
            $(pub async fn $name(&self, $($arg: $ty),*) -> Result<$out, AppError> {
                on!(self.main.as_ref(), x => x.$name($($arg),*).await)
            })*
        }
    };
}

main_only! {
    brands() -> Vec<BrandView>;
    search_places(q: &str) -> Vec<Place>;
    search_audiences(q: &str) -> Vec<Audience>;
    search_languages(q: &str) -> Vec<Language>;
    releases(q: &str) -> Vec<Release>;
    posts() -> Vec<Post>;
    videos() -> Vec<Video>;
    create(draft: &CampaignDraft) -> CreateResult;
}

impl Linked {
    pub async fn check(&self) -> ConnectionCheck {
        match self.main.as_ref() {
            Connector::Symphony(x) => x.check().await,
            Connector::Meta(x) => x.check().await,
            Connector::Marin(x) => x.check().await,
            Connector::Linked(_) => ConnectionCheck {
                ok: false,
                code: Some(crate::ErrorCode::Internal),
                title: "Check failed".into(),
                message: nested().message,
                brand_id: None,
                brand_name: None,
            },
        }
    }

    pub fn validate(&self, draft: &CampaignDraft, currency: Option<&str>) -> Vec<Problem> {
        self.main.validate(draft, currency)
    }
}
