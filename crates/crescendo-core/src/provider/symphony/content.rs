//! Symphony's brand content (releases, Instagram posts, YouTube videos) and its campaign
//! types as the wizard presents them, in Crescendo's types.

use crate::domain::{ExternalLink, Post, Release, Video};
use crate::wizard::{ObjectiveInfo, Step};
use symphony_api::v1::content as api;

/// A provider's image address, if it names one (blank strings are no address).
fn address(u: Option<String>) -> Option<String> {
    u.map(|u| u.trim().to_string()).filter(|u| !u.is_empty())
}

pub fn release(r: api::Release) -> Release {
    Release {
        image_url: address(r.thumbnail_url),
        id: r.id.to_string(),
        name: r.name,
        spotify_id: r.spotify_id,
        release_date: r.release_date,
        links: r
            .external_links
            .into_iter()
            .filter(|l| l.enabled != Some(false) && !l.url.trim().is_empty())
            .map(|l| ExternalLink {
                platform: l.name,
                url: l.url,
            })
            .collect(),
    }
}

pub fn post(p: api::InstagramPost) -> Post {
    // `media_url` is the video file itself for a VIDEO: only its `thumbnail_url` is a still.
    let is_video = p.media_type.as_deref() == Some("VIDEO");
    let media = if is_video { None } else { p.media_url };
    Post {
        image_url: address(p.thumbnail_url).or_else(|| address(media)),
        id: p.id,
        caption: p.caption,
        media_type: p.media_type,
        permalink: p.permalink,
        posted_at: p.timestamp,
        likes: p.like_count,
    }
}

pub fn video(v: api::YoutubeVideo) -> Video {
    Video {
        image_url: address(v.thumbnail_url),
        id: v.id,
        title: v.title,
        published_at: v.published_at,
        views: v.view_count,
    }
}

/// The five documented campaign types and the steps the create guide gives for each.
pub fn objectives() -> Vec<ObjectiveInfo> {
    use Step as S;
    let o =
        |code: &str, label: &str, description: &str, pays: bool, steps: &[Step]| ObjectiveInfo {
            code: code.into(),
            label: label.into(),
            description: description.into(),
            paid_by_provider: pays,
            steps: steps.to_vec(),
            ad_platform: None,
        };
    vec![
        o(
            "record_streams",
            "Increase music streams",
            "Ads on Instagram and Facebook that send fans to the release on their streaming platform.",
            false,
            &[S::Basics, S::Release, S::Media, S::Platforms, S::Budget, S::Targeting, S::Review],
        ),
        o(
            "boost_instagram",
            "Boost an Instagram post",
            "Show one of the artist's Instagram posts to more of the right people.",
            false,
            &[S::Basics, S::Post, S::Budget, S::Targeting, S::Review],
        ),
        o(
            "link_clicks",
            "Get link clicks",
            "Send people to a page of your choice: merch, tickets, a pre-save.",
            false,
            &[S::Basics, S::Link, S::Media, S::Budget, S::Targeting, S::Review],
        ),
        o(
            "get_playlisted",
            "Get playlisted",
            "Pitch the release to user playlists with a large combined following. Symphony charges the tier's price at launch.",
            true,
            &[S::Basics, S::Release, S::Tier, S::Review],
        ),
        o(
            "increase_video_views",
            "Increase YouTube views",
            "YouTube ads for one of the artist's videos. Symphony charges the budget at launch.",
            true,
            &[S::Basics, S::Video, S::Budget, S::Review],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The documents' release example (create guide, "brand_content/record_streams").
    #[test]
    fn release_artwork_is_its_thumbnail_url() {
        let r: api::Release = serde_json::from_value(json!({ "id": 41388, "brand_id": 358,
            "name": "Entre Roma y Viena", "spotify_id": "78TWg6fTRLxGKYN5RiSsQt",
            "release_date": "2023-01-11",
            "thumbnail_url": "https://i.scdn.co/image/ab67616d0000b273b6cada9f4c723d8645647508",
            "external_links": [] }))
        .unwrap();
        assert_eq!(
            release(r).image_url.as_deref(),
            Some("https://i.scdn.co/image/ab67616d0000b273b6cada9f4c723d8645647508")
        );
    }

    fn ig(media_type: &str, media_url: &str, thumbnail_url: Option<&str>) -> api::InstagramPost {
        serde_json::from_value(json!({ "id": "17921761666746619", "media_type": media_type,
            "media_url": media_url, "thumbnail_url": thumbnail_url }))
        .unwrap()
    }

    #[test]
    fn post_still_is_the_thumbnail_else_the_image_never_the_video_file() {
        let v = ig(
            "VIDEO",
            "https://cdn.example/v.mp4",
            Some("https://cdn.example/v.jpg"),
        );
        assert_eq!(
            post(v).image_url.as_deref(),
            Some("https://cdn.example/v.jpg")
        );
        let v = ig("VIDEO", "https://cdn.example/v.mp4", None);
        assert_eq!(post(v).image_url, None);
        let i = ig("IMAGE", "https://cdn.example/i.jpg", None);
        assert_eq!(
            post(i).image_url.as_deref(),
            Some("https://cdn.example/i.jpg")
        );
        let blank = ig("IMAGE", "  ", Some(""));
        assert_eq!(post(blank).image_url, None);
    }

    #[test]
    fn video_still_is_its_thumbnail_url() {
        let v: api::YoutubeVideo = serde_json::from_value(json!({ "id": "EpAkZtsYU3U",
            "title": "Live", "thumbnail_url": "https://i.ytimg.com/vi/EpAkZtsYU3U/hqdefault.jpg" }))
        .unwrap();
        assert_eq!(
            video(v).image_url.as_deref(),
            Some("https://i.ytimg.com/vi/EpAkZtsYU3U/hqdefault.jpg")
        );
    }
}
