import type { BrandView, CampaignPageView, WorkspaceInfo } from "../bindings";
import { FIRST_PAGE_QUERY } from "../campaigns/campaigns.svelte";
import { BackendError, normalizeError, type Backend } from "../backend/backend";

export type Route = "campaigns" | "campaign" | "analytics" | "new" | "metanew" | "marinnew" | "settings";

/** A brand switch that failed: the picker shows the brand core still acts for. */
export type SwitchFailure = { brandId: number; brandName: string; error: BackendError };

/** App-wide state: the workspace, its brands, the active brand and the current screen. */
export class ShellState {
  route = $state<Route>("campaigns");
  /** The campaign the "campaign" route shows. */
  campaignId = $state<string | null>(null);
  workspace = $state<WorkspaceInfo | null>(null);
  brands = $state.raw<BrandView[]>([]);
  error = $state<BackendError | null>(null);
  loading = $state(true);
  /** Switching accounts (workspaces). */
  switching = $state(false);
  /** Bumped when the active brand changes, so brand-scoped views reload. */
  brandVersion = $state(0);
  /** Bumped when saved accounts are added or removed: core links them beside the one in use. */
  accountsVersion = $state(0);
  /** The brand the user last picked while the switch to it is under way. */
  pendingBrandId = $state<number | null>(null);
  switchError = $state<SwitchFailure | null>(null);

  activeBrand = $derived(this.brands.find((b) => b.isActive) ?? null);
  /** What the artist picker shows: the brand being switched to, else the active one. */
  pickedBrandId = $derived(this.pendingBrandId ?? this.activeBrand?.id ?? null);

  #backend: Backend;
  #firstAsked = false;
  #firstPage: Promise<CampaignPageView> | null = null;
  /** The brand core acts for, as its last answer said. */
  #coreBrand: number | null = null;
  #switchRunning = false;
  #switchDone: Promise<void> = Promise.resolve();

  /** The campaigns list's first page asked for at launch, once; null afterwards. */
  takeFirstPage(): Promise<CampaignPageView> | null {
    const p = this.#firstPage;
    this.#firstPage = null;
    return p;
  }

  /** How many Meta ad accounts the workspace shows (0 hides "New Meta campaign"). */
  metaAccounts = $state(0);

  /** Counts the Meta ad accounts a campaign can be created in; a failure shows none. */
  async loadMetaAccounts(): Promise<void> {
    try {
      this.metaAccounts = (await this.#backend.metaCampaignOptions()).accounts.length;
    } catch {
      this.metaAccounts = 0;
    }
  }

  /** How many Marin Social accounts the workspace shows (0 hides "New Marin campaign"). */
  marinAccounts = $state(0);

  /** Counts the Marin Social accounts (main or linked); a failure shows none. */
  async loadMarinAccounts(): Promise<void> {
    try {
      this.marinAccounts = (await this.#backend.marinCampaignOptions()).accounts.length;
    } catch {
      this.marinAccounts = 0;
    }
  }

  openCampaign(id: string): void {
    this.campaignId = id;
    this.route = "campaign";
  }

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  /**
   * Loads the workspace and its artists, and asks for the campaigns list's first page at the
   * same time (one round trip instead of three; the list takes it with `takeFirstPage`).
   */
  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    if (this.#firstAsked === false && this.route === "campaigns") {
      this.#firstAsked = true;
      this.#firstPage = this.#backend.listCampaigns(FIRST_PAGE_QUERY);
      // Whoever takes it handles its failure; nobody may take it (another screen opened).
      this.#firstPage.catch(() => {});
    }
    try {
      const [workspace, brands] = await Promise.all([this.#backend.workspaceInfo(), this.#backend.listBrands()]);
      this.workspace = workspace;
      this.#setBrands(brands);
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
      this.#setBrands(await this.#backend.listBrands());
      this.error = null;
      this.brandVersion += 1;
      // A campaign belongs to one artist: another artist starts from their list.
      if (this.route === "campaign") this.route = "campaigns";
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
    this.brands = [...this.brands, { ...b, isActive: false }];
    await this.selectBrand(b.id);
  }

  /**
   * Acts for this brand. The latest choice wins: while a switch is under way, a new choice
   * only replaces the target, and the next request goes out once the current one answered.
   * One request at a time because core acts for whichever answer lands last, so overlapping
   * requests could leave it on an older choice than the one shown. On failure the picker
   * shows the brand core still acts for, with the error in `switchError`.
   */
  selectBrand(id: number): Promise<void> {
    this.switchError = null;
    this.pendingBrandId = id;
    if (!this.#switchRunning) this.#switchDone = this.#runSwitches();
    return this.#switchDone;
  }

  async #runSwitches(): Promise<void> {
    this.#switchRunning = true;
    try {
      for (;;) {
        const target = this.pendingBrandId;
        if (target === null) return;
        if (target !== this.#coreBrand) {
          try {
            this.#coreBrand = (await this.#backend.selectBrand(target)).id;
          } catch (e) {
            if (this.pendingBrandId !== target) continue;
            const name = this.brands.find((b) => b.id === target)?.name ?? `brand ${target}`;
            this.switchError = { brandId: target, brandName: name, error: normalizeError("select_brand", e) };
          }
          // A newer choice arrived meanwhile: go on to it.
          if (this.pendingBrandId !== target) continue;
        }
        this.pendingBrandId = null;
        this.#showCoreBrand();
        return;
      }
    } finally {
      this.#switchRunning = false;
    }
  }

  #setBrands(brands: BrandView[]): void {
    this.brands = brands;
    this.#coreBrand = brands.find((b) => b.isActive)?.id ?? null;
    this.pendingBrandId = null;
    this.switchError = null;
  }

  /** Shows the brand core acts for, reloading brand-scoped views if that changes it. */
  #showCoreBrand(): void {
    const id = this.#coreBrand;
    if (id === null || this.activeBrand?.id === id) return;
    this.brands = this.brands.map((b) => ({ ...b, isActive: b.id === id }));
    this.brandVersion += 1;
    // A campaign belongs to one artist: another artist starts from their list.
    if (this.route === "campaign") this.route = "campaigns";
  }
}
