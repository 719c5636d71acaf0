//! Keeping the access token out of anything shown: URLs (Graph's `paging.next` links carry
//! `access_token=`), and JSON bodies kept for bug reports.

/// Query parameters whose value is a credential.
const SECRET_PARAMS: [&str; 3] = ["access_token", "appsecret_proof", "client_secret"];

/// The URL with the value of every credential parameter replaced by `[redacted]`. Anything that
/// does not parse as a URL is kept only if it names no credential.
pub fn redact_url(raw: &str) -> String {
    let Ok(mut url) = url::Url::parse(raw) else {
        let lower = raw.to_ascii_lowercase();
        return if SECRET_PARAMS.iter().any(|p| lower.contains(p)) {
            "(a URL that could not be read; not shown: it may hold a credential)".to_string()
        } else {
            raw.to_string()
        };
    };
    if url.query().is_none() {
        return url.to_string();
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let secret = SECRET_PARAMS.iter().any(|p| k.eq_ignore_ascii_case(p));
            let v = if secret {
                "[redacted]".to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    url.to_string()
}

/// A message with every URL in it redacted (Graph messages may quote a request).
pub(crate) fn text(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    if !SECRET_PARAMS.iter().any(|p| lower.contains(p)) {
        return s.to_string();
    }
    s.split(' ')
        .map(|w| {
            let lw = w.to_ascii_lowercase();
            if SECRET_PARAMS.iter().any(|p| lw.contains(p)) {
                if w.contains("://") {
                    redact_url(w)
                } else {
                    "[redacted]".to_string()
                }
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replaces credential-looking fields (`*token*`, `*secret*`, `password`) in a JSON value, and
/// redacts URLs in strings that carry a credential parameter.
pub(crate) fn value(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                let lower = k.to_ascii_lowercase();
                let secret = ["token", "secret", "password"]
                    .iter()
                    .any(|w| lower.contains(w));
                if secret && !val.is_null() && !val.is_boolean() {
                    *val = serde_json::Value::String("[redacted]".into());
                } else {
                    value(val);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(value),
        serde_json::Value::String(s) => {
            let lower = s.to_ascii_lowercase();
            if SECRET_PARAMS.iter().any(|p| lower.contains(p)) {
                *s = redact_url(s);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_leaves_every_url() {
        let next = "https://graph.facebook.com/v10.0/act_1/campaigns?fields=name&limit=25&access_token=EAAsecret&after=QVFI";
        let shown = redact_url(next);
        assert!(!shown.contains("EAAsecret"), "{shown}");
        assert!(shown.contains("access_token=%5Bredacted%5D"), "{shown}");
        assert!(
            shown.contains("after=QVFI") && shown.contains("limit=25"),
            "{shown}"
        );
        let upper = redact_url("http://127.0.0.1:1/x?ACCESS_TOKEN=EAAsecret");
        assert!(!upper.contains("EAAsecret"), "{upper}");
        assert_eq!(redact_url("http://h.test/a?b=c"), "http://h.test/a?b=c");
        let broken = redact_url("::not a url access_token=EAAsecret");
        assert!(!broken.contains("EAAsecret"), "{broken}");
    }

    #[test]
    fn json_fields_and_urls_inside_strings_are_redacted() {
        let mut v = serde_json::json!({
            "access_token": "EAAsecret",
            "paging": {"next": "http://h.test/x?access_token=EAAsecret&after=A"},
            "name": "Tour 2026",
            "token_valid": true
        });
        value(&mut v);
        let s = v.to_string();
        assert!(!s.contains("EAAsecret"), "{s}");
        assert!(s.contains("Tour 2026") && s.contains("after=A"), "{s}");
    }
}
