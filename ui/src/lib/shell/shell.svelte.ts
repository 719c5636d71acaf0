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

  /** Switches to a saved account (or the demo with null) and reloads everything brand-scoped. */
  async useProfile(id: string | null): Promise<void> {
    this.switching = true;
    try {
      this.workspace = await this.#backend.useProfile(id);
      this.brands = await this.#backend.listBrands();
      this.error = null;
      this.brandVersion += 1;
    } catch (e) {
      throw normalizeError("use_profile", e);
    } finally {
      this.switching = false;
    }
  }

  /** Creates an artist under the key, then acts for it. */
  async createBrand(name: string, spotifyArtistId: string): Promise<void> {
    const b = await this.#backend.createBrand({ name, spotifyArtistId: spotifyArtistId.trim() || null }).catch((e) => {
      throw normalizeError("create_brand", e);
    });
    this.brands = [...this.brands.map((x) => ({ ...x, isActive: false })), { ...b, isActive: false }];
    await this.selectBrand(b.id);
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
