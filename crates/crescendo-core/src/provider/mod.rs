//! The provider seam. A connector speaks one provider's API and answers in Crescendo's own
//! types ([`crate::domain`]); a workspace holds a [`Connector`], never a provider's client, so
//! the UI's data path is the same for every provider. Symphony (v1 + v2) is the first
//! connector; Meta and Marin Social arrive as more variants of [`Connector`].

pub mod linked;
pub mod marin;
pub mod meta;
pub mod symphony;

use crate::brands::BrandView;
use crate::connection::ConnectionCheck;
use crate::domain::breakdown::CampaignAnalytics;
use crate::domain::{Audience, CampaignMarket, Language, Place, Post, Problem, Release, Video};
use crate::domain::{
    Campaign, CampaignEdit, CampaignFilter, CampaignPage, Choice, DailyStats, ProviderKind,
};
use crate::draft::{CampaignDraft, CreateResult};
use crate::AppError;
use serde::{Deserialize, Serialize};
use std::future::Future;
use ts_rs::TS;

/// A page of the campaign list reduced to each campaign's status, with the list's total.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusPage {
    pub statuses: Vec<(String, crate::domain::Status)>,
    pub total: u64,
}

/// Values a provider's campaign list can be filtered by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FilterOptions {
    pub statuses: Vec<Choice>,
    pub objectives: Vec<Choice>,
    /// Whose campaigns the list holds (one per provider; a filter when there are several).
    pub providers: Vec<Choice>,
}

impl FilterOptions {
    /// The one-provider list of a connector of `kind`.
    pub fn provider(kind: ProviderKind) -> Vec<Choice> {
        vec![Choice {
            value: serde_json::to_value(kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            label: kind.label().to_string(),
        }]
    }
}

/// What every connector does. Futures are `Send` so commands can run them on any thread.
pub trait ProviderApi {
    fn kind(&self) -> ProviderKind;
    fn filter_options(&self) -> FilterOptions;
    /// Brands (artists) or ad accounts the credentials can act for.
    fn brands(&self) -> impl Future<Output = Result<Vec<BrandView>, AppError>> + Send;
    fn check(&self) -> impl Future<Output = ConnectionCheck> + Send;
    fn campaigns(
        &self,
        filter: &CampaignFilter,
    ) -> impl Future<Output = Result<CampaignPage, AppError>> + Send;
    /// One page of campaigns' statuses only: no names, so no request per campaign (the status
    /// watch names only what changed).
    fn statuses(
        &self,
        filter: &CampaignFilter,
    ) -> impl Future<Output = Result<StatusPage, AppError>> + Send;
    /// Every campaign matching the filter (its limit and offset ignored), named, in the
    /// provider's order: for searching and sorting in core when the provider cannot.
    fn all_campaigns(
        &self,
        filter: &CampaignFilter,
    ) -> impl Future<Output = Result<Vec<Campaign>, AppError>> + Send;
    fn campaign(&self, id: &str) -> impl Future<Output = Result<Campaign, AppError>> + Send;
    /// The campaign and its markets with their locations, from one read of its details.
    fn campaign_markets(
        &self,
        id: &str,
    ) -> impl Future<Output = Result<(Campaign, Vec<CampaignMarket>), AppError>> + Send;
    fn daily_stats(&self, id: &str) -> impl Future<Output = Result<DailyStats, AppError>> + Send;
    /// Days, countries, creatives, platform statuses and account health in one answer.
    fn analytics(
        &self,
        id: &str,
    ) -> impl Future<Output = Result<CampaignAnalytics, AppError>> + Send;
    /// Changes the budget and/or the end date; the provider's answer is the final word.
    fn update(
        &self,
        id: &str,
        edit: &CampaignEdit,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn set_paused(
        &self,
        id: &str,
        paused: bool,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Adds places to one of the campaign's markets (its id from [`CampaignMarket::id`]).
    fn add_locations(
        &self,
        id: &str,
        market_id: &str,
        places: &[Place],
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// Pauses or resumes one location of a market. The caller has checked that the location is
    /// not in that state already (Symphony's endpoint turns the state over).
    fn set_location_paused(
        &self,
        id: &str,
        market_id: &str,
        key: &str,
        paused: bool,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    fn search_places(&self, q: &str) -> impl Future<Output = Result<Vec<Place>, AppError>> + Send;
    fn search_audiences(
        &self,
        q: &str,
    ) -> impl Future<Output = Result<Vec<Audience>, AppError>> + Send;
    fn search_languages(
        &self,
        q: &str,
    ) -> impl Future<Output = Result<Vec<Language>, AppError>> + Send;
    /// The artist's releases matching `q` (name or slug).
    fn releases(&self, q: &str) -> impl Future<Output = Result<Vec<Release>, AppError>> + Send;
    fn posts(&self) -> impl Future<Output = Result<Vec<Post>, AppError>> + Send;
    fn videos(&self) -> impl Future<Output = Result<Vec<Video>, AppError>> + Send;
    /// The provider's documented rules, checked before anything is sent.
    fn validate(&self, draft: &CampaignDraft, account_currency: Option<&str>) -> Vec<Problem>;
    /// Creates at most once: a lost answer is checked before saying "not created".
    fn create(
        &self,
        draft: &CampaignDraft,
    ) -> impl Future<Output = Result<CreateResult, AppError>> + Send;
}

/// The connector a workspace holds: one variant per provider.
#[derive(Clone)]
pub enum Connector {
    Symphony(symphony::SymphonyConnector),
    Meta(meta::MetaConnector),
    Marin(marin::MarinConnector),
    /// The main account with linked ones beside it (see [`linked`]).
    Linked(linked::Linked),
}

macro_rules! each {
    ($self:ident, $c:ident => $body:expr) => {
        match $self {
            Connector::Symphony($c) => $body,
            Connector::Meta($c) => $body,
            Connector::Marin($c) => $body,
            Connector::Linked($c) => $body,
        }
    };
}

impl Connector {
    /// The provider's own connector that holds campaign `id`, and the id as it knows it (a
    /// linked account's route taken off): for what only one provider offers.
    pub fn leaf<'a>(&'a self, id: &'a str) -> (&'a Connector, &'a str) {
        match self {
            Connector::Linked(l) => l.leaf(id),
            c => (c, id),
        }
    }
    pub fn kind(&self) -> ProviderKind {
        each!(self, c => c.kind())
    }
    /// Pauses or resumes one ad of campaign `id`: Marin Social's ad perform; other providers
    /// have no ad actions in Crescendo.
    pub async fn set_ad_paused(&self, id: &str, ad: &str, paused: bool) -> Result<(), AppError> {
        match self.leaf(id) {
            (Connector::Marin(m), local) => m.set_ad_paused(local, ad, paused).await,
            (other, _) => Err(AppError::unsupported(
                other.kind().label(),
                "pausing single ads",
            )),
        }
    }
    /// Changes one ad set's daily budget and/or bid: Marin Social's ad set `PUT`; other
    /// providers have no ad set edits in Crescendo.
    pub async fn edit_ad_set(
        &self,
        id: &str,
        ad_set: &str,
        change: &crate::domain::breakdown::AdSetChange,
    ) -> Result<crate::domain::breakdown::PlatformAdSet, AppError> {
        match self.leaf(id) {
            (Connector::Marin(m), local) => m.edit_ad_set(local, ad_set, change).await,
            (other, _) => Err(AppError::unsupported(
                other.kind().label(),
                "changes to ad sets",
            )),
        }
    }
    pub fn filter_options(&self) -> FilterOptions {
        each!(self, c => c.filter_options())
    }
    /// Names and currencies kept from earlier sessions (id, name, currency), so list pages need
    /// no details request for campaigns seen before.
    pub fn seed_labels(&self, kept: &[(String, String, String)]) {
        match self {
            Connector::Symphony(c) => c.seed_labels(kept),
            Connector::Linked(l) => l.main.seed_labels(kept),
            Connector::Meta(_) | Connector::Marin(_) => {}
        }
    }
    pub async fn brands(&self) -> Result<Vec<BrandView>, AppError> {
        each!(self, c => c.brands().await)
    }
    pub async fn check(&self) -> ConnectionCheck {
        each!(self, c => c.check().await)
    }
    pub async fn campaigns(&self, filter: &CampaignFilter) -> Result<CampaignPage, AppError> {
        each!(self, c => c.campaigns(filter).await)
    }
    pub async fn statuses(&self, filter: &CampaignFilter) -> Result<StatusPage, AppError> {
        each!(self, c => c.statuses(filter).await)
    }
    pub async fn all_campaigns(&self, filter: &CampaignFilter) -> Result<Vec<Campaign>, AppError> {
        each!(self, c => c.all_campaigns(filter).await)
    }
    pub async fn campaign(&self, id: &str) -> Result<Campaign, AppError> {
        each!(self, c => c.campaign(id).await)
    }
    pub async fn campaign_markets(
        &self,
        id: &str,
    ) -> Result<(Campaign, Vec<CampaignMarket>), AppError> {
        each!(self, c => c.campaign_markets(id).await)
    }
    pub async fn add_locations(
        &self,
        id: &str,
        market_id: &str,
        places: &[Place],
    ) -> Result<(), AppError> {
        each!(self, c => c.add_locations(id, market_id, places).await)
    }
    pub async fn set_location_paused(
        &self,
        id: &str,
        market_id: &str,
        key: &str,
        paused: bool,
    ) -> Result<(), AppError> {
        each!(self, c => c.set_location_paused(id, market_id, key, paused).await)
    }
    pub async fn daily_stats(&self, id: &str) -> Result<DailyStats, AppError> {
        each!(self, c => c.daily_stats(id).await)
    }
    pub async fn analytics(&self, id: &str) -> Result<CampaignAnalytics, AppError> {
        each!(self, c => c.analytics(id).await)
    }
    pub async fn update(&self, id: &str, edit: &CampaignEdit) -> Result<(), AppError> {
        each!(self, c => c.update(id, edit).await)
    }
    pub async fn set_paused(&self, id: &str, paused: bool) -> Result<(), AppError> {
        each!(self, c => c.set_paused(id, paused).await)
    }
    pub async fn search_places(&self, q: &str) -> Result<Vec<Place>, AppError> {
        each!(self, c => c.search_places(q).await)
    }
    pub async fn search_audiences(&self, q: &str) -> Result<Vec<Audience>, AppError> {
        each!(self, c => c.search_audiences(q).await)
    }
    pub async fn search_languages(&self, q: &str) -> Result<Vec<Language>, AppError> {
        each!(self, c => c.search_languages(q).await)
    }
    pub async fn releases(&self, q: &str) -> Result<Vec<Release>, AppError> {
        each!(self, c => c.releases(q).await)
    }
    pub async fn posts(&self) -> Result<Vec<Post>, AppError> {
        each!(self, c => c.posts().await)
    }
    pub async fn videos(&self) -> Result<Vec<Video>, AppError> {
        each!(self, c => c.videos().await)
    }
    pub fn validate(&self, draft: &CampaignDraft, account_currency: Option<&str>) -> Vec<Problem> {
        each!(self, c => c.validate(draft, account_currency))
    }
    pub async fn create(&self, draft: &CampaignDraft) -> Result<CreateResult, AppError> {
        each!(self, c => c.create(draft).await)
    }
}
