import type { AppError, ErrorCode, Problem } from "../bindings";
import { commands, ERROR_CODES } from "../bindings";

/** Everything the UI can ask of Rust: the generated command wrappers. */
export type Backend = ReturnType<typeof commands>;

/** A failed command, carrying the `{code, message}` Rust sent so the UI can branch on `code`. */
export class BackendError extends Error {
  readonly command: string;
  readonly code: ErrorCode;
  /** A refused form's problems, each at its field, in core's words. */
  readonly problems: Problem[];

  constructor(command: string, code: ErrorCode, message: string, problems: Problem[] = []) {
    super(message);
    this.name = "BackendError";
    this.command = command;
    this.code = code;
    this.problems = problems;
  }
}

function isAppError(e: unknown): e is AppError {
  return (
    typeof e === "object" && e !== null &&
    typeof (e as AppError).message === "string" &&
    ERROR_CODES.includes((e as AppError).code)
  );
}

/** Turns whatever a command rejected with into a BackendError. */
export function normalizeError(command: string, e: unknown): BackendError {
  if (e instanceof BackendError) return e;
  if (isAppError(e)) return new BackendError(command, e.code, e.message, Array.isArray(e.problems) ? e.problems : []);
  const text = e instanceof Error ? e.message : typeof e === "string" ? e : "Something went wrong";
  return new BackendError(command, "internal", text);
}

/** A message for the user, with what to do when the code says more than the message. */
export function describeError(e: unknown): string {
  const err = e instanceof BackendError ? e : normalizeError("unknown", e);
  switch (err.code) {
    case "unauthorized":
    case "forbidden":
      return `${err.message} Check the key in Settings.`;
    default:
      return err.message;
  }
}
