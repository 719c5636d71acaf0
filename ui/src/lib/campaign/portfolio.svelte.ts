import type { ExportRequest, PortfolioView } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";
import { daysAgo, locale } from "../format";

/** The portfolio screen: the active artist's campaigns together, over the last N days. */
export class PortfolioState {
  view = $state.raw<PortfolioView | null>(null);
  error = $state<BackendError | null>(null);
  loading = $state(false);
  days = $state(28);
  /** An export under way, where the last one was saved, and why one failed. */
  exporting = $state(false);
  saved = $state<string | null>(null);
  exportError = $state<BackendError | null>(null);
  #backend: Backend;
  #generation = 0;

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  async load(): Promise<void> {
    const mine = ++this.#generation;
    this.loading = true;
    this.error = null;
    try {
      const v = await this.#backend.portfolio(daysAgo(this.days), daysAgo(1), locale);
      if (mine === this.#generation) this.view = v;
    } catch (e) {
      if (mine === this.#generation) this.error = normalizeError("portfolio", e);
    } finally {
      if (mine === this.#generation) this.loading = false;
    }
  }

  /** Saves the rows or a chart of the days shown where the manager picks (Rust opens the dialog). */
  async export(request: ExportRequest): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    this.saved = null;
    this.exportError = null;
    try {
      this.saved = await this.#backend.exportPortfolio(daysAgo(this.days), daysAgo(1), locale, request);
    } catch (e) {
      this.exportError = normalizeError("export_portfolio", e);
    } finally {
      this.exporting = false;
    }
  }

  async show(days: number): Promise<void> {
    this.days = days;
    await this.load();
  }
}
