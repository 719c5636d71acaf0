//! `campaigns create`: the one command that can spend money. Where the endpoints spend real
//! money (decided by `crescendo_core::endpoints::spends_money`, from the hosts, whatever way they
//! were named) nothing is sent until the user has typed the artist, amount and currency.

use crate::failure::{config, Failure};
use crate::parse::json;
use std::path::Path;
use symphony_api::v1::create::{CreateOutcome, NewCampaign};
use symphony_api::Client;

pub async fn create(
    c: &Client,
    file: &Path,
    confirm_production: Option<&str>,
    as_json: bool,
) -> Result<String, Failure> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| config(format!("cannot read {}: {e}", file.display())))?;
    let body: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| config(format!("{} is not valid JSON: {e}", file.display())))?;
    let new = NewCampaign::from_json(&body)?;
    if crescendo_core::endpoints::spends_money(c.endpoints()) {
        confirm_production_launch(c, &new, confirm_production).await?;
    }
    match c.create_campaign(&new).await? {
        CreateOutcome::Created {
            campaign,
            recovered,
        } => {
            if as_json {
                return json(
                    &serde_json::json!({ "outcome": "created", "recovered": recovered, "campaign": campaign }),
                );
            }
            let note = if recovered {
                " (the response was lost; found it by name)"
            } else {
                ""
            };
            Ok(format!(
                "Created campaign {} ({}, {}){note}",
                campaign.id, campaign.kind, campaign.status
            ))
        }
        CreateOutcome::NotCreated { cause } => Err(Failure::NotCreated {
            cause: Box::new(cause),
        }),
        CreateOutcome::Unknown { cause, lookup } => Err(Failure::Unknown {
            cause: Box::new(cause),
            lookup: Box::new(lookup),
        }),
    }
}

/// Production spends real money: the user must name the artist, the amount and the currency.
async fn confirm_production_launch(
    c: &Client,
    new: &NewCampaign,
    typed: Option<&str>,
) -> Result<(), Failure> {
    let brand = match c.brand_id() {
        Some(id) => c
            .brands()
            .await?
            .into_iter()
            .find(|b| b.id == id)
            .map(|b| b.name)
            .unwrap_or_else(|| format!("brand {id}")),
        None => c
            .api_test()
            .await?
            .brand_name
            .unwrap_or_else(|| "the default brand".into()),
    };
    check_confirmation(&brand, new, typed)
}

/// What the user must type to launch in Production: core's phrase, the same the app asks for.
pub fn confirmation_phrase(brand: &str, new: &NewCampaign) -> String {
    let kind = new.campaign_type().to_string();
    crescendo_core::wizard::confirmation_phrase(
        brand,
        new.budget().map(|b| (b.value, b.currency.as_str())),
        &kind,
    )
}

pub fn check_confirmation(
    brand: &str,
    new: &NewCampaign,
    typed: Option<&str>,
) -> Result<(), Failure> {
    let expected = confirmation_phrase(brand, new);
    match typed {
        Some(t) if crescendo_core::wizard::confirms(&expected, t) => Ok(()),
        Some(t) => Err(config(format!("--confirm-production {t:?} does not match {expected:?}: nothing was launched"))),
        None => Err(config(format!(
            "this launches a real campaign in Production for {brand}. To proceed, add --confirm-production {expected:?}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boost(value: &str, currency: &str) -> NewCampaign {
        NewCampaign::from_json(&serde_json::json!({
            "provider": "facebook", "campaign_type": "boost_instagram", "campaign_name": "x",
            "metadata": { "budget": { "value": value.parse::<f64>().unwrap_or(0.0), "currency": currency },
                "start_date": "2030-01-01T00:00:00Z", "end_date": "2030-01-02T00:00:00Z", "instagram_post_id": "1" }
        }))
        .expect("valid")
    }

    #[test]
    fn production_needs_the_artist_amount_and_currency() {
        let c = boost("250", "MXN");
        assert_eq!(
            confirmation_phrase("Los Cuervos", &c),
            "Los Cuervos 250 MXN"
        );
        let missing = check_confirmation("Los Cuervos", &c, None).expect_err("needs confirmation");
        assert!(
            missing
                .to_string()
                .contains("--confirm-production \"Los Cuervos 250 MXN\""),
            "{missing}"
        );
        assert!(
            check_confirmation("Los Cuervos", &c, Some("Los Cuervos 250 USD")).is_err(),
            "wrong currency"
        );
        assert!(
            check_confirmation("Los Cuervos", &c, Some("Los Cuervos 2500 MXN")).is_err(),
            "wrong amount"
        );
        assert!(
            check_confirmation("Los Cuervos", &c, Some("Los  Cuervos 250 MXN ")).is_ok(),
            "spacing does not matter"
        );
    }
}
