//! The agency token, held so that it cannot leak by accident: `Debug` and `Display` redact it,
//! it has no `Serialize`, only this crate reads it (to put it in the `key` query parameter) and
//! its memory is wiped when the last copy is dropped.

use std::fmt;
use zeroize::Zeroizing;

#[derive(Clone, PartialEq, Eq)]
pub struct AgencyToken(Zeroizing<String>);

impl AgencyToken {
    /// Trims surrounding whitespace (tokens are often pasted with a newline). A token with
    /// spaces, control characters, `&`, `#`, `=` or `%` is refused: it would not survive a query
    /// string unchanged, and the redaction looks for it there.
    pub fn new(token: impl Into<String>) -> Result<AgencyToken, crate::Error> {
        let given = Zeroizing::new(token.into());
        let t = Zeroizing::new(given.trim().to_string());
        if t.is_empty() {
            return Err(crate::Error::Config {
                message: "the agency token is empty".into(),
            });
        }
        if t.chars()
            .any(|c| c.is_control() || c.is_whitespace() || "&#=%+?".contains(c))
        {
            return Err(crate::Error::Config {
                message:
                    "the agency token contains spaces, control characters or one of & # = % + ?"
                        .into(),
            });
        }
        Ok(AgencyToken(t))
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AgencyToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AgencyToken(<redacted>)")
    }
}

impl fmt::Display for AgencyToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted agency token>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_the_token() {
        let t = AgencyToken::new(" agency_abcdef123456\n").expect("valid");
        assert_eq!(t.expose(), "agency_abcdef123456");
        assert_eq!(format!("{t:?}"), "AgencyToken(<redacted>)");
        assert_eq!(format!("{t}"), "<redacted agency token>");
        assert!(!format!("{:?}", Some(&t)).contains("abcdef"));
    }

    #[test]
    fn refuses_what_a_query_string_would_mangle() {
        for bad in [
            "", "  ", "ab cd", "a&b", "a#b", "a=b", "a%20", "a+b", "a?b", "a\u{7}",
        ] {
            assert!(AgencyToken::new(bad).is_err(), "{bad:?}");
        }
    }
}
