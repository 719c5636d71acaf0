//! The partner API key, held so that it cannot leak by accident: `Debug` and `Display` redact
//! it, it has no `Serialize`, and only this crate can read it (to set the `x-api-key` header,
//! marked sensitive). Its memory is wiped when the last copy is dropped (`zeroize`), and so is
//! every intermediate copy made while trimming it. (Copies reqwest makes into request headers
//! are outside our control.)

use std::fmt;
use zeroize::Zeroizing;

/// Keys shorter than this get no hint: four characters of a short key give too much away.
pub const HINT_MIN_LEN: usize = 16;

#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(Zeroizing<String>);

impl ApiKey {
    /// Trims surrounding whitespace (keys are often pasted with a newline).
    pub fn new(key: impl Into<String>) -> Result<ApiKey, crate::Error> {
        let given = Zeroizing::new(key.into());
        let k = Zeroizing::new(given.trim().to_string());
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

    /// The last four characters, for showing a key masked ("••••1a2b"); empty for keys
    /// shorter than [`HINT_MIN_LEN`] characters.
    pub fn last4(&self) -> String {
        let n = self.0.chars().count();
        if n < HINT_MIN_LEN {
            return String::new();
        }
        self.0.chars().skip(n - 4).collect()
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
            assert!(!shown.contains("3456"), "{shown}");
        }
        assert_eq!(k.last4(), "3456");
    }

    #[test]
    fn debug_and_display_show_the_masked_form() {
        // Exact strings: an empty or altered rendering is a regression too (a log line that
        // says nothing about which value it held).
        let k = ApiKey::new("sk_live_abcdef123456").expect("valid");
        assert_eq!(format!("{k:?}"), "ApiKey(<redacted>)");
        assert_eq!(format!("{k}"), "<redacted API key>");
        assert_eq!(k.to_string(), "<redacted API key>");
    }

    #[test]
    fn storage_gets_the_trimmed_key_itself() {
        let k = ApiKey::new("\t sk_live_abcdef123456 \r\n").expect("valid");
        assert_eq!(k.expose_for_storage(), "sk_live_abcdef123456");
        assert_eq!(k.expose_for_storage(), k.expose());
        // What the keychain stores gives the same key back.
        let again = ApiKey::new(k.expose_for_storage()).expect("valid");
        assert_eq!(again, k);
    }

    #[test]
    fn hint_only_for_keys_of_16_or_more() {
        assert_eq!(ApiKey::new("a".repeat(15)).expect("valid").last4(), "");
        assert_eq!(ApiKey::new("short").expect("valid").last4(), "");
        assert_eq!(ApiKey::new("x").expect("valid").last4(), "");
        let k16 = ApiKey::new("0123456789abWXYZ").expect("valid");
        assert_eq!(k16.last4(), "WXYZ");
        // Counted in characters, not bytes.
        let uni = ApiKey::new("ééééééééééééabcd").expect("valid");
        assert_eq!(uni.last4(), "abcd");
        assert_eq!(ApiKey::new("éééééééééééabcd").expect("valid").last4(), "");
    }

    #[test]
    fn the_key_is_held_in_a_zeroizing_type() {
        // A compile-time check: the field is Zeroizing, so drop wipes it.
        fn held(k: &ApiKey) -> &Zeroizing<String> {
            &k.0
        }
        let k = ApiKey::new("0123456789abcdefXYZW").expect("valid");
        assert_eq!(held(&k).as_str(), "0123456789abcdefXYZW");
    }

    #[test]
    fn rejects_blank_and_spaced_keys() {
        assert!(ApiKey::new("  ").is_err());
        assert!(ApiKey::new("ab cd").is_err());
    }
}
