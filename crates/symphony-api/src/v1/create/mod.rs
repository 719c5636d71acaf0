//! Creating v1 campaigns. The request types mirror the documents' metadata per campaign type,
//! and `create_campaign` never creates a duplicate: when the outcome of a POST is unknown it
//! looks the campaign up (see [`Client::find_created`]) before answering.

mod from_json;
mod metadata;
mod request;

pub use metadata::{
    AgeRange, Audience, Demographic, LanguageChoice, Market, MediaLink, MetaMetadata,
    TargetLocation,
};
pub use request::{NewCampaign, NewCampaignKind};

use crate::client::{Api, Safety};
use crate::types::{CampaignStatus, CampaignType};
use crate::{Client, Error, Result};
use reqwest::Method;
use serde::{Deserialize, Serialize};

/// The documented creation response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreatedCampaign {
    pub id: u64,
    #[serde(rename = "type")]
    pub kind: CampaignType,
    pub status: CampaignStatus,
    pub provider: String,
}

/// What happened to a creation request.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOutcome {
    /// The server created it. `recovered` means the response was lost and the campaign was
    /// found afterwards by its name, type, budget, start date and creation time.
    Created {
        campaign: CreatedCampaign,
        recovered: bool,
    },
    /// The response was lost, and a lookup showed the server did not create it: safe to retry.
    NotCreated { cause: Error },
    /// The response was lost and the lookup failed too: check before trying again.
    Unknown { cause: Error, lookup: Error },
}

impl Client {
    /// POST /v1/campaign, at most once. See [`CreateOutcome`].
    pub async fn create_campaign(&self, new: &NewCampaign) -> Result<CreateOutcome> {
        let body = new.to_body()?;
        // A monotonic start: how long ago the POST may have reached the server, whatever this
        // machine's wall clock says.
        let attempt = std::time::Instant::now();
        match self
            .call::<CreatedCampaign>(
                Api::V1,
                Method::POST,
                "v1/campaign",
                &[],
                Some(&body),
                Safety::Once,
            )
            .await
        {
            Ok(campaign) => Ok(CreateOutcome::Created {
                campaign,
                recovered: false,
            }),
            Err(cause) if cause.outcome_unknown() => match self.find_created(new, attempt).await {
                Ok(Some(campaign)) => Ok(CreateOutcome::Created {
                    campaign,
                    recovered: true,
                }),
                Ok(None) => Ok(CreateOutcome::NotCreated { cause }),
                Err(lookup) => Ok(CreateOutcome::Unknown { cause, lookup }),
            },
            Err(definite) => Err(definite),
        }
    }
}
