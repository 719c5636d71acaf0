//! `CRESCENDO_BASE_URL` and `--base-url` mean what they mean for the app: the origin of an API
//! laid out like Symphony's, with the documents' `…/advertising` spelling naming the same one.

mod common;
use common::*;
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

#[tokio::test(flavor = "multi_thread")]
async fn every_spelling_of_the_base_url_reaches_the_same_api() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let origin = format!("http://{}", sb.addr());
    for base in [
        origin.clone(),
        format!("{origin}/"),
        format!("{origin}/advertising"),
        format!("{origin}/advertising/"),
    ] {
        // From the environment…
        let mut cmd = command(&sb, Some(DEMO_KEY), &["campaigns", "list", "--limit", "1"]);
        cmd.env("CRESCENDO_BASE_URL", &base);
        let o = output(cmd).await;
        assert!(o.status.success(), "{base}: {}", stderr(&o));
        assert!(
            stdout(&o).contains("1 of 8 campaign(s)"),
            "{base}: {}",
            stdout(&o)
        );
        // …and from the flag, which wins over the environment.
        let mut cmd = command(&sb, Some(DEMO_KEY), &["--base-url", &base, "ping"]);
        cmd.env("CRESCENDO_BASE_URL", "https://elsewhere.invalid");
        let o = output(cmd).await;
        assert!(o.status.success(), "{base}: {}", stderr(&o));
    }
    let hits = sb.requests();
    assert!(
        hits.iter()
            .all(|r| r.path.starts_with("/advertising/v1/") || r.path.starts_with("/api/sym/v2/")),
        "v1 and v2 where the API has them: {:?}",
        hits.iter().map(|r| &r.path).collect::<Vec<_>>()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn remote_plain_http_and_credentials_in_the_base_url_are_refused() {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    for base in [
        "http://api.example.com",
        "https://user:pw@api.example.com",
        "https://api.example.com/?key=x",
    ] {
        let mut cmd = command(&sb, Some(DEMO_KEY), &["ping"]);
        cmd.env("CRESCENDO_BASE_URL", base);
        let o = output(cmd).await;
        assert_eq!(o.status.code(), Some(2), "{base}: {}", stderr(&o));
        assert!(
            stderr(&o).trim_end().ends_with("[config]"),
            "{}",
            stderr(&o)
        );
    }
}
