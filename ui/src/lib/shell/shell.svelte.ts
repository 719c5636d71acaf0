import type { BrandView, WorkspaceInfo } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";

export type Route = "campaigns" | "settings";

/** App-wide state: the workspace, its brands, the active brand and the current screen. */
export class ShellState {
  route = $state<Route>("campaigns");
  workspace = $state<WorkspaceInfo | null>(null);
  brands = $state.raw<BrandView[]>([]);
  error = $state<BackendError | null>(null);
  loading = $state(true);
  switching = $state(false);
  /** Bumped when the active brand changes, so brand-scoped views reload. */
  brandVersion = $state(0);

  activeBrand = $derived(this.brands.find((b) => b.isActive) ?? null);

  #backend: Backend;

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      this.workspace = await this.#backend.workspaceInfo();
      this.brands = await this.#backend.listBrands();
    } catch (e) {
      this.error = normalizeError("workspace_info", e);
    } finally {
      this.loading = false;
    }
  }

  async selectBrand(id: number): Promise<void> {
    if (this.activeBrand?.id === id) return;
    this.switching = true;
    try {
      const chosen = await this.#backend.selectBrand(id);
      this.brands = this.brands.map((b) => ({ ...b, isActive: b.id === chosen.id }));
      this.brandVersion += 1;
    } catch (e) {
      this.error = normalizeError("select_brand", e);
    } finally {
      this.switching = false;
    }
  }
}
