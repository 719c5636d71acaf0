//! Managing: play/pause of campaigns and ads, ad set budget and bid edits, campaign create and
//! update. Bodies are form-encoded; input is checked against the documented rules before
//! anything is sent, and refused with the field that breaks them.

use crate::client::{one, Call, Client};
use crate::error::Result;
use crate::inputs::{AdSetEdit, CampaignUpdate, NewCampaign};
use crate::types::{Ad, AdSet, Campaign};
use reqwest::Method;

/// `play` or `pause` (`PATCH .../performs/{ACTION}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Play,
    Pause,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Play => "play",
            Action::Pause => "pause",
        }
    }
}

/// The outcome of play/pause: done (200), or 202 "Expected result was already active", which
/// is not an error. The 202 body is not documented: the resource when it parses, else None.
#[derive(Debug, Clone, PartialEq)]
pub enum Performed<T> {
    Done(T),
    AlreadyInState(Option<T>),
}

impl<T> Performed<T> {
    pub fn already(&self) -> bool {
        matches!(self, Performed::AlreadyInState(_))
    }
}

fn performed<T: serde::de::DeserializeOwned>(a: crate::client::Answer) -> Result<Performed<T>> {
    if a.status == 202 {
        return Ok(Performed::AlreadyInState(one(&a).ok()));
    }
    one(&a).map(Performed::Done)
}

impl Client {
    /// `PATCH /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/performs/{play|pause}` (no body).
    pub async fn perform_campaign(
        &self,
        plan: &str,
        campaign: &str,
        action: Action,
    ) -> Result<Performed<Campaign>> {
        let path = [
            "clients",
            plan,
            "campaigns",
            campaign,
            "performs",
            action.as_str(),
        ];
        self.exchange(Call::new(Method::PATCH, &path), performed)
            .await
    }

    /// `PATCH /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/ads/{AD_ID}/performs/{play|pause}`.
    pub async fn perform_ad(
        &self,
        plan: &str,
        campaign: &str,
        ad: &str,
        action: Action,
    ) -> Result<Performed<Ad>> {
        let path = [
            "clients",
            plan,
            "campaigns",
            campaign,
            "ads",
            ad,
            "performs",
            action.as_str(),
        ];
        self.exchange(Call::new(Method::PATCH, &path), performed)
            .await
    }

    /// `PUT /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}/adsets/{ADSET_ID}` (form).
    pub async fn edit_ad_set(
        &self,
        plan: &str,
        campaign: &str,
        ad_set: &str,
        edit: &AdSetEdit,
    ) -> Result<AdSet> {
        edit.validate()?;
        let path = ["clients", plan, "campaigns", campaign, "adsets", ad_set];
        let call = Call::new(Method::PUT, &path).form(edit.form());
        self.exchange(call, |a| one(&a)).await
    }

    /// `POST /clients/{MEDIAPLAN_ID}/campaigns` (form).
    pub async fn create_campaign(&self, plan: &str, new: &NewCampaign) -> Result<Campaign> {
        new.validate()?;
        let call = Call::new(Method::POST, &["clients", plan, "campaigns"]).form(new.form());
        self.exchange(call, |a| one(&a)).await
    }

    /// `PUT /clients/{MEDIAPLAN_ID}/campaigns/{CAMPAIGN_ID}` (form).
    pub async fn update_campaign(
        &self,
        plan: &str,
        campaign: &str,
        update: &CampaignUpdate,
    ) -> Result<Campaign> {
        update.validate()?;
        let call =
            Call::new(Method::PUT, &["clients", plan, "campaigns", campaign]).form(update.form());
        self.exchange(call, |a| one(&a)).await
    }
}
