//! The client's cost (scripts/bench core; issue 11). Parsing the documented campaign-details and
//! analytics responses (the reference's own examples), and one GET /v1/campaign/{id} against the
//! simulator on 127.0.0.1 through the whole client (scheduler, retry policy, capped read, typed
//! decode) beside a bare reqwest call that sends the same headers and decodes the same type.
//! Target: the client within 1.1x of the bare call.

use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Duration;
use symphony_api::v1::analytics::CampaignAnalytics;
use symphony_api::v1::campaigns::CampaignDetails;
use symphony_api::{decode_envelope, ApiKey, Client, Endpoints, RateLimiter};
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/responses/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parsing(c: &mut Criterion) {
    let details = fixture("campaign_details.json");
    let analytics = fixture("campaign_analytics.mxn.json");
    c.bench_function("parse documented campaign details", |b| {
        b.iter(|| decode_envelope::<CampaignDetails>(&details).expect("parses"))
    });
    c.bench_function("parse documented campaign analytics (MXN)", |b| {
        b.iter(|| decode_envelope::<CampaignAnalytics>(&analytics).expect("parses"))
    });
}

fn scheduler_overhead(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    // A simulator that never refuses (the limit is far above what the bench sends), so both
    // sides measure the request and not a wait.
    let sandbox = rt
        .block_on(Sandbox::start(SandboxConfig {
            seed: 2026,
            rate_limit: 10_000_000,
            ..SandboxConfig::default()
        }))
        .expect("sandbox");
    let endpoints = Endpoints::new(&sandbox.advertising_url(), &sandbox.v2_url()).expect("urls");
    let client = Client::builder(endpoints, ApiKey::new(DEMO_KEY).expect("key"))
        .rate_limiter(RateLimiter::new(10_000_000, Duration::from_secs(60)))
        .brand_id(Some(358))
        .build()
        .expect("client");
    let first = rt
        .block_on(client.campaigns(&Default::default()))
        .expect("the demo artist's campaigns");
    let id = first.campaigns.first().expect("a campaign").id;
    let url = format!(
        "{}/v1/campaign/{id}",
        sandbox.advertising_url().trim_end_matches('/')
    );
    let bare = reqwest::Client::new();

    let mut group = c.benchmark_group("GET /v1/campaign/{id} on 127.0.0.1");
    group.bench_function("bare reqwest + decode", |b| {
        b.iter(|| {
            rt.block_on(async {
                let bytes = bare
                    .get(&url)
                    .header("x-api-key", DEMO_KEY)
                    .header("x-brand-id", 358)
                    .send()
                    .await
                    .expect("sent")
                    .bytes()
                    .await
                    .expect("read");
                decode_envelope::<CampaignDetails>(&bytes).expect("parses")
            })
        })
    });
    group.bench_function("symphony-api client", |b| {
        b.iter(|| rt.block_on(client.campaign(id)).expect("details"))
    });
    group.finish();
    sandbox.clear_requests();
}

criterion_group!(benches, parsing, scheduler_overhead);
criterion_main!(benches);
