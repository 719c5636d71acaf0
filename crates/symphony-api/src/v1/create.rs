//! Creating v1 campaigns. The request types mirror the documents' metadata per campaign type,
//! and `create_campaign` never creates a duplicate: when the outcome of a POST is unknown it
//! looks the campaign up (see [`Client::find_created`]) before answering.

use crate::client::{Api, Safety};
use crate::types::{iso_millis, Budget, CampaignStatus, CampaignType, FlexId, PlaylistTier, Tri};
use crate::{Client, Error, Result};
use chrono::{DateTime, Utc};
use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MediaLink {
    pub url: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// reel, story or feed (videos).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format_type: Option<String>,
}

/// A location inside a market, as `targeting_countries[].locations[]` carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetLocation {
    pub value: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Tri::is_absent")]
    pub region_id: Tri<FlexId>,
    #[serde(default, skip_serializing_if = "Tri::is_absent")]
    pub country_code: Tri<String>,
}

impl TargetLocation {
    /// A whole country, written as the documents' defaults write it.
    pub fn country(code: &str, label: &str) -> TargetLocation {
        TargetLocation {
            value: code.into(),
            label: label.into(),
            kind: "country".into(),
            region_id: Tri::Null,
            country_code: Tri::Null,
        }
    }
}

/// A market: one Facebook campaign, with its share (0..=1) of the budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Market {
    pub name: String,
    /// Share of the campaign budget, 0..=1; the markets' shares add up to 1. Exact decimal.
    #[serde(
        serialize_with = "crate::num::serialize_decimal",
        deserialize_with = "crate::num::decimal_lenient"
    )]
    pub budget: rust_decimal::Decimal,
    pub locations: Vec<TargetLocation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Audience {
    #[serde(rename = "fbId", default, skip_serializing_if = "Option::is_none")]
    pub fb_id: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min: u8,
    pub max: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageChoice {
    pub key: u64,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Demographic {
    pub age: AgeRange,
    /// All, Male or Female.
    pub gender: String,
    #[serde(default)]
    pub languages: Vec<LanguageChoice>,
}

crescendo_money::assert_exact!(Market { budget });

/// Metadata every Meta (facebook provider) campaign takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetaMetadata {
    pub budget: Budget,
    #[serde(with = "iso_millis")]
    pub start_date: DateTime<Utc>,
    #[serde(with = "iso_millis")]
    pub end_date: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_to_action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instagram_post_id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub public_video_links: Vec<MediaLink>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub public_image_links: Vec<MediaLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting_countries: Option<Vec<Market>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting_audiences: Option<Vec<Audience>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting_demographic: Option<Demographic>,
    /// Fields the documents show that this type does not model; sent as given.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What to create: a name and the type-specific metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCampaign {
    /// Must be unique per brand: it is how a lost creation is found again.
    pub name: String,
    pub kind: NewCampaignKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NewCampaignKind {
    RecordStreams {
        meta: MetaMetadata,
        spotify_id: String,
        spotify_external_platforms: Vec<String>,
    },
    BoostInstagram {
        meta: MetaMetadata,
    },
    LinkClicks {
        meta: MetaMetadata,
        link_to_boost: String,
        caption: String,
    },
    GetPlaylisted {
        spotify_id: String,
        tier: PlaylistTier,
        pitch_notes: Option<String>,
    },
    /// The documents mark this flow "TBD"; field names are this client's assumption (README).
    IncreaseVideoViews {
        video_id: String,
        budget: Budget,
        start_date: DateTime<Utc>,
        end_date: DateTime<Utc>,
        views_goal: Option<String>,
    },
}

impl NewCampaign {
    pub fn campaign_type(&self) -> CampaignType {
        match self.kind {
            NewCampaignKind::RecordStreams { .. } => CampaignType::RecordStreams,
            NewCampaignKind::BoostInstagram { .. } => CampaignType::BoostInstagram,
            NewCampaignKind::LinkClicks { .. } => CampaignType::LinkClicks,
            NewCampaignKind::GetPlaylisted { .. } => CampaignType::GetPlaylisted,
            NewCampaignKind::IncreaseVideoViews { .. } => CampaignType::IncreaseVideoViews,
        }
    }

    pub fn start_date(&self) -> Option<DateTime<Utc>> {
        match &self.kind {
            NewCampaignKind::RecordStreams { meta, .. }
            | NewCampaignKind::BoostInstagram { meta }
            | NewCampaignKind::LinkClicks { meta, .. } => Some(meta.start_date),
            NewCampaignKind::IncreaseVideoViews { start_date, .. } => Some(*start_date),
            NewCampaignKind::GetPlaylisted { .. } => None,
        }
    }

    /// The money this campaign commits to, when it has a budget (get_playlisted is priced by tier).
    pub fn budget(&self) -> Option<&Budget> {
        match &self.kind {
            NewCampaignKind::RecordStreams { meta, .. }
            | NewCampaignKind::BoostInstagram { meta }
            | NewCampaignKind::LinkClicks { meta, .. } => Some(&meta.budget),
            NewCampaignKind::IncreaseVideoViews { budget, .. } => Some(budget),
            NewCampaignKind::GetPlaylisted { .. } => None,
        }
    }

    /// The POST /v1/campaign body, exactly as the documents lay it out.
    pub fn to_body(&self) -> Result<Value> {
        let ser = |v: &dyn erased::Ser| v.to_value();
        let metadata = match &self.kind {
            NewCampaignKind::RecordStreams {
                meta,
                spotify_id,
                spotify_external_platforms,
            } => {
                let mut m = ser(meta)?;
                m["spotify_id"] = Value::from(spotify_id.clone());
                if !spotify_external_platforms.is_empty() {
                    m["spotify_external_platforms"] =
                        Value::from(spotify_external_platforms.clone());
                }
                m
            }
            NewCampaignKind::BoostInstagram { meta } => ser(meta)?,
            NewCampaignKind::LinkClicks {
                meta,
                link_to_boost,
                caption,
            } => {
                let mut m = ser(meta)?;
                m["link_to_boost"] = Value::from(link_to_boost.clone());
                m["caption"] = Value::from(caption.clone());
                m
            }
            NewCampaignKind::GetPlaylisted {
                spotify_id,
                tier,
                pitch_notes,
            } => {
                let mut m = serde_json::json!({ "spotify_id": spotify_id, "tier": tier });
                if let Some(p) = pitch_notes {
                    m["pitch_notes"] = Value::from(p.clone());
                }
                m
            }
            NewCampaignKind::IncreaseVideoViews {
                video_id,
                budget,
                start_date,
                end_date,
                views_goal,
            } => {
                #[derive(Serialize)]
                struct V<'a> {
                    video_id: &'a str,
                    budget: &'a Budget,
                    #[serde(with = "iso_millis")]
                    start_date: DateTime<Utc>,
                    #[serde(with = "iso_millis")]
                    end_date: DateTime<Utc>,
                    #[serde(skip_serializing_if = "Option::is_none")]
                    views_goal: &'a Option<String>,
                }
                ser(&V {
                    video_id,
                    budget,
                    start_date: *start_date,
                    end_date: *end_date,
                    views_goal,
                })?
            }
        };
        let t = self.campaign_type();
        Ok(serde_json::json!({
            "provider": t.provider(),
            "campaign_type": t.as_str(),
            "campaign_name": self.name,
            "metadata": metadata,
        }))
    }
}

impl NewCampaign {
    /// Reads a creation body in the documents' shape (`provider`, `campaign_type`,
    /// `campaign_name`, `metadata`) into typed input, e.g. from a file the CLI is given.
    pub fn from_json(body: &Value) -> Result<NewCampaign> {
        let bad = |m: String| Error::Config { message: m };
        let name = body
            .get("campaign_name")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let name = name
            .ok_or_else(|| bad("campaign_name is required".into()))?
            .to_string();
        let kind = body
            .get("campaign_type")
            .and_then(Value::as_str)
            .map(CampaignType::from);
        let kind = kind.ok_or_else(|| bad("campaign_type is required".into()))?;
        let mut metadata = body
            .get("metadata")
            .cloned()
            .filter(Value::is_object)
            .ok_or_else(|| bad("metadata must be an object".into()))?;
        let mut take = |k: &str| metadata.as_object_mut().and_then(|m| m.remove(k));
        let text = |v: Option<Value>, k: &str| -> Result<String> {
            v.and_then(|v| v.as_str().map(str::to_string))
                .ok_or_else(|| bad(format!("metadata.{k} is required")))
        };
        let parse = |v: Value| -> Result<MetaMetadata> {
            let text = v.to_string();
            let mut de = serde_json::Deserializer::from_str(&text);
            serde_path_to_error::deserialize(&mut de)
                .map_err(|e| bad(format!("metadata.{}: {}", e.path(), e.inner())))
        };
        let kind = match kind {
            CampaignType::RecordStreams => {
                let spotify_id = text(
                    take("spotify_id").or_else(|| take("spotify_link")),
                    "spotify_id",
                )?;
                let platforms = take("spotify_external_platforms")
                    .map(|v| {
                        serde_json::from_value::<Vec<String>>(v)
                            .map_err(|e| bad(format!("metadata.spotify_external_platforms: {e}")))
                    })
                    .transpose()?
                    .unwrap_or_default();
                NewCampaignKind::RecordStreams {
                    meta: parse(metadata)?,
                    spotify_id,
                    spotify_external_platforms: platforms,
                }
            }
            CampaignType::BoostInstagram => NewCampaignKind::BoostInstagram {
                meta: parse(metadata)?,
            },
            CampaignType::LinkClicks => {
                let link_to_boost = text(take("link_to_boost"), "link_to_boost")?;
                let caption = text(take("caption"), "caption")?;
                NewCampaignKind::LinkClicks {
                    meta: parse(metadata)?,
                    link_to_boost,
                    caption,
                }
            }
            CampaignType::GetPlaylisted => {
                let spotify_id = text(take("spotify_id"), "spotify_id")?;
                let tier = PlaylistTier::from(text(take("tier"), "tier")?.as_str());
                let pitch_notes = take("pitch_notes").and_then(|v| v.as_str().map(str::to_string));
                NewCampaignKind::GetPlaylisted {
                    spotify_id,
                    tier,
                    pitch_notes,
                }
            }
            CampaignType::IncreaseVideoViews => {
                #[derive(Deserialize)]
                struct V {
                    video_id: String,
                    budget: Budget,
                    #[serde(with = "iso_millis")]
                    start_date: DateTime<Utc>,
                    #[serde(with = "iso_millis")]
                    end_date: DateTime<Utc>,
                    #[serde(default)]
                    views_goal: Option<String>,
                }
                let v: V =
                    serde_json::from_value(metadata).map_err(|e| bad(format!("metadata: {e}")))?;
                NewCampaignKind::IncreaseVideoViews {
                    video_id: v.video_id,
                    budget: v.budget,
                    start_date: v.start_date,
                    end_date: v.end_date,
                    views_goal: v.views_goal,
                }
            }
            CampaignType::Other(t) => {
                return Err(bad(format!(
                    "campaign_type {t:?} is not one of the five documented types"
                )))
            }
        };
        Ok(NewCampaign { name, kind })
    }
}

mod erased {
    use serde_json::Value;
    pub trait Ser {
        fn to_value(&self) -> crate::Result<Value>;
    }
    impl<T: serde::Serialize> Ser for T {
        fn to_value(&self) -> crate::Result<Value> {
            serde_json::to_value(self).map_err(|e| crate::Error::Config {
                message: format!("could not encode the request: {e}"),
            })
        }
    }
}

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
