//! Artists (brands): which one the workspace acts for, and new ones.

use super::{NewBrandInput, Session};
use crate::brands::{self, BrandView};
use crate::domain::{Problem, ProblemCode};
use crate::provider::Connector;
use crate::{AppError, ErrorCode};

impl Session {
    /// Acts for `brand_id` from now on, and remembers it for this account.
    pub async fn select_brand(&self, brand_id: u64) -> Result<BrandView, AppError> {
        let ws = self.workspace().await?;
        let b = brands::select(&ws, brand_id).await?;
        let profile_id = self
            .active
            .read()
            .await
            .as_ref()
            .and_then(|a| a.profile_id.clone());
        if let Some(id) = profile_id {
            let mut store = self.store();
            if let Ok(p) = store.get(&id) {
                let mut p = p.clone();
                p.last_brand_id = Some(brand_id);
                store.update(p)?;
            }
        }
        Ok(b)
    }

    pub async fn create_brand(&self, input: NewBrandInput) -> Result<BrandView, AppError> {
        let mut problems = Vec::new();
        let name = input.name.trim();
        if name.is_empty() {
            problems.push(Problem::new(
                "name",
                ProblemCode::Required,
                "Give the artist a name.",
            ));
        }
        let spotify = input
            .spotify_artist_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let spotify = match spotify.map(spotify_id) {
            None => None,
            Some(Ok(id)) => Some(id),
            Some(Err(e)) => {
                problems.push(Problem::new(
                    "spotifyArtistId",
                    ProblemCode::Invalid,
                    e.message,
                ));
                None
            }
        };
        if let Some(e) = AppError::from_problems(problems) {
            return Err(e);
        }
        let ws = self.workspace().await?;
        match ws.main_connector() {
            Connector::Symphony(c) => c.create_brand(name, spotify).await,
            Connector::Marin(_) => Err(AppError::unsupported(
                "Marin Social",
                "adding artists (a Marin Social account is one account)",
            )),
            _ => Err(AppError::unsupported(
                "Meta",
                "adding artists (a Meta account is one ad account)",
            )),
        }
    }
}

/// Accepts a Spotify artist id or an artist URL (open.spotify.com/artist/ID?si=…).
pub fn spotify_id(raw: &str) -> Result<String, AppError> {
    let s = raw.trim();
    let id = s
        .split("/artist/")
        .nth(1)
        .map(|rest| rest.split(['?', '/']).next().unwrap_or(""))
        .unwrap_or(s);
    if id.len() == 22 && id.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(id.to_string())
    } else {
        Err(AppError::new(
            ErrorCode::Validation,
            "That is not a Spotify artist id: paste the artist's Spotify link or its 22-character id.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profiles::Environment;
    use crate::session::NewProfile;

    #[test]
    fn spotify_ids_from_links_or_ids() {
        assert_eq!(
            spotify_id("https://open.spotify.com/artist/1dfeR4HaWDbWqFHLkxsg1d?si=abc")
                .ok()
                .as_deref(),
            Some("1dfeR4HaWDbWqFHLkxsg1d")
        );
        assert_eq!(
            spotify_id(" 1dfeR4HaWDbWqFHLkxsg1d ").ok().as_deref(),
            Some("1dfeR4HaWDbWqFHLkxsg1d")
        );
        assert!(spotify_id("not-an-id").is_err());
    }

    #[test]
    fn new_profile_debug_hides_the_key() {
        let p = NewProfile {
            name: "A".into(),
            environment: Environment::Sandbox,
            custom_url: None,
            api_key: "sk_secret_123".into(),
            session_only: false,
            provider: None,
            ad_account_id: None,
        };
        assert!(!format!("{p:?}").contains("sk_secret"));
    }
}
