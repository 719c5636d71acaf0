//! [`ProviderApi`] for Marin Social: what the reference allows, mapped; the rest Unsupported.

use super::{check, checked, filters, keep, map, MarinConnector, MARIN};
use crate::brands::BrandView;
use crate::connection::ConnectionCheck;
use crate::domain::breakdown::{AccountHealth, CampaignAnalytics, PlatformEntity};
use crate::domain::status::readable;
use crate::domain::{
    Audience, Campaign, CampaignEdit, CampaignFilter, CampaignMarket, CampaignPage, Choice,
    DailyStats, Language, Place, Post, Problem, ProblemCode, ProviderKind, Release, Video,
};
use crate::draft::{CampaignDraft, CreateResult};
use crate::provider::{FilterOptions, ProviderApi, StatusPage};
use crate::{AppError, ErrorCode};
use marin_api::{Action, BudgetType, CampaignUpdate, Decimal};

/// The wizard's draft is Symphony's (artists, markets, content): a Marin campaign has its own
/// page (`marin_new`), which this points to.
const NOT_CREATED: &str = "Marin Social campaigns are created from “New Marin campaign” in the sidebar (account, media plan, budget and dates), not from this wizard.";

impl ProviderApi for MarinConnector {
    fn kind(&self) -> ProviderKind {
        ProviderKind::MarinSocial
    }

    fn filter_options(&self) -> FilterOptions {
        let choice = |v: &str| Choice {
            value: v.to_string(),
            label: readable(v),
        };
        FilterOptions {
            statuses: ["play", "pause", "archived", "deleted"]
                .into_iter()
                .map(choice)
                .collect(),
            objectives: marin_api::CAMPAIGN_OBJECTIVES
                .iter()
                .map(|o| choice(o))
                .collect(),
            providers: FilterOptions::provider(ProviderKind::MarinSocial),
        }
    }

    async fn brands(&self) -> Result<Vec<BrandView>, AppError> {
        Ok(vec![check::brand(&self.account, &self.account().await?)])
    }

    async fn check(&self) -> ConnectionCheck {
        check::check(&self.client, &self.account).await
    }

    /// Without filters, the neutral page is read from Marin's pages directly (see
    /// `list::slice`); with filters Marin cannot apply, every campaign is read, filtered, and
    /// the asked slice returned with the true total.
    async fn campaigns(&self, f: &CampaignFilter) -> Result<CampaignPage, AppError> {
        // Marin's pages hold 300 rows at most: so do Crescendo's for a Marin account.
        let limit = f.limit.clamp(1, marin_api::paging::MAX_LIMIT);
        let (campaigns, total) = if filters(f) {
            let all = self.all_campaigns(f).await?;
            let total = all.len() as u64;
            let page = all
                .into_iter()
                .skip(f.offset as usize)
                .take(limit as usize)
                .collect();
            (page, total)
        } else {
            let currency = self.currency().await?;
            let s = self.slice(u64::from(f.offset), limit).await?;
            let mapped = s
                .campaigns
                .iter()
                .map(|c| self.map(c, &currency))
                .collect::<Result<Vec<_>, _>>()?;
            (mapped, s.total)
        };
        Ok(CampaignPage {
            campaigns,
            total,
            total_pages: total.div_ceil(u64::from(limit)),
        })
    }

    /// Marin's list carries every field: the statuses are the list's.
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
        let mut out = Vec::new();
        for c in self.every_campaign().await? {
            let c = self.map(&c, &currency)?;
            if keep(&c, f) {
                out.push(c);
            }
        }
        Ok(out)
    }

    async fn campaign(&self, id: &str) -> Result<Campaign, AppError> {
        let currency = self.currency().await?;
        let (_, c) = self.raw(id).await?;
        self.map(&c, &currency)
    }

    /// Marin's targeting is on ads, not on markets of the campaign.
    async fn campaign_markets(
        &self,
        id: &str,
    ) -> Result<(Campaign, Vec<CampaignMarket>), AppError> {
        Ok((self.campaign(id).await?, Vec::new()))
    }

    async fn daily_stats(&self, id: &str) -> Result<DailyStats, AppError> {
        let currency = self.currency().await?;
        let (plan, raw) = self.raw(id).await?;
        let c = self.map(&raw, &currency)?;
        self.days(&plan, &c).await
    }

    async fn analytics(&self, id: &str) -> Result<CampaignAnalytics, AppError> {
        let currency = self.currency().await?;
        let (plan, raw) = self.raw(id).await?;
        let c = self.map(&raw, &currency)?;
        let days = self.days(&plan, &c).await?;
        let ads = self.client.all_campaign_ads(&plan, &c.id).await?;
        let sets = self.client.all_ad_sets(&plan, &c.id).await?;
        let lock = map::ad_set_lock(&raw);
        let account = self.account().await?;
        Ok(CampaignAnalytics {
            days,
            countries: Vec::new(),
            creatives: Vec::new(),
            platform_campaigns: vec![PlatformEntity {
                id: c.id.clone(),
                name: c.name.clone(),
                status: c.status.original.clone(),
                label: c.status.label.clone(),
            }],
            platform_ads: ads.iter().map(map::ad).collect(),
            // Marin reports no issues of its own about a campaign.
            issues: Vec::new(),
            ad_sets: sets
                .iter()
                .map(|s| map::ad_set(s, &currency, lock.as_deref()))
                .collect(),
            account: Some(AccountHealth {
                good: account.active,
                error: (!account.active)
                    .then(|| "Marin Social marks this account inactive.".to_string()),
            }),
        })
    }

    /// One campaign `PUT`: a new budget of the kind the campaign has (`daily_budget` on a daily
    /// campaign, `lifetime_budget` on a lifetime one, as the reference allows) and/or its
    /// `end_date`.
    async fn update(&self, id: &str, edit: &CampaignEdit) -> Result<(), AppError> {
        let currency = self.currency().await?;
        let (plan, now) = self.raw(id).await?;
        let mut u = CampaignUpdate {
            end_date: edit.end.map(|e| e.timestamp()),
            ..CampaignUpdate::default()
        };
        match (&edit.budget, &edit.currency) {
            (None, None) => {}
            (Some(amount), Some(cur)) => {
                let value = budget(amount, cur, &currency)?;
                let kind = now
                    .budget_type
                    .or(match (now.lifetime_budget, now.daily_budget) {
                        (Some(_), _) => Some(BudgetType::Lifetime),
                        (None, Some(_)) => Some(BudgetType::Daily),
                        (None, None) => None,
                    });
                match kind {
                    Some(BudgetType::Daily) => u.daily_budget = Some(value),
                    Some(BudgetType::Lifetime) => u.lifetime_budget = Some(value),
                    None => {
                        return Err(AppError::new(
                            ErrorCode::Unsupported,
                            "Marin Social does not say whether this campaign's budget is daily or lifetime: change it in Marin Social.",
                        ))
                    }
                }
            }
            _ => {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    "A new budget needs both an amount and its currency.",
                ))
            }
        }
        if u == CampaignUpdate::default() {
            return Err(AppError::new(
                ErrorCode::Validation,
                "Give a new budget, a new end date, or both.",
            ));
        }
        self.client.update_campaign(&plan, &now.id, &u).await?;
        Ok(())
    }

    /// `PATCH .../performs/{play|pause}`; a 202 (already in that state) is success.
    async fn set_paused(&self, id: &str, paused: bool) -> Result<(), AppError> {
        let id = checked(id)?;
        let plan = self.plan_of(id).await?;
        let action = if paused { Action::Pause } else { Action::Play };
        self.client.perform_campaign(&plan, id, action).await?;
        Ok(())
    }

    async fn add_locations(&self, _: &str, _: &str, _: &[Place]) -> Result<(), AppError> {
        Err(AppError::unsupported(MARIN, "markets and locations"))
    }

    async fn set_location_paused(
        &self,
        _: &str,
        _: &str,
        _: &str,
        _: bool,
    ) -> Result<(), AppError> {
        Err(AppError::unsupported(MARIN, "markets and locations"))
    }

    /// `target_search?type=location` on the account.
    async fn search_places(&self, q: &str) -> Result<Vec<Place>, AppError> {
        if q.trim().is_empty() {
            return Ok(Vec::new());
        }
        let found = self
            .client
            .search_locations(&self.account, q.trim())
            .await?;
        Ok(found.iter().map(map::place).collect())
    }

    /// `target_search?type=interest` on the account.
    async fn search_audiences(&self, q: &str) -> Result<Vec<Audience>, AppError> {
        if q.trim().is_empty() {
            return Ok(Vec::new());
        }
        let found = self
            .client
            .search_interests(&self.account, q.trim())
            .await?;
        Ok(found.iter().map(map::audience).collect())
    }

    async fn search_languages(&self, _: &str) -> Result<Vec<Language>, AppError> {
        Err(AppError::unsupported(MARIN, "the wizard's language search"))
    }

    async fn releases(&self, _: &str) -> Result<Vec<Release>, AppError> {
        Err(AppError::unsupported(MARIN, "Symphony's releases"))
    }

    async fn posts(&self) -> Result<Vec<Post>, AppError> {
        Err(AppError::unsupported(MARIN, "Symphony's Instagram posts"))
    }

    async fn videos(&self) -> Result<Vec<Video>, AppError> {
        Err(AppError::unsupported(MARIN, "Symphony's YouTube videos"))
    }

    fn validate(&self, _: &CampaignDraft, _: Option<&str>) -> Vec<Problem> {
        vec![Problem::new("objective", ProblemCode::Invalid, NOT_CREATED)]
    }

    async fn create(&self, _: &CampaignDraft) -> Result<CreateResult, AppError> {
        Err(AppError::new(ErrorCode::Unsupported, NOT_CREATED))
    }
}

/// A budget as typed, in the account's currency, with no more decimals than it has.
fn budget(amount: &str, cur: &str, currency: &str) -> Result<Decimal, AppError> {
    let bad = |m: String| AppError::new(ErrorCode::Validation, m);
    if !cur.trim().eq_ignore_ascii_case(currency) {
        return Err(bad(format!(
            "This account's budgets are in {currency}, not {}.",
            cur.trim()
        )));
    }
    super::amount::amount(amount, currency, "The budget").map_err(bad)
}
