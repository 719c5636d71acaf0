//! Every way a call can fail, typed, each with what to do about it. Graph errors are read from
//! the documented envelope `{"error": {"message", "type", "code", "error_subcode",
//! "error_user_title", "error_user_msg", "fbtrace_id"}}` and mapped by `code` (the HTTP status
//! is not reliable: Graph answers most errors with 400).

use crate::validate::Invalid;
use serde::Deserialize;
use std::fmt;
use std::time::Duration;

/// Graph's error object, kept whole for support (`fbtrace_id`) and for callers that branch on
/// codes this crate does not name.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct GraphError {
    #[serde(default)]
    pub message: String,
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub code: Option<i64>,
    #[serde(default)]
    pub error_subcode: Option<i64>,
    #[serde(default)]
    pub error_user_title: Option<String>,
    #[serde(default)]
    pub error_user_msg: Option<String>,
    #[serde(default)]
    pub fbtrace_id: Option<String>,
    /// `error_data.blame_field_specs` (`[["daily_budget"]]`), when Graph names the field.
    #[serde(default)]
    pub error_data: Option<serde_json::Value>,
}

impl GraphError {
    /// The field Graph blames: `error_data.blame_field_specs[0][0]`, else the `param X` a
    /// `(#100)` message names.
    pub fn field(&self) -> Option<String> {
        let spec = self
            .error_data
            .as_ref()
            .and_then(|d| d.get("blame_field_specs"))
            .and_then(|s| s.get(0))
            .and_then(|s| s.get(0).or(Some(s)))
            .and_then(|f| f.as_str())
            .map(str::to_string);
        spec.or_else(|| {
            let rest = self.message.split("param ").nth(1)?;
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty()).then_some(name)
        })
    }
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.error_user_msg.as_deref().filter(|m| !m.is_empty());
        write!(f, "{}", text.unwrap_or(&self.message))?;
        match (self.code, self.error_subcode) {
            (Some(c), Some(s)) => write!(f, " (Graph error {c}, subcode {s}")?,
            (Some(c), None) => write!(f, " (Graph error {c}")?,
            _ => write!(f, " (Graph error")?,
        }
        match &self.fbtrace_id {
            Some(t) => write!(f, ", fbtrace_id {t})"),
            None => write!(f, ")"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Refused before sending: the request breaks a documented rule. Nothing was sent.
    #[error("{0}")]
    Invalid(Invalid),
    /// 100: Graph refused a parameter; `field` names it when Graph does.
    #[error("Meta refused {}: {graph}", field.as_deref().unwrap_or("a parameter"))]
    InvalidParameter {
        field: Option<String>,
        graph: Box<GraphError>,
    },
    /// 100 with subcode 33 (or an unknown node): the id does not exist or this token cannot see it.
    #[error("not found, or not visible to this token: check the id and that the token's user has access to the ad account ({graph})")]
    NotFound { graph: Box<GraphError> },
    /// 190 (or 102, or an OAuthException without a code): the token is invalid, expired or revoked.
    #[error("the access token is invalid or expired: generate a new one (a system user's token does not expire) and save it again ({graph})")]
    InvalidToken {
        expired: bool,
        graph: Box<GraphError>,
    },
    /// 10, 200-299 (294: ads_management): the token lacks a permission or a role on the account.
    #[error("permission denied: the token needs ads_management (and ads_read for insights) and a role on this ad account ({graph})")]
    Permission { graph: Box<GraphError> },
    /// 368: the action was deemed abusive or is otherwise disallowed, temporarily.
    #[error("Meta has temporarily blocked this action: wait before trying again, and review the account's policy status in Ads Manager ({graph})")]
    Blocked { graph: Box<GraphError> },
    /// 275: Graph could not tell which object the request is for.
    #[error(
        "Meta cannot determine the target object: check the ad account id (act_<number>) ({graph})"
    )]
    UnknownTarget { graph: Box<GraphError> },
    /// 80004 (and 4, 17, 613, 80000-80014) after the client's own waiting ran out, or a wait
    /// longer than it accepts.
    /// `code` is Graph's, or None when this client's own scheduler refused the wait.
    #[error("too many calls to this ad account{}; {}", code.map(|c| format!(" (Graph error {c})")).unwrap_or_default(), retry_hint(retry_after))]
    RateLimited {
        code: Option<i64>,
        retry_after: Option<Duration>,
    },
    /// Any other Graph error (300 edit failure, 2615, 2625, 900, 500 banned content, ...).
    #[error("Meta refused the request: {graph}")]
    Graph { status: u16, graph: Box<GraphError> },
    /// A 5xx without a Graph error body.
    #[error("the Graph API failed ({status}): try again later")]
    Server { status: u16 },
    /// Redirects are never followed (the token would go with them).
    #[error("the Graph API answered with a redirect ({status}) to {location}, which is not followed: check the base URL")]
    Redirect { status: u16, location: String },
    #[error("the Graph API sent a response larger than {limit} bytes; it was not read")]
    TooLarge { limit: u64 },
    #[error("network error: {message}")]
    Network { message: String },
    #[error("the Graph API did not answer in time")]
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

fn retry_hint(after: &Option<Duration>) -> String {
    match after {
        Some(d) => format!(
            "retry in {} s",
            d.as_secs() + u64::from(d.subsec_nanos() > 0)
        ),
        None => "retry later".to_string(),
    }
}

/// Graph's throttling codes: 4 (app), 17 (user), 32 (page), 613 (calls), 80000-80014 (business
/// use case; 80004 is the ads_management one the reference lists).
pub fn is_throttle(code: i64) -> bool {
    matches!(code, 4 | 17 | 32 | 613) || (80000..=80014).contains(&code)
}

impl Error {
    /// A stable machine-readable code, for IPC and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "validation",
            Error::InvalidParameter { .. } => "validation",
            Error::NotFound { .. } => "not_found",
            Error::InvalidToken { .. } => "unauthorized",
            Error::Permission { .. } => "forbidden",
            Error::Blocked { .. } => "blocked",
            Error::UnknownTarget { .. } => "unknown_target",
            Error::RateLimited { .. } => "rate_limited",
            Error::Graph { .. } => "provider",
            Error::Server { .. } => "server",
            Error::Redirect { .. } => "redirect",
            Error::TooLarge { .. } => "too_large",
            Error::Network { .. } => "network",
            Error::Timeout => "timeout",
            Error::Decode { .. } => "decode",
            Error::Config { .. } => "config",
        }
    }

    /// The field a validation error concerns, local or Graph's.
    pub fn field(&self) -> Option<String> {
        match self {
            Error::Invalid(i) => Some(i.field().to_string()),
            Error::InvalidParameter { field, .. } => field.clone(),
            _ => None,
        }
    }

    /// Whether the request may have been carried out without us learning the outcome: a
    /// create is then looked up, never resent.
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

    /// The typed error for a Graph error object and its HTTP status.
    pub fn from_graph(status: u16, graph: GraphError) -> Error {
        let code = graph.code.unwrap_or(0);
        let sub = graph.error_subcode;
        let boxed = Box::new(graph);
        match code {
            100 if sub == Some(33) => Error::NotFound { graph: boxed },
            100 => Error::InvalidParameter {
                field: boxed.field(),
                graph: boxed,
            },
            190 | 102 => Error::InvalidToken {
                expired: sub == Some(463),
                graph: boxed,
            },
            0 if boxed.kind == "OAuthException" => Error::InvalidToken {
                expired: false,
                graph: boxed,
            },
            // 275 sits in the 200-299 permission range but the reference gives it its own meaning.
            275 => Error::UnknownTarget { graph: boxed },
            10 | 200..=299 => Error::Permission { graph: boxed },
            368 => Error::Blocked { graph: boxed },
            c if is_throttle(c) => Error::RateLimited {
                code: Some(c),
                retry_after: None,
            },
            _ => Error::Graph {
                status,
                graph: boxed,
            },
        }
    }

    pub(crate) fn decode(
        path: impl Into<String>,
        message: impl Into<String>,
        body: &[u8],
    ) -> Error {
        const KEEP: usize = 512;
        let text = match serde_json::from_slice::<serde_json::Value>(body) {
            Ok(mut v) => {
                crate::redact::value(&mut v);
                v.to_string()
            }
            Err(_) => {
                let t = String::from_utf8_lossy(body);
                let lower = t.to_ascii_lowercase();
                if ["token", "secret", "password"]
                    .iter()
                    .any(|w| lower.contains(w))
                {
                    format!(
                        "(not JSON; {} bytes not kept: they may hold credentials)",
                        body.len()
                    )
                } else {
                    t.into_owned()
                }
            }
        };
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

impl From<Invalid> for Error {
    fn from(i: Invalid) -> Error {
        Error::Invalid(i)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(code: i64, sub: Option<i64>) -> GraphError {
        GraphError {
            message: "m".into(),
            kind: "OAuthException".into(),
            code: Some(code),
            error_subcode: sub,
            fbtrace_id: Some("AbC".into()),
            ..GraphError::default()
        }
    }

    #[test]
    fn documented_codes_map_to_their_kind() {
        let kind = |c, s| Error::from_graph(400, graph(c, s)).code();
        assert_eq!(kind(100, None), "validation");
        assert_eq!(kind(100, Some(33)), "not_found");
        assert_eq!(kind(190, Some(463)), "unauthorized");
        assert_eq!(kind(200, None), "forbidden");
        assert_eq!(kind(294, None), "forbidden");
        assert_eq!(kind(368, None), "blocked");
        assert_eq!(kind(80004, Some(2446079)), "rate_limited");
        assert_eq!(kind(613, None), "rate_limited");
        assert_eq!(kind(275, None), "unknown_target");
        assert_eq!(kind(2615, None), "provider");
        assert!(matches!(
            Error::from_graph(400, graph(190, Some(463))),
            Error::InvalidToken { expired: true, .. }
        ));
    }

    #[test]
    fn the_blamed_field_is_found() {
        let mut g = graph(100, None);
        g.error_data = Some(serde_json::json!({"blame_field_specs": [["daily_budget"]]}));
        assert_eq!(
            Error::from_graph(400, g).field().as_deref(),
            Some("daily_budget")
        );
        let mut g = graph(100, None);
        g.message = "(#100) param special_ad_categories must be an array".into();
        assert_eq!(g.field().as_deref(), Some("special_ad_categories"));
        let e = Error::from_graph(400, g);
        assert!(
            e.to_string()
                .starts_with("Meta refused special_ad_categories:"),
            "{e}"
        );
        assert!(e.to_string().contains("fbtrace_id AbC"), "{e}");
    }

    #[test]
    fn messages_say_what_to_do() {
        let t = Error::from_graph(400, graph(190, None)).to_string();
        assert!(t.contains("generate a new one"), "{t}");
        let r = Error::RateLimited {
            code: Some(80004),
            retry_after: Some(Duration::from_millis(1500)),
        };
        assert!(r.to_string().contains("retry in 2 s"), "{r}");
        assert!(!r.outcome_unknown());
        assert!(Error::Timeout.outcome_unknown());
    }

    #[test]
    fn an_undecodable_body_keeps_no_token() {
        let Error::Decode { body, .. } = Error::decode(
            "$",
            "bad",
            br#"{"access_token":"EAAx1","paging":{"next":"http://h/x?access_token=EAAx1"}}"#,
        ) else {
            panic!("decode");
        };
        assert!(!body.contains("EAAx1"), "{body}");
        let Error::Decode { body, .. } = Error::decode("$", "bad", b"<p>access_token=EAAx1</p>")
        else {
            panic!("decode");
        };
        assert!(!body.contains("EAAx1"), "{body}");
    }
}
