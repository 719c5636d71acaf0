//! The app's managed state: the connected workspace, set up once at start.

use crescendo_core::{AppError, ErrorCode, Workspace};
use std::sync::Arc;
use tokio::sync::OnceCell;

#[derive(Default)]
pub struct AppState {
    workspace: OnceCell<Result<Arc<Workspace>, AppError>>,
}

impl AppState {
    /// The workspace: a real one when CRESCENDO_API_KEY is set, else the demo workspace.
    pub async fn workspace(&self) -> Result<Arc<Workspace>, AppError> {
        self.workspace
            .get_or_init(|| async {
                match Workspace::from_env() {
                    Some(ws) => ws.map(Arc::new),
                    None => Workspace::demo().await.map(Arc::new),
                }
            })
            .await
            .clone()
            .map_err(|e| AppError::new(ErrorCode::NotReady, e.message))
    }
}
