//! What an ad can promote, from the artist's connected accounts: releases, Instagram posts,
//! YouTube videos. Images are the provider's addresses; the UI never loads them directly: it asks
//! [`crate::images::ImageCache`] (the `image` command) for a `data:` URL.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExternalLink {
    /// "spotify", "apple_music", "youtube"...
    pub platform: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Release {
    pub id: String,
    pub name: String,
    /// The Spotify id campaigns take.
    pub spotify_id: Option<String>,
    /// "2017-10-30", as the provider gives it.
    pub release_date: Option<String>,
    pub links: Vec<ExternalLink>,
    /// The artwork's address (Symphony's `thumbnail_url`); shown only through the `image`
    /// command, never loaded by the page itself.
    pub image_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Post {
    pub id: String,
    pub caption: Option<String>,
    /// "IMAGE", "VIDEO", "CAROUSEL_ALBUM".
    pub media_type: Option<String>,
    pub permalink: Option<String>,
    /// ISO 8601.
    pub posted_at: Option<String>,
    #[ts(type = "number | null")]
    pub likes: Option<u64>,
    /// A still of the post: its `thumbnail_url`, else its `media_url` unless that is a video.
    pub image_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Video {
    pub id: String,
    pub title: String,
    pub published_at: Option<String>,
    #[ts(type = "number | null")]
    pub views: Option<u64>,
    /// The video's still (`thumbnail_url`).
    pub image_url: Option<String>,
}
