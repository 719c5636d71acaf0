//! The Meta connector: one ad account's campaigns through [`meta_api::Client`] (Graph API
//! v10.0). The ad account is the workspace's one "brand"; its currency prices every budget and
//! is read once. Markets, the wizard's searches and Symphony's content are not Meta's: they
//! answer [`ErrorCode::Unsupported`] so the UI can hide them.

pub mod check;
pub mod create;
pub mod error;
pub mod map;

use crate::brands::BrandView;
use crate::connection::ConnectionCheck;
use crate::domain::breakdown::{AccountHealth, CampaignAnalytics};
use crate::domain::status::readable;
use crate::domain::{
    Audience, Campaign, CampaignEdit, CampaignFilter, CampaignMarket, CampaignPage, Choice,
    DailyStats, Language, Place, Post, Problem, ProblemCode, ProviderKind, Release, Video,
};
use crate::draft::{CampaignDraft, CreateResult};
use crate::provider::{FilterOptions, ProviderApi, StatusPage};
use crate::{AppError, ErrorCode};
use chrono::Utc;
use meta_api::{
    AdAccount, AdAccountId, CampaignUpdate, Client, EffectiveStatus, ListOptions, Objective,
};
use std::sync::Arc;

const META: &str = "Meta";

#[derive(Clone)]
pub struct MetaConnector {
    client: Client,
    account: AdAccountId,
    info: Arc<tokio::sync::OnceCell<AdAccount>>,
}

impl MetaConnector {
    pub fn new(client: Client, account: AdAccountId) -> MetaConnector {
        MetaConnector {
            client,
            account,
            info: Arc::default(),
        }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn account_id(&self) -> &AdAccountId {
        &self.account
    }

    /// The ad account (name, currency, time zone), read once per connector.
    pub async fn ad_account(&self) -> Result<AdAccount, AppError> {
        let a = self
            .info
            .get_or_try_init(|| self.client.ad_account(&self.account))
            .await?;
        Ok(a.clone())
    }

    async fn currency(&self) -> Result<String, AppError> {
        Ok(self.ad_account().await?.currency)
    }

    fn node(&self, c: &meta_api::Campaign, currency: &str) -> Result<Campaign, AppError> {
        map::campaign(c, currency, Utc::now())
    }

    /// The campaign's days from Graph's daily insights, from its start to its end or today.
    async fn days(&self, c: &Campaign, currency: &str) -> Result<DailyStats, AppError> {
        let since = c.schedule.start.date_naive();
        let today = Utc::now().date_naive();
        let until = c.schedule.end.map_or(today, |e| e.date_naive().min(today));
        if until < since {
            return Ok(DailyStats {
                days: Vec::new(),
                skipped: 0,
            });
        }
        let rows = self.client.daily_insights(&c.id, since, until).await?;
        Ok(map::days(&rows, currency))
    }
}

/// Whether a mapped campaign passes the neutral filters Graph's list cannot apply.
fn keep(c: &Campaign, f: &CampaignFilter) -> bool {
    let objective = f.objective.as_deref().filter(|o| !o.is_empty());
    objective.is_none_or(|o| c.objective.code == o)
        && f.starts_from
            .is_none_or(|d| c.schedule.start.date_naive() >= d)
        && f.ends_before
            .is_none_or(|d| c.schedule.end.is_some_and(|e| e.date_naive() <= d))
        && f.budget_min.is_none_or(|m| c.budget.amount >= m)
        && f.budget_max.is_none_or(|m| c.budget.amount <= m)
}

fn digits(id: &str) -> Result<&str, AppError> {
    let t = id.trim();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::new(
            ErrorCode::NotFound,
            format!("There is no Meta campaign {id:?}: Meta campaign ids are numbers."),
        ));
    }
    Ok(t)
}

impl ProviderApi for MetaConnector {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Meta
    }

    fn filter_options(&self) -> FilterOptions {
        let choice = |v: &str| Choice {
            value: v.to_string(),
            label: readable(v),
        };
        FilterOptions {
            statuses: EffectiveStatus::DOCUMENTED
                .iter()
                // CAMPAIGN_PAUSED is an ad set's and an ad's, never a campaign's.
                .filter(|s| **s != EffectiveStatus::CampaignPaused)
                .map(|s| choice(s.as_str()))
                .collect(),
            objectives: Objective::DOCUMENTED
                .iter()
                .map(|o| choice(o.as_str()))
                .collect(),
            providers: FilterOptions::provider(ProviderKind::Meta),
        }
    }

    async fn brands(&self) -> Result<Vec<BrandView>, AppError> {
        Ok(vec![check::brand(&self.account, &self.ad_account().await?)])
    }

    async fn check(&self) -> ConnectionCheck {
        check::check(&self.client, &self.account).await
    }

    /// Graph pages by cursor; the neutral page is by offset: every page is read (cursor by
    /// cursor), filtered, and the asked slice returned with the true total.
    async fn campaigns(&self, f: &CampaignFilter) -> Result<CampaignPage, AppError> {
        let all = self.all_campaigns(f).await?;
        let limit = f.limit.max(1) as usize;
        let total = all.len() as u64;
        let campaigns = all
            .into_iter()
            .skip(f.offset as usize)
            .take(limit)
            .collect();
        Ok(CampaignPage {
            campaigns,
            total,
            total_pages: total.div_ceil(limit as u64),
        })
    }

    /// Graph's list carries every field in one request a page: the statuses are the list's.
    async fn statuses(&self, f: &CampaignFilter) -> Result<StatusPage, AppError> {
        let page = self.campaigns(f).await?;
        Ok(StatusPage {
            statuses: page
                .campaigns
                .into_iter()
                .map(|c| (c.id, c.status))
                .collect(),
            total: page.total,
        })
    }

    async fn all_campaigns(&self, f: &CampaignFilter) -> Result<Vec<Campaign>, AppError> {
        let currency = self.currency().await?;
        let opts = ListOptions {
            limit: Some(100),
            after: None,
            effective_status: f
                .status
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(|s| vec![EffectiveStatus::parse(&s.trim().to_uppercase())])
                .unwrap_or_default(),
        };
        let nodes = self.client.all_campaigns(&self.account, &opts).await?;
        let mut out = Vec::with_capacity(nodes.len());
        for n in &nodes {
            let c = self.node(n, &currency)?;
            if keep(&c, f) {
                out.push(c);
            }
        }
        Ok(out)
    }

    async fn campaign(&self, id: &str) -> Result<Campaign, AppError> {
        let currency = self.currency().await?;
        let n = self.client.get_campaign(digits(id)?).await?;
        self.node(&n, &currency)
    }

    /// Meta campaigns have no markets in Crescendo's sense (targeting is on ad sets).
    async fn campaign_markets(
        &self,
        id: &str,
    ) -> Result<(Campaign, Vec<CampaignMarket>), AppError> {
        Ok((self.campaign(id).await?, Vec::new()))
    }

    async fn daily_stats(&self, id: &str) -> Result<DailyStats, AppError> {
        let c = self.campaign(id).await?;
        self.days(&c, &c.budget.currency).await
    }

    /// The days, Meta's two statuses (what delivers, and what the manager set) and its
    /// `issues_info`, from one read of the campaign.
    async fn analytics(&self, id: &str) -> Result<CampaignAnalytics, AppError> {
        let currency = self.currency().await?;
        let n = self.client.get_campaign(digits(id)?).await?;
        let c = self.node(&n, &currency)?;
        let days = self.days(&c, &currency).await?;
        let account = self.ad_account().await?;
        Ok(CampaignAnalytics {
            days,
            countries: Vec::new(),
            creatives: Vec::new(),
            platform_campaigns: map::statuses(&n),
            platform_ads: Vec::new(),
            account: Some(AccountHealth {
                good: account.can_run_ads(),
                error: (!account.can_run_ads())
                    .then(|| format!("The ad account's status is {}.", account.status_name())),
            }),
            issues: map::issues(&n),
            ad_sets: Vec::new(),
        })
    }

    /// A new budget of the kind the campaign has (daily or lifetime: Meta does not switch).
    /// The end is its ad sets' `stop_time` (read only on a campaign): refused, typed.
    async fn update(&self, id: &str, edit: &CampaignEdit) -> Result<(), AppError> {
        let id = digits(id)?;
        if edit.end.is_some() {
            return Err(AppError::new(
                ErrorCode::Unsupported,
                "Meta sets when a campaign ends on its ad sets (stop_time is read only on the campaign): change the end date in Ads Manager, or change only the budget here.",
            ));
        }
        let (Some(amount), Some(cur)) = (&edit.budget, &edit.currency) else {
            return Err(AppError::new(
                ErrorCode::Validation,
                "A new budget needs both an amount and its currency.",
            ));
        };
        let currency = self.currency().await?;
        if !cur.trim().eq_ignore_ascii_case(&currency) {
            return Err(AppError::new(
                ErrorCode::Validation,
                format!(
                    "This ad account's budgets are in {currency}, not {}.",
                    cur.trim()
                ),
            ));
        }
        let value: meta_api::Decimal = amount.trim().parse().map_err(|_| {
            AppError::new(
                ErrorCode::Validation,
                format!("{amount:?} is not an amount: type digits, with a dot for decimals."),
            )
        })?;
        let units = meta_api::money::to_minor(value, &currency)
            .map_err(|e| AppError::new(ErrorCode::Validation, format!("Budget: {e}")))?;
        let now = self.client.get_campaign(id).await?;
        let mut u = CampaignUpdate::default();
        match (now.daily_budget, now.lifetime_budget) {
            (Some(_), _) => u.daily_budget = Some(units),
            (None, Some(_)) => u.lifetime_budget = Some(units),
            (None, None) => {
                return Err(AppError::new(
                    ErrorCode::Unsupported,
                    "This campaign's budget is set on its ad sets: change it in Ads Manager.",
                ))
            }
        }
        self.client.update_campaign(id, &u, Some(&currency)).await?;
        Ok(())
    }

    async fn set_paused(&self, id: &str, paused: bool) -> Result<(), AppError> {
        let id = digits(id)?;
        if paused {
            self.client.pause_campaign(id).await?;
        } else {
            self.client.activate_campaign(id).await?;
        }
        Ok(())
    }

    async fn add_locations(&self, _: &str, _: &str, _: &[Place]) -> Result<(), AppError> {
        Err(AppError::unsupported(META, "markets and locations"))
    }

    async fn set_location_paused(
        &self,
        _: &str,
        _: &str,
        _: &str,
        _: bool,
    ) -> Result<(), AppError> {
        Err(AppError::unsupported(META, "markets and locations"))
    }

    async fn search_places(&self, _: &str) -> Result<Vec<Place>, AppError> {
        Err(AppError::unsupported(META, "the wizard's place search"))
    }

    async fn search_audiences(&self, _: &str) -> Result<Vec<Audience>, AppError> {
        Err(AppError::unsupported(META, "the wizard's audience search"))
    }

    async fn search_languages(&self, _: &str) -> Result<Vec<Language>, AppError> {
        Err(AppError::unsupported(META, "the wizard's language search"))
    }

    async fn releases(&self, _: &str) -> Result<Vec<Release>, AppError> {
        Err(AppError::unsupported(META, "Symphony's releases"))
    }

    async fn posts(&self) -> Result<Vec<Post>, AppError> {
        Err(AppError::unsupported(META, "Symphony's Instagram posts"))
    }

    async fn videos(&self) -> Result<Vec<Video>, AppError> {
        Err(AppError::unsupported(META, "Symphony's YouTube videos"))
    }

    fn validate(&self, _: &CampaignDraft, _: Option<&str>) -> Vec<Problem> {
        vec![Problem::new(
            "objective",
            ProblemCode::Invalid,
            "Creating Meta campaigns from Crescendo's wizard is not available yet: create it in Ads Manager; it then shows here.",
        )]
    }

    async fn create(&self, _: &CampaignDraft) -> Result<CreateResult, AppError> {
        Err(AppError::new(
            ErrorCode::Unsupported,
            "Creating Meta campaigns from Crescendo is not available yet: create it in Ads Manager; it then shows here.",
        ))
    }
}
