import { invoke } from "@tauri-apps/api/core";
import { commands } from "../bindings";
import { normalizeError, type Backend } from "./backend";

/** The real backend: generated wrappers over Tauri's invoke, with errors normalized. */
export function createTauriBackend(): Backend {
  return commands(async <T,>(cmd: string, args?: Record<string, unknown>): Promise<T> => {
    try {
      return await invoke<T>(cmd, args);
    } catch (e) {
      throw normalizeError(cmd, e);
    }
  });
}
