use super::*;
use serde_json::json;

#[test]
fn symfony_form_errors_land_on_their_fields() {
    let body = json!({
        "code": 400,
        "message": "Validation Failed",
        "errors": {
            "errors": ["This form should not contain extra fields."],
            "children": {
                "name": {},
                "daily_budget": {"errors": ["This value should be greater than 0."]},
                "targeting": {"children": {"age_min": {"errors": ["Too young."]}}}
            }
        }
    });
    assert_eq!(message_of(&body), "Validation Failed");
    let mut got = fields_of(&body);
    got.sort_by(|a, b| a.field.cmp(&b.field));
    assert_eq!(
        got,
        vec![
            FieldError::new("", "This form should not contain extra fields."),
            FieldError::new("daily_budget", "This value should be greater than 0."),
            FieldError::new("targeting.age_min", "Too young."),
        ]
    );
}

#[test]
fn flat_maps_and_message_arrays_are_read_too() {
    let flat = json!({"message": "bad", "errors": {"bid": ["too low"], "status": "unknown"}});
    let mut got = fields_of(&flat);
    got.sort_by(|a, b| a.field.cmp(&b.field));
    assert_eq!(
        got,
        vec![
            FieldError::new("bid", "too low"),
            FieldError::new("status", "unknown")
        ]
    );
    assert_eq!(
        message_of(&json!([{"message": "Access denied"}])),
        "Access denied"
    );
    assert_eq!(message_of(&json!("nope")), "");
    assert!(fields_of(&json!({"message": "x"})).is_empty());
}

#[test]
fn display_names_every_field() {
    let e = Error::Form {
        message: "Validation Failed".into(),
        fields: vec![
            FieldError::new("bid", "too low"),
            FieldError::new("", "extra"),
        ],
    };
    assert_eq!(
        e.to_string(),
        "the API refused the form: Validation Failed; bid: too low; extra"
    );
    assert_eq!(e.field("bid"), Some("too low"));
    assert_eq!(e.field("name"), None);
    assert_eq!(e.code(), "form");
}
