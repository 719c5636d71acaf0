//! Small shared types: statuses, campaign types, money, tri-state fields, flexible ids.

use crate::num::{decimal_lenient, serialize_decimal};
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
            /// A value this client does not know yet; kept as sent.
            Other(String),
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(&self) -> &str {
                match self { $($name::$variant => $text,)+ $name::Other(s) => s }
            }
        }
        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                match s { $($text => $name::$variant,)+ other => $name::Other(other.to_string()) }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Ok($name::from(s.as_str()))
            }
        }
    };
}

string_enum!(
    /// Campaign statuses, as the v2 FAQ lists them.
    CampaignStatus {
        Draft = "DRAFT", Published = "PUBLISHED", Submitted = "SUBMITTED", Active = "ACTIVE", Stopped = "STOPPED",
        Finalizing = "FINALIZING", Paused = "PAUSED", AwaitingPayment = "AWAITING_PAYMENT", Error = "ERROR",
        InReview = "IN_REVIEW", WithIssues = "WITH_ISSUES", Denied = "DENIED", ToRetry = "TO_RETRY",
        Finished = "FINISHED", Scheduled = "SCHEDULED",
    }
);

string_enum!(
    /// The five v1 campaign types.
    CampaignType {
        RecordStreams = "record_streams", BoostInstagram = "boost_instagram", LinkClicks = "link_clicks",
        GetPlaylisted = "get_playlisted", IncreaseVideoViews = "increase_video_views",
    }
);

string_enum!(
    /// get_playlisted goals.
    PlaylistTier {
        Followers30k = "30000_followers", Followers100k = "100000_followers", Followers300k = "300000_followers",
        Followers600k = "600000_followers", Followers1m = "1000000_followers",
    }
);

impl CampaignType {
    /// "facebook" for the Meta campaigns, "symphony" for the ones Symphony bills directly.
    pub fn provider(&self) -> &'static str {
        match self {
            CampaignType::GetPlaylisted | CampaignType::IncreaseVideoViews => "symphony",
            _ => "facebook",
        }
    }
}

/// An amount in a currency, exact. Serialized as the documents show: `{ "value": 190, "currency": "MXN" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    #[serde(
        serialize_with = "serialize_decimal",
        deserialize_with = "decimal_lenient"
    )]
    pub value: Decimal,
    pub currency: String,
}

crescendo_money::assert_exact!(Budget { value });

impl Budget {
    pub fn new(value: Decimal, currency: &str) -> Budget {
        Budget {
            value,
            currency: currency.trim().to_uppercase(),
        }
    }
}

/// A field that can be absent, explicitly null, or set: the documents use all three.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Tri<T> {
    #[default]
    Absent,
    Null,
    Value(T),
}

impl<T> Tri<T> {
    pub fn is_absent(&self) -> bool {
        matches!(self, Tri::Absent)
    }
    pub fn value(&self) -> Option<&T> {
        match self {
            Tri::Value(v) => Some(v),
            _ => None,
        }
    }
}

impl<T: Serialize> Serialize for Tri<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Tri::Value(v) => v.serialize(s),
            _ => s.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Tri<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(d)? {
            Some(v) => Tri::Value(v),
            None => Tri::Null,
        })
    }
}

/// An id the API sends as a number in some places and a string in others; kept as it came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FlexId {
    Num(u64),
    Str(String),
}

impl fmt::Display for FlexId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FlexId::Num(n) => write!(f, "{n}"),
            FlexId::Str(s) => f.write_str(s),
        }
    }
}

/// Date-times are sent as the documents write them: `2024-08-20T05:00:00.000Z`.
pub mod iso_millis {
    use chrono::{DateTime, SecondsFormat, Utc};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Millis, true))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let s = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| {
                serde::de::Error::custom(format!("expected an ISO 8601 date-time, got {s:?} ({e})"))
            })
    }

    pub mod option {
        use super::*;
        pub fn serialize<S: Serializer>(
            t: &Option<DateTime<Utc>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => super::serialize(t, s),
                None => s.serialize_none(),
            }
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(s) => DateTime::parse_from_rfc3339(&s)
                    .map(|t| Some(t.with_timezone(&Utc)))
                    .map_err(|e| {
                        serde::de::Error::custom(format!(
                            "expected an ISO 8601 date-time, got {s:?} ({e})"
                        ))
                    }),
            }
        }
    }
}

/// Provider responses carry credentials of their own: the documented campaign details hold
/// Facebook page and user `access_token`s, `conversionsApiAccessToken` and
/// `facebook_pixel_conversions_api_access_token`. They are replaced with [`REDACTED`] while
/// parsing, so they never reach IPC, the CLI's output, logs or caches.
pub mod redact {
    use serde::{Deserialize, Deserializer};
    use serde_json::{Map, Value};

    /// What a secret value reads as once parsed.
    pub const REDACTED: &str = "[redacted]";

    /// Key names that hold credentials: any containing "token", "secret" or "password"
    /// (case-insensitive), and API keys. Flags such as `fbTokenValid` are booleans and stay.
    pub fn is_secret_key(key: &str) -> bool {
        let k = key.to_ascii_lowercase();
        ["token", "secret", "password", "api_key", "apikey"]
            .iter()
            .any(|w| k.contains(w))
    }

    /// Replaces every secret value below `v` (recursively); null and booleans are kept, since
    /// they say whether a credential exists or is valid without being one.
    pub fn value(v: &mut Value) {
        match v {
            Value::Object(m) => map(m),
            Value::Array(a) => a.iter_mut().for_each(value),
            _ => {}
        }
    }

    pub fn map(m: &mut Map<String, Value>) {
        for (k, v) in m.iter_mut() {
            if is_secret_key(k) && !matches!(v, Value::Null | Value::Bool(_)) {
                *v = Value::String(REDACTED.into());
            } else {
                value(v);
            }
        }
    }

    /// `deserialize_with` for a `Value` field.
    pub fn de_value<'de, D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        let mut v = Value::deserialize(d)?;
        value(&mut v);
        Ok(v)
    }

    /// `deserialize_with` for an `Option<Value>` field.
    pub fn de_opt_value<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
        let mut v = Option::<Value>::deserialize(d)?;
        if let Some(v) = v.as_mut() {
            value(v);
        }
        Ok(v)
    }

    /// `deserialize_with` for a flattened `extra` map: unknown fields, secrets redacted.
    pub fn de_map<'de, D: Deserializer<'de>>(d: D) -> Result<Map<String, Value>, D::Error> {
        let mut m = Map::<String, Value>::deserialize(d)?;
        map(&mut m);
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_statuses_are_kept() {
        let s: CampaignStatus = serde_json::from_str("\"IN_REVIEW\"").expect("parses");
        assert_eq!(s, CampaignStatus::InReview);
        let s: CampaignStatus = serde_json::from_str("\"ON_FIRE\"").expect("parses");
        assert_eq!(s, CampaignStatus::Other("ON_FIRE".into()));
        assert_eq!(
            serde_json::to_string(&s).ok().as_deref(),
            Some("\"ON_FIRE\"")
        );
        assert_eq!(CampaignStatus::ALL.len(), 15);
    }

    #[test]
    fn secrets_are_redacted_at_any_depth_and_flags_are_kept() {
        let mut v = serde_json::json!({
            "access_token": "EAAB", "page": { "Access_Token": "x", "fbTokenValid": true,
            "conversionsApiAccessToken": null, "list": [{ "client_secret": 7 }] },
            "name": "token", "tokens": ["a", "b"]
        });
        redact::value(&mut v);
        assert_eq!(v["access_token"], redact::REDACTED);
        assert_eq!(v["page"]["Access_Token"], redact::REDACTED);
        assert_eq!(v["page"]["fbTokenValid"], true);
        assert!(v["page"]["conversionsApiAccessToken"].is_null());
        assert_eq!(v["page"]["list"][0]["client_secret"], redact::REDACTED);
        assert_eq!(v["name"], "token", "values are not keys");
        assert_eq!(v["tokens"], redact::REDACTED);
    }
}
