//! `campaigns list|get|pause|resume|update` for a saved Marin Social account: through core's
//! Marin connector (the app's own mapping) and the same command code as Meta accounts, with the
//! agency token read from the same keychain entry.

use crate::failure::{config, Failure};
use crescendo_core::profiles::Profile;
use crescendo_core::provider::marin::MarinConnector;
use crescendo_core::provider::Connector;

/// The connector of a saved Marin Social account.
pub fn connector(p: &Profile) -> Result<Connector, Failure> {
    use crescendo_core::{access, vault};
    let (base, account, key) = access::marin_credentials(p, &vault::Vault::new(vault::SERVICE))
        .map_err(|e| config(e.message))?;
    let client = access::marin_client(&base, &key).map_err(|e| config(e.message))?;
    Ok(Connector::Marin(MarinConnector::new(client, account)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::Campaigns;
    use crate::meta::campaigns;
    use clap::Parser;
    use marin_sandbox::{Sandbox, SandboxConfig, DEMO_TOKEN};

    fn cmd(args: &[&str]) -> Campaigns {
        let mut all = vec!["crescendo", "campaigns"];
        all.extend_from_slice(args);
        match crate::args::Cli::try_parse_from(all)
            .expect("parses")
            .command
        {
            crate::args::Command::Campaigns(c) => c,
            _ => panic!("a campaigns command"),
        }
    }

    /// The commands over HTTP against marin-sandbox, through the same connector `--profile`
    /// builds (only the keychain read is left out).
    #[tokio::test]
    async fn list_get_pause_resume_a_marin_account() {
        let sb = Sandbox::start(SandboxConfig::default())
            .await
            .expect("sandbox");
        let key = symphony_api::ApiKey::new(DEMO_TOKEN).expect("token");
        let client = crescendo_core::access::marin_client(&sb.url(), &key).expect("client");
        let account = client.all_accounts().await.expect("accounts")[1].id.clone();
        let c = Connector::Marin(MarinConnector::new(client, account));

        let out = campaigns(&c, cmd(&["list", "--json", "--limit", "5"]), true)
            .await
            .expect("list");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["count"], 7, "the second account: one media plan of 7");
        assert_eq!(v["campaigns"].as_array().map(Vec::len), Some(5));
        assert_eq!(v["campaigns"][0]["provider"], "marin_social");
        let table = campaigns(&c, cmd(&["list", "--all"]), false)
            .await
            .expect("table");
        assert!(
            table.contains("USD/day") && table.contains("7 of 7"),
            "{table}"
        );
        // Every third campaign is paused in the sandbox: the second one plays.
        let id = v["campaigns"][1]["id"].as_str().expect("id").to_string();

        for _ in 0..2 {
            // The second pause is Marin's 202 "already paused": done all the same.
            let msg = campaigns(&c, cmd(&["pause", &id]), false)
                .await
                .expect("pause");
            assert_eq!(msg, format!("Paused campaign {id}"));
        }
        let got = campaigns(&c, cmd(&["get", &id]), false).await.expect("get");
        assert!(got.contains("Pause (pause)"), "{got}");
        campaigns(&c, cmd(&["resume", &id]), false)
            .await
            .expect("resume");
        let out = campaigns(&c, cmd(&["get", &id, "--json"]), true)
            .await
            .expect("get");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["status"]["state"], "active");
        assert_eq!(v["dailyBudget"]["currency"], "USD");

        let e = campaigns(&c, cmd(&["get", "999999"]), false)
            .await
            .expect_err("no such campaign");
        assert_eq!(e.code(), "not_found");
        let e = campaigns(&c, cmd(&["create", "--file", "x.json"]), false)
            .await
            .expect_err("not offered");
        assert_eq!(e.code(), "unsupported");
        assert!(e.to_string().contains("Marin Social"), "{e}");
    }

    /// `campaigns ad-sets`: the campaign's ad sets, one changed through Marin's ad set PUT,
    /// and bad input refused before anything is sent.
    #[tokio::test]
    async fn list_and_change_a_marin_ad_set() {
        let sb = Sandbox::start(SandboxConfig::default())
            .await
            .expect("sandbox");
        let key = symphony_api::ApiKey::new(DEMO_TOKEN).expect("token");
        let client = crescendo_core::access::marin_client(&sb.url(), &key).expect("client");
        let account = client.all_accounts().await.expect("accounts")[0].id.clone();
        let c = Connector::Marin(MarinConnector::new(client, account));
        let list = campaigns(&c, cmd(&["list", "--json", "--status", "pause"]), true)
            .await
            .expect("list");
        let v: serde_json::Value = serde_json::from_str(&list).expect("json");
        let id = v["campaigns"][0]["id"]
            .as_str()
            .expect("a paused campaign")
            .to_string();

        let out = campaigns(&c, cmd(&["ad-sets", &id, "--json"]), true)
            .await
            .expect("ad sets");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        let set = v["adSets"][0]["id"]
            .as_str()
            .expect("an ad set")
            .to_string();
        let table = campaigns(&c, cmd(&["ad-sets", &id]), false)
            .await
            .expect("table");
        assert!(
            table.contains("DAILY BUDGET") && table.contains(" ad set(s)"),
            "{table}"
        );

        let msg = campaigns(
            &c,
            cmd(&[
                "ad-sets",
                &id,
                "--change",
                &set,
                "--daily-budget",
                "41.5",
                "--bid",
                "0.9",
            ]),
            false,
        )
        .await
        .expect("changed");
        assert!(
            msg.contains("daily budget 41.50 EUR, bid 0.90 EUR"),
            "{msg}"
        );
        let out = campaigns(&c, cmd(&["ad-sets", &id, "--json"]), true)
            .await
            .expect("ad sets");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["adSets"][0]["dailyBudget"]["amount"], "41.50");
        assert_eq!(v["adSets"][0]["bid"]["amount"], "0.90");

        let e = campaigns(
            &c,
            cmd(&["ad-sets", &id, "--change", &set, "--bid", "0"]),
            false,
        )
        .await
        .expect_err("refused");
        assert_eq!(e.code(), "validation");
        assert!(e.to_string().contains("more than zero"), "{e}");
        let e = campaigns(&c, cmd(&["ad-sets", &id, "--change", &set]), false)
            .await
            .expect_err("nothing to change");
        assert!(e.to_string().contains("--daily-budget"), "{e}");
    }
}
