//! The Graph access token, held so that it cannot leak by accident: `Debug` and `Display`
//! redact it, it has no `Serialize`, only this crate reads it (to set `Authorization: Bearer`,
//! marked sensitive), and its memory is wiped on drop (`zeroize`).

use std::fmt;
use zeroize::Zeroizing;

#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(Zeroizing<String>);

impl AccessToken {
    /// Trims surrounding whitespace (tokens are often pasted with a newline).
    pub fn new(token: impl Into<String>) -> Result<AccessToken, crate::Error> {
        let given = Zeroizing::new(token.into());
        let t = Zeroizing::new(given.trim().to_string());
        if t.is_empty() {
            return Err(crate::Error::Config {
                message: "the access token is empty: paste the token from Meta's Business settings (System users) or the Graph API Explorer".into(),
            });
        }
        if !t.chars().all(|c| c.is_ascii_graphic()) {
            return Err(crate::Error::Config {
                message: "the access token contains spaces, control or non-ASCII characters: copy it again".into(),
            });
        }
        Ok(AccessToken(t))
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// The token itself, only to hand to the OS keychain. Never log, display or send it elsewhere.
    pub fn expose_for_storage(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

impl fmt::Display for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted access token>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_the_token() {
        let t = AccessToken::new(" EAAGm0PX4ZCpsBAsecret123\n").expect("valid");
        assert_eq!(t.expose(), "EAAGm0PX4ZCpsBAsecret123");
        assert_eq!(format!("{t:?}"), "AccessToken(<redacted>)");
        assert_eq!(format!("{t}"), "<redacted access token>");
        assert!(!format!("{:?}", Some(&t)).contains("secret123"));
    }

    #[test]
    fn refuses_blank_and_spaced_tokens() {
        assert!(AccessToken::new("  ").is_err());
        assert!(AccessToken::new("EAA abc").is_err());
        assert!(AccessToken::new("EAAé").is_err());
        let err = AccessToken::new("EAA\u{7}x").expect_err("control");
        assert!(!err.to_string().contains("EAA"), "{err}");
    }
}
