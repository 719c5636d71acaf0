//! Every way a call can fail, typed so callers can branch on it (and the UI on `code()`).
//! No variant ever holds the agency token: the client builds them all in one place
//! (`client::scrub`), which passes every string through [`crate::redact::redact_url`].

use serde_json::Value;

/// One refused field of a form: `field` is the form field's name as sent (`daily_budget`,
/// `bid`; nested fields joined with `.`), empty for an error about the whole form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// 400 "Form validation failed": `message` is the server's summary, `fields` the fields
    /// that broke (possibly none, when the server named none).
    #[error("the API refused the form: {}", summary(message, fields))]
    Form {
        message: String,
        fields: Vec<FieldError>,
    },
    /// Refused before sending: the input breaks a rule the documentation states.
    #[error("invalid input: {}", summary("", fields))]
    Invalid { fields: Vec<FieldError> },
    /// 401 (not in the documented list, but typed in case the API sends it).
    #[error("the agency token is missing or not recognized (401): {message}")]
    Unauthorized { message: String },
    /// 403 "Access denied".
    #[error("access denied (403): {message}")]
    Forbidden { message: String },
    /// 404 "Resource not found".
    #[error("not found (404): {message}")]
    NotFound { message: String },
    /// 5xx "Internal error".
    #[error("the API failed ({status}): {message}")]
    Server { status: u16, message: String },
    /// A status the documentation does not list (3xx are never followed, so they land here).
    #[error("the API answered with an undocumented status {status}: {message}")]
    Status { status: u16, message: String },
    #[error("network error: {message}")]
    Network { message: String },
    #[error("the API did not answer in time")]
    Timeout,
    /// The response was not the JSON we expect; `path` names the field, `body` is an excerpt.
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
    /// A stable machine-readable code, for IPC and logs.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Form { .. } => "form",
            Error::Invalid { .. } => "invalid",
            Error::Unauthorized { .. } => "unauthorized",
            Error::Forbidden { .. } => "forbidden",
            Error::NotFound { .. } => "not_found",
            Error::Server { .. } => "server",
            Error::Status { .. } => "status",
            Error::Network { .. } => "network",
            Error::Timeout => "timeout",
            Error::Decode { .. } => "decode",
            Error::Config { .. } => "config",
        }
    }

    /// The message for `field`, from a server form error or a refusal before sending.
    pub fn field(&self, field: &str) -> Option<&str> {
        match self {
            Error::Form { fields, .. } | Error::Invalid { fields } => fields
                .iter()
                .find(|f| f.field == field)
                .map(|f| f.message.as_str()),
            _ => None,
        }
    }

    /// Every string this error holds, for the scrub in one place (`client::scrub`).
    pub(crate) fn map_strings(self, f: impl Fn(&str) -> String) -> Error {
        let fe = |v: Vec<FieldError>| {
            v.into_iter()
                .map(|e| FieldError::new(f(&e.field), f(&e.message)))
                .collect()
        };
        match self {
            Error::Form { message, fields } => Error::Form {
                message: f(&message),
                fields: fe(fields),
            },
            Error::Invalid { fields } => Error::Invalid { fields: fe(fields) },
            Error::Unauthorized { message } => Error::Unauthorized {
                message: f(&message),
            },
            Error::Forbidden { message } => Error::Forbidden {
                message: f(&message),
            },
            Error::NotFound { message } => Error::NotFound {
                message: f(&message),
            },
            Error::Server { status, message } => Error::Server {
                status,
                message: f(&message),
            },
            Error::Status { status, message } => Error::Status {
                status,
                message: f(&message),
            },
            Error::Network { message } => Error::Network {
                message: f(&message),
            },
            Error::Timeout => Error::Timeout,
            Error::Decode {
                path,
                message,
                body,
            } => Error::Decode {
                path: f(&path),
                message: f(&message),
                body: f(&body),
            },
            Error::Config { message } => Error::Config {
                message: f(&message),
            },
        }
    }
}

fn summary(message: &str, fields: &[FieldError]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !message.is_empty() {
        parts.push(message.to_string());
    }
    for e in fields {
        if e.field.is_empty() {
            parts.push(e.message.clone());
        } else {
            parts.push(format!("{}: {}", e.field, e.message));
        }
    }
    if parts.is_empty() {
        "no reason given".into()
    } else {
        parts.join("; ")
    }
}

/// The `message` of a 4xx body ("an array with a message key"): an object with `message`, or a
/// list whose first entry has one. Empty when there is none.
pub(crate) fn message_of(body: &Value) -> String {
    match body {
        Value::Object(o) => o.get("message").and_then(Value::as_str),
        Value::Array(a) => a
            .iter()
            .find_map(|e| e.get("message").and_then(Value::as_str)),
        _ => None,
    }
    .unwrap_or_default()
    .to_string()
}

/// The fields a 400 body names. The reference says only that "the JSON response describes the
/// form and the errors"; we read the Symfony form shape (`errors: {errors: [..], children:
/// {field: {errors: [..], children: ..}}}`) and, as a fallback, a flat `errors: {field:
/// [..] | ".."}` map (see README).
pub(crate) fn fields_of(body: &Value) -> Vec<FieldError> {
    let mut out = Vec::new();
    let errors = match body {
        Value::Array(a) => a.iter().find_map(|e| e.get("errors")),
        other => other.get("errors"),
    };
    match errors {
        Some(Value::Object(o)) if o.contains_key("children") || o.contains_key("errors") => {
            walk(errors.unwrap_or(&Value::Null), "", &mut out)
        }
        Some(Value::Object(o)) => {
            for (field, v) in o {
                push_messages(v, field, &mut out);
            }
        }
        Some(v @ Value::Array(_)) => push_messages(v, "", &mut out),
        _ => {}
    }
    out
}

fn walk(node: &Value, path: &str, out: &mut Vec<FieldError>) {
    if let Some(e) = node.get("errors") {
        push_messages(e, path, out);
    }
    if let Some(Value::Object(children)) = node.get("children") {
        for (name, child) in children {
            let p = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            walk(child, &p, out);
        }
    }
}

fn push_messages(v: &Value, field: &str, out: &mut Vec<FieldError>) {
    match v {
        Value::String(s) => out.push(FieldError::new(field, s.clone())),
        Value::Array(a) => {
            for m in a {
                match m {
                    Value::String(s) => out.push(FieldError::new(field, s.clone())),
                    Value::Object(_) => {
                        out.push(FieldError::new(field, message_of(m)));
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
