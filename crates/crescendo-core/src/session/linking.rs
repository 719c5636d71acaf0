//! Saved Meta ad accounts shown beside the account in use (see `provider::linked`): linked
//! when the workspace opens and again whenever accounts are added, removed or switched.

use super::{blocking, Session};
use crate::domain::ProviderKind;
use crate::provider::linked::LinkedAccount;
use crate::provider::meta::MetaConnector;
use crate::workspace::Workspace;

impl Session {
    /// Links every saved Meta account but the one in use. One that cannot open (keychain
    /// locked, key gone) is left out and the notice says which.
    pub(super) async fn link_saved(&self, ws: &Workspace, in_use: Option<&str>) {
        let metas: Vec<_> = self
            .profiles()
            .into_iter()
            .filter(|p| p.provider == ProviderKind::Meta && Some(p.id.as_str()) != in_use)
            .collect();
        if metas.is_empty() && ws.linked().len() == ws.builtin_count() {
            return;
        }
        let vault = self.vault.clone();
        let opened = blocking(move || {
            Ok(metas
                .into_iter()
                .map(|p| {
                    let linked = crate::access::meta_credentials(&p, &vault).and_then(
                        |(base, account, key)| {
                            let client = crate::access::meta_client(&base, &key)?;
                            Ok(MetaConnector::new(client, account))
                        },
                    );
                    (p, linked)
                })
                .collect::<Vec<_>>())
        })
        .await
        .unwrap_or_default();
        let mut accounts = Vec::new();
        let mut left_out = Vec::new();
        for (p, linked) in opened {
            match linked {
                Ok(c) => accounts.push(LinkedAccount::meta(&p.id, p.name.clone(), c)),
                Err(e) => left_out.push(format!("\"{}\" ({})", p.name, e.message)),
            }
        }
        ws.set_linked(accounts);
        if !left_out.is_empty() {
            self.add_notice(format!(
                "These Meta accounts are not shown: {}.",
                left_out.join("; ")
            ));
        }
    }

    /// Links again into the workspace in use, if one is open.
    pub(super) async fn relink(&self) {
        let active = self
            .active
            .read()
            .await
            .as_ref()
            .map(|a| (a.workspace.clone(), a.profile_id.clone()));
        if let Some((ws, id)) = active {
            self.link_saved(&ws, id.as_deref()).await;
        }
    }
}
