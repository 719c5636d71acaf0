//! What to create: [`NewCampaign`], one variant per documented campaign type, and the POST
//! body it becomes.

use super::MetaMetadata;
use crate::types::{iso_millis, Budget, CampaignType, PlaylistTier};
use crate::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

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

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn at(day: u32) -> DateTime<Utc> {
        chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 3, day, 0, 0, 0).unwrap()
    }

    fn meta(budget: i64) -> MetaMetadata {
        MetaMetadata::new(Budget::new(Decimal::from(budget), "USD"), at(3), at(9))
    }

    /// The lost-create lookup and the CLI's spend confirmation read these: each kind gives
    /// its own budget and start, and get_playlisted (priced by tier) gives none.
    #[test]
    fn budget_and_start_come_from_each_kind() {
        let kinds = [
            NewCampaignKind::BoostInstagram { meta: meta(120) },
            NewCampaignKind::RecordStreams {
                meta: meta(130),
                spotify_id: "x".into(),
                spotify_external_platforms: vec![],
            },
            NewCampaignKind::LinkClicks {
                meta: meta(140),
                link_to_boost: "https://example.com".into(),
                caption: "c".into(),
            },
            NewCampaignKind::IncreaseVideoViews {
                video_id: "v".into(),
                budget: Budget::new(Decimal::from(150), "EUR"),
                start_date: at(4),
                end_date: at(8),
                views_goal: None,
            },
        ];
        let got: Vec<_> = kinds
            .into_iter()
            .map(|kind| {
                let new = NewCampaign {
                    name: "n".into(),
                    kind,
                };
                (new.budget().cloned(), new.start_date())
            })
            .collect();
        let usd = |v: i64| Some(Budget::new(Decimal::from(v), "USD"));
        assert_eq!(
            got,
            vec![
                (usd(120), Some(at(3))),
                (usd(130), Some(at(3))),
                (usd(140), Some(at(3))),
                (Some(Budget::new(Decimal::from(150), "EUR")), Some(at(4))),
            ]
        );
        let playlisted = NewCampaign {
            name: "n".into(),
            kind: NewCampaignKind::GetPlaylisted {
                spotify_id: "x".into(),
                tier: PlaylistTier::from("standard"),
                pitch_notes: None,
            },
        };
        assert_eq!(playlisted.budget(), None);
        assert_eq!(playlisted.start_date(), None);
    }
}
