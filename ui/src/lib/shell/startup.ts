import type { Backend } from "../backend/backend";
import type { UiMark } from "../bindings";

const sent = new Set<UiMark>();

/**
 * Tells Rust a point of the page's startup (the timeline `scripts/bench` reads). Once per mark
 * and fire-and-forget: a failed mark must never disturb the app.
 */
export function markStartup(backend: Backend, mark: UiMark): void {
  if (sent.has(mark)) return;
  sent.add(mark);
  backend.startupMark(mark).catch(() => {});
}

/** Marks "painted" once the frame holding what was just rendered has been drawn. */
export function markPaintedAfterFrame(backend: Backend): void {
  requestAnimationFrame(() => setTimeout(() => markStartup(backend, "painted"), 0));
}
