use super::*;

fn good() -> MarinCampaignDraft {
    MarinCampaignDraft {
        account: "main".into(),
        plan: "105".into(),
        name: "campaign 1".into(),
        objective: "fan_acq".into(),
        amount: "10".into(),
        // 2017-10-16T11:15:00Z, the reference's example, as a Unix timestamp: 1508152500.
        start_date: "2017-10-16T11:15".into(),
        end_date: "2017-10-26T11:15".into(),
        special_ad_category: "credit".into(),
        ..MarinCampaignDraft::default()
    }
}

fn fields(d: &MarinCampaignDraft, currency: Option<&str>) -> Vec<String> {
    check(d, currency).into_iter().map(|p| p.field).collect()
}

#[test]
fn the_defaults_are_paused_daily_and_in_no_special_category() {
    let d = MarinCampaignDraft::default();
    assert_eq!(
        (
            d.status.as_str(),
            d.budget_type.as_str(),
            d.special_ad_category.as_str()
        ),
        ("pause", "daily", "none")
    );
    assert!(!d.starts_active());
}

#[test]
fn a_good_draft_builds_the_documented_request() {
    let c = build(&good(), Some("USD")).expect("valid");
    assert_eq!(c.name, "campaign 1");
    assert_eq!(c.status, Status::Pause);
    assert_eq!(c.objective, "fan_acq");
    assert_eq!(c.budget_type, BudgetType::Daily);
    assert_eq!(c.daily_budget.map(|d| d.to_string()).as_deref(), Some("10"));
    assert_eq!(c.lifetime_budget, None);
    assert_eq!(c.start_date, 1_508_152_500);
    assert_eq!(c.end_date, Some(1_508_152_500 + 10 * DAY));
    assert_eq!(c.special_ad_category.as_deref(), Some("credit"));
    assert!(c.validate().is_ok(), "marin-api agrees");
}

#[test]
fn a_lifetime_budget_goes_in_lifetime_budget_and_needs_an_end() {
    let d = MarinCampaignDraft {
        budget_type: "lifetime".into(),
        amount: "1500.75".into(),
        ..good()
    };
    let c = build(&d, Some("EUR")).expect("valid");
    assert_eq!(
        (c.daily_budget, c.lifetime_budget.map(|v| v.to_string())),
        (None, Some("1500.75".into()))
    );
    let open = MarinCampaignDraft {
        end_date: " ".into(),
        ..d
    };
    assert_eq!(fields(&open, Some("EUR")), ["endDate"]);
}

#[test]
fn a_daily_budget_under_24_hours_is_refused_at_the_end_date() {
    let short = MarinCampaignDraft {
        end_date: "2017-10-17T11:14".into(),
        ..good()
    };
    let p = check(&short, Some("USD"));
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].field, "endDate");
    assert!(
        p[0].message.contains("at least 24 hours"),
        "{}",
        p[0].message
    );
    let day = MarinCampaignDraft {
        end_date: "2017-10-17T11:15".into(),
        ..good()
    };
    assert!(
        check(&day, Some("USD")).is_empty(),
        "exactly 24 h is enough"
    );
    let lifetime = MarinCampaignDraft {
        budget_type: "lifetime".into(),
        ..short
    };
    assert!(
        check(&lifetime, Some("USD")).is_empty(),
        "a lifetime budget may be short"
    );
}

#[test]
fn every_bad_field_is_named_in_the_forms_terms() {
    let bad = MarinCampaignDraft {
        account: String::new(),
        plan: " ".into(),
        name: String::new(),
        objective: "LINK_CLICKS".into(),
        budget_type: "weekly".into(),
        amount: "ten".into(),
        start_date: "16/10/2017".into(),
        end_date: "2017-10-15T00:00".into(),
        special_ad_category: "politics".into(),
        status: "ACTIVE".into(),
        ..MarinCampaignDraft::default()
    };
    assert_eq!(
        fields(&bad, Some("USD")),
        [
            "account",
            "plan",
            "name",
            "objective",
            "budgetType",
            "amount",
            "startDate",
            "specialAdCategory",
            "status"
        ]
    );
    let before = MarinCampaignDraft {
        end_date: "2017-10-16T11:15".into(),
        ..good()
    };
    assert_eq!(fields(&before, Some("USD")), ["endDate"]);
    let no_start = MarinCampaignDraft {
        start_date: String::new(),
        ..good()
    };
    assert_eq!(fields(&no_start, Some("USD")), ["startDate"]);
}

#[test]
fn amounts_follow_the_currencys_decimals() {
    let with = |amount: &str, cur: &str| {
        check(
            &MarinCampaignDraft {
                amount: amount.into(),
                ..good()
            },
            Some(cur),
        )
    };
    assert!(with("25.50", "USD").is_empty());
    assert!(
        with("25.500", "USD").is_empty(),
        "trailing zeros are no decimals"
    );
    let p = with("25.505", "USD");
    assert!(p[0].message.contains("at most 2 decimals"), "{p:?}");
    let p = with("1500.5", "JPY");
    assert_eq!(p[0].field, "amount");
    assert!(
        p[0].message.contains("JPY budgets have no decimals"),
        "{p:?}"
    );
    assert!(with("1500", "JPY").is_empty());
    assert_eq!(with("0", "USD")[0].code, ProblemCode::TooLow);
    assert_eq!(with("", "USD")[0].code, ProblemCode::Required);
    // Unknown currency: two decimals, as the budget edit does.
    assert!(with("1.25", "XYZ").is_empty());
    assert!(!with("1.255", "XYZ").is_empty());
}

#[test]
fn without_a_currency_there_are_problems_but_never_a_request() {
    assert!(check(&good(), None).is_empty());
    assert!(build(&good(), None).is_err());
}

#[test]
fn objectives_that_need_more_ask_for_it_at_their_fields() {
    let conv = MarinCampaignDraft {
        objective: "website_conv".into(),
        ..good()
    };
    assert_eq!(
        fields(&conv, Some("USD")),
        ["pixelExternalId", "pixelEvent"]
    );
    let conv = MarinCampaignDraft {
        pixel_external_id: "px-1".into(),
        pixel_event: "Purchase".into(),
        ..conv
    };
    let c = build(&conv, Some("USD")).expect("valid");
    assert_eq!(
        (c.pixel_external_id.as_deref(), c.pixel_event.as_deref()),
        (Some("px-1"), Some("Purchase"))
    );
    let bad_event = MarinCampaignDraft {
        pixel_event: "purchase".into(),
        ..conv
    };
    assert_eq!(fields(&bad_event, Some("USD")), ["pixelEvent"]);
    let catalog = MarinCampaignDraft {
        objective: "product_catalog_sales".into(),
        ..good()
    };
    assert_eq!(
        fields(&catalog, Some("USD")),
        ["businessManagerId", "productCatalogId"]
    );
    // Fields of another objective are not sent.
    let reach = MarinCampaignDraft {
        objective: "reach".into(),
        pixel_external_id: "px-1".into(),
        ..good()
    };
    assert_eq!(
        build(&reach, Some("USD")).expect("valid").pixel_external_id,
        None
    );
}

#[test]
fn starting_at_once_is_play() {
    let d = MarinCampaignDraft {
        status: "play".into(),
        ..good()
    };
    assert!(d.starts_active());
    assert_eq!(build(&d, Some("USD")).expect("valid").status, Status::Play);
}

#[test]
fn marins_fields_map_to_the_drafts() {
    for (marin, draft) in [
        ("daily_budget", "amount"),
        ("lifetime_budget", "amount"),
        ("end_date", "endDate"),
        ("special_ad_category", "specialAdCategory"),
        ("budget_type", "budgetType"),
        ("unknown", ""),
        ("", ""),
    ] {
        assert_eq!(draft_field(marin), draft, "{marin}");
    }
}
