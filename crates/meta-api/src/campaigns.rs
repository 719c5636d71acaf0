//! The campaign surface: list (`GET act_<id>/campaigns`, cursor paging), get, create
//! (`POST act_<id>/campaigns`), update (`POST /<campaign_id>`), archive and delete.

use crate::client::{Client, Safety};
use crate::types::{
    AdAccountId, BidStrategy, BuyingType, Campaign, ConfiguredStatus, EffectiveStatus, Objective,
    Page, SpecialAdCategory,
};
use crate::{validate, Error, Result};
use chrono::{DateTime, FixedOffset};
use reqwest::Method;
use serde::Deserialize;

/// The fields read for every campaign, as the reference spells them.
pub const CAMPAIGN_FIELDS: &str = "id,account_id,name,objective,status,configured_status,effective_status,daily_budget,lifetime_budget,spend_cap,budget_remaining,start_time,stop_time,bid_strategy,special_ad_categories,buying_type,created_time,updated_time,issues_info,recommendations";

/// Pages walked at most by [`Client::all_campaigns`]: past it, the list is taken not to end.
pub const MAX_PAGES: usize = 1000;

/// A campaign to create. `status` is PAUSED unless set: nothing spends until asked to.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCampaign {
    pub name: String,
    pub objective: Objective,
    pub status: ConfiguredStatus,
    /// Required by Graph: empty (or NONE) when the ads are in no special category.
    pub special_ad_categories: Vec<SpecialAdCategory>,
    /// Subunits of the account currency (see [`crate::money::to_minor`]).
    pub daily_budget: Option<i64>,
    pub lifetime_budget: Option<i64>,
    pub spend_cap: Option<i64>,
    pub bid_strategy: Option<BidStrategy>,
    pub buying_type: Option<BuyingType>,
}

impl NewCampaign {
    pub fn new(name: impl Into<String>, objective: Objective) -> NewCampaign {
        NewCampaign {
            name: name.into(),
            objective,
            status: ConfiguredStatus::Paused,
            special_ad_categories: Vec::new(),
            daily_budget: None,
            lifetime_budget: None,
            spend_cap: None,
            bid_strategy: None,
            buying_type: None,
        }
    }

    /// The form fields, in the order of the reference's example.
    pub fn to_form(&self) -> Vec<(&'static str, String)> {
        let cats: Vec<&str> = self
            .special_ad_categories
            .iter()
            .map(|c| c.as_str())
            .collect();
        let mut f = vec![
            ("name", self.name.clone()),
            ("objective", self.objective.as_str().to_string()),
            ("status", self.status.as_str().to_string()),
            (
                "special_ad_categories",
                serde_json::to_string(&cats).unwrap_or_else(|_| "[]".into()),
            ),
        ];
        push(
            &mut f,
            "daily_budget",
            self.daily_budget.map(|v| v.to_string()),
        );
        push(
            &mut f,
            "lifetime_budget",
            self.lifetime_budget.map(|v| v.to_string()),
        );
        push(
            &mut f,
            "bid_strategy",
            self.bid_strategy.as_ref().map(|b| b.as_str().to_string()),
        );
        push(
            &mut f,
            "buying_type",
            self.buying_type.as_ref().map(|b| b.as_str().to_string()),
        );
        push(&mut f, "spend_cap", self.spend_cap.map(|v| v.to_string()));
        f
    }
}

fn push(f: &mut Vec<(&'static str, String)>, k: &'static str, v: Option<String>) {
    if let Some(v) = v {
        f.push((k, v));
    }
}

/// What an update changes. `stop_time` is refused: the reference makes it read only at the
/// campaign level (it is set on ad sets).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignUpdate {
    pub name: Option<String>,
    pub status: Option<ConfiguredStatus>,
    pub daily_budget: Option<i64>,
    pub lifetime_budget: Option<i64>,
    pub spend_cap: Option<i64>,
    pub bid_strategy: Option<BidStrategy>,
    pub stop_time: Option<DateTime<FixedOffset>>,
}

impl CampaignUpdate {
    pub fn status(s: ConfiguredStatus) -> CampaignUpdate {
        CampaignUpdate {
            status: Some(s),
            ..CampaignUpdate::default()
        }
    }

    pub fn to_form(&self) -> Vec<(&'static str, String)> {
        let mut f = Vec::new();
        push(&mut f, "name", self.name.clone());
        push(
            &mut f,
            "status",
            self.status.as_ref().map(|s| s.as_str().to_string()),
        );
        push(
            &mut f,
            "daily_budget",
            self.daily_budget.map(|v| v.to_string()),
        );
        push(
            &mut f,
            "lifetime_budget",
            self.lifetime_budget.map(|v| v.to_string()),
        );
        push(&mut f, "spend_cap", self.spend_cap.map(|v| v.to_string()));
        push(
            &mut f,
            "bid_strategy",
            self.bid_strategy.as_ref().map(|b| b.as_str().to_string()),
        );
        f
    }
}

/// Options of one list request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOptions {
    /// Page size (Graph's `limit`); Graph's default when None.
    pub limit: Option<u32>,
    /// The cursor of the page to read (`paging.cursors.after` of the previous one).
    pub after: Option<String>,
    /// Graph's `effective_status` filter (it leaves out DELETED and ARCHIVED campaigns unless asked).
    pub effective_status: Vec<EffectiveStatus>,
}

impl ListOptions {
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut q = vec![("fields", CAMPAIGN_FIELDS.to_string())];
        push(&mut q, "limit", self.limit.map(|l| l.to_string()));
        if !self.effective_status.is_empty() {
            let s: Vec<&str> = self.effective_status.iter().map(|s| s.as_str()).collect();
            q.push((
                "effective_status",
                serde_json::to_string(&s).unwrap_or_default(),
            ));
        }
        push(&mut q, "after", self.after.clone());
        q
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Created {
    pub id: String,
}

#[derive(Deserialize)]
struct Success {
    success: bool,
}

/// A campaign id must be a node id (digits): nothing else reaches a path.
pub(crate) fn node_id(id: &str) -> Result<&str> {
    let t = id.trim();
    if t.is_empty() || t.len() > 32 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::Config {
            message: format!("{t:.40} is not a campaign id (a number)"),
        });
    }
    Ok(t)
}

fn succeeded(s: Success, what: &str) -> Result<()> {
    if s.success {
        Ok(())
    } else {
        Err(Error::decode(
            "success",
            format!("Graph answered success: false to {what}"),
            b"{\"success\":false}",
        ))
    }
}

impl Client {
    /// One page of the ad account's campaigns.
    pub async fn list_campaigns(
        &self,
        account: &AdAccountId,
        opts: &ListOptions,
    ) -> Result<Page<Campaign>> {
        self.call(
            Method::GET,
            &format!("{account}/campaigns"),
            &opts.to_query(),
            None,
            Safety::Idempotent,
        )
        .await
    }

    /// Every campaign, walking `paging.cursors.after` while Graph gives a `next` link. The
    /// `next` URL itself is never followed (it carries the token and could name another host).
    pub async fn all_campaigns(
        &self,
        account: &AdAccountId,
        opts: &ListOptions,
    ) -> Result<Vec<Campaign>> {
        let mut opts = opts.clone();
        let mut all = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for _ in 0..MAX_PAGES {
            let page = self.list_campaigns(account, &opts).await?;
            let next = page.next_cursor().map(str::to_string);
            all.extend(page.data);
            match next {
                None => return Ok(all),
                Some(c) if !seen.insert(c.clone()) => {
                    return Err(Error::decode(
                        "paging.cursors.after",
                        "the same cursor came back twice: the list does not end",
                        b"",
                    ));
                }
                Some(c) => opts.after = Some(c),
            }
        }
        Err(Error::decode(
            "paging",
            format!("more than {MAX_PAGES} pages: the list does not end"),
            b"",
        ))
    }

    pub async fn get_campaign(&self, id: &str) -> Result<Campaign> {
        let q = [("fields", CAMPAIGN_FIELDS.to_string())];
        self.call(Method::GET, node_id(id)?, &q, None, Safety::Idempotent)
            .await
    }

    /// Creates a campaign after checking it against the reference (`currency`: the ad
    /// account's, for the spend-cap minimum). Never resent blindly: when the outcome is
    /// unknown (`Error::outcome_unknown`), look for it with [`Client::all_campaigns`].
    pub async fn create_campaign(
        &self,
        account: &AdAccountId,
        c: &NewCampaign,
        currency: Option<&str>,
    ) -> Result<Created> {
        validate::new_campaign(c, currency)?;
        let form = c.to_form();
        self.call(
            Method::POST,
            &format!("{account}/campaigns"),
            &[],
            Some(&form),
            Safety::Once,
        )
        .await
    }

    pub async fn update_campaign(
        &self,
        id: &str,
        u: &CampaignUpdate,
        currency: Option<&str>,
    ) -> Result<()> {
        validate::update(u, currency)?;
        let form = u.to_form();
        let s: Success = self
            .call(
                Method::POST,
                node_id(id)?,
                &[],
                Some(&form),
                Safety::Idempotent,
            )
            .await?;
        succeeded(s, "the update")
    }

    pub async fn pause_campaign(&self, id: &str) -> Result<()> {
        self.update_campaign(id, &CampaignUpdate::status(ConfiguredStatus::Paused), None)
            .await
    }

    pub async fn activate_campaign(&self, id: &str) -> Result<()> {
        self.update_campaign(id, &CampaignUpdate::status(ConfiguredStatus::Active), None)
            .await
    }

    /// `status=ARCHIVED`: kept for reporting, no longer delivers or can be edited.
    pub async fn archive_campaign(&self, id: &str) -> Result<()> {
        self.update_campaign(
            id,
            &CampaignUpdate::status(ConfiguredStatus::Archived),
            None,
        )
        .await
    }

    /// `DELETE /<campaign_id>`, as documented.
    pub async fn delete_campaign(&self, id: &str) -> Result<()> {
        let s: Success = self
            .call(Method::DELETE, node_id(id)?, &[], None, Safety::Idempotent)
            .await?;
        succeeded(s, "the delete")
    }
}
