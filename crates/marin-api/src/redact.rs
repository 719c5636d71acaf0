//! The one place the agency token is taken out of text.
//!
//! The token travels in the `key` query parameter of every URL (as the API documents), so any
//! URL is a credential. Every string the client hands out that could hold one (error messages,
//! reqwest's own error text, body excerpts, `range.next` links) goes through [`redact_url`]
//! first; nothing else in the crate strips tokens, so a test of this function and a test that
//! every path calls it cover the whole client.

use crate::secret::AgencyToken;

pub const REDACTED: &str = "[redacted]";

/// `text` with the value of every `key=` query parameter (after `?` or `&`, any letter case)
/// replaced by `[redacted]`, and, when the client's token is given, every other occurrence of
/// it (plain, form-encoded or percent-encoded) as well. A URL keeps its shape: host, path and
/// the other parameters stay readable for a bug report.
pub fn redact_url(text: &str, token: Option<&AgencyToken>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = find_key_param(rest) {
        let value_start = i + "key=".len();
        out.push_str(&rest[..value_start]);
        out.push_str(REDACTED);
        let tail = &rest[value_start..];
        let end = tail
            // Brackets are not ends: a placeholder like `{{AGENCY_TOKEN}}` is one value.
            .find(|c: char| "&#\"'<>\\ \t\r\n".contains(c))
            .unwrap_or(tail.len());
        rest = &tail[end..];
    }
    out.push_str(rest);
    if let Some(t) = token {
        let plain = t.expose();
        let form: String = url::form_urlencoded::byte_serialize(plain.as_bytes()).collect();
        let pct = url::form_urlencoded::byte_serialize(plain.as_bytes())
            .collect::<String>()
            .replace('+', "%20");
        for variant in [plain.to_string(), form, pct] {
            if !variant.is_empty() && out.contains(&variant) {
                out = out.replace(&variant, REDACTED);
            }
        }
    }
    out
}

/// Where the next `key=` parameter name starts: preceded by `?`, `&` or `&amp;`-style text
/// ending in `;`, case-insensitive.
fn find_key_param(s: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    let mut from = 0;
    while let Some(j) = lower[from..].find("key=") {
        let i = from + j;
        let before = lower[..i].chars().next_back();
        if matches!(before, Some('?' | '&' | ';')) {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok() -> AgencyToken {
        AgencyToken::new("agency/s3cr3t.tok").expect("token")
    }

    #[test]
    fn a_key_parameter_loses_its_value_wherever_it_stands() {
        let t = tok();
        for (given, want) in [
            (
                "https://api.mysocialpixel.com/accounts?key=agency/s3cr3t.tok",
                "https://api.mysocialpixel.com/accounts?key=[redacted]",
            ),
            (
                "http://127.0.0.1:9/accounts?limit=100&KEY=other-token&page=2",
                "http://127.0.0.1:9/accounts?limit=100&KEY=[redacted]&page=2",
            ),
            (
                "error sending request for url (http://h/x?key=abc#frag)",
                "error sending request for url (http://h/x?key=[redacted]#frag)",
            ),
            (
                r#"{"next":"http://h/a?key=abc&page=2"}"#,
                r#"{"next":"http://h/a?key=[redacted]&page=2"}"#,
            ),
            (
                "https://h/accounts?limit=100&key={{AGENCY_TOKEN}}&page=2",
                "https://h/accounts?limit=100&key=[redacted]&page=2",
            ),
            ("no url here, monkey=1", "no url here, monkey=1"),
        ] {
            assert_eq!(redact_url(given, Some(&t)), want, "{given}");
        }
    }

    #[test]
    fn the_token_itself_goes_in_any_encoding() {
        let t = tok();
        for leak in [
            "denied for agency/s3cr3t.tok",
            "path /x/agency%2Fs3cr3t.tok/y",
            "v=agency%2Fs3cr3t.tok",
        ] {
            let out = redact_url(leak, Some(&t));
            assert!(!out.contains("s3cr3t"), "{out}");
        }
    }
}
