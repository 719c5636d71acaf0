//! Forms: bodies are `x-www-form-urlencoded` (the reference's "x-www-form-url-encoded"
//! spelling is accepted too); a refusal is a 400 describing the form, Symfony style (see the
//! README): every known field under `errors.children`, with `errors` where it broke.

use super::{message, Ctx, Reply};
use axum::http::StatusCode;
use crescendo_money::json::parse_decimal;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

pub(crate) struct Form {
    pub fields: Vec<(String, String)>,
}

impl Form {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The form in the body (form-encoded, or JSON where PATCH allows it).
pub(crate) fn parse(ctx: &Ctx, json_ok: bool) -> Result<Form, Reply> {
    let ct = ctx
        .content_type
        .as_deref()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if ctx.body.is_empty() {
        return Ok(Form { fields: Vec::new() });
    }
    if ct.starts_with("application/x-www-form-urlencoded")
        || ct.starts_with("application/x-www-form-url-encoded")
    {
        let fields = url::form_urlencoded::parse(&ctx.body)
            .into_owned()
            .collect();
        return Ok(Form { fields });
    }
    if json_ok && ct.starts_with("application/json") {
        if let Ok(Value::Object(o)) = serde_json::from_slice::<Value>(&ctx.body) {
            let fields = o
                .into_iter()
                .map(|(k, v)| {
                    (
                        k,
                        v.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| v.to_string()),
                    )
                })
                .collect();
            return Ok(Form { fields });
        }
    }
    Err(message(
        StatusCode::BAD_REQUEST,
        "Form inputs are expected to be in x-www-form-url-encoded",
    ))
}

/// The 400 body for `errs` (field, message) over the form's `known` fields; an error with an
/// empty field name is about the whole form.
pub(crate) fn error(known: &[&str], errs: Vec<(String, String)>) -> Reply {
    let mut children = Map::new();
    for k in known {
        children.insert(k.to_string(), json!({}));
    }
    let mut global = Vec::new();
    for (field, msg) in errs {
        if field.is_empty() {
            global.push(json!(msg));
            continue;
        }
        let entry = children.entry(field).or_insert_with(|| json!({}));
        match entry.get_mut("errors").and_then(Value::as_array_mut) {
            Some(list) => list.push(json!(msg)),
            None => entry["errors"] = json!([msg]),
        }
    }
    let mut errors = json!({ "children": children });
    if !global.is_empty() {
        errors["errors"] = json!(global);
    }
    (
        StatusCode::BAD_REQUEST,
        json!({"code": 400, "message": "Validation Failed", "errors": errors}),
    )
}

/// Collects refusals while a handler checks its form.
pub(crate) struct Check<'f> {
    pub form: &'f Form,
    pub errs: Vec<(String, String)>,
}

impl<'f> Check<'f> {
    pub fn new(form: &'f Form, known: &[&str]) -> Check<'f> {
        let mut c = Check {
            form,
            errs: Vec::new(),
        };
        if form
            .fields
            .iter()
            .any(|(k, _)| !known.contains(&k.as_str()))
        {
            c.errs.push((
                String::new(),
                "This form should not contain extra fields.".into(),
            ));
        }
        c
    }
    pub fn fail(&mut self, field: &str, msg: &str) {
        self.errs.push((field.to_string(), msg.to_string()));
    }
    pub fn required(&mut self, field: &str) -> Option<&'f str> {
        match self.form.get(field) {
            Some(v) if !v.trim().is_empty() => Some(v),
            _ => {
                self.fail(field, "This value should not be blank.");
                None
            }
        }
    }
    pub fn choice(&mut self, field: &str, v: Option<&'f str>, allowed: &[&str]) -> Option<&'f str> {
        let v = v?;
        if allowed.contains(&v) {
            Some(v)
        } else {
            self.fail(field, "The value you selected is not a valid choice.");
            None
        }
    }
    pub fn positive(&mut self, field: &str) -> Option<Decimal> {
        let v = self.form.get(field)?;
        match parse_decimal(v) {
            Ok(d) if d > Decimal::ZERO => Some(d),
            Ok(_) => {
                self.fail(field, "This value should be greater than 0.");
                None
            }
            Err(_) => {
                self.fail(field, "This value is not valid.");
                None
            }
        }
    }
    pub fn timestamp(&mut self, field: &str) -> Option<i64> {
        let v = self.form.get(field)?;
        match v.trim().parse::<i64>() {
            Ok(t) if t > 0 => Some(t),
            _ => {
                self.fail(field, "This value should be a Unix timestamp.");
                None
            }
        }
    }
    pub fn done(self, known: &[&str]) -> Result<(), Reply> {
        if self.errs.is_empty() {
            Ok(())
        } else {
            Err(error(known, self.errs))
        }
    }
}
