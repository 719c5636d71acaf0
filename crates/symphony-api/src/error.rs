//! Every way a call can fail, typed so callers (and the UI, through `code()`) can branch on it.

use std::time::Duration;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// 400: the server refused the input; `message` is its summary, `details` its specifics.
    #[error("the API rejected the request: {message}")]
    Validation { message: String, details: String },
    /// 401: the key is missing or not recognized.
    #[error("the API key is missing or not recognized (401): check the key and the environment it belongs to")]
    Unauthorized { message: String },
    /// 403: the key exists but is not active (revoked, suspended, expired, pending or archived).
    #[error("the API key is not active (403): it may be revoked, suspended or expired; contact your Symphony representative")]
    Forbidden { message: String },
    #[error("not found: {message}")]
    NotFound { message: String },
    /// 429 after the client's own waiting and retries ran out, or a wait longer than the
    /// client's cap (60 s by default): `retry_after` is when the server said to try again.
    #[error("rate limited by the API; {}", retry_hint(retry_after))]
    RateLimited { retry_after: Option<Duration> },
    /// The server answered with a redirect (3xx). Redirects are never followed, so the key is
    /// never sent anywhere but the configured base URL; `location` is where it pointed.
    #[error("the API answered with a redirect ({status}) to {location}, which is not followed: check the base URL")]
    Redirect { status: u16, location: String },
    /// The response body was larger than the client accepts (`limit` bytes); reading stopped.
    #[error("the API sent a response larger than {limit} bytes; it was not read")]
    TooLarge { limit: u64 },
    #[error("the API failed ({status}): {message}")]
    Server { status: u16, message: String },
    /// Could not connect, or the connection broke.
    #[error("network error: {message}")]
    Network { message: String },
    #[error("the API did not answer in time")]
    Timeout,
    /// The response was not the JSON we expect; `path` names the field.
    #[error("unexpected response at {path}: {message}")]
    Decode {
        path: String,
        message: String,
        body: String,
    },
    #[error("configuration error: {message}")]
    Config { message: String },
}

impl Error {
    /// A stable machine-readable code, used across IPC and in the CLI's JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Validation { .. } => "validation",
            Error::Unauthorized { .. } => "unauthorized",
            Error::Forbidden { .. } => "forbidden",
            Error::NotFound { .. } => "not_found",
            Error::RateLimited { .. } => "rate_limited",
            Error::Redirect { .. } => "redirect",
            Error::TooLarge { .. } => "too_large",
            Error::Server { .. } => "server",
            Error::Network { .. } => "network",
            Error::Timeout => "timeout",
            Error::Decode { .. } => "decode",
            Error::Config { .. } => "config",
        }
    }

    /// Whether the request may have reached the server without us learning the outcome.
    ///
    /// - `Redirect`: yes. A server may well commit a POST and answer "303 See Other"; we cannot
    ///   tell, so a creation is looked up (or reported unknown) rather than called not created.
    /// - `TooLarge`: yes. It is raised only for a success status (the server did the work but
    ///   we could not read the answer); an oversized *error* body keeps its status's meaning.
    /// - `RateLimited`: no. A 429 means the server refused before doing anything.
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            Error::Network { .. }
                | Error::Timeout
                | Error::Server { .. }
                | Error::Decode { .. }
                | Error::Redirect { .. }
                | Error::TooLarge { .. }
        )
    }

    pub(crate) fn decode(
        path: impl Into<String>,
        message: impl Into<String>,
        body: &[u8],
    ) -> Error {
        const KEEP: usize = 512;
        let text = kept_body(body);
        let body = if text.chars().count() > KEEP {
            format!(
                "{}… ({} bytes)",
                text.chars().take(KEEP).collect::<String>(),
                body.len()
            )
        } else {
            text
        };
        Error::Decode {
            path: path.into(),
            message: message.into(),
            body,
        }
    }
}

/// The part of an undecodable body worth keeping for a bug report, without credentials: JSON
/// is kept with its token fields redacted; other text only when it names nothing secret-like.
fn kept_body(body: &[u8]) -> String {
    if let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(body) {
        crate::types::redact::value(&mut v);
        return v.to_string();
    }
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    if ["token", "secret", "password", "key"]
        .iter()
        .any(|w| lower.contains(w))
    {
        format!(
            "(not JSON; {} bytes not kept: they may hold credentials)",
            body.len()
        )
    } else {
        text.into_owned()
    }
}

fn retry_hint(after: &Option<Duration>) -> String {
    match after {
        Some(d) => {
            let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
            format!("retry in {secs} s")
        }
        None => "retry later".to_string(),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_outcomes_of_the_transport_refusals() {
        let r = Error::Redirect {
            status: 302,
            location: "http://evil.example/x".into(),
        };
        assert_eq!(r.code(), "redirect");
        assert!(r.outcome_unknown());
        assert!(r.to_string().contains("http://evil.example/x"), "{r}");
        let t = Error::TooLarge { limit: 16 };
        assert_eq!(t.code(), "too_large");
        assert!(t.outcome_unknown());
        let rl = Error::RateLimited {
            retry_after: Some(Duration::from_millis(1500)),
        };
        assert_eq!(rl.code(), "rate_limited");
        assert!(!rl.outcome_unknown());
        assert!(rl.to_string().contains("retry in 2 s"), "{rl}");
    }

    #[test]
    fn an_undecodable_body_never_keeps_a_credential() {
        let json = br#"{"data":{"page":{"access_token":"EAAGsecretvalue","name":"Skrlth"}}}"#;
        let Error::Decode { body, .. } = Error::decode("data", "bad", json) else {
            panic!("not a decode error");
        };
        assert!(!body.contains("EAAGsecretvalue"), "{body}");
        assert!(
            body.contains("Skrlth"),
            "the rest is kept for the report: {body}"
        );
        let html = b"<html>oops, access_token=EAAGsecretvalue</html>";
        let Error::Decode { body, .. } = Error::decode("", "bad", html) else {
            panic!("not a decode error");
        };
        assert!(!body.contains("EAAGsecretvalue"), "{body}");
        let plain = b"<html>502 Bad Gateway</html>";
        let Error::Decode { body, .. } = Error::decode("", "bad", plain) else {
            panic!("not a decode error");
        };
        assert!(body.contains("502 Bad Gateway"));
    }
}
