//! The app's managed state: the session (workspace in use, saved accounts), opened at start,
//! and the image cache.

use crescendo_core::images::ImageCache;
use crescendo_core::session::Session;
use crescendo_core::AppError;

pub struct AppState {
    session: Result<Session, AppError>,
    images: Result<ImageCache, AppError>,
}

impl AppState {
    pub fn new(session: Result<Session, AppError>, images: Result<ImageCache, AppError>) -> Self {
        AppState { session, images }
    }

    /// The session, or why it could not open (e.g. a damaged accounts file), for every command.
    pub fn session(&self) -> Result<&Session, AppError> {
        self.session.as_ref().map_err(Clone::clone)
    }

    /// Artwork and thumbnails as data: URLs, cached in the app data dir.
    pub fn images(&self) -> Result<&ImageCache, AppError> {
        self.images.as_ref().map_err(Clone::clone)
    }
}
