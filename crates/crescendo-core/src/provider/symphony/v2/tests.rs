use super::*;
use crate::domain::{Audience, Demographics, Language, Market, Place, PlaceKind, ProblemCode};
use crate::draft::CreativeDraft;
use chrono::{Duration, TimeZone, Utc};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

fn draft(objective: &str) -> CampaignDraft {
    CampaignDraft {
        name: "Midnight Drive — v2".into(),
        objective: objective.into(),
        budget: "250".into(),
        currency: "USD".into(),
        start: Some(now() + Duration::days(1)),
        end: Some(now() + Duration::days(8)),
        creative: CreativeDraft {
            link: Some("https://lunavega.example/listen".into()),
            caption: Some("Out now".into()),
            call_to_action: Some("LISTEN_NOW".into()),
            ..CreativeDraft::default()
        },
        markets: vec![Market {
            name: "Places".into(),
            share: Decimal::ONE,
            places: vec![Place {
                kind: PlaceKind::Country,
                key: "MX".into(),
                label: "Mexico".into(),
                country_code: Some("MX".into()),
            }],
        }],
        audiences: vec![Audience {
            id: "6003199125410".into(),
            name: "Bad Bunny".into(),
            ..Default::default()
        }],
        demographics: Some(Demographics {
            age_min: Some(18),
            age_max: Some(34),
            gender: Some("Female".into()),
            languages: vec![Language {
                key: 23,
                name: "Spanish (All)".into(),
            }],
        }),
    }
}

fn fields(p: &[crate::domain::Problem]) -> Vec<&str> {
    p.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn a_complete_meta_draft_has_no_problem_and_sends_the_faq_shape() {
    let d = draft(META);
    assert!(rules::check(&d, Some("USD"), now()).is_empty());
    let b = body(&d, Some(358));
    assert_eq!(b["adPlatform"], "meta");
    assert_eq!(b["brandId"], 358);
    let i = &b["campaignInput"];
    assert_eq!(i["name"], "Midnight Drive — v2");
    assert_eq!(i["budget"].to_string(), "250", "an exact JSON number");
    assert_eq!(i["currency"], "USD");
    assert_eq!(i["link"], "https://lunavega.example/listen");
    assert_eq!(i["callToAction"], "LISTEN_NOW");
    assert_eq!(i["startDate"], "2026-12-02T12:00:00.000Z");
    let t = &i["targetingConfig"];
    assert_eq!(t["geographies"][0]["id"], "MX");
    assert_eq!(t["interests"][0]["id"], "6003199125410");
    assert_eq!(t["languages"][0]["id"], 23);
    assert_eq!(t["genders"], serde_json::json!(["FEMALE"]));
    assert_eq!(
        (t["minAge"].as_u64(), t["maxAge"].as_u64()),
        (Some(18), Some(34))
    );
    // The body is what the client's typed request reads.
    let input: symphony_api::v2::CampaignInput = serde_json::from_value(i.clone()).expect("typed");
    assert_eq!(input.targeting_config.min_age, Some(18));
}

#[test]
fn tiktok_sends_no_call_to_action_and_needs_no_ages() {
    let mut d = draft(TIKTOK);
    d.creative.call_to_action = Some("SHOP_NOW".into());
    d.demographics = Some(Demographics {
        age_min: None,
        age_max: None,
        gender: Some("All".into()),
        languages: vec![],
    });
    assert!(
        rules::check(&d, Some("USD"), now()).is_empty(),
        "TikTok ignores the CTA"
    );
    let b = body(&d, None);
    assert_eq!(b["adPlatform"], "tiktok");
    assert!(b.get("brandId").is_none());
    assert!(b["campaignInput"].get("callToAction").is_none());
    assert!(
        b["campaignInput"]["targetingConfig"]
            .get("genders")
            .is_none(),
        "All sends no filter"
    );
    assert!(b["campaignInput"]["targetingConfig"]
        .get("minAge")
        .is_none());
}

#[test]
fn meta_needs_both_ages_within_13_to_65_in_order() {
    let mut d = draft(META);
    d.demographics = Some(Demographics {
        age_min: None,
        age_max: None,
        gender: None,
        languages: vec![],
    });
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(
        fields(&p),
        [
            "campaignInput.targetingConfig.minAge",
            "campaignInput.targetingConfig.maxAge"
        ]
    );
    assert_eq!(p[0].message, "Meta campaigns need the youngest age.");
    d.demographics = Some(Demographics {
        age_min: Some(12),
        age_max: Some(66),
        gender: None,
        languages: vec![],
    });
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(
        p[0].message,
        "12 is below the youngest age the platform takes (13)."
    );
    assert_eq!(
        p[1].message,
        "66 is above the oldest age the platform takes (65)."
    );
    d.demographics = Some(Demographics {
        age_min: Some(13),
        age_max: Some(65),
        gender: None,
        languages: vec![],
    });
    assert!(
        rules::check(&d, Some("USD"), now()).is_empty(),
        "13 and 65 are allowed"
    );
    d.demographics = Some(Demographics {
        age_min: Some(40),
        age_max: Some(30),
        gender: None,
        languages: vec![],
    });
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(fields(&p), ["campaignInput.targetingConfig"]);
    assert_eq!(
        p[0].message,
        "The youngest age (40) is above the oldest (30)."
    );
}

#[test]
fn meta_takes_only_the_faq_calls_to_action() {
    let mut d = draft(META);
    d.creative.call_to_action = Some("SHOP_NOW".into());
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(fields(&p), ["campaignInput.callToAction"]);
    assert_eq!(
        p[0].message,
        "Meta campaigns take LEARN_MORE, LISTEN_NOW, VIEW_NOW; SHOP_NOW is not one of them."
    );
    for ok in CALLS_TO_ACTION {
        d.creative.call_to_action = Some((*ok).into());
        assert!(rules::check(&d, Some("USD"), now()).is_empty());
    }
}

#[test]
fn link_budget_currency_and_dates_are_checked_at_their_fields() {
    let mut d = draft(META);
    d.creative.link = None;
    d.budget = "0".into();
    d.end = d.start;
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(
        fields(&p),
        [
            "campaignInput.link",
            "campaignInput.endDate",
            "campaignInput.budget"
        ]
    );
    assert_eq!(p[2].message, "The budget must be more than zero.");
    let mut d = draft(META);
    d.creative.link = Some("lunavega".into());
    d.currency = "MXN".into();
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(fields(&p), ["campaignInput.link", "campaignInput.currency"]);
    assert_eq!(
        p[1].message,
        "The artist's ad account is in USD; a budget in MXN would be refused."
    );
    let mut d = draft(META);
    d.currency = "JPY".into();
    d.budget = "1500.5".into();
    let p = rules::check(&d, Some("JPY"), now());
    assert_eq!(
        p[0].message,
        "JPY has 0 decimal places: 1500.5 cannot be charged exactly."
    );
    let mut d = draft(META);
    d.end = Some(now() - Duration::days(1));
    d.start = Some(now() - Duration::days(3));
    assert_eq!(
        rules::check(&d, Some("USD"), now())[0].message,
        "The end is already in the past."
    );
    assert_eq!(
        fields(&rules::check(&draft("record_streams"), None, now())),
        ["adPlatform"]
    );
}

#[test]
fn the_name_is_required_and_at_most_200_characters() {
    let mut d = draft(TIKTOK);
    d.name = " ".into();
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(fields(&p), ["campaignInput.name"]);
    assert_eq!(
        (p[0].code, p[0].message.as_str()),
        (ProblemCode::Required, "Give the campaign a name.")
    );
    d.name = "é".repeat(200);
    assert!(rules::check(&d, Some("USD"), now()).is_empty());
    d.name = "é".repeat(201);
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(fields(&p), ["campaignInput.name"]);
    assert_eq!(
        (p[0].code, p[0].message.as_str()),
        (
            ProblemCode::TooHigh,
            "The name is 201 characters; Symphony takes at most 200."
        )
    );
}

#[test]
fn a_blank_link_is_missing_and_a_blank_cta_is_none() {
    let mut d = draft(META);
    d.creative.link = Some("  ".into());
    d.creative.call_to_action = Some(" ".into());
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(fields(&p), ["campaignInput.link"]);
    assert_eq!(
        (p[0].code, p[0].message.as_str()),
        (
            ProblemCode::Required,
            "Add the link the ads send people to."
        )
    );
    d.creative.link = Some("lunavega.example".into());
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(
        (p[0].code, p[0].message.as_str()),
        (
            ProblemCode::Invalid,
            "\"lunavega.example\" is not a web address."
        )
    );
    assert_eq!(
        p[0].fix.as_deref(),
        Some("Paste the full address, starting with https://")
    );
}

#[test]
fn a_positive_budget_in_the_account_s_currency_and_its_decimals() {
    let mut d = draft(META);
    d.budget = " ".into();
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(fields(&p), ["campaignInput.budget"]);
    assert_eq!(p[0].message, "Set the campaign's total budget.");
    d.budget = "250.50".into();
    assert!(
        rules::check(&d, Some("usd"), now()).is_empty(),
        "two decimals in USD"
    );
    d.budget = "250.505".into();
    assert_eq!(
        rules::check(&d, Some("USD"), now())[0].message,
        "USD has 2 decimal places: 250.505 cannot be charged exactly."
    );
    d.budget = "-1".into();
    assert_eq!(
        rules::check(&d, Some("USD"), now())[0].code,
        ProblemCode::TooLow
    );
    d.budget = "250".into();
    d.currency = "XYZ".into();
    let p = rules::check(&d, None, now());
    assert_eq!(fields(&p), ["campaignInput.currency"]);
    assert_eq!(p[0].message, "\"XYZ\" is not an ISO 4217 currency code.");
}

#[test]
fn the_end_must_be_after_now_and_dates_are_required() {
    let mut d = draft(TIKTOK);
    d.start = Some(now() - Duration::days(2));
    d.end = Some(now());
    let p = rules::check(&d, Some("USD"), now());
    assert_eq!(fields(&p), ["campaignInput.endDate"]);
    assert_eq!(p[0].code, ProblemCode::TooLow);
    d.end = Some(now() + Duration::seconds(1));
    assert!(rules::check(&d, Some("USD"), now()).is_empty());
    d.start = None;
    d.end = None;
    assert_eq!(
        fields(&rules::check(&d, Some("USD"), now())),
        ["campaignInput.startDate", "campaignInput.endDate"]
    );
}

#[test]
fn equal_ages_are_in_order() {
    let mut d = draft(META);
    d.demographics = Some(Demographics {
        age_min: Some(30),
        age_max: Some(30),
        gender: None,
        languages: vec![],
    });
    assert!(
        rules::check(&d, Some("USD"), now()).is_empty(),
        "minAge <= maxAge"
    );
}
