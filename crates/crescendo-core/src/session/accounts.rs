//! Saved accounts: add (the key goes to the vault once), rename, remove, switch, test.

use super::{blocking, check, Active, ConnectionCheck, NewProfile, Session};
use crate::domain::{Problem, ProblemCode, ProviderKind};
use crate::profiles::{self, Environment, Profile};
use crate::vault::{KeyStorage, KeychainStatus};
use crate::workspace::WorkspaceInfo;
use crate::{AppError, ErrorCode};
use symphony_api::ApiKey;

impl Session {
    pub fn profiles(&self) -> Vec<Profile> {
        self.store().list().to_vec()
    }

    pub async fn keychain_status(&self) -> KeychainStatus {
        let vault = self.vault.clone();
        blocking(move || Ok(vault.status()))
            .await
            .unwrap_or_else(|e| KeychainStatus {
                available: false,
                code: Some(e.code),
                message: e.message,
            })
    }

    pub async fn add_profile(&self, input: NewProfile) -> Result<Profile, AppError> {
        // Every field is checked, and every problem reported at its field at once.
        let mut problems = Vec::new();
        let at = |field: &str, code: ProblemCode, e: AppError| Problem::new(field, code, e.message);
        let name = match profiles::validate_name(&input.name) {
            Ok(n) if self.store().find_by_name(&n).is_some() => {
                problems.push(Problem::new(
                    "name",
                    ProblemCode::Mismatch,
                    format!("An account named \"{n}\" already exists; choose another name."),
                ));
                n
            }
            Ok(n) => n,
            Err(e) => {
                problems.push(at("name", ProblemCode::Invalid, e));
                String::new()
            }
        };
        let provider = input.provider.unwrap_or(ProviderKind::Symphony);
        let meta = provider == ProviderKind::Meta;
        if meta && input.environment == Environment::Sandbox {
            problems.push(Problem::new(
                "environment",
                ProblemCode::Invalid,
                "Meta has no separate sandbox address: choose Production (graph.facebook.com, with a test ad account if you like) or Custom for a local simulator.",
            ));
        }
        let marin = provider == ProviderKind::MarinSocial;
        if marin && input.environment == Environment::Sandbox {
            problems.push(Problem::new(
                "environment",
                ProblemCode::Invalid,
                "Marin Social documents no sandbox address: choose Production (api.mysocialpixel.com) or Custom for a local simulator.",
            ));
        }
        let custom_url = match input.environment {
            Environment::Custom => {
                match profiles::validate_url(input.custom_url.as_deref().unwrap_or("")) {
                    Ok(u) => Some(u),
                    Err(e) => {
                        problems.push(at("customUrl", ProblemCode::Invalid, e));
                        None
                    }
                }
            }
            _ => None,
        };
        // Meta's ad account, or the Marin Social account (digits), at the same field.
        let raw_account = input.ad_account_id.as_deref().unwrap_or("");
        let checked_account = match provider {
            ProviderKind::Meta => Some(profiles::validate_ad_account(raw_account)),
            ProviderKind::MarinSocial => Some(profiles::validate_marin_account(raw_account)),
            ProviderKind::Symphony => None,
        };
        let ad_account_id = match checked_account {
            Some(Ok(a)) => Some(a),
            Some(Err(e)) => {
                problems.push(at("adAccountId", ProblemCode::Invalid, e));
                None
            }
            None => None,
        };
        let key = ApiKey::new(input.api_key).map_err(|_| {
            problems.push(Problem::new(
                "apiKey",
                ProblemCode::Invalid,
                if meta {
                    "Paste the whole access token: it cannot be empty or contain spaces."
                } else if marin {
                    "Paste the whole agency token: it cannot be empty or contain spaces."
                } else {
                    "Paste the whole API key: it cannot be empty or contain spaces."
                },
            ))
        });
        // Graph's tokens are printable ASCII: anything else was pasted wrong.
        if meta
            && key
                .as_ref()
                .is_ok_and(|k| meta_api::AccessToken::new(k.expose_for_storage()).is_err())
        {
            problems.push(Problem::new(
                "apiKey",
                ProblemCode::Invalid,
                "An access token is printable ASCII only: copy it again from Business settings or the Graph API Explorer.",
            ));
        }
        // The token travels in the query string (`key=`): what a query would mangle is refused.
        if marin
            && key
                .as_ref()
                .is_ok_and(|k| marin_api::AgencyToken::new(k.expose_for_storage()).is_err())
        {
            problems.push(Problem::new(
                "apiKey",
                ProblemCode::Invalid,
                "An agency token has no spaces and none of & # = % + ?: copy it again from Marin Social.",
            ));
        }
        if let Some(e) = AppError::from_problems(problems) {
            return Err(e);
        }
        let Ok(key) = key else {
            return Err(AppError::new(
                ErrorCode::Internal,
                "the key was refused without a reason",
            ));
        };
        let storage = if input.session_only {
            KeyStorage::SessionOnly
        } else {
            KeyStorage::Keychain
        };
        let profile = Profile {
            id: profiles::new_id(),
            name,
            environment: input.environment,
            custom_url,
            key_hint: key.last4(),
            key_storage: storage,
            last_brand_id: None,
            provider,
            ad_account_id,
        };
        let vault = self.vault.clone();
        let id = profile.id.clone();
        blocking(move || vault.store(&id, &key, storage)).await?;
        let inserted = self.store().insert(profile.clone());
        if let Err(e) = inserted {
            // Do not leave an orphan key behind.
            let vault = self.vault.clone();
            let id = profile.id.clone();
            let _ = blocking(move || vault.delete(&id, storage)).await;
            return Err(e);
        }
        if provider != ProviderKind::Symphony {
            self.relink().await;
        }
        Ok(profile)
    }

    pub fn rename_profile(&self, id: &str, name: &str) -> Result<Profile, AppError> {
        self.store().rename(id, name)
    }

    /// Deletes the account and its keychain entry; if it was in use, the demo takes over.
    pub async fn remove_profile(&self, id: &str) -> Result<(), AppError> {
        let found = self.store().get(id).cloned();
        let p = found?;
        let vault = self.vault.clone();
        let pid = p.id.clone();
        blocking(move || vault.delete(&pid, p.key_storage)).await?;
        let removed = self.store().remove(id);
        removed?;
        let mut active = self.active.write().await;
        if active.as_ref().and_then(|a| a.profile_id.as_deref()) == Some(id) {
            *active = Some(Active {
                profile_id: None,
                workspace: self.demo().await?,
            });
        }
        drop(active);
        self.relink().await;
        Ok(())
    }

    /// Switches to a saved account (`Some(id)`) or to the demo (`None`).
    pub async fn use_profile(&self, id: Option<&str>) -> Result<WorkspaceInfo, AppError> {
        let next = match id {
            Some(id) => Active {
                profile_id: Some(id.to_string()),
                workspace: self.open_profile(id).await?,
            },
            None => Active {
                profile_id: None,
                workspace: self.demo().await?,
            },
        };
        let saved = self.store().set_active(id);
        saved?;
        *self.notice.lock().unwrap_or_else(|p| p.into_inner()) = None;
        self.link_saved(&next.workspace, id).await;
        *self.active.write().await = Some(next);
        self.info().await
    }

    /// Calls the API's connection check with a saved account's key.
    pub async fn test_profile(&self, id: &str) -> ConnectionCheck {
        match self.open_profile(id).await {
            Ok(ws) => check(&ws).await,
            Err(e) => ConnectionCheck {
                ok: false,
                code: Some(e.code),
                title: "Key unavailable".into(),
                message: e.message,
                brand_id: None,
                brand_name: None,
            },
        }
    }
}
