//! Reading a creation body in the documents' shape, e.g. from a file the CLI is given.

use super::{MetaMetadata, NewCampaign, NewCampaignKind};
use crate::types::{iso_millis, Budget, CampaignType, PlaylistTier};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value;

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
