use super::*;
use crate::domain::breakdown::CampaignAnalytics;
use crate::domain::{
    DailyStat, DailyStats, Objective, ProviderKind, Schedule, Status, TargetingSummary,
};
use crate::money::Money;
use chrono::TimeZone;

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0)
        .single()
        .unwrap_or_default()
}

fn campaign(state: CampaignState) -> Campaign {
    Campaign {
        id: "5195".into(),
        provider: ProviderKind::Symphony,
        name: "Traidores".into(),
        objective: Objective {
            code: "record_streams".into(),
            label: "Music streams".into(),
        },
        status: Status::new(state, "ACTIVE"),
        budget: Money::new("550".parse().unwrap_or_default(), "MXN"),
        schedule: Schedule {
            start: at(2026, 11, 20, 0),
            end: Some(at(2026, 12, 10, 0)),
        },
        daily_budget: None,
        targeting: TargetingSummary::default(),
    }
}

fn day(d: u32, spend: &str, impressions: u64, reach: u64, clicks: u64) -> DailyStat {
    DailyStat {
        date: NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default(),
        spend: Money::new(spend.parse().unwrap_or_default(), "MXN"),
        impressions,
        reach_to_date: reach,
        clicks,
        conversions: 0,
    }
}

fn analytics() -> CampaignAnalytics {
    CampaignAnalytics {
        days: DailyStats {
            days: vec![
                day(20, "25.50", 1000, 800, 10),
                day(21, "30.25", 1500, 1500, 0),
                day(23, "0", 0, 1500, 0),
            ],
            skipped: 0,
        },
        countries: vec![],
        creatives: vec![],
        platform_campaigns: vec![],
        platform_ads: vec![],
        account: None,
        issues: Vec::new(),
        ad_sets: Vec::new(),
    }
}

#[test]
fn the_figures_tables_read_the_reports_numbers() {
    let page = build(
        campaign(CampaignState::Active),
        analytics(),
        None,
        "es-MX",
        at(2026, 11, 24, 12),
    )
    .expect("page");
    // The range runs from the start to today, not to the future end.
    assert_eq!(page.report.range.first.to_string(), "2026-11-20");
    assert_eq!(page.report.range.last.to_string(), "2026-11-24");
    let keys: Vec<_> = page.figures.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys, ["pacing", "spend", "reach", "clicks", "cpc"]);
    let spend = &page.figures[1];
    assert_eq!(spend.series, ["Spend"]);
    // One row per day of the range; a day without a row is a gap, a paused day is 0.
    let cells: Vec<_> = spend.rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(cells, ["25.50", "30.25", "", "0.00", ""]);
    // The same spend as the tiles: 25.50 + 30.25 + 0.
    assert_eq!(
        page.report.kpis.spend.value.as_ref().map(|m| m.text()),
        Some("55.75".into())
    );
    let cpc = &page.figures[4];
    assert_eq!(cpc.rows[0][1], "2.55", "25.50 / 10 clicks");
    assert_eq!(cpc.rows[1][1], "", "no clicks: no CPC");
    for f in &page.figures {
        assert!(f.chart.svg.starts_with("<svg"), "{}", f.key);
        assert!(f.chart.svg.contains("role=\"img\""));
        assert!(!f.chart.svg.contains("NaN"));
    }
    assert!(page.editable && page.locked_reason.is_none());
}

#[test]
fn before_the_first_day_the_charts_say_so() {
    let mut a = analytics();
    a.days.days.clear();
    let page = build(
        campaign(CampaignState::Scheduled),
        a,
        None,
        "en-US",
        at(2026, 11, 24, 12),
    )
    .expect("page");
    // Only the ideal pace can be drawn before the first day; every other figure says so.
    for f in &page.figures {
        assert_eq!(f.chart.empty, f.key != "pacing", "{}", f.key);
    }
}

#[test]
fn edits_wait_for_the_platform_and_stop_at_the_end() {
    for state in [
        CampaignState::Active,
        CampaignState::Paused,
        CampaignState::Scheduled,
    ] {
        assert_eq!(edit_lock(&campaign(state)), None, "{state:?}");
    }
    let review = edit_lock(&campaign(CampaignState::InReview)).unwrap_or_default();
    assert!(
        review.ends_with("it can be changed once Symphony has set it up on the ad platform."),
        "{review}"
    );
    let done = edit_lock(&campaign(CampaignState::Completed)).unwrap_or_default();
    assert_eq!(
        done,
        "Traidores has ended: its budget and dates can no longer change."
    );
}

#[test]
fn an_edit_is_checked_at_its_field() {
    let c = campaign(CampaignState::Active);
    let now = at(2026, 11, 24, 12);
    let e = |b: Option<&str>, cur: Option<&str>, end: Option<DateTime<Utc>>| CampaignEdit {
        budget: b.map(Into::into),
        currency: cur.map(Into::into),
        end,
    };
    let msgs = |x: CampaignEdit| {
        edit_problems(&c, &x, now)
            .into_iter()
            .map(|p| format!("{}: {}", p.field, p.message))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        msgs(e(None, None, None)),
        ["budget: Change the budget, the end date, or both."]
    );
    assert_eq!(
        msgs(e(Some("abc"), Some("MXN"), None)),
        ["budget: \"abc\" is not an amount: type digits, with a dot for decimals."]
    );
    assert_eq!(
        msgs(e(Some("0"), Some("MXN"), None)),
        ["budget: The budget must be more than zero."]
    );
    assert_eq!(
        msgs(e(Some("600.555"), Some("MXN"), None)),
        ["budget: MXN has 2 decimal places: 600.555 cannot be charged exactly."]
    );
    assert_eq!(
        msgs(e(Some("600"), Some("usd"), None)),
        ["budget: The campaign's budget is in MXN; a budget in USD would be refused."]
    );
    assert_eq!(
        msgs(e(None, None, Some(at(2026, 11, 24, 11)))),
        ["end: The new end is already in the past."]
    );
    assert!(msgs(e(Some("600.50"), Some("MXN"), Some(at(2026, 12, 20, 0)))).is_empty());
}

mod export_tests {
    use super::*;
    use crate::campaign_page::export::{export, file_stem, save, ExportFormat, ExportRequest};

    fn page() -> CampaignDetail {
        build(
            campaign(CampaignState::Active),
            analytics(),
            None,
            "en-US",
            at(2026, 11, 24, 12),
        )
        .expect("page")
    }

    fn req(format: ExportFormat, figure: Option<&str>) -> ExportRequest {
        ExportRequest {
            format,
            figure: figure.map(Into::into),
        }
    }

    #[test]
    fn file_names_are_the_campaign_in_plain_letters() {
        assert_eq!(
            file_stem("Midnight Drive — release push", "5001"),
            "midnight-drive-release-push-5001"
        );
        assert_eq!(file_stem("../../etc/passwd", "v2:77"), "etc-passwd-v277");
        assert_eq!(file_stem("Beyoncé Día", ""), "beyoncé-día");
        assert_eq!(file_stem("///", ""), "campaign");
        assert!(file_stem(&"a".repeat(500), "1").len() <= 62);
    }

    #[test]
    fn the_csv_is_the_reports_days_and_the_svg_the_pages_chart_with_its_colours() {
        let d = page();
        let csv = export(&d, &req(ExportFormat::Csv, None), "en-US").expect("csv");
        assert_eq!(csv.file_name, "traidores-5195-daily.csv");
        let text = String::from_utf8(csv.bytes).expect("utf8");
        assert_eq!(
            text,
            crate::analytics::campaign_csv(&d.report).expect("core csv")
        );
        assert_eq!(
            text.lines().count(),
            1 + 5,
            "a header and the page's five days"
        );

        let svg = export(&d, &req(ExportFormat::Svg, Some("spend")), "en-US").expect("svg");
        assert_eq!(svg.file_name, "traidores-5195-spend.svg");
        let text = String::from_utf8(svg.bytes).expect("utf8");
        assert!(text.starts_with("<?xml"));
        let page_svg = &d.figures[1].chart.svg;
        assert!(
            text.contains(".series-0{color:#6d28d9}"),
            "the file carries its colours"
        );
        // The chart's own markup is the page's, untouched, after the style block.
        let body = text.split("</style>").nth(1).expect("after the style");
        assert!(page_svg.ends_with(body), "only the style is added");
        assert!(roxmltree::Document::parse(&text).is_ok(), "well-formed XML");
    }

    #[test]
    fn a_png_is_drawn_and_an_unknown_chart_is_refused() {
        let d = page();
        let png = export(&d, &req(ExportFormat::Png, Some("clicks")), "en-US").expect("png");
        assert_eq!(png.file_name, "traidores-5195-clicks.png");
        assert_eq!(&png.bytes[..8], b"\x89PNG\r\n\x1a\n");
        let e = export(&d, &req(ExportFormat::Svg, Some("nope")), "en-US").expect_err("refused");
        assert_eq!(e.code, ErrorCode::Validation);
        assert!(e.message.contains("\"nope\""), "{}", e.message);
        assert!(export(&d, &req(ExportFormat::Png, None), "en-US").is_err());
    }

    #[test]
    fn saving_writes_the_whole_file() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("out.csv");
        let f = export(&page(), &req(ExportFormat::Csv, None), "en-US").expect("csv");
        save(&path, &f).expect("saved");
        assert_eq!(std::fs::read(&path).expect("read"), f.bytes);
        let blocked = dir.path().join("out.csv").join("inside-a-file.csv");
        let e = save(&blocked, &f).expect_err("cannot save inside a file");
        assert!(e.message.contains("could not be saved"), "{}", e.message);
    }
}
