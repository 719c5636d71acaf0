//! Media: `public_video_links` and `public_image_links` ("arrays that can contain up to three
//! videos/images", each `{ url, name, thumbnail? }` with public URLs) and the media rule.

use super::*;
use crate::validate::links::is_url;

const KEYS: [&str; 2] = ["public_video_links", "public_image_links"];

fn link() -> Value {
    json!({ "url": "https://res.cloudinary.com/symphonyos/video/upload/v1721403225/symphony/car2_aroyzh.webm",
            "name": "video test loading" })
}

/// The base request with no Instagram post: its media are the links given here.
fn with_links(key: &str, links: Value) -> Vec<String> {
    let mut b = base();
    b["metadata"]
        .as_object_mut()
        .map(|m| m.remove("instagram_post_id"));
    b["metadata"][key] = links;
    problems(&b, "USD")
}

#[test]
fn a_public_url_is_http_or_https_with_a_host() {
    for ok in [
        "https://res.cloudinary.com/symphonyos/image/upload/v1721403225/symphony/car2_aroyzh.jpg",
        "http://example.com",
        "https://t.co",
        "https://a",
        "https://cdn.example.com?v=1#t",
    ] {
        assert!(is_url(&json!(ok)), "{ok} is a public URL");
    }
    for bad in [
        json!(""),
        json!("https://"),
        json!("http://"),
        json!("https:///video.mp4"),
        json!("https://?v=1"),
        json!("https://#top"),
        json!("ftp://cdn.example.com/video.mp4"),
        json!("cdn.example.com/video.mp4"),
        json!("//cdn.example.com/video.mp4"),
        json!("file:///home/me/video.mp4"),
        json!(null),
        json!(42),
        json!(["https://cdn.example.com/video.mp4"]),
    ] {
        assert!(!is_url(&bad), "{bad} is not a public URL");
    }
}

#[test]
fn up_to_three_links_of_each_kind() {
    for key in KEYS {
        assert_eq!(
            with_links(key, json!([link(), link(), link()])),
            Vec::<String>::new(),
            "{key}"
        );
        assert_eq!(
            with_links(key, json!([link(), link(), link(), link()])),
            [format!(
                "metadata.{key}: has 4 items; at most 3 are allowed"
            )]
        );
        assert_eq!(
            with_links(key, link()),
            [
                format!("metadata.{key}: must be a list"),
                "metadata: needs media: instagram_post_id, public_video_links or public_image_links"
                    .to_string()
            ]
        );
    }
}

#[test]
fn either_kind_of_link_alone_is_the_media() {
    // "a media field, which can be either an instagram_post_id, public_video_links or
    // public_image_links".
    for key in KEYS {
        assert_eq!(
            with_links(key, json!([link()])),
            Vec::<String>::new(),
            "{key}"
        );
        assert_eq!(
            with_links(key, json!([])),
            ["metadata: needs media: instagram_post_id, public_video_links or public_image_links"]
        );
    }
}

#[test]
fn each_link_has_a_public_url_and_a_name() {
    for key in KEYS {
        let mut bad = link();
        bad["url"] = json!("cdn.example.com/video.mp4");
        bad.as_object_mut().map(|l| l.remove("name"));
        assert_eq!(
            with_links(key, json!([link(), bad])),
            [
                format!("metadata.{key}[1].url: must be a public http(s) URL"),
                format!("metadata.{key}[1].name: is required"),
            ]
        );
    }
}

#[test]
fn a_thumbnail_is_optional_and_a_public_url_when_given() {
    // "thumbnail?": string // optional public url for thumbnail.
    let thumb = |t: Value| {
        let mut l = link();
        l["thumbnail"] = t;
        l
    };
    let documented = json!("https://res.cloudinary.com/symphonyos/video/upload/c_limit,h_60,w_90/v1721403225/symphony/car2_aroyzh.jpg");
    for key in KEYS {
        for ok in [thumb(documented.clone()), thumb(json!(null)), link()] {
            assert_eq!(
                with_links(key, json!([ok])),
                Vec::<String>::new(),
                "{key}: {ok}"
            );
        }
        for bad in [json!("car2_aroyzh.jpg"), json!(""), json!(7)] {
            assert_eq!(
                with_links(key, json!([link(), thumb(bad.clone())])),
                [format!(
                    "metadata.{key}[1].thumbnail: must be a public http(s) URL"
                )],
                "{key}: {bad}"
            );
        }
    }
}
