//! Reading: accounts, media plans (`/clients`), their campaigns, ad sets and ads, and target
//! search. Each list has a one-page method and an `all_*` method that walks every page.

use crate::client::{one, page, Call, Client};
use crate::error::{Error, FieldError, Result};
use crate::paging::{walk, Page, PageRequest, DEFAULT_LIMIT};
use crate::types::*;
use reqwest::Method;

impl Client {
    async fn get_page<T: serde::de::DeserializeOwned>(
        &self,
        path: &[&str],
        req: PageRequest,
    ) -> Result<Page<T>> {
        let call = Call::new(Method::GET, path).query(req.query());
        self.exchange(call, |a| page(self, &a)).await
    }

    async fn get_one<T: serde::de::DeserializeOwned>(&self, path: &[&str]) -> Result<T> {
        self.exchange(Call::new(Method::GET, path), |a| one(&a))
            .await
    }

    /// `GET /accounts`.
    pub async fn accounts(&self, req: PageRequest) -> Result<Page<Account>> {
        self.get_page(&["accounts"], req).await
    }
    pub async fn all_accounts(&self) -> Result<Vec<Account>> {
        walk(DEFAULT_LIMIT, |r| self.accounts(r)).await
    }
    /// `GET /accounts/{ACCOUNT_ID}`.
    pub async fn account(&self, id: &str) -> Result<Account> {
        self.get_one(&["accounts", id]).await
    }

    /// `GET /clients`: the agency's media plans.
    pub async fn media_plans(&self, req: PageRequest) -> Result<Page<MediaPlan>> {
        self.get_page(&["clients"], req).await
    }
    pub async fn all_media_plans(&self) -> Result<Vec<MediaPlan>> {
        walk(DEFAULT_LIMIT, |r| self.media_plans(r)).await
    }
    /// `GET /clients/{MEDIAPLAN_ID}` (an id or an io_number).
    pub async fn media_plan(&self, plan: &str) -> Result<MediaPlan> {
        self.get_one(&["clients", plan]).await
    }

    /// `GET /clients/{MEDIAPLAN_ID}/campaigns`.
    pub async fn campaigns(&self, plan: &str, req: PageRequest) -> Result<Page<Campaign>> {
        self.get_page(&["clients", plan, "campaigns"], req).await
    }
    pub async fn all_campaigns(&self, plan: &str) -> Result<Vec<Campaign>> {
        walk(DEFAULT_LIMIT, |r| self.campaigns(plan, r)).await
    }
    /// `GET /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}`.
    pub async fn campaign(&self, plan: &str, campaign: &str) -> Result<Campaign> {
        self.get_one(&["clients", plan, "campaigns", campaign])
            .await
    }

    /// `GET /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/adsets`.
    pub async fn ad_sets(
        &self,
        plan: &str,
        campaign: &str,
        req: PageRequest,
    ) -> Result<Page<AdSet>> {
        self.get_page(&["clients", plan, "campaigns", campaign, "adsets"], req)
            .await
    }
    pub async fn all_ad_sets(&self, plan: &str, campaign: &str) -> Result<Vec<AdSet>> {
        walk(DEFAULT_LIMIT, |r| self.ad_sets(plan, campaign, r)).await
    }
    /// `GET /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/adsets/{ADSET_ID}`.
    pub async fn ad_set(&self, plan: &str, campaign: &str, ad_set: &str) -> Result<AdSet> {
        self.get_one(&["clients", plan, "campaigns", campaign, "adsets", ad_set])
            .await
    }

    /// `GET /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/ads`.
    pub async fn campaign_ads(
        &self,
        plan: &str,
        campaign: &str,
        req: PageRequest,
    ) -> Result<Page<Ad>> {
        self.get_page(&["clients", plan, "campaigns", campaign, "ads"], req)
            .await
    }
    pub async fn all_campaign_ads(&self, plan: &str, campaign: &str) -> Result<Vec<Ad>> {
        walk(DEFAULT_LIMIT, |r| self.campaign_ads(plan, campaign, r)).await
    }
    /// `GET /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/adsets/{ADSET_ID}/ads`.
    pub async fn ad_set_ads(
        &self,
        plan: &str,
        campaign: &str,
        ad_set: &str,
        req: PageRequest,
    ) -> Result<Page<Ad>> {
        let path = [
            "clients",
            plan,
            "campaigns",
            campaign,
            "adsets",
            ad_set,
            "ads",
        ];
        self.get_page(&path, req).await
    }
    pub async fn all_ad_set_ads(
        &self,
        plan: &str,
        campaign: &str,
        ad_set: &str,
    ) -> Result<Vec<Ad>> {
        walk(DEFAULT_LIMIT, |r| {
            self.ad_set_ads(plan, campaign, ad_set, r)
        })
        .await
    }
    /// `GET /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/adsets/{ADSET_ID}/ads/{AD_ID}`
    /// (documented with a bare object, no `data`).
    pub async fn ad(&self, plan: &str, campaign: &str, ad_set: &str, ad: &str) -> Result<Ad> {
        let path = [
            "clients",
            plan,
            "campaigns",
            campaign,
            "adsets",
            ad_set,
            "ads",
            ad,
        ];
        self.get_one(&path).await
    }

    /// `GET /accounts/{ACCOUNT_ID}/target_search?q=..&type=interest`.
    pub async fn search_interests(&self, account: &str, q: &str) -> Result<Vec<InterestResult>> {
        self.target_search(account, q, "interest").await
    }
    /// `GET /accounts/{ACCOUNT_ID}/target_search?q=..&type=location`.
    pub async fn search_locations(&self, account: &str, q: &str) -> Result<Vec<LocationResult>> {
        self.target_search(account, q, "location").await
    }

    async fn target_search<T: serde::de::DeserializeOwned>(
        &self,
        account: &str,
        q: &str,
        kind: &'static str,
    ) -> Result<Vec<T>> {
        if q.trim().is_empty() {
            return Err(Error::Invalid {
                fields: vec![FieldError::new("q", "type something to search for")],
            });
        }
        let call = Call::new(Method::GET, &["accounts", account, "target_search"])
            .query([("q", q.to_string()), ("type", kind.to_string())]);
        let p: Page<T> = self.exchange(call, |a| page(self, &a)).await?;
        Ok(p.data)
    }
}
