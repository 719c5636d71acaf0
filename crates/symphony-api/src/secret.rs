//! The partner API key, held so that it cannot leak by accident: `Debug` and `Display` redact
//! it, it has no `Serialize`, and only this crate can read it (to set the `x-api-key` header).

use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Trims surrounding whitespace (keys are often pasted with a newline).
    pub fn new(key: impl Into<String>) -> Result<ApiKey, crate::Error> {
        let k = key.into().trim().to_string();
        if k.is_empty() {
            return Err(crate::Error::Config {
                message: "the API key is empty".into(),
            });
        }
        if k.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(crate::Error::Config {
                message: "the API key contains spaces or control characters".into(),
            });
        }
        Ok(ApiKey(k))
    }

    /// The last four characters, for showing a key masked ("••••1a2b").
    pub fn last4(&self) -> String {
        let n = self.0.chars().count();
        self.0.chars().skip(n.saturating_sub(4)).collect()
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// The key itself, only to hand to the OS keychain. Never log, display or send it elsewhere.
    pub fn expose_for_storage(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted API key>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_the_key() {
        let k = ApiKey::new(" sk_live_abcdef123456\n").expect("valid");
        assert_eq!(k.expose(), "sk_live_abcdef123456");
        for shown in [format!("{k:?}"), format!("{k}"), format!("{:?}", Some(&k))] {
            assert!(!shown.contains("abcdef"), "{shown}");
        }
        assert_eq!(k.last4(), "3456");
    }

    #[test]
    fn rejects_blank_and_spaced_keys() {
        assert!(ApiKey::new("  ").is_err());
        assert!(ApiKey::new("ab cd").is_err());
    }
}
