//! How a command fails: an API error, or a create whose outcome needed a second look. Each has
//! a stable code (printed, and in `--json` errors) and an exit status scripts can branch on.

use symphony_api::Error;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Api(#[from] Error),
    /// A failure from core (a Meta account's commands run through core's connector).
    #[error(transparent)]
    App(#[from] crescendo_core::AppError),
    /// The create failed and a lookup showed nothing was created: safe to retry.
    #[error("not created: {cause}; it is safe to try again")]
    NotCreated { cause: Box<Error> },
    /// The create failed and the lookup failed too: the campaign may exist.
    #[error("outcome unknown: {cause}; checking failed too ({lookup}). Check the campaign list before trying again")]
    Unknown {
        cause: Box<Error>,
        lookup: Box<Error>,
    },
}

impl Failure {
    pub fn code(&self) -> &'static str {
        match self {
            Failure::Api(e) => e.code(),
            Failure::App(e) => app_code(e.code),
            Failure::NotCreated { .. } => "not_created",
            Failure::Unknown { .. } => "outcome_unknown",
        }
    }

    /// The process exit status (documented in `crescendo --help` and the README).
    pub fn exit_code(&self) -> i32 {
        match self.code() {
            "config" => 2,
            "unauthorized" | "forbidden" => 3,
            "validation" => 4,
            "rate_limited" => 5,
            "not_created" => 6,
            "outcome_unknown" => 7,
            _ => 1,
        }
    }

    /// One line for stderr, or one JSON object with `--json`.
    pub fn render(&self, json: bool) -> String {
        let message = self.to_string().replace(['\n', '\r'], " ");
        if json {
            serde_json::json!({ "error": { "code": self.code(), "message": message } }).to_string()
        } else {
            format!("crescendo: {message} [{}]", self.code())
        }
    }
}

/// Core's codes as the CLI prints them (the same words as the API client's where they meet).
fn app_code(c: crescendo_core::ErrorCode) -> &'static str {
    use crescendo_core::ErrorCode as C;
    match c {
        C::Validation => "validation",
        C::Unauthorized => "unauthorized",
        C::Forbidden => "forbidden",
        C::NotFound => "not_found",
        C::RateLimited => "rate_limited",
        C::Server => "server",
        C::Network => "network",
        C::Timeout => "timeout",
        C::Decode => "decode",
        C::Config | C::KeychainUnavailable | C::KeychainLocked | C::KeyMissing => "config",
        C::NotReady => "not_ready",
        C::Unsupported => "unsupported",
        C::Internal => "internal",
    }
}

pub fn config(msg: impl Into<String>) -> Failure {
    Failure::Api(Error::Config {
        message: msg.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_failure_has_its_own_exit_code_and_one_line() {
        let net = || Error::Network {
            message: "reset\nby peer".into(),
        };
        let cases = [
            (config("x"), "config", 2),
            (
                Error::Unauthorized {
                    message: "m".into(),
                }
                .into(),
                "unauthorized",
                3,
            ),
            (
                Error::Forbidden {
                    message: "m".into(),
                }
                .into(),
                "forbidden",
                3,
            ),
            (
                Error::Validation {
                    message: "m".into(),
                    details: String::new(),
                }
                .into(),
                "validation",
                4,
            ),
            (
                Failure::NotCreated {
                    cause: Box::new(net()),
                },
                "not_created",
                6,
            ),
            (
                Failure::Unknown {
                    cause: Box::new(net()),
                    lookup: Box::new(Error::Timeout),
                },
                "outcome_unknown",
                7,
            ),
            (Error::Timeout.into(), "timeout", 1),
        ];
        for (f, code, exit) in cases {
            assert_eq!((f.code(), f.exit_code()), (code, exit), "{f}");
            let line = f.render(false);
            assert_eq!(line.lines().count(), 1, "{line}");
            assert!(line.ends_with(&format!("[{code}]")), "{line}");
            let v: serde_json::Value = serde_json::from_str(&f.render(true)).expect("json");
            assert_eq!(v["error"]["code"], code);
        }
    }
}
