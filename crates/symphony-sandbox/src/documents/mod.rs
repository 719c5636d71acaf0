//! The v1 campaign documents in the shapes the integration guide shows: list rows exactly as
//! its list example (nothing more), and details built on its 5195 example, field by field.
//! The guide's example is the template, so every documented key is present; the campaign's own
//! data replaces the values that describe it.

use crate::store::{Brand, Campaign};
use crate::{lifecycle, money};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};
use std::sync::OnceLock;

mod parts;
use parts::*;

/// The guide's 3.2.1 example, verbatim (the client's fixture: one copy for both crates).
const DETAILS_EXAMPLE: &str =
    include_str!("../../../symphony-api/tests/fixtures/responses/campaign_details.json");

/// Fake values where the documents carry tokens, so tests can check that clients redact them.
pub const FAKE_TOKEN_PREFIX: &str = "sandbox-fake-token-";

pub fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn example() -> &'static Value {
    static EXAMPLE: OnceLock<Value> = OnceLock::new();
    EXAMPLE.get_or_init(|| {
        serde_json::from_str::<Value>(DETAILS_EXAMPLE)
            .map(|v| v["data"].clone())
            .unwrap_or(Value::Null)
    })
}

/// The example's value at `pointer` (a JSON pointer below `data`), or null.
pub(super) fn ex(pointer: &str) -> Value {
    example().pointer(pointer).cloned().unwrap_or(Value::Null)
}

pub(super) fn set(v: &mut Value, pointer: &str, new: Value) {
    if let Some(slot) = v.pointer_mut(pointer) {
        *slot = new;
    }
}

/// One row of GET /v1/campaign: exactly the guide's `Campaign` interface.
pub fn list_row(c: &Campaign, status: &str) -> Value {
    json!({
        "id": c.id,
        "status": status,
        "brand_id": c.brand_id,
        "campaign_metadata": {
            "start_date": iso(c.start),
            "end_date": iso(c.end),
            "campaign_type": c.campaign_type,
            "budget": money::json(c.budget),
        }
    })
}

/// The example's `platform_details.ad_types` names.
const AD_TYPES: [&str; 6] = [
    "all",
    "spotify",
    "apple_music",
    "youtube",
    "soundcloud",
    "custom",
];

/// Everything `details` needs beyond the campaign itself.
pub struct DetailsContext<'a> {
    pub brand: &'a Brand,
    pub status: &'a str,
    pub completed: bool,
    pub notes: Option<&'a str>,
    /// The brand's release this campaign promotes, when it is one of the catalogue's.
    pub release: Option<Value>,
}

/// GET /v1/campaign/{id}: the 5195 example's shape with this campaign's data.
pub fn details(c: &Campaign, cx: &DetailsContext) -> Value {
    let b = cx.brand;
    let caption = c.metadata.get("caption").cloned().unwrap_or(json!(""));
    let creative = assets(c);
    let rec = record(c, b, cx.release.as_ref());
    let ig_media = c
        .metadata
        .get("instagram_post_id")
        .map(|id| json!({ "id": id }))
        .unwrap_or(Value::Null);
    let type_label = goal(&c.campaign_type).replace('_', " ");
    let input = json!({
        "goal": goal(&c.campaign_type),
        "brand": brand_doc(b),
        "assets": { "all": creative },
        "budget": money::json(c.budget),
        "fbPage": fb_page(b),
        "igPage": ig_page(b),
        "record": rec,
        "endDate": iso(c.end),
        "igMedia": ig_media,
        "captions": { "all": caption },
        "startDate": iso(c.start),
        "price_data": {
            "name": format!("{} FB/IG Ads Campaign for \"{}\"", c.budget.normalize(), b.name),
            "price": money::json(c.budget),
            "description": format!("\"{}\" ({type_label})", b.name),
        },
        "fbAdAccount": ad_account(b),
        "campaignName": c.name,
        "conversionsDomain": "symphony.to",
        "targetedCountries": targeted(c),
        "conversionsEnabled": false,
        "conversionsEventName": "StreamingLinkClicked",
        "targetingDemographics": demographics(c),
        "userExistingAudiences": null,
        "interestTargetingAudiences": audiences(c),
    });
    let state = json!({
        "brand": input["brand"],
        "record": input["record"],
        "accounts": { "fbPage": input["fbPage"], "igPage": input["igPage"], "fbAdAccount": input["fbAdAccount"] },
        "campaign": {
            "details": { "budget": money::json(c.budget), "endDate": iso(c.end), "startDate": iso(c.start) },
            "creative": {
                "cta": c.metadata.get("call_to_action").cloned().unwrap_or(Value::Null),
                "assets": { "all": input["assets"]["all"] },
                "igMedia": input["igMedia"],
                "captions": input["captions"],
                "mainCaption": null,
            },
            "targeting": {
                "targetedCountries": input["targetedCountries"],
                "targetingDemographics": input["targetingDemographics"],
                "interestTargetingAudiences": input["interestTargetingAudiences"],
            },
            "conversions": {
                "conversionsDomain": "symphony.to",
                "conversionsEnabled": false,
                "conversionsEventName": "StreamingLinkClicked",
                "conversionsApiAccessToken": token("capi", b),
            },
        },
    });
    let content = if rec.is_null() {
        Value::Null
    } else {
        json!({ "name": rec["name"], "slug": rec["slug"], "type": "single", "thumbnail_url": rec["thumbnail_url"] })
    };
    let ad_types: Vec<Value> = AD_TYPES
        .iter()
        .map(|n| {
            let ids: Vec<String> = if *n == "all" {
                c.markets
                    .iter()
                    .map(|m| format!("{}100", m.fb_id))
                    .collect()
            } else {
                Vec::new()
            };
            json!({ "name": n, "ad_ids": ids })
        })
        .collect();
    let platform_details = if cx.completed && c.provider == "facebook" {
        json!({
            "ad_types": ad_types,
            "campaigns": c.markets.iter().map(|m| m.fb_id.clone()).collect::<Vec<_>>(),
            "ad_account": format!("act_{}", c.brand_id),
            "access_token": token("page", b),
            "errorCampaigns": [],
            "campaignsMapping": crate::mapping::mapping(c),
            "creatives_mapping": [],
        })
    } else {
        Value::Null
    };
    json!({
        "id": c.id,
        "brand_id": c.brand_id,
        "status": cx.status,
        "campaign_metadata": {
            "links": null,
            "budget": money::json(c.budget),
            // Symphony's processing status: the example shows SUBMITTED before completion.
            "status": if cx.completed { "PUBLISHED" } else { "SUBMITTED" },
            "content": content,
            "endDate": iso(c.end),
            "creative": { "all": input["assets"]["all"] },
            "currency": c.currency,
            "startDate": iso(c.start),
            "status_notes": cx.notes,
            "campaign_type": c.campaign_type,
            "campaign_input": input,
            "campaign_state": state,
            "payment_details": null,
            "platform_details": platform_details,
            "campaign_platforms": if c.provider == "facebook" { json!(["fb"]) } else { json!(["symphony"]) },
        },
        "createdAt": iso(c.created_at),
        "updatedAt": iso(c.updated_at),
    })
}

/// The status and completion a campaign shows now.
pub fn status_of(
    c: &Campaign,
    now: DateTime<Utc>,
    review: std::time::Duration,
) -> (&'static str, bool) {
    (
        lifecycle::status(c, now, review),
        lifecycle::is_completed(c, now, review),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_documented_example_is_the_template() {
        assert_eq!(super::example()["id"], 5195);
        assert_eq!(
            super::ex("/campaign_metadata/campaign_input/campaignName"),
            "stripe test 20-02-2025 part 1"
        );
    }
}
