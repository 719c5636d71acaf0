//! The Production confirmation, through the binary: nothing is sent to create a campaign where
//! money is spent until the artist, amount and currency are typed.
//!
//! The CLI talks to a local sandbox here, which it must believe is Production. Test builds
//! enable crescendo-core's `test-production-seam` feature (dev-dependency only), which makes
//! the origin in CRESCENDO_TEST_PRODUCTION_ORIGIN count as a Production host; `cargo build`
//! never compiles it. Every real spelling of Production is tested on the decision function
//! itself (crescendo-core endpoints tests) and on the CLI's flags (connect.rs tests).

mod common;
use common::*;
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

fn as_production(sb: &Sandbox, args: &[&str]) -> std::process::Command {
    let mut cmd = command(sb, Some(DEMO_KEY), args);
    cmd.env(
        "CRESCENDO_TEST_PRODUCTION_ORIGIN",
        format!("http://{}", sb.addr()),
    );
    cmd
}

#[tokio::test(flavor = "multi_thread")]
async fn production_creates_nothing_without_the_typed_confirmation() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = campaign_file(&dir, "Prod launch", 70);
    let before = sb.campaign_count();

    let o = output(as_production(
        &sb,
        &["campaigns", "create", "--file", &file],
    ))
    .await;
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("launches a real campaign in Production")
            && err.contains("--confirm-production \"Luna Vega 70 USD\""),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(creates(&sb), 0, "no create reached the server");

    for wrong in [
        "Luna Vega 700 USD",
        "Luna Vega 70 MXN",
        "Los Cuervos 70 USD",
        "",
    ] {
        let o = output(as_production(
            &sb,
            &[
                "campaigns",
                "create",
                "--file",
                &file,
                "--confirm-production",
                wrong,
            ],
        ))
        .await;
        assert_eq!(o.status.code(), Some(2), "{wrong:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("nothing was launched"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(creates(&sb), 0, "no create reached the server");
    assert_eq!(sb.campaign_count(), before);

    let o = output(as_production(
        &sb,
        &[
            "campaigns",
            "create",
            "--file",
            &file,
            "--confirm-production",
            "Luna  Vega 70 USD",
        ],
    ))
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Created campaign"), "{}", stdout(&o));
    assert_eq!(creates(&sb), 1);
    assert_eq!(sb.campaign_count(), before + 1);
}

/// The control: the same sandbox, not taken for Production, creates at once. So the refusal
/// above comes from the Production decision, not from the sandbox.
#[tokio::test(flavor = "multi_thread")]
async fn a_local_sandbox_needs_no_confirmation() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = campaign_file(&dir, "Local launch", 70);
    let o = output(command(
        &sb,
        Some(DEMO_KEY),
        &["campaigns", "create", "--file", &file],
    ))
    .await;
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(creates(&sb), 1);
}
