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
    /// 429 after the client's own waiting and retries ran out.
    #[error("rate limited by the API; retry after {retry_after:?}")]
    RateLimited { retry_after: Option<Duration> },
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
            Error::Server { .. } => "server",
            Error::Network { .. } => "network",
            Error::Timeout => "timeout",
            Error::Decode { .. } => "decode",
            Error::Config { .. } => "config",
        }
    }

    /// Whether the request may have reached the server without us learning the outcome.
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            Error::Network { .. } | Error::Timeout | Error::Server { .. } | Error::Decode { .. }
        )
    }

    pub(crate) fn decode(
        path: impl Into<String>,
        message: impl Into<String>,
        body: &[u8],
    ) -> Error {
        const KEEP: usize = 512;
        let text = String::from_utf8_lossy(body);
        let body = if text.chars().count() > KEEP {
            format!(
                "{}… ({} bytes)",
                text.chars().take(KEEP).collect::<String>(),
                body.len()
            )
        } else {
            text.into_owned()
        };
        Error::Decode {
            path: path.into(),
            message: message.into(),
            body,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
