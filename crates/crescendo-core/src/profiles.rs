//! Account profiles: a name, an environment and where the key is kept — never the key itself.
//! Saved as JSON in the app's data directory, durably and privately (see `durable`), with the
//! previous version kept as `profiles.json.bak`.

use crate::domain::ProviderKind;
use crate::durable;
use crate::vault::KeyStorage;
use crate::{AppError, ErrorCode};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Environment {
    Sandbox,
    Production,
    /// A base URL set by hand (advanced): an origin laid out like Symphony's API.
    Custom,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub environment: Environment,
    pub custom_url: Option<String>,
    /// The key's last four characters, to show it masked.
    pub key_hint: String,
    pub key_storage: KeyStorage,
    /// The brand last chosen with this profile, restored when it is used again.
    #[ts(type = "number | null")]
    pub last_brand_id: Option<u64>,
    /// Whose account this is. Files written before Meta accounts existed have none: Symphony.
    #[serde(default = "symphony")]
    #[ts(optional, as = "Option<ProviderKind>")]
    pub provider: ProviderKind,
    /// A Meta account's ad account, `act_<digits>`.
    // A Marin Social account keeps its Marin account id (digits) here too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub ad_account_id: Option<String>,
}

fn symphony() -> ProviderKind {
    ProviderKind::Symphony
}

/// A Meta ad account id as typed: `act_` and digits (the number alone is accepted too).
pub fn validate_ad_account(raw: &str) -> Result<String, AppError> {
    let t = raw.trim();
    let digits = t.strip_prefix("act_").unwrap_or(t);
    if digits.is_empty() || digits.len() > 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::new(
            ErrorCode::Validation,
            "Type the ad account id as Ads Manager shows it: act_ followed by digits, e.g. act_1234567890.",
        ));
    }
    Ok(format!("act_{digits}"))
}

/// A Marin Social account id as typed: digits, as Marin's accounts list shows them (`"101"`).
pub fn validate_marin_account(raw: &str) -> Result<String, AppError> {
    let t = raw.trim();
    if t.is_empty() || t.len() > 20 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::new(
            ErrorCode::Validation,
            "Type the Marin Social account id: the digits of its \"id\" in Marin's accounts list, e.g. 101.",
        ));
    }
    Ok(t.to_string())
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    profiles: Vec<Profile>,
    active: Option<String>,
}

pub struct ProfileStore {
    path: PathBuf,
    file: File,
    recovery: Option<String>,
}

/// A damaged accounts file: kept aside under a new name, and the previous version restored
/// when it is readable (an empty list otherwise). Nothing is deleted.
fn recover(path: &Path, why: &str) -> Result<(File, Option<String>), AppError> {
    let aside = durable::aside_path(path);
    std::fs::rename(path, &aside).map_err(|e| {
        AppError::new(
            ErrorCode::Internal,
            format!(
                "The accounts file {} is damaged ({why}) and could not be moved aside ({e}); move it away to start fresh.",
                path.display()
            ),
        )
    })?;
    let bak = durable::backup_path(path);
    let restored = std::fs::read(&bak)
        .ok()
        .and_then(|b| serde_json::from_slice::<File>(&b).ok());
    let kept = format!("The damaged file is kept as {}.", aside.display());
    Ok(match restored {
        Some(f) => (
            f,
            Some(format!(
                "The accounts file was damaged ({why}); the previous version was restored. {kept}"
            )),
        ),
        None => (
            File::default(),
            Some(format!(
                "The accounts file was damaged ({why}) and there was no readable previous version; starting with no accounts. {kept}"
            )),
        ),
    })
}

pub fn validate_name(name: &str) -> Result<String, AppError> {
    let n = name.trim();
    if n.is_empty() {
        return Err(AppError::new(
            ErrorCode::Validation,
            "Give the account a name, e.g. \"Label Sandbox\".",
        ));
    }
    if n.chars().count() > 60 {
        return Err(AppError::new(
            ErrorCode::Validation,
            "Keep the account name under 60 characters.",
        ));
    }
    Ok(n.to_string())
}

/// A base URL typed by the user or read from disk: https, or http only to this machine (a local
/// sandbox); no user name or password, query or fragment (they would travel with every request).
pub fn validate_url(url: &str) -> Result<String, AppError> {
    let u = url.trim().trim_end_matches('/');
    let bad = |m: String| AppError::new(ErrorCode::Validation, m);
    let parsed = url::Url::parse(u).map_err(|_| {
        bad(format!(
            "\"{u}\" is not a web address; use one like https://api.example.com"
        ))
    })?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(bad(
            "Leave the user name and password out of the address: the API key is the only credential."
                .into(),
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(bad(
            "Leave ?query and #fragment out of the address: give only https://host[/path].".into(),
        ));
    }
    let local = match parsed.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match parsed.scheme() {
        "https" => Ok(u.to_string()),
        "http" if local => Ok(u.to_string()),
        "http" => Err(bad(
            "Use https:// for a remote API: your key must not travel unencrypted.".into(),
        )),
        _ => Err(bad("The address must start with https://".into())),
    }
}

impl ProfileStore {
    /// Loads `profiles.json` from `dir`; a missing file is an empty store. A damaged file is
    /// moved aside (never deleted) and the previous version (`profiles.json.bak`) restored;
    /// `recovery()` then says what happened.
    pub fn open(dir: &Path) -> Result<ProfileStore, AppError> {
        let path = dir.join("profiles.json");
        let internal = |m: String| AppError::new(ErrorCode::Internal, m);
        let (file, recovery) = match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<File>(&bytes) {
                Ok(f) => (f, None),
                Err(e) => recover(&path, &e.to_string())?,
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (File::default(), None),
            Err(e) => return Err(internal(format!("Could not read {}: {e}", path.display()))),
        };
        let store = ProfileStore {
            path,
            file,
            recovery,
        };
        if store.recovery.is_some() {
            store.save()?;
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What was done at opening about a damaged accounts file, for the user.
    pub fn recovery(&self) -> Option<&str> {
        self.recovery.as_deref()
    }

    fn save(&self) -> Result<(), AppError> {
        let text = serde_json::to_vec_pretty(&self.file)
            .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?;
        durable::write_keeping_previous(&self.path, &text).map_err(|e| {
            AppError::new(
                ErrorCode::Internal,
                format!("Could not save accounts to {}: {e}", self.path.display()),
            )
        })
    }

    pub fn list(&self) -> &[Profile] {
        &self.file.profiles
    }

    pub fn get(&self, id: &str) -> Result<&Profile, AppError> {
        self.file
            .profiles
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| AppError::new(ErrorCode::NotFound, "That account no longer exists."))
    }

    pub fn active(&self) -> Option<&str> {
        self.file.active.as_deref()
    }

    pub fn set_active(&mut self, id: Option<&str>) -> Result<(), AppError> {
        self.file.active = id.map(str::to_string);
        self.save()
    }

    fn check_unique(&self, name: &str, except: Option<&str>) -> Result<(), AppError> {
        if self
            .file
            .profiles
            .iter()
            .any(|p| Some(p.id.as_str()) != except && p.name.eq_ignore_ascii_case(name))
        {
            return Err(AppError::new(
                ErrorCode::Validation,
                format!("An account named \"{name}\" already exists; choose another name."),
            ));
        }
        Ok(())
    }

    pub fn insert(&mut self, profile: Profile) -> Result<(), AppError> {
        self.check_unique(&profile.name, None)?;
        self.file.profiles.push(profile);
        self.save()
    }

    pub fn rename(&mut self, id: &str, name: &str) -> Result<Profile, AppError> {
        let name = validate_name(name)?;
        self.check_unique(&name, Some(id))?;
        let p = self
            .file
            .profiles
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| AppError::new(ErrorCode::NotFound, "That account no longer exists."))?;
        p.name = name;
        let out = p.clone();
        self.save()?;
        Ok(out)
    }

    pub fn update(&mut self, profile: Profile) -> Result<(), AppError> {
        if let Some(p) = self.file.profiles.iter_mut().find(|p| p.id == profile.id) {
            *p = profile;
        }
        self.save()
    }

    pub fn remove(&mut self, id: &str) -> Result<Profile, AppError> {
        let pos = self
            .file
            .profiles
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| AppError::new(ErrorCode::NotFound, "That account no longer exists."))?;
        let removed = self.file.profiles.remove(pos);
        if self.file.active.as_deref() == Some(id) {
            self.file.active = None;
        }
        self.save()?;
        Ok(removed)
    }

    pub fn find_by_name(&self, name: &str) -> Option<&Profile> {
        self.file
            .profiles
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name.trim()))
    }
}

/// A new profile id: time-based and unique within this store.
pub fn new_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_micros())
        .unwrap_or(0);
    format!("p{t:x}{:x}", N.fetch_add(1, Ordering::Relaxed))
}

#[cfg(test)]
#[path = "profiles_tests.rs"]
mod tests;
