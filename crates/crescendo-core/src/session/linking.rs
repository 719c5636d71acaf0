//! Saved Meta ad accounts and Marin Social accounts shown beside the account in use (see
//! `provider::linked`): linked when the workspace opens and again whenever accounts are added,
//! removed or switched.

use super::{blocking, Session};
use crate::domain::ProviderKind;
use crate::profiles::Profile;
use crate::provider::linked::LinkedAccount;
use crate::provider::marin::MarinConnector;
use crate::provider::meta::MetaConnector;
use crate::vault::Vault;
use crate::workspace::Workspace;

impl Session {
    /// Links every saved Meta and Marin Social account but the one in use. One that cannot open (keychain
    /// locked, key gone) is left out and the notice says which.
    pub(super) async fn link_saved(&self, ws: &Workspace, in_use: Option<&str>) {
        let others: Vec<_> = self
            .profiles()
            .into_iter()
            .filter(|p| p.provider != ProviderKind::Symphony && Some(p.id.as_str()) != in_use)
            .collect();
        if others.is_empty() && ws.linked().len() == ws.builtin_count() {
            return;
        }
        let vault = self.vault.clone();
        let opened = blocking(move || {
            Ok(others
                .into_iter()
                .map(|p| {
                    let linked = open(&p, &vault);
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
                Ok(a) => accounts.push(a),
                Err(e) => left_out.push(format!("\"{}\" ({})", p.name, e.message)),
            }
        }
        ws.set_linked(accounts);
        if !left_out.is_empty() {
            self.add_notice(format!(
                "These accounts are not shown beside the one in use: {}.",
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

/// A saved Meta or Marin Social account as a linked account (credentials from the vault).
fn open(p: &Profile, vault: &Vault) -> Result<LinkedAccount, crate::AppError> {
    if p.provider == ProviderKind::MarinSocial {
        let (base, account, key) = crate::access::marin_credentials(p, vault)?;
        let client = crate::access::marin_client(&base, &key)?;
        let spends = crate::endpoints::is_marin_production(&base);
        let c = MarinConnector::new(client, account);
        return Ok(LinkedAccount::marin(&p.id, p.name.clone(), c).spending(spends));
    }
    let (base, account, key) = crate::access::meta_credentials(p, vault)?;
    let client = crate::access::meta_client(&base, &key)?;
    let spends = base.trim_end_matches('/') == meta_api::GRAPH_BASE;
    let c = MetaConnector::new(client, account);
    Ok(LinkedAccount::meta(&p.id, p.name.clone(), c).spending(spends))
}
