//! Symphony's brand content (releases, Instagram posts, YouTube videos) and its campaign
//! types as the wizard presents them, in Crescendo's types.

use crate::domain::{ExternalLink, Post, Release, Video};
use crate::wizard::{ObjectiveInfo, Step};
use symphony_api::v1::content as api;

pub fn release(r: api::Release) -> Release {
    Release {
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
    Post {
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
