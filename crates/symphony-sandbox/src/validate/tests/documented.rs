//! The request examples of symphony-v1-create-campaigns.txt, verbatim: each is accepted, and what
//! it resolves to is what the example asks for.

use super::*;

/// "Increase Music Streams" request example.
const RECORD_STREAMS: &str = r#"{ "provider": "facebook", "campaign_type": "record_streams", "campaign_name": "campaign Record Stream from API", "metadata": { "budget": { "value": 12, "currency": "USD" }, "start_date": "2024-08-20T05:00:00.000Z", "end_date": "2024-08-21T05:00:00.000Z", "call_to_action": "LEARN_MORE", "instagram_post_id": "17921761666746619", "public_video_links": [ { "url": "https://res.cloudinary.com/symphonyos/video/upload/v1721403225/symphony/car2_aroyzh.webm", "name": "video test loading", "thumbnail": "https://res.cloudinary.com/symphonyos/video/upload/c_limit,h_60,w_90/v1721403225/symphony/car2_aroyzh.jpg" } ], "public_image_links": [ { "url": "https://res.cloudinary.com/symphonyos/image/upload/v1721403225/symphony/car2_aroyzh.webm", "name": "image test loading", "thumbnail": "https://res.cloudinary.com/symphonyos/image/upload/c_limit,h_60,w_90/v1721403225/symphony/car2_aroyzh.jpg" } ], "spotify_id": "2M4ujJtsYiiUISmuntBJn7", "spotify_external_platforms": [ "https://www.youtube.com/watch?v=EpAkZtsYU3U", "https://geo.music.apple.com/tr/album/_/1541250609?i=1541250816&mt=1&app=music&ls=1" ], "targeting_countries": [ { "name": "Recommended Markets", "budget": 1, "locations": [ { "value": "US", "label": "United States of America", "type": "country", "region_id": null, "country_code": null }, { "value": "3847", "label": "California", "type": "region", "country_code": "US" }, { "value": "2420379", "label": "Los Angeles", "type": "city", "region_id": 3847, "country_code": "US" }, { "value": "GB", "label": "United Kingdom", "type": "country", "region_id": null, "country_code": null } ] } ], "targeting_audiences": [ { "fbId": "6003317001363", "name": "Zendaya" }, { "fbId": "6003278637610", "name": "Indie pop" } ], "targeting_demographic": { "age": { "min": 18, "max": 35 }, "gender": "All", "languages": [ { "key": 6, "name": "English (US)", "selected": true }, { "key": 24, "name": "English (UK)", "selected": true } ] } } }"#;
/// "Boost your Instagram" request example.
const BOOST_INSTAGRAM: &str = r#"{ "provider": "facebook", "campaign_type": "boost_instagram", "campaign_name": "test create campaign boost", "metadata": { "budget": { "value": 12, "currency": "USD" }, "start_date": "2024-08-20T05:00:00.000Z", "end_date": "2024-08-21T05:00:00.000Z", "call_to_action": "LEARN_MORE", "instagram_post_id": "17921761666746619", "public_video_links": [ { "url": "https://res.cloudinary.com/symphonyos/video/upload/v1721403225/symphony/car2_aroyzh.webm", "name": "video test loading", "thumbnail": "https://res.cloudinary.com/symphonyos/video/upload/c_limit,h_60,w_90/v1721403225/symphony/car2_aroyzh.jpg" } ], "public_image_links": [ { "url": "https://res.cloudinary.com/symphonyos/image/upload/v1721403225/symphony/car2_aroyzh.webm", "name": "image test loading", "thumbnail": "https://res.cloudinary.com/symphonyos/image/upload/c_limit,h_60,w_90/v1721403225/symphony/car2_aroyzh.jpg" } ], "spotify_id": "2M4ujJtsYiiUISmuntBJn7", "spotify_external_platforms": [ "https://www.youtube.com/watch?v=EpAkZtsYU3U", "https://geo.music.apple.com/tr/album/_/1541250609?i=1541250816&mt=1&app=music&ls=1" ], "targeting_countries": [ { "name": "Recommended Markets", "budget": 1, "locations": [ { "value": "US", "label": "United States of America", "type": "country", "region_id": null, "country_code": null }, { "value": "3847", "label": "California", "type": "region", "country_code": "US" }, { "value": "2420379", "label": "Los Angeles", "type": "city", "region_id": 3847, "country_code": "US" }, { "value": "GB", "label": "United Kingdom", "type": "country", "region_id": null, "country_code": null } ] } ], "targeting_audiences": [ { "fbId": "6003317001363", "name": "Zendaya" }, { "fbId": "6003278637610", "name": "Indie pop" } ], "targeting_demographic": { "age": { "min": 18, "max": 35 }, "gender": "All", "languages": [ { "key": 6, "name": "English (US)", "selected": true }, { "key": 24, "name": "English (UK)", "selected": true } ] } } }"#;
/// "Link Clicks" request example.
const LINK_CLICKS: &str = r#"{ "provider": "facebook", "campaign_type": "link_clicks", "campaign_name": "campaign Link clicks from API", "metadata": { "budget": { "value": 12, "currency": "USD" }, "start_date": "2024-08-20T05:00:00.000Z", "end_date": "2024-08-21T05:00:00.000Z", "call_to_action": "LEARN_MORE", "instagram_post_id": "17921761666746619", "public_video_links": [ { "url": "https://res.cloudinary.com/symphonyos/video/upload/v1721403225/symphony/car2_aroyzh.webm", "name": "video test loading", "thumbnail": "https://res.cloudinary.com/symphonyos/video/upload/c_limit,h_60,w_90/v1721403225/symphony/car2_aroyzh.jpg" } ], "public_image_links": [ { "url": "https://res.cloudinary.com/symphonyos/video/upload/v1721403225/symphony/car2_aroyzh.webm", "name": "video test loading", "thumbnail": "https://res.cloudinary.com/symphonyos/video/upload/c_limit,h_60,w_90/v1721403225/symphony/car2_aroyzh.jpg" } ], "link_to_boost": "https://www.goodreads.com/book/show/5907.The_Hobbit?ref=rae_2", "caption": "test caption", "targeting_countries": [ { "name": "Recommended Markets", "budget": 1, "locations": [ { "value": "US", "label": "United States of America", "type": "country", "region_id": null, "country_code": null }, { "value": "3847", "label": "California", "type": "region", "country_code": "US" }, { "value": "2420379", "label": "Los Angeles", "type": "city", "region_id": 3847, "country_code": "US" }, { "value": "GB", "label": "United Kingdom", "type": "country", "region_id": null, "country_code": null } ] } ], "targeting_audiences": [ { "fbId": "6003317001363", "name": "Zendaya" }, { "fbId": "6003278637610", "name": "Indie pop" } ], "targeting_demographic": { "age": { "min": 18, "max": 35 }, "gender": "All", "languages": [ { "key": 6, "name": "English (US)", "selected": true }, { "key": 24, "name": "English (UK)", "selected": true } ] } } }"#;
/// The "Assets" request example (a video link, no post, MXN). The document's text lacks the
/// closing brace of the body; it is added here.
const ASSETS_MXN: &str = r#"{ "provider": "facebook", "campaign_type": "boost_instagram", "campaign_name": "test create campaign boost", "metadata": { "budget": { "value": 190, "currency": "MXN" }, "start_date": "2024-10-04T05:00:00.000Z", "end_date": "2024-10-05T05:00:00.000Z", "call_to_action": "LEARN_MORE", "public_video_links": [ { "format_type": "story", "name": "phoneVideo", "thumbnail": "https://res.cloudinary.com/symphonyos/video/upload/c_limit,h_60,w_90/v1722633952/symphony/phoneVideo_o5ncrd.jpg", "url": "https://res.cloudinary.com/symphonyos/video/upload/v1722633952/symphony/phoneVideo_o5ncrd.mp4" } ] } }"#;

fn example(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn every_documented_request_is_accepted() {
    for (text, currency) in [
        (RECORD_STREAMS, "USD"),
        (BOOST_INSTAGRAM, "USD"),
        (LINK_CLICKS, "USD"),
        (ASSETS_MXN, "MXN"),
    ] {
        let body = example(text);
        assert_eq!(problems(&body, currency), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn the_documented_targeting_resolves_to_its_one_market() {
    let a = create(&example(RECORD_STREAMS), "USD", now()).unwrap();
    assert_eq!(a.campaign_type, "record_streams");
    assert_eq!(a.provider, "facebook");
    assert_eq!(a.budget.to_string(), "12");
    assert_eq!(a.start, at("2024-08-20T05:00:00Z"));
    assert_eq!(a.end, at("2024-08-21T05:00:00Z"));
    assert_eq!(a.markets.len(), 1);
    let (name, share, locations) = &a.markets[0];
    assert_eq!(name, "Recommended Markets");
    assert_eq!(share.to_string(), "1");
    let values: Vec<&str> = locations
        .iter()
        .filter_map(|l| l["value"].as_str())
        .collect();
    assert_eq!(values, ["US", "3847", "2420379", "GB"]);
}
