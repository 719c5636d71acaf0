//! The Campaign node and its enums, with field names exactly as the reference spells them.
//! Enum values outside the documented ones are kept as `Other(..)`, so one new value from
//! Meta never fails a whole list.

use crate::Error;
use chrono::{DateTime, FixedOffset};
use crescendo_money::json::opt_i64;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

macro_rules! graph_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
            /// A value the reference does not list.
            Other(String),
        }
        impl $name {
            pub const DOCUMENTED: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(&self) -> &str {
                match self { $($name::$variant => $text,)+ $name::Other(s) => s }
            }
            pub fn parse(s: &str) -> $name {
                match s { $($text => $name::$variant,)+ other => $name::Other(other.to_string()) }
            }
            pub fn is_documented(&self) -> bool { !matches!(self, $name::Other(_)) }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                String::deserialize(d).map(|s| $name::parse(&s))
            }
        }
    };
}

graph_enum!(
    /// `objective`: the create/update enum of the reference.
    Objective {
        AppInstalls = "APP_INSTALLS", BrandAwareness = "BRAND_AWARENESS", Conversions = "CONVERSIONS",
        EventResponses = "EVENT_RESPONSES", LeadGeneration = "LEAD_GENERATION", LinkClicks = "LINK_CLICKS",
        LocalAwareness = "LOCAL_AWARENESS", Messages = "MESSAGES", OfferClaims = "OFFER_CLAIMS",
        PageLikes = "PAGE_LIKES", PostEngagement = "POST_ENGAGEMENT",
        ProductCatalogSales = "PRODUCT_CATALOG_SALES", Reach = "REACH", StoreVisits = "STORE_VISITS",
        VideoViews = "VIDEO_VIEWS",
    }
);
graph_enum!(
    /// `status` / `configured_status`: enum {ACTIVE, PAUSED, DELETED, ARCHIVED}.
    ConfiguredStatus { Active = "ACTIVE", Paused = "PAUSED", Deleted = "DELETED", Archived = "ARCHIVED" }
);
graph_enum!(
    /// `effective_status`: enum {ACTIVE, PAUSED, DELETED, ARCHIVED, IN_PROCESS, WITH_ISSUES}.
    /// CAMPAIGN_PAUSED is what a paused campaign's ad sets and ads show, not the campaign.
    EffectiveStatus {
        Active = "ACTIVE", Paused = "PAUSED", Deleted = "DELETED", Archived = "ARCHIVED",
        InProcess = "IN_PROCESS", WithIssues = "WITH_ISSUES", CampaignPaused = "CAMPAIGN_PAUSED",
    }
);
graph_enum!(
    /// `bid_strategy` (TARGET_COST was deprecated with v9).
    BidStrategy {
        LowestCostWithoutCap = "LOWEST_COST_WITHOUT_CAP", LowestCostWithBidCap = "LOWEST_COST_WITH_BID_CAP",
        CostCap = "COST_CAP",
    }
);
graph_enum!(
    /// `buying_type`: AUCTION (default) or RESERVED (reach and frequency).
    BuyingType { Auction = "AUCTION", Reserved = "RESERVED" }
);
graph_enum!(
    /// `special_ad_categories` entries.
    SpecialAdCategory {
        None = "NONE", Employment = "EMPLOYMENT", Housing = "HOUSING", Credit = "CREDIT",
        IssuesElectionsPolitics = "ISSUES_ELECTIONS_POLITICS",
    }
);

/// An ad account id: `act_<digits>` on the wire, accepted with or without the prefix.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AdAccountId(String);

impl AdAccountId {
    pub fn parse(raw: &str) -> Result<AdAccountId, Error> {
        let t = raw.trim();
        let digits = t.strip_prefix("act_").unwrap_or(t);
        if digits.is_empty() || digits.len() > 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::Config {
                message: format!("{t:.40} is not an ad account id: use the number Ads Manager shows (act_1234567890 or 1234567890)"),
            });
        }
        Ok(AdAccountId(digits.to_string()))
    }
    /// The number without `act_`.
    pub fn number(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AdAccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "act_{}", self.0)
    }
}

/// Graph datetimes: `2021-03-10T10:00:00-0800` (or with a colon in the offset).
pub fn parse_time(s: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%z")
        .or_else(|_| DateTime::parse_from_rfc3339(s))
        .ok()
}

fn opt_time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) if s.is_empty() => Ok(None),
        Some(s) => parse_time(&s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("{s:.40} is not a Graph datetime"))),
    }
}

/// One entry of `issues_info` (Graph's AdCampaignIssuesInfo).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct IssueInfo {
    #[serde(default, deserialize_with = "opt_i64")]
    pub error_code: Option<i64>,
    #[serde(default)]
    pub error_message: Option<String>,
    #[serde(default)]
    pub error_summary: Option<String>,
    #[serde(default)]
    pub error_type: Option<String>,
    #[serde(default)]
    pub level: Option<String>,
}

/// One entry of `recommendations` (Graph's AdRecommendation).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Recommendation {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default, deserialize_with = "opt_i64")]
    pub code: Option<i64>,
    #[serde(default)]
    pub importance: Option<String>,
    #[serde(default)]
    pub confidence: Option<String>,
    #[serde(default)]
    pub blame_field: Option<String>,
}

/// The Campaign node. Everything but `id` is optional: Graph returns only the `fields=` asked
/// for, and leaves out what is unset. Budgets are integers of the currency's subunit (see
/// [`crate::money`]); Graph sends them as numeric strings.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Campaign {
    pub id: String,
    #[serde(default)]
    pub account_id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub objective: Option<Objective>,
    #[serde(default)]
    pub status: Option<ConfiguredStatus>,
    #[serde(default)]
    pub configured_status: Option<ConfiguredStatus>,
    #[serde(default)]
    pub effective_status: Option<EffectiveStatus>,
    #[serde(default, deserialize_with = "opt_i64")]
    pub daily_budget: Option<i64>,
    #[serde(default, deserialize_with = "opt_i64")]
    pub lifetime_budget: Option<i64>,
    #[serde(default, deserialize_with = "opt_i64")]
    pub spend_cap: Option<i64>,
    #[serde(default, deserialize_with = "opt_i64")]
    pub budget_remaining: Option<i64>,
    #[serde(default, deserialize_with = "opt_time")]
    pub start_time: Option<DateTime<FixedOffset>>,
    #[serde(default, deserialize_with = "opt_time")]
    pub stop_time: Option<DateTime<FixedOffset>>,
    #[serde(default, deserialize_with = "opt_time")]
    pub created_time: Option<DateTime<FixedOffset>>,
    #[serde(default, deserialize_with = "opt_time")]
    pub updated_time: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub bid_strategy: Option<BidStrategy>,
    #[serde(default)]
    pub buying_type: Option<BuyingType>,
    #[serde(default)]
    pub special_ad_categories: Option<Vec<SpecialAdCategory>>,
    #[serde(default)]
    pub issues_info: Option<Vec<IssueInfo>>,
    #[serde(default)]
    pub recommendations: Option<Vec<Recommendation>>,
}

/// `paging.cursors`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Cursors {
    #[serde(default)]
    pub before: Option<String>,
    #[serde(default)]
    pub after: Option<String>,
}

fn opt_redacted_url<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(d)?.map(|u| crate::redact::redact_url(&u)))
}

/// `paging`. Graph's `next`/`previous` links carry `access_token=`: it is redacted on reading.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Paging {
    #[serde(default)]
    pub cursors: Option<Cursors>,
    #[serde(default, deserialize_with = "opt_redacted_url")]
    pub next: Option<String>,
    #[serde(default, deserialize_with = "opt_redacted_url")]
    pub previous: Option<String>,
}

/// One page of an edge: `{"data": [...], "paging": {...}}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Page<T> {
    pub data: Vec<T>,
    #[serde(default)]
    pub paging: Option<Paging>,
}

impl<T> Page<T> {
    /// The cursor of the next page: `paging.cursors.after`, only while Graph gives a `next`
    /// link (no `next` means this is the last page, whatever the cursors say).
    pub fn next_cursor(&self) -> Option<&str> {
        let p = self.paging.as_ref()?;
        p.next.as_ref()?;
        p.cursors
            .as_ref()?
            .after
            .as_deref()
            .filter(|a| !a.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_enums() {
        assert_eq!(
            AdAccountId::parse("act_123").map(|a| a.to_string()).ok(),
            Some("act_123".into())
        );
        assert_eq!(
            AdAccountId::parse(" 123 ").map(|a| a.to_string()).ok(),
            Some("act_123".into())
        );
        for bad in ["", "act_", "act_12a", "me", "123/../x", "act_1?x=1"] {
            assert!(AdAccountId::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Objective::parse("LINK_CLICKS"), Objective::LinkClicks);
        assert_eq!(
            Objective::parse("OUTCOME_SALES"),
            Objective::Other("OUTCOME_SALES".into())
        );
        assert_eq!(Objective::DOCUMENTED.len(), 15);
        assert_eq!(EffectiveStatus::parse("IN_PROCESS").as_str(), "IN_PROCESS");
    }

    #[test]
    fn graph_times() {
        assert!(parse_time("2021-03-10T10:00:00-0800").is_some());
        assert!(parse_time("2021-03-10T10:00:00+00:00").is_some());
        assert!(parse_time("yesterday").is_none());
    }

    #[test]
    fn the_last_page_has_no_next_cursor() {
        let p: Page<serde_json::Value> =
            serde_json::from_str(r#"{"data":[],"paging":{"cursors":{"before":"A","after":"B"}}}"#)
                .expect("page");
        assert_eq!(p.next_cursor(), None);
        let p: Page<serde_json::Value> = serde_json::from_str(
            r#"{"data":[],"paging":{"cursors":{"after":"B"},"next":"https://graph.facebook.com/v10.0/act_1/campaigns?access_token=EAAz&after=B"}}"#).expect("page");
        assert_eq!(p.next_cursor(), Some("B"));
        let shown = format!("{p:?}");
        assert!(!shown.contains("EAAz"), "{shown}");
    }
}
