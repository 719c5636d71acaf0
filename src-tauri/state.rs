//! The app's managed state: the session (workspace in use, saved accounts), opened at start.

use crescendo_core::session::Session;
use crescendo_core::AppError;

pub struct AppState {
    session: Result<Session, AppError>,
}

impl AppState {
    pub fn new(session: Result<Session, AppError>) -> Self {
        AppState { session }
    }

    /// The session, or why it could not open (e.g. a damaged accounts file), for every command.
    pub fn session(&self) -> Result<&Session, AppError> {
        self.session.as_ref().map_err(Clone::clone)
    }
}
