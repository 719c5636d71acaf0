//! A panic inside a command must still answer the UI: an async Tauri command whose future
//! panics never resolves its promise, and the screen would wait forever. Every command runs
//! its body through [`shield`], which turns a panic into an `internal` error answer.

use crate::{AppError, ErrorCode};
use futures_util::FutureExt;
use std::future::Future;
use std::panic::AssertUnwindSafe;

/// What the user reads when a bug interrupted an action (the panic text may hold data from a
/// response, so it is never shown).
pub const PANIC_MESSAGE: &str =
    "Crescendo hit an internal error and stopped this action. Try again; if it keeps happening, restart Crescendo.";

pub async fn shield<T>(body: impl Future<Output = Result<T, AppError>>) -> Result<T, AppError> {
    // AssertUnwindSafe: after a panic we drop the future and answer; no state is reused
    // half-updated, because core types guard their shared state with locks that poison.
    match AssertUnwindSafe(body).catch_unwind().await {
        Ok(answer) => answer,
        Err(_) => Err(AppError::new(ErrorCode::Internal, PANIC_MESSAGE)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panicking_body_becomes_an_internal_error() {
        let answer: Result<u32, AppError> = shield(async {
            let n: Option<u32> = std::hint::black_box(None);
            Ok(n.expect("planted panic"))
        })
        .await;
        let err = answer.expect_err("a panic must become an error");
        assert_eq!(err.code, ErrorCode::Internal);
        assert_eq!(err.message, PANIC_MESSAGE);
    }

    #[tokio::test]
    async fn answers_and_errors_pass_through_unchanged() {
        assert_eq!(shield(async { Ok::<_, AppError>(7) }).await, Ok(7));
        let e = AppError::new(ErrorCode::NotFound, "gone");
        assert_eq!(shield(async { Err::<u8, _>(e.clone()) }).await, Err(e));
    }

    #[tokio::test]
    async fn a_panic_after_an_await_is_caught_too() {
        let answer: Result<(), AppError> = shield(async {
            tokio::task::yield_now().await;
            panic!("planted panic after a suspension point");
        })
        .await;
        assert_eq!(answer.map_err(|e| e.code), Err(ErrorCode::Internal));
    }
}
