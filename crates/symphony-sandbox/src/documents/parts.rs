//! The pieces of the details document: the brand and its accounts, the promoted release, the
//! creative and the targeting, each in the 5195 example's shape.

use super::{ex, iso, set, FAKE_TOKEN_PREFIX};
use crate::store::{Brand, Campaign};
use serde_json::{json, Value};

pub(super) fn token(kind: &str, brand: &Brand) -> Value {
    json!(format!("{FAKE_TOKEN_PREFIX}{kind}-{}", brand.id))
}

pub(super) fn symbol(currency: &str) -> &'static str {
    match currency {
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        "INR" => "₹",
        "KRW" => "₩",
        "BRL" => "R$",
        _ => "$",
    }
}

/// The brand object (`campaign_input.brand`, `campaign_state.brand`), the example's with this
/// brand's identity, currency and fake tokens.
pub(super) fn brand_doc(b: &Brand) -> Value {
    let mut d = ex("/campaign_metadata/campaign_input/brand");
    let handle = b.slug.replace('-', "_");
    for (p, v) in [
        ("/id", json!(b.id)),
        ("/name", json!(b.name)),
        ("/slug", json!(b.slug)),
        (
            "/image",
            json!(format!("https://cdn.sandbox.invalid/brand/{}.jpg", b.id)),
        ),
        ("/currency/code", json!(b.currency)),
        ("/currency/symbol", json!(symbol(&b.currency))),
        ("/createdAt", json!(iso(b.created_at))),
        ("/updatedAt", json!(iso(b.created_at))),
        (
            "/connections/facebook_page/id",
            json!(format!("page{}", b.id)),
        ),
        ("/connections/facebook_page/name", json!(b.name)),
        ("/connections/facebook_page/access_token", token("page", b)),
        ("/connections/logged_in_fb_user/name", json!("Sandbox User")),
        (
            "/connections/logged_in_fb_user/access_token",
            token("user", b),
        ),
        (
            "/connections/facebook_pixel_conversions_api_access_token",
            token("capi", b),
        ),
        (
            "/connections/facebook_ad_account/id",
            json!(format!("act_{}", b.id)),
        ),
        (
            "/connections/facebook_ad_account/name",
            json!(format!("{} ads", b.name)),
        ),
        (
            "/connections/facebook_ad_account/currency",
            json!(b.currency),
        ),
        ("/connections/tiktok/username", json!(handle)),
        (
            "/connections/tiktok/url",
            json!(format!("https://tiktok.com/@{handle}")),
        ),
        ("/connections/audiomack/name", json!(b.name)),
        ("/connections/youtube_channel/snippet/title", json!(b.name)),
        (
            "/connections/youtube_channel/snippet/channelTitle",
            json!(b.name),
        ),
        ("/connections/spotify_artist_page/name", json!(b.name)),
        (
            "/connections/soundcloud_artist_page/username",
            json!(b.slug),
        ),
    ] {
        set(&mut d, p, v);
    }
    if let Some(id) = &b.spotify_artist_id {
        set(&mut d, "/connections/spotify_artist_page/id", json!(id));
        set(
            &mut d,
            "/connections/spotify_artist_page/uri",
            json!(format!("spotify:artist:{id}")),
        );
        set(
            &mut d,
            "/connections/spotify_artist_page/href",
            json!(format!("https://api.spotify.com/v1/artists/{id}")),
        );
        set(
            &mut d,
            "/connections/spotify_artist_page/external_urls/spotify",
            json!(format!("https://open.spotify.com/artist/{id}")),
        );
    }
    for p in [
        "/connections/instagram_page/name",
        "/connections/instagram_page/businessAccount/username",
        "/connections/instagram_page/instagramAccount/username",
        "/connections/instagram_page/connected_instagram_account/username",
    ] {
        let v = if p.ends_with("/name") {
            json!(b.name)
        } else {
            json!(handle)
        };
        set(&mut d, p, v);
    }
    d
}

pub(super) fn fb_page(b: &Brand) -> Value {
    let mut p = ex("/campaign_metadata/campaign_input/fbPage");
    set(&mut p, "/id", json!(format!("page{}", b.id)));
    set(&mut p, "/name", json!(b.name));
    set(&mut p, "/access_token", token("page", b));
    let handle = b.slug.replace('-', "_");
    set(
        &mut p,
        "/instagram_business_account/username",
        json!(handle),
    );
    set(
        &mut p,
        "/connected_instagram_account/username",
        json!(handle),
    );
    p
}

pub(super) fn ig_page(b: &Brand) -> Value {
    let mut p = ex("/campaign_metadata/campaign_input/igPage");
    let handle = b.slug.replace('-', "_");
    for k in [
        "businessAccount",
        "instagramAccount",
        "connected_instagram_account",
    ] {
        set(&mut p, &format!("/{k}/username"), json!(handle));
    }
    p
}

pub(super) fn ad_account(b: &Brand) -> Value {
    let mut a = ex("/campaign_metadata/campaign_input/fbAdAccount");
    set(&mut a, "/id", json!(format!("act_{}", b.id)));
    set(&mut a, "/name", json!(format!("{} ads", b.name)));
    set(&mut a, "/currency", json!(b.currency));
    a
}

/// The promoted release (`record`) of a streams or playlist campaign, in the example's shape.
pub(super) fn record(c: &Campaign, b: &Brand, release: Option<&Value>) -> Value {
    let Some(sid) = c.metadata.get("spotify_id").and_then(Value::as_str) else {
        return Value::Null;
    };
    let name = release
        .and_then(|r| r["name"].as_str())
        .map(str::to_string)
        .unwrap_or_else(|| format!("Release {sid}"));
    let mut r = ex("/campaign_metadata/campaign_input/record");
    for (p, v) in [
        ("/name", json!(name)),
        ("/slug", json!(crate::store::slug(&name))),
        ("/explicit", json!(false)),
        (
            "/record_url",
            json!(format!("https://open.spotify.com/track/{sid}")),
        ),
        ("/spotify_id", json!(sid)),
        (
            "/preview_url",
            json!(format!("https://cdn.sandbox.invalid/preview/{sid}.mp3")),
        ),
        ("/spotify_uri", json!(format!("spotify:track:{sid}"))),
        ("/external_ids/isrc", json!(format!("QZSBX{:07}", c.id))),
        (
            "/release_date",
            release
                .map(|r| r["release_date"].clone())
                .unwrap_or(json!(c.created_at.date_naive().to_string())),
        ),
        (
            "/thumbnail_url",
            json!(format!("https://cdn.sandbox.invalid/cover/{sid}.jpg")),
        ),
        (
            "/external_links",
            json!([{ "url": format!("https://open.spotify.com/track/{sid}"), "name": "spotify" }]),
        ),
        ("/primary_artist", json!(b.name)),
    ] {
        set(&mut r, p, v);
    }
    r
}

pub(super) fn goal(kind: &str) -> &'static str {
    // Only increase_record_streams is documented; the others follow its pattern (README).
    match kind {
        "record_streams" => "increase_record_streams",
        "boost_instagram" => "grow_instagram_engagement",
        "link_clicks" => "increase_link_clicks",
        "get_playlisted" => "get_playlisted",
        _ => "increase_video_views",
    }
}

pub(super) fn assets(c: &Campaign) -> Vec<Value> {
    ["public_video_links", "public_image_links"]
        .iter()
        .flat_map(|k| {
            let image = *k == "public_image_links";
            c.metadata
                .get(*k)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(move |l| (l, image))
        })
        .enumerate()
        .map(|(i, (l, image))| {
            json!({
                "url": l.get("url").cloned().unwrap_or(Value::Null),
                "name": l.get("name").cloned().unwrap_or(Value::Null),
                "type": if image { "image" } else { "video" },
                "fb_id": format!("{:032x}", c.id * 100 + i as u64),
                "width": 1080,
                "height": if image { 1080 } else { 1920 },
                "thumbnail": l.get("thumbnail").cloned().unwrap_or(Value::Null),
                "formatType": l.get("format_type").cloned().unwrap_or(json!("feed")),
            })
        })
        .collect()
}

/// `targetedCountries`, with every location in the example's five-key shape.
pub(super) fn targeted(c: &Campaign) -> Vec<Value> {
    c.markets
        .iter()
        .map(|m| {
            json!({
                "name": m.name,
                "budget": crate::money::json(m.fraction),
                "locations": m.locations.iter().map(|l| json!({
                    "type": l.get("type").cloned().unwrap_or(json!("country")),
                    "label": l.get("label").or_else(|| l.get("name")).cloned().unwrap_or(Value::Null),
                    "value": l.get("value").or_else(|| l.get("key")).cloned().unwrap_or(Value::Null),
                    "region_id": l.get("region_id").cloned().unwrap_or(Value::Null),
                    "country_code": l.get("country_code").cloned().unwrap_or(Value::Null),
                })).collect::<Vec<_>>(),
            })
        })
        .collect()
}

pub(super) fn demographics(c: &Campaign) -> Value {
    let given = c.metadata.get("targeting_demographic");
    let mut d = ex("/campaign_metadata/campaign_input/targetingDemographics");
    if let Some(g) = given {
        if let Some(age) = g.get("age") {
            set(
                &mut d,
                "/age/min",
                age.get("min").cloned().unwrap_or(json!(18)),
            );
            set(
                &mut d,
                "/age/max",
                age.get("max").cloned().unwrap_or(json!(65)),
            );
        }
        if let Some(gender) = g.get("gender") {
            set(&mut d, "/gender", gender.clone());
        }
        if let Some(langs) = g.get("languages").and_then(Value::as_array) {
            let langs: Vec<Value> = langs
                .iter()
                .map(|l| json!({ "key": l.get("key"), "name": l.get("name"), "selected": true }))
                .collect();
            set(&mut d, "/languages", json!(langs));
        }
    }
    d
}

pub(super) fn audiences(c: &Campaign) -> Value {
    match c.metadata.get("targeting_audiences").and_then(Value::as_array) {
        Some(a) => json!(a
            .iter()
            .map(|x| json!({ "fbId": x.get("fbId").cloned().unwrap_or(Value::Null), "name": x.get("name") }))
            .collect::<Vec<_>>()),
        None => json!([]),
    }
}
