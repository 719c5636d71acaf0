//! Why an image could not be shown. The UI shows the same neutral placeholder for all of them;
//! the code and words are for logs, tests and a tooltip.

use crate::{AppError, ErrorCode};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImageError {
    /// Only https images are loaded (http would let anyone on the way swap the picture).
    #[error("only https images are shown, not {scheme}: addresses")]
    NotHttps { scheme: String },
    /// An https address Crescendo will not fetch: user name or password, an unusual port, a
    /// local or private host, or not an address at all.
    #[error("this image address is not used: {reason}")]
    BadAddress { reason: String },
    /// A redirect to a non-https address, or too many redirects.
    #[error("the image's server redirected to an address Crescendo does not follow")]
    Redirect,
    #[error("the image's server answered HTTP {status}")]
    Status { status: u16 },
    #[error("the image is larger than {limit} bytes")]
    TooLarge { limit: usize },
    /// The bytes are not PNG, JPEG, WebP or GIF (whatever the Content-Type said); SVG is
    /// never accepted, it can carry scripts.
    #[error("the address does not hold a PNG, JPEG, WebP or GIF image")]
    NotAnImage,
    #[error("could not reach the image's server")]
    Network,
    #[error("the image's server did not answer in time")]
    Timeout,
    #[error("could not set up image downloads: {message}")]
    Setup { message: String },
}

impl ImageError {
    /// A stable code, e.g. for tests and logs.
    pub fn code(&self) -> &'static str {
        match self {
            ImageError::NotHttps { .. } => "not_https",
            ImageError::BadAddress { .. } => "bad_address",
            ImageError::Redirect => "redirect",
            ImageError::Status { .. } => "status",
            ImageError::TooLarge { .. } => "too_large",
            ImageError::NotAnImage => "not_an_image",
            ImageError::Network => "network",
            ImageError::Timeout => "timeout",
            ImageError::Setup { .. } => "setup",
        }
    }
}

impl From<ImageError> for AppError {
    fn from(e: ImageError) -> Self {
        let code = match &e {
            ImageError::NotHttps { .. } | ImageError::BadAddress { .. } => ErrorCode::Validation,
            ImageError::Redirect => ErrorCode::Config,
            ImageError::Status { status: 404 | 410 } => ErrorCode::NotFound,
            ImageError::Status { .. } => ErrorCode::Server,
            ImageError::TooLarge { .. } | ImageError::NotAnImage => ErrorCode::Decode,
            ImageError::Network => ErrorCode::Network,
            ImageError::Timeout => ErrorCode::Timeout,
            ImageError::Setup { .. } => ErrorCode::Internal,
        };
        let message = format!("Image not shown: {e}");
        AppError::new(code, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_ipc_with_their_codes() {
        let cases = [
            (
                ImageError::NotHttps {
                    scheme: "http".into(),
                },
                ErrorCode::Validation,
            ),
            (
                ImageError::BadAddress { reason: "x".into() },
                ErrorCode::Validation,
            ),
            (ImageError::Redirect, ErrorCode::Config),
            (ImageError::Status { status: 404 }, ErrorCode::NotFound),
            (ImageError::Status { status: 503 }, ErrorCode::Server),
            (ImageError::TooLarge { limit: 9 }, ErrorCode::Decode),
            (ImageError::NotAnImage, ErrorCode::Decode),
            (ImageError::Network, ErrorCode::Network),
            (ImageError::Timeout, ErrorCode::Timeout),
            (
                ImageError::Setup {
                    message: "m".into(),
                },
                ErrorCode::Internal,
            ),
        ];
        for (e, code) in cases {
            let app = AppError::from(e.clone());
            assert_eq!(app.code, code, "{e:?}");
            assert_eq!(app.message, format!("Image not shown: {e}"));
        }
        assert_eq!(
            AppError::from(ImageError::NotHttps {
                scheme: "http".into()
            })
            .message,
            "Image not shown: only https images are shown, not http: addresses"
        );
    }
}
