//! Account profiles: a name, an environment and where the key is kept — never the key itself.
//! Saved as JSON in the app's data directory, written atomically (temp file, then rename).

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
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    profiles: Vec<Profile>,
    active: Option<String>,
}

pub struct ProfileStore {
    path: PathBuf,
    file: File,
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

/// A custom base URL: http(s) origin. Plain http only for this machine (a local sandbox).
pub fn validate_url(url: &str) -> Result<String, AppError> {
    let u = url.trim().trim_end_matches('/');
    let parsed = url::Url::parse(u).map_err(|_| {
        AppError::new(
            ErrorCode::Validation,
            format!("\"{u}\" is not a web address; use one like https://api.example.com"),
        )
    })?;
    let local = matches!(parsed.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match parsed.scheme() {
        "https" => Ok(u.to_string()),
        "http" if local => Ok(u.to_string()),
        "http" => Err(AppError::new(
            ErrorCode::Validation,
            "Use https:// for a remote API: your key must not travel unencrypted.",
        )),
        _ => Err(AppError::new(
            ErrorCode::Validation,
            "The address must start with https://",
        )),
    }
}

impl ProfileStore {
    /// Loads `profiles.json` from `dir`; a missing file is an empty store.
    pub fn open(dir: &Path) -> Result<ProfileStore, AppError> {
        let path = dir.join("profiles.json");
        let file = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                AppError::new(
                    ErrorCode::Internal,
                    format!(
                        "The accounts file {} is damaged ({e}); move it away to start fresh.",
                        path.display()
                    ),
                )
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => File::default(),
            Err(e) => {
                return Err(AppError::new(
                    ErrorCode::Internal,
                    format!("Could not read {}: {e}", path.display()),
                ))
            }
        };
        Ok(ProfileStore { path, file })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn save(&self) -> Result<(), AppError> {
        let io = |e: std::io::Error| {
            AppError::new(
                ErrorCode::Internal,
                format!("Could not save accounts to {}: {e}", self.path.display()),
            )
        };
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let tmp = self.path.with_extension("json.tmp");
        let text = serde_json::to_vec_pretty(&self.file)
            .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?;
        std::fs::write(&tmp, text).map_err(io)?;
        std::fs::rename(&tmp, &self.path).map_err(io)
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
mod tests {
    use super::*;

    fn profile(name: &str) -> Profile {
        Profile {
            id: new_id(),
            name: name.into(),
            environment: Environment::Sandbox,
            custom_url: None,
            key_hint: "1a2b".into(),
            key_storage: KeyStorage::Keychain,
            last_brand_id: None,
        }
    }

    #[test]
    fn saves_atomically_and_reloads() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = ProfileStore::open(dir.path()).expect("open");
        let p = profile("Label Sandbox");
        s.insert(p.clone()).expect("insert");
        s.set_active(Some(&p.id)).expect("active");
        s.rename(&p.id, "Label (sandbox)").expect("rename");
        let again = ProfileStore::open(dir.path()).expect("reopen");
        assert_eq!(again.list()[0].name, "Label (sandbox)");
        assert_eq!(again.active(), Some(p.id.as_str()));
        let files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        assert_eq!(files, ["profiles.json"], "no temp file left behind");
    }

    #[test]
    fn names_are_required_and_unique() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = ProfileStore::open(dir.path()).expect("open");
        s.insert(profile("Main")).expect("insert");
        assert_eq!(
            s.insert(profile("main")).map_err(|e| e.code),
            Err(ErrorCode::Validation)
        );
        assert!(validate_name("  ").is_err());
        assert!(validate_name(&"x".repeat(61)).is_err());
    }

    #[test]
    fn custom_urls_must_be_https_unless_local() {
        assert_eq!(
            validate_url("https://api.example.com/").ok().as_deref(),
            Some("https://api.example.com")
        );
        assert!(validate_url("http://127.0.0.1:8787").is_ok());
        let e = validate_url("http://api.example.com").expect_err("plain http");
        assert!(e.message.contains("unencrypted"));
        assert!(validate_url("not a url").is_err());
    }

    #[test]
    fn a_damaged_file_is_reported_not_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("profiles.json"), "{oops").expect("write");
        let e = ProfileStore::open(dir.path()).err().expect("error");
        assert!(e.message.contains("damaged"));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("profiles.json"))
                .ok()
                .as_deref(),
            Some("{oops")
        );
    }
}
