//! A workspace connected over HTTP to a fresh simulator with the demo data (seed 2026).

use crescendo_core::{Workspace, WorkspaceKind};
use symphony_api::{ApiKey, Endpoints};
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

pub async fn start(kind: WorkspaceKind) -> (Sandbox, Workspace) {
    let sandbox = Sandbox::start(SandboxConfig {
        seed: 2026,
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let ws = connect(&sandbox, kind);
    (sandbox, ws)
}

/// Another workspace on the same simulator (its own caches).
#[allow(dead_code)]
pub fn connect(sandbox: &Sandbox, kind: WorkspaceKind) -> Workspace {
    let endpoints =
        Endpoints::new(&sandbox.advertising_url(), &sandbox.v2_url()).expect("endpoints");
    Workspace::connect(kind, endpoints, ApiKey::new(DEMO_KEY).expect("key")).expect("workspace")
}
