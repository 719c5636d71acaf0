//! Content to promote: releases, Instagram posts, YouTube videos.

use crate::client::Api;
use crate::{Client, Result};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A release for record_streams / get_playlisted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Release {
    pub id: u64,
    #[serde(default)]
    pub brand_id: Option<u64>,
    pub name: String,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub spotify_id: Option<String>,
    #[serde(default)]
    pub record_url: Option<String>,
    #[serde(default)]
    pub release_date: Option<String>,
    #[serde(default)]
    pub thumbnail_url: Option<String>,
    #[serde(default)]
    pub external_links: Vec<ExternalLink>,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExternalLink {
    pub url: String,
    pub name: String,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstagramPost {
    pub id: String,
    #[serde(default)]
    pub ig_id: Option<String>,
    #[serde(default)]
    pub permalink: Option<String>,
    #[serde(default)]
    pub caption: Option<String>,
    #[serde(default)]
    pub media_product_type: Option<String>,
    #[serde(default)]
    pub media_type: Option<String>,
    #[serde(default)]
    pub media_url: Option<String>,
    #[serde(default)]
    pub is_shared_to_feed: Option<bool>,
    #[serde(default)]
    pub like_count: Option<u64>,
    #[serde(default)]
    pub comments_count: Option<u64>,
    #[serde(default)]
    pub thumbnail_url: Option<String>,
    #[serde(default)]
    pub timestamp: Option<String>,
    #[serde(default)]
    pub username: Option<String>,
}

/// A YouTube video (the documents do not show this response; fields are an assumption).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YoutubeVideo {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub thumbnail_url: Option<String>,
    #[serde(default)]
    pub published_at: Option<String>,
    #[serde(default)]
    pub view_count: Option<u64>,
    #[serde(flatten, deserialize_with = "crate::types::redact::de_map")]
    pub extra: Map<String, Value>,
}

impl Client {
    /// Releases matching a slug or name (`/v1/brand_content/record_streams?keyword=`).
    pub async fn releases(&self, keyword: &str) -> Result<Vec<Release>> {
        self.get(
            Api::V1,
            "v1/brand_content/record_streams",
            &[("keyword", keyword.trim().to_string())],
        )
        .await
    }
    pub async fn instagram_posts(&self) -> Result<Vec<InstagramPost>> {
        self.get(Api::V1, "v1/meta/instagram/posts", &[]).await
    }
    /// `/advertising/youtube/videos` (no `/v1`, as the document writes it).
    pub async fn youtube_videos(&self) -> Result<Vec<YoutubeVideo>> {
        self.get(Api::V1, "youtube/videos", &[]).await
    }
}
