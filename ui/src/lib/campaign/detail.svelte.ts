import type { AdSetChange, CampaignDetail, CampaignEdit, ExportRequest, Place } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";
import { daysAgo, locale } from "../format";

/** One campaign's page: its data, the last refresh, and the actions in flight. */
export class CampaignDetailState {
  detail = $state.raw<CampaignDetail | null>(null);
  error = $state<BackendError | null>(null);
  loading = $state(false);
  /** An action under way ("pause", "resume", "edit"), so its button shows progress. */
  busy = $state<string | null>(null);
  actionError = $state<BackendError | null>(null);
  /** Where the last export was saved (null: none, or the dialog was closed). */
  saved = $state<string | null>(null);
  /**
   * Where the last market action failed: "add:<market>" for an add, "loc:<market>:<key>" for a
   * pause or resume, so the error shows beside what it is about.
   */
  marketError = $state<{ target: string; error: BackendError } | null>(null);
  /** Minutes between automatic refreshes of a campaign that can still spend (0: off). */
  every = $state(5);
  /** The days shown: null for the campaign's days so far, or the last N complete days. */
  lastDays = $state<number | null>(null);
  #backend: Backend;
  #id: string;
  #generation = 0;

  constructor(backend: Backend, id: string) {
    this.#backend = backend;
    this.#id = id;
  }

  async load(): Promise<void> {
    const mine = ++this.#generation;
    this.loading = true;
    this.error = null;
    const [first, last] = this.#range();
    // What this computer kept paints at once; the live answer replaces it when it arrives.
    // A failed read of the history only means nothing is painted early.
    if (this.detail === null || this.detail.cached) {
      try {
        const kept = await this.#backend.keptCampaignDetail(this.#id, first, last, locale);
        if (kept && mine === this.#generation && (this.detail === null || this.detail.cached)) this.detail = kept;
      } catch {
        // The live read below reports what matters.
      }
    }
    try {
      const d = await this.#backend.campaignDetail(this.#id, first, last, locale);
      if (mine === this.#generation) this.detail = d;
    } catch (e) {
      if (mine === this.#generation) this.error = normalizeError("campaign_detail", e);
    } finally {
      if (mine === this.#generation) this.loading = false;
    }
  }

  /** Shows the last `n` complete days (UTC, as the page's days are), or the whole campaign. */
  async show(n: number | null): Promise<void> {
    this.lastDays = n;
    await this.load();
  }

  #range(): [string | null, string | null] {
    if (this.lastDays === null) return [null, null];
    return [daysAgo(this.lastDays), daysAgo(1)];
  }

  /**
   * Starts the automatic refresh; returns the function that stops it. Only a campaign that can
   * still spend is refreshed (an ended one does not change), and never while one is loading.
   */
  autoRefresh(): () => void {
    const timer = setInterval(() => {
      const d = this.detail;
      const live = d !== null && ["active", "paused", "scheduled", "needs_attention", "in_review", "pending"].includes(d.campaign.status.state);
      if (this.every > 0 && live && !this.loading && !this.busy && Date.now() - Date.parse(d.fetchedAt) >= this.every * 60_000) void this.load();
    }, 15_000);
    return () => clearInterval(timer);
  }

  /** Saves the daily stats or a chart where the manager picks (Rust opens the dialog). */
  async export(request: ExportRequest): Promise<void> {
    if (this.busy) return;
    this.busy = "export";
    this.actionError = null;
    this.saved = null;
    try {
      const [first, last] = this.#range();
      this.saved = await this.#backend.exportCampaign(this.#id, first, last, locale, request);
    } catch (e) {
      this.actionError = normalizeError("export_campaign", e);
    } finally {
      this.busy = null;
    }
  }

  /** Core's words when resuming would spend real money and waits for the manager's yes. */
  confirmResume = $state<string | null>(null);

  /** Pauses or resumes. A resume core says spends real money asks first (`confirmResume`). */
  async setPaused(paused: boolean, confirmed = false): Promise<void> {
    this.confirmResume = null;
    await this.#act(paused ? "pause" : "resume", () => this.#backend.setCampaignPaused(this.#id, paused, confirmed));
    const asked = this.actionError?.problems.find((p) => p.field === "confirmation");
    if (asked) {
      this.confirmResume = asked.message;
      this.actionError = null;
    }
  }

  /** Saves an edit; true when the provider accepted it. Problems stay in `actionError`. */
  async edit(edit: CampaignEdit): Promise<boolean> {
    return this.#act("edit", () => this.#backend.editCampaign(this.#id, edit));
  }

  /** Core's words when resuming an ad would spend real money, for that ad. */
  confirmAd = $state<{ ad: string; message: string } | null>(null);
  /** Where the last ad pause or resume failed (the ad's id). */
  adError = $state<{ id: string; error: BackendError } | null>(null);

  /** Pauses or resumes one ad; a resume core says spends real money asks first (`confirmAd`). */
  async setAdPaused(ad: string, paused: boolean, confirmed = false): Promise<void> {
    if (this.busy) return;
    this.busy = `ad:${ad}`;
    this.confirmAd = null;
    this.adError = null;
    try {
      await this.#backend.setAdPaused(this.#id, ad, paused, confirmed);
      await this.load();
    } catch (e) {
      const error = normalizeError("set_ad_paused", e);
      const asked = error.problems.find((p) => p.field === "confirmation");
      if (asked) this.confirmAd = { ad, message: asked.message };
      else this.adError = { id: ad, error };
    } finally {
      this.busy = null;
    }
  }

  /** Where the last ad set change failed (the ad set's id), so its error shows in its row. */
  adSetError = $state<{ id: string; error: BackendError } | null>(null);

  /**
   * Changes one ad set's daily budget and/or bid; true when the provider has it. The provider's
   * answer replaces that ad set's row. Refused by core's rules, nothing changed and what was
   * typed stays; anything else reads the page again to show what the provider has now.
   */
  async editAdSet(adSet: string, change: AdSetChange): Promise<boolean> {
    if (this.busy) return false;
    this.busy = `adset:${adSet}`;
    this.adSetError = null;
    try {
      const now = await this.#backend.editAdSet(this.#id, adSet, change);
      if (this.detail) this.detail = { ...this.detail, adSets: this.detail.adSets.map((s) => (s.id === now.id ? now : s)) };
      return true;
    } catch (e) {
      const error = normalizeError("edit_ad_set", e);
      this.adSetError = { id: adSet, error };
      if (error.code !== "validation") await this.load();
      return false;
    } finally {
      this.busy = null;
    }
  }

  /** Adds places to a market; true when the provider has them. Problems stay in `marketError`. */
  async addLocations(marketId: string, places: Place[]): Promise<boolean> {
    return this.#market(`add:${marketId}`, "add_campaign_locations", () => this.#backend.addCampaignLocations(this.#id, marketId, places));
  }

  async setLocationPaused(marketId: string, key: string, paused: boolean): Promise<boolean> {
    return this.#market(`loc:${marketId}:${key}`, "set_location_paused", () => this.#backend.setLocationPaused(this.#id, marketId, key, paused));
  }

  /** `busy` is the target while it runs; core answers the markets as they are after. */
  async #market(target: string, command: string, run: () => Promise<CampaignDetail["markets"]>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = target;
    this.marketError = null;
    try {
      const markets = await run();
      if (this.detail) this.detail = { ...this.detail, markets };
      return true;
    } catch (e) {
      const error = normalizeError(command, e);
      this.marketError = { target, error };
      // Refused by core's rules: nothing changed. Anything else: show what the provider has now.
      if (error.code !== "validation") await this.load();
      return false;
    } finally {
      this.busy = null;
    }
  }

  async #act(name: string, run: () => Promise<unknown>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = name;
    this.actionError = null;
    try {
      await run();
      // The provider's answer is the final word: read the page again.
      await this.load();
      return true;
    } catch (e) {
      this.actionError = normalizeError(name, e);
      return false;
    } finally {
      this.busy = null;
    }
  }
}
