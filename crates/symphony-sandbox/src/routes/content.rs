//! Content to promote: Spotify releases, Instagram posts and YouTube videos of a brand,
//! generated from the brand so each artist has a stable catalogue.

use super::{brand, header_brand, ok};
use crate::gate::Caller;
use crate::rng::Rng;
use crate::store::slug;
use crate::Shared;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::{Extension, Router};
use chrono::{Duration, SecondsFormat};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Arc;

const TITLES: &[&str] = &[
    "Midnight Drive",
    "Neon Hearts",
    "Acoustic Sessions",
    "Entre Roma y Viena",
    "Traidores",
    "Golden Hour",
    "Paper Planes",
    "Corridos en Vivo",
    "Summer Single",
    "Lost in Lisbon",
    "Static Bloom",
    "Velvet Skies",
];

fn id62(r: &mut Rng) -> String {
    const A: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    (0..22)
        .map(|_| A[(r.next_u64() % 62) as usize] as char)
        .collect()
}

pub fn releases(s: &Shared, brand_id: u64) -> Vec<Value> {
    let now = s.clock.now();
    let mut r = Rng::derive(s.config.seed, &[brand_id, 0xA1B]);
    TITLES
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let sid = id62(&mut r);
            let released = now - Duration::days(20 + 45 * i as i64);
            json!({
                "id": 41_000 + brand_id * 20 + i as u64,
                "brand_id": brand_id,
                "type": "record_streams",
                "name": t,
                "slug": slug(t),
                "createdAt": released.to_rfc3339_opts(SecondsFormat::Millis, true),
                "updatedAt": released.to_rfc3339_opts(SecondsFormat::Millis, true),
                "url": slug(t),
                "spotify_id": sid,
                "record_url": format!("https://open.spotify.com/album/{sid}"),
                "release_date": released.date_naive().to_string(),
                "thumbnail_url": null,
                "external_links": [
                    { "url": format!("https://music.apple.com/album/{}", 1_500_000_000 + i), "name": "apple_music", "type": "apple_music", "enabled": true },
                    { "url": format!("https://www.youtube.com/watch?v=demo{i}"), "name": "youtube", "type": "youtube", "enabled": true }
                ]
            })
        })
        .collect()
}

async fn record_streams(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let b = match brand(&s, &caller, header_brand(&headers).as_deref()) {
        Ok(b) => b,
        Err(e) => return e,
    };
    let keyword = q.get("keyword").map(String::as_str).unwrap_or("");
    let all = releases(&s, b.id);
    let hits: Vec<Value> = if keyword.trim().is_empty() {
        all
    } else {
        all.into_iter()
            .filter(|r| {
                let name = r["name"].as_str().unwrap_or("");
                let sl = r["slug"].as_str().unwrap_or("");
                crate::search::rank(name, keyword).is_some()
                    || sl.contains(&crate::search::fold(keyword))
            })
            .collect()
    };
    ok(json!(hits))
}

async fn instagram_posts(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
) -> Response {
    let b = match brand(&s, &caller, header_brand(&headers).as_deref()) {
        Ok(b) => b,
        Err(e) => return e,
    };
    let now = s.clock.now();
    let mut r = Rng::derive(s.config.seed, &[b.id, 0x16]);
    let posts: Vec<Value> = (0..9u64)
        .map(|i| {
            let id = 17_900_000_000_000_000 + b.id * 1000 + i;
            let video = i % 3 != 2;
            json!({
                "id": id.to_string(),
                "ig_id": (3_000_000_000_000_000_000u64 + id).to_string(),
                "permalink": format!("https://www.instagram.com/p/SBX{}{}/", b.id, i),
                "caption": format!("{} — {}", TITLES[i as usize % TITLES.len()], if video { "out now" } else { "tour dates" }),
                "media_product_type": if video { "REELS" } else { "FEED" },
                "media_type": if video { "VIDEO" } else { "IMAGE" },
                "media_url": format!("https://cdn.sandbox.invalid/ig/{id}.{}", if video { "mp4" } else { "jpg" }),
                "is_shared_to_feed": true,
                "like_count": (r.range(80.0, 4000.0)) as u64,
                "comments_count": (r.range(2.0, 300.0)) as u64,
                "thumbnail_url": format!("https://cdn.sandbox.invalid/ig/{id}.jpg"),
                "timestamp": (now - Duration::days(3 + 9 * i as i64)).to_rfc3339_opts(SecondsFormat::Millis, true),
                "username": slug(&b.name).replace('-', "_"),
            })
        })
        .collect();
    ok(json!(posts))
}

async fn youtube_videos(
    State(s): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
) -> Response {
    let b = match brand(&s, &caller, header_brand(&headers).as_deref()) {
        Ok(b) => b,
        Err(e) => return e,
    };
    let now = s.clock.now();
    let mut r = Rng::derive(s.config.seed, &[b.id, 0x47]);
    let videos: Vec<Value> = (0..6u64)
        .map(|i| {
            let id: String = id62(&mut r).chars().take(11).collect();
            json!({
                "id": id,
                "title": format!("{} (Official Video)", TITLES[i as usize % TITLES.len()]),
                "thumbnail_url": format!("https://i.ytimg.com/vi/{id}/hqdefault.jpg"),
                "published_at": (now - Duration::days(15 + 30 * i as i64)).to_rfc3339_opts(SecondsFormat::Secs, true),
                "view_count": r.range(2_000.0, 900_000.0) as u64,
                "channel_title": b.name,
            })
        })
        .collect();
    ok(json!(videos))
}

pub fn v1_routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/brand_content/record_streams", get(record_streams))
        .route("/meta/instagram/posts", get(instagram_posts))
}

pub fn youtube_router() -> Router<Arc<Shared>> {
    Router::new().route("/youtube/videos", get(youtube_videos))
}
