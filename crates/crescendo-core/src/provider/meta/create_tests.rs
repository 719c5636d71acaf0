use super::*;

fn good() -> MetaCampaignDraft {
    MetaCampaignDraft {
        account: "demo".into(),
        name: "Summer tour".into(),
        objective: "LINK_CLICKS".into(),
        amount: "25.50".into(),
        ..MetaCampaignDraft::default()
    }
}

fn fields(d: &MetaCampaignDraft, currency: Option<&str>) -> Vec<String> {
    check(d, currency).into_iter().map(|p| p.field).collect()
}

#[test]
fn the_default_draft_is_paused_with_no_category_and_no_bid_cap() {
    let d = MetaCampaignDraft::default();
    assert_eq!(d.status, "PAUSED");
    assert!(!d.starts_active());
    assert_eq!(d.special_ad_categories, vec!["NONE".to_string()]);
    assert_eq!(d.bid_strategy, "LOWEST_COST_WITHOUT_CAP");
    let c = build(&good(), Some("USD")).expect("valid");
    assert_eq!(c.status, ConfiguredStatus::Paused);
    assert_eq!(c.daily_budget, Some(2550));
    assert_eq!(c.lifetime_budget, None);
    assert_eq!(c.special_ad_categories, vec![SpecialAdCategory::None]);
    assert_eq!(c.bid_strategy, Some(BidStrategy::LowestCostWithoutCap));
}

#[test]
fn each_rule_is_at_its_field() {
    let cases: Vec<(MetaCampaignDraft, &str, ProblemCode)> = vec![
        (
            MetaCampaignDraft {
                account: " ".into(),
                ..good()
            },
            "account",
            ProblemCode::Required,
        ),
        (
            MetaCampaignDraft {
                name: "  ".into(),
                ..good()
            },
            "name",
            ProblemCode::Required,
        ),
        (
            MetaCampaignDraft {
                objective: "".into(),
                ..good()
            },
            "objective",
            ProblemCode::Required,
        ),
        (
            MetaCampaignDraft {
                objective: "OUTCOME_SALES".into(),
                ..good()
            },
            "objective",
            ProblemCode::Invalid,
        ),
        (
            MetaCampaignDraft {
                special_ad_categories: vec!["NONE".into(), "HOUSING".into()],
                ..good()
            },
            "specialAdCategories",
            ProblemCode::Mismatch,
        ),
        (
            MetaCampaignDraft {
                special_ad_categories: vec!["GAMBLING".into()],
                ..good()
            },
            "specialAdCategories",
            ProblemCode::Invalid,
        ),
        (
            MetaCampaignDraft {
                budget_kind: "weekly".into(),
                ..good()
            },
            "budgetKind",
            ProblemCode::Invalid,
        ),
        (
            MetaCampaignDraft {
                amount: "".into(),
                ..good()
            },
            "amount",
            ProblemCode::Required,
        ),
        (
            MetaCampaignDraft {
                amount: "25,50".into(),
                ..good()
            },
            "amount",
            ProblemCode::Invalid,
        ),
        (
            MetaCampaignDraft {
                amount: "0".into(),
                ..good()
            },
            "amount",
            ProblemCode::TooLow,
        ),
        (
            MetaCampaignDraft {
                amount: "-3".into(),
                ..good()
            },
            "amount",
            ProblemCode::TooLow,
        ),
        (
            MetaCampaignDraft {
                amount: "10.555".into(),
                ..good()
            },
            "amount",
            ProblemCode::Invalid,
        ),
        (
            MetaCampaignDraft {
                bid_strategy: "TARGET_COST".into(),
                ..good()
            },
            "bidStrategy",
            ProblemCode::Invalid,
        ),
        (
            MetaCampaignDraft {
                bid_strategy: "".into(),
                ..good()
            },
            "bidStrategy",
            ProblemCode::Required,
        ),
        (
            MetaCampaignDraft {
                status: "ARCHIVED".into(),
                ..good()
            },
            "status",
            ProblemCode::Invalid,
        ),
    ];
    for (d, field, code) in cases {
        let problems = check(&d, Some("USD"));
        assert_eq!(problems.len(), 1, "{field}: {problems:?}");
        assert_eq!(problems[0].field, field, "{problems:?}");
        assert_eq!(problems[0].code, code, "{problems:?}");
        assert!(problems[0].message.ends_with('.'), "{problems:?}");
    }
    assert!(check(&good(), Some("USD")).is_empty());
}

#[test]
fn every_problem_is_reported_at_once() {
    let d = MetaCampaignDraft {
        account: String::new(),
        name: String::new(),
        objective: String::new(),
        amount: "abc".into(),
        ..MetaCampaignDraft::default()
    };
    assert_eq!(
        fields(&d, Some("USD")),
        ["account", "name", "objective", "amount"]
    );
}

#[test]
fn categories_none_alone_empty_or_several() {
    let none = MetaCampaignDraft {
        special_ad_categories: vec![],
        ..good()
    };
    let c = build(&none, Some("USD")).expect("an empty list means none");
    assert_eq!(c.special_ad_categories, vec![SpecialAdCategory::None]);
    let two = MetaCampaignDraft {
        special_ad_categories: vec!["HOUSING".into(), "CREDIT".into(), "HOUSING".into()],
        ..good()
    };
    let c = build(&two, Some("USD")).expect("several categories");
    assert_eq!(
        c.special_ad_categories,
        vec![SpecialAdCategory::Housing, SpecialAdCategory::Credit]
    );
}

#[test]
fn lifetime_and_active_reach_the_request() {
    let d = MetaCampaignDraft {
        budget_kind: "lifetime".into(),
        amount: "900".into(),
        status: "ACTIVE".into(),
        bid_strategy: "COST_CAP".into(),
        ..good()
    };
    assert!(d.starts_active());
    let c = build(&d, Some("USD")).expect("valid");
    assert_eq!((c.daily_budget, c.lifetime_budget), (None, Some(90_000)));
    assert_eq!(c.status, ConfiguredStatus::Active);
    assert_eq!(c.bid_strategy, Some(BidStrategy::CostCap));
}

#[test]
fn amounts_follow_the_currency_offset() {
    let with = |amount: &str| MetaCampaignDraft {
        amount: amount.into(),
        ..good()
    };
    let units = |amount: &str, cur: &str| build(&with(amount), Some(cur)).map(|c| c.daily_budget);
    assert_eq!(units("25.50", "USD"), Ok(Some(2550)));
    assert_eq!(units("25", "USD"), Ok(Some(2500)));
    assert_eq!(units("850.25", "INR"), Ok(Some(85_025)));
    assert_eq!(units("1500", "JPY"), Ok(Some(1500)), "no offset: whole yen");
    assert_eq!(
        units("20000", "KRW"),
        Ok(Some(20_000)),
        "no offset: whole won"
    );
    let yen = check(&with("1500.5"), Some("JPY"));
    assert_eq!(yen.len(), 1);
    assert_eq!(yen[0].field, "amount");
    assert!(
        yen[0].message.contains("JPY budgets have no decimals"),
        "{}",
        yen[0].message
    );
    assert!(yen[0].message.contains("1500"), "{}", yen[0].message);
    let won = check(&with("99.9"), Some("KRW"));
    assert_eq!(won[0].field, "amount");
    let cents = check(&with("1.005"), Some("INR"));
    assert!(
        cents[0].message.contains("at most two decimals"),
        "{}",
        cents[0].message
    );
    let unknown = check(&with("10"), Some("XXX"));
    assert_eq!(unknown[0].field, "account");
    assert!(
        check(&with("10.5"), None).is_empty(),
        "no currency: checked as a number only"
    );
}

#[test]
fn meta_api_fields_map_to_the_draft() {
    assert_eq!(draft_field("special_ad_categories"), "specialAdCategories");
    assert_eq!(draft_field("lifetime_budget"), "amount");
    assert_eq!(draft_field("bid_strategy"), "bidStrategy");
    assert_eq!(draft_field("buying_type"), "");
}

#[test]
fn the_draft_is_camel_case_and_fills_what_is_missing() {
    let d: MetaCampaignDraft = serde_json::from_str(
        r#"{"account":"demo","specialAdCategories":["HOUSING"],"budgetKind":"lifetime"}"#,
    )
    .expect("draft");
    assert_eq!(d.special_ad_categories, vec!["HOUSING".to_string()]);
    assert_eq!(d.budget_kind, "lifetime");
    assert_eq!(d.status, "PAUSED", "missing status: paused");
}
