//! `crescendo drafts list|show|export` read the app's drafts store (in a temp data dir), and
//! what `export` prints is accepted as is by `campaigns create --file` against the sandbox.

mod common;

use chrono::{Duration, Utc};
use common::{output, stderr, stdout};
use crescendo_core::domain::{Audience, Demographics, Market, Place, PlaceKind};
use crescendo_core::draft::{CampaignDraft, CreativeDraft};
use crescendo_core::store::{DraftRecord, Store};
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

fn draft(name: &str) -> CampaignDraft {
    let start = Utc::now() + Duration::days(2);
    CampaignDraft {
        name: name.into(),
        objective: "record_streams".into(),
        budget: "120".into(),
        currency: "USD".into(),
        start: Some(start),
        end: Some(start + Duration::days(7)),
        creative: CreativeDraft {
            instagram_post_id: Some("17921761666746619".into()),
            spotify_id: Some("2M4ujJtsYiiUISmuntBJn7".into()),
            call_to_action: Some("LEARN_MORE".into()),
            ..CreativeDraft::default()
        },
        markets: vec![Market {
            name: "Recommended Markets".into(),
            share: symphony_api::Decimal::ONE,
            places: vec![Place {
                kind: PlaceKind::Country,
                key: "US".into(),
                label: "United States of America".into(),
                country_code: None,
            }],
        }],
        audiences: vec![Audience {
            id: "6003317001363".into(),
            name: "Zendaya".into(),
            ..Default::default()
        }],
        demographics: Some(Demographics {
            age_min: Some(18),
            age_max: Some(35),
            gender: Some("All".into()),
            languages: vec![],
        }),
    }
}

/// A data dir with the app's store in it: `p1`'s good draft and its over-long-named one, and
/// another account's draft.
fn seeded() -> (tempfile::TempDir, String, String) {
    let home = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&home.path().join("data/app.crescendo.desktop")).expect("store");
    let good = store
        .save(&DraftRecord::new(
            "p1",
            574,
            draft("Midnight Drive — streams"),
        ))
        .expect("save");
    let mut bad = draft(&"x".repeat(201));
    bad.markets[0].share = "0.4".parse().expect("decimal");
    let bad = store.save(&DraftRecord::new("p1", 574, bad)).expect("save");
    store
        .save(&DraftRecord::new("p2", 9, draft("Someone else's")))
        .expect("save");
    (home, good.id, bad.id)
}

/// The CLI with HOME and XDG_DATA_HOME in the temp dir, so it finds only the seeded store.
fn cli(sb: &Sandbox, home: &tempfile::TempDir, args: &[&str]) -> std::process::Command {
    let mut cmd = common::command(sb, Some(DEMO_KEY), args);
    cmd.env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"));
    cmd
}

#[tokio::test(flavor = "multi_thread")]
async fn list_show_and_export_read_the_apps_drafts() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let (home, good, bad) = seeded();

    let o = output(cli(&sb, &home, &["drafts", "list", "--scope", "p1"])).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Midnight Drive — streams"), "{text}");
    assert!(text.contains("120 USD"), "{text}");
    assert!(
        !text.contains("Someone else's"),
        "another account's draft: {text}"
    );
    assert!(sb.requests().is_empty(), "drafts never touch the network");

    let o = output(cli(&sb, &home, &["drafts", "list", "--json"])).await;
    let all: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let names: Vec<&str> = all
        .as_array()
        .expect("array")
        .iter()
        .map(|d| d["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert_eq!(names[0], "Someone else's", "newest first");

    let o = output(cli(&sb, &home, &["drafts", "show", &bad])).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("campaign_name: "),
        "the name's problem at its field: {text}"
    );
    assert!(
        text.contains("metadata.targeting_countries"),
        "the markets' problem at its field: {text}"
    );
    let o = output(cli(&sb, &home, &["drafts", "show", &good, "--json"])).await;
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["problems"], serde_json::json!([]));
    assert_eq!(v["record"]["revision"], 1);

    let o = output(cli(&sb, &home, &["drafts", "show", "nope"])).await;
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no draft with id \"nope\""),
        "{}",
        stderr(&o)
    );

    // What export prints, `campaigns create --file` accepts.
    let o = output(cli(&sb, &home, &["drafts", "export", &good])).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let body: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(body["campaign_type"], "record_streams");
    assert_eq!(
        body["metadata"]["budget"],
        serde_json::json!({ "value": 120, "currency": "USD" })
    );
    let file = home.path().join("body.json");
    std::fs::write(&file, stdout(&o)).expect("write");
    let path = file.to_string_lossy().into_owned();
    let o = output(cli(
        &sb,
        &home,
        &["campaigns", "create", "--file", &path, "--json"],
    ))
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["outcome"], "created", "{v}");
    assert_eq!(common::creates(&sb), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_v2_draft_is_shown_with_v2_rules_and_not_exported_as_a_v1_body() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let home = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&home.path().join("data/app.crescendo.desktop")).expect("store");
    let mut d = draft("Tour teaser on Meta");
    d.objective = "v2_meta".into();
    d.creative.link = None;
    let rec = store.save(&DraftRecord::new("p1", 574, d)).expect("save");

    let o = output(cli(&sb, &home, &["drafts", "show", &rec.id])).await;
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("campaignInput.link: Add the link the ads send people to."),
        "the v2 rule at its v2 field: {text}"
    );
    assert!(!text.contains("metadata."), "no v1 rule applies: {text}");

    let o = output(cli(&sb, &home, &["drafts", "export", &rec.id])).await;
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("is a v2 (Meta or TikTok) campaign"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
}
