//! The Symphony connector: v1 for campaigns, analytics and targeting, v2 for brands and the
//! connection check, through one rate-limited [`symphony_api::Client`] per key.

mod analytics;
pub mod content;
mod filter;
mod labels;
pub mod map;
pub mod markets;
pub mod request;
pub mod rules;
pub mod v2;

use crate::brands::BrandView;
use crate::connection::ConnectionCheck;
use crate::domain::breakdown::CampaignAnalytics;
use crate::domain::{
    Audience, Campaign, CampaignEdit, CampaignFilter, CampaignMarket, CampaignPage, Choice,
    DailyStats, Language, Place, Post, Problem, ProviderKind, Release, Video,
};
use crate::draft::{CampaignDraft, CreateResult};
use crate::provider::{FilterOptions, ProviderApi, StatusPage};
use crate::{AppError, ErrorCode};
use filter::{api_filter, campaign_id};
use labels::LabelCache;
use std::sync::Arc;
use symphony_api::v1::campaigns::CampaignFilter as ApiFilter;
use symphony_api::v1::create::CreateOutcome;
use symphony_api::{CampaignStatus, CampaignType, Client};

/// Request fields a Symphony validation answer can name (the create request's top level).
pub const REQUEST_FIELDS: &[&str] = &["provider", "campaign_type", "campaign_name", "metadata"];

#[derive(Clone)]
pub struct SymphonyConnector {
    client: Client,
    labels: Arc<LabelCache>,
    /// One whole-list read at a time: a search typed while the first one still names the
    /// campaigns waits for those names instead of asking for the same details again.
    whole_list: Arc<tokio::sync::Mutex<()>>,
    places: Arc<markets::PlaceCache>,
}

impl SymphonyConnector {
    pub fn new(client: Client) -> SymphonyConnector {
        SymphonyConnector {
            client,
            labels: Arc::default(),
            whole_list: Arc::default(),
            places: Arc::default(),
        }
    }

    /// See [`crate::provider::Connector::seed_labels`]: a label already known is kept; ids that
    /// are not v1 ids are skipped; an unknown currency ("XXX") is left to the details.
    pub fn seed_labels(&self, kept: &[(String, String, String)]) {
        self.labels.seed(kept);
    }

    /// The same connector acting for `brand` (None: the key's default brand); the label cache
    /// is shared, ids belong to the key's whole account.
    pub fn for_brand(&self, brand: Option<u64>) -> SymphonyConnector {
        SymphonyConnector {
            client: self.client.for_brand(brand),
            labels: self.labels.clone(),
            whole_list: self.whole_list.clone(),
            places: self.places.clone(),
        }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub async fn create_brand(
        &self,
        name: &str,
        spotify_artist_id: Option<String>,
    ) -> Result<BrandView, AppError> {
        let b = self
            .client
            .for_brand(None)
            .create_brand(&symphony_api::v2::NewBrand {
                name: name.to_string(),
                spotify_artist_id,
            })
            .await?;
        Ok(BrandView {
            id: b.id,
            name: b.name,
            currency: b.currency,
            time_zone: None,
            is_default: b.is_default.unwrap_or(false),
            is_active: false,
        })
    }

    /// List rows named and priced from their details' labels (fetched for those not cached).
    async fn named(&self, rows: &[symphony_api::v1::campaigns::CampaignSummary]) -> Vec<Campaign> {
        let ids: Vec<u64> = rows.iter().map(|c| c.id).collect();
        let labels = self.labels.labels(&self.client, &ids).await;
        // The details normally give each campaign's currency; only when one is missing is the
        // brand's ad-account currency looked up (one more request).
        let lacks = |id: &u64| labels.get(id).and_then(|l| l.currency.as_ref()).is_none();
        let fallback = if ids.iter().any(lacks) {
            self.brand_currency().await
        } else {
            map::NO_CURRENCY.into()
        };
        rows.iter()
            .map(|c| map::from_summary(c, labels.get(&c.id), &fallback))
            .collect()
    }

    /// The active brand's ad-account currency, or "XXX" (never a guessed one).
    async fn brand_currency(&self) -> String {
        let active = self.client.brand_id();
        self.brands()
            .await
            .ok()
            .and_then(|bs| {
                bs.into_iter()
                    .find(|b| Some(b.id) == active || (active.is_none() && b.is_default))
                    .and_then(|b| b.currency)
            })
            .unwrap_or_else(|| map::NO_CURRENCY.into())
    }
}

/// Rows per list request when reading a whole list (the most the client asks for at once).
const ALL_PAGE_SIZE: u32 = 100;

impl ProviderApi for SymphonyConnector {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Symphony
    }

    fn filter_options(&self) -> FilterOptions {
        FilterOptions {
            statuses: CampaignStatus::ALL
                .iter()
                .map(|s| Choice {
                    value: s.as_str().to_string(),
                    label: map::status(s).label,
                })
                .collect(),
            objectives: CampaignType::ALL
                .iter()
                .map(|t| Choice {
                    value: t.as_str().to_string(),
                    label: map::objective_label(t),
                })
                .collect(),
            providers: FilterOptions::provider(ProviderKind::Symphony),
        }
    }

    async fn brands(&self) -> Result<Vec<BrandView>, AppError> {
        crate::brands::symphony_brands(&self.client).await
    }

    async fn check(&self) -> ConnectionCheck {
        crate::connection::check_symphony(&self.client).await
    }

    async fn campaigns(&self, f: &CampaignFilter) -> Result<CampaignPage, AppError> {
        let filter = ApiFilter {
            limit: Some(f.limit),
            offset: Some(f.offset),
            ..api_filter(f)
        };
        let result = self.client.campaigns(&filter).await?;
        Ok(CampaignPage {
            campaigns: self.named(&result.campaigns).await,
            total: result.count,
            total_pages: result.total_pages,
        })
    }

    async fn statuses(&self, f: &CampaignFilter) -> Result<StatusPage, AppError> {
        let filter = ApiFilter {
            limit: Some(f.limit),
            offset: Some(f.offset),
            ..api_filter(f)
        };
        let result = self.client.campaigns(&filter).await?;
        Ok(StatusPage {
            statuses: result
                .campaigns
                .iter()
                .map(|c| (c.id.to_string(), map::status(&c.status)))
                .collect(),
            total: result.count,
        })
    }

    async fn all_campaigns(&self, f: &CampaignFilter) -> Result<Vec<Campaign>, AppError> {
        let _one_at_a_time = self.whole_list.lock().await;
        let all = self
            .client
            .all_campaigns(&api_filter(f), ALL_PAGE_SIZE)
            .await?;
        Ok(self.named(&all).await)
    }

    async fn campaign(&self, id: &str) -> Result<Campaign, AppError> {
        Ok(self.campaign_markets(id).await?.0)
    }

    async fn campaign_markets(
        &self,
        id: &str,
    ) -> Result<(Campaign, Vec<CampaignMarket>), AppError> {
        if let Some(v2) = v2::v2_id(id) {
            // v2 campaigns have no documented markets.
            return Ok((v2::campaign(&self.client, v2?).await?, Vec::new()));
        }
        let id = campaign_id(id)?;
        let d = self.client.campaign(id).await?;
        self.labels.put(id, map::Label::of(&d));
        let c = map::from_details(&d).ok_or_else(|| {
            AppError::new(
                ErrorCode::Decode,
                format!("Symphony's details of campaign {id} have no start date."),
            )
        })?;
        Ok((c, markets::markets(&d)))
    }

    async fn daily_stats(&self, id: &str) -> Result<DailyStats, AppError> {
        Ok(self.analytics(id).await?.days)
    }

    async fn analytics(&self, id: &str) -> Result<CampaignAnalytics, AppError> {
        let n = campaign_id(id)?;
        let currency = match self.labels.labels(&self.client, &[n]).await.remove(&n) {
            Some(map::Label {
                currency: Some(c), ..
            }) => c,
            _ => self.brand_currency().await,
        };
        let a = self.client.campaign_analytics(n).await?;
        Ok(analytics::analytics(&a, &currency))
    }

    async fn update(&self, id: &str, edit: &CampaignEdit) -> Result<(), AppError> {
        let id = campaign_id(id)?;
        let budget = match (&edit.budget, &edit.currency) {
            (Some(b), Some(c)) => Some(symphony_api::Budget {
                value: b.trim().parse().map_err(|_| {
                    AppError::new(
                        ErrorCode::Validation,
                        format!("{b:?} is not an amount: type digits, with a dot for decimals."),
                    )
                })?,
                currency: c.trim().to_uppercase(),
            }),
            (None, None) => None,
            _ => {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    "A new budget needs both an amount and its currency.",
                ))
            }
        };
        if budget.is_none() && edit.end.is_none() {
            return Err(AppError::new(
                ErrorCode::Validation,
                "Change the budget, the end date, or both.",
            ));
        }
        let update = symphony_api::v1::campaigns::CampaignUpdate {
            end_date: edit.end,
            budget,
        };
        self.client.update_campaign(id, &update).await?;
        Ok(())
    }

    async fn set_paused(&self, id: &str, paused: bool) -> Result<(), AppError> {
        let id = campaign_id(id)?;
        self.client.set_campaign_paused(id, paused).await?;
        Ok(())
    }

    async fn add_locations(
        &self,
        id: &str,
        market_id: &str,
        places: &[Place],
    ) -> Result<(), AppError> {
        let id = campaign_id(id)?;
        let add = symphony_api::v1::campaigns::AddLocations {
            market_id: market_id.to_string(),
            locations: places.iter().map(|p| self.places.to_add(p)).collect(),
        };
        self.client.add_locations(id, &add).await?;
        Ok(())
    }

    async fn set_location_paused(
        &self,
        id: &str,
        market_id: &str,
        key: &str,
        _paused: bool,
    ) -> Result<(), AppError> {
        // One documented request for both ways (`location/PAUSED`): it turns the state over.
        let id = campaign_id(id)?;
        let toggle = symphony_api::v1::campaigns::LocationToggle {
            location_key: key.to_string(),
            market_id: market_id.to_string(),
        };
        self.client.toggle_location(id, &toggle).await?;
        Ok(())
    }

    async fn search_places(&self, q: &str) -> Result<Vec<Place>, AppError> {
        let found = self.client.search_locations(q).await?;
        self.places.remember(&found);
        Ok(found.into_iter().map(map::place).collect())
    }

    async fn search_audiences(&self, q: &str) -> Result<Vec<Audience>, AppError> {
        let found = self.client.search_interests(q).await?;
        Ok(found.into_iter().map(map::audience).collect())
    }

    async fn search_languages(&self, q: &str) -> Result<Vec<Language>, AppError> {
        let found = self.client.search_languages(q).await?;
        Ok(found.into_iter().map(map::language).collect())
    }

    async fn releases(&self, q: &str) -> Result<Vec<Release>, AppError> {
        let found = self.client.releases(q).await?;
        Ok(found.into_iter().map(content::release).collect())
    }

    async fn posts(&self) -> Result<Vec<Post>, AppError> {
        let found = self.client.instagram_posts().await?;
        Ok(found.into_iter().map(content::post).collect())
    }

    async fn videos(&self) -> Result<Vec<Video>, AppError> {
        let found = self.client.youtube_videos().await?;
        Ok(found.into_iter().map(content::video).collect())
    }

    fn validate(&self, draft: &CampaignDraft, account_currency: Option<&str>) -> Vec<Problem> {
        if v2::platform(&draft.objective).is_some() {
            return v2::rules::check(draft, account_currency, chrono::Utc::now());
        }
        rules::check(draft, account_currency, chrono::Utc::now())
    }

    async fn create(&self, draft: &CampaignDraft) -> Result<CreateResult, AppError> {
        let currency = self.brand_currency().await;
        let known = Some(currency.as_str()).filter(|c| *c != map::NO_CURRENCY);
        let problems = self.validate(draft, known);
        if !problems.is_empty() {
            return Ok(CreateResult::Invalid { problems });
        }
        if v2::platform(&draft.objective).is_some() {
            return v2::create(&self.client, draft).await;
        }
        let body = request::body(draft);
        let new = symphony_api::v1::create::NewCampaign::from_json(&body)?;
        match self.client.create_campaign(&new).await {
            Ok(CreateOutcome::Created {
                campaign,
                recovered,
            }) => Ok(CreateResult::Created {
                campaign_id: campaign.id.to_string(),
                recovered,
            }),
            Ok(CreateOutcome::NotCreated { cause }) => Ok(CreateResult::NotCreated {
                message: format!(
                    "Symphony's answer was lost ({}), and its campaign list shows nothing was created. It is safe to launch again.",
                    AppError::from(cause).message
                ),
            }),
            Ok(CreateOutcome::Unknown { cause, lookup }) => Ok(CreateResult::Unknown {
                message: format!(
                    "Symphony's answer was lost ({}) and checking its campaign list failed too ({}). Do not launch again until the campaign list has been checked.",
                    AppError::from(cause).message,
                    AppError::from(lookup).message
                ),
            }),
            Err(symphony_api::Error::Validation { message, details }) => {
                let text = if details.is_empty() { message } else { details };
                Ok(CreateResult::Invalid {
                    problems: crate::domain::problem::from_provider_message(&text, REQUEST_FIELDS),
                })
            }
            Err(e) => Err(e.into()),
        }
    }
}
