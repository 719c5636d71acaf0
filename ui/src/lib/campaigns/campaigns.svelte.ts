import type { Campaign, CampaignPageView, CampaignQuery, CampaignRow, CampaignSort, Choice, Problem, ProviderKind, SortKey } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";

const ALL_STATUSES: Choice = { value: "", label: "All statuses" };
const ALL_TYPES: Choice = { value: "", label: "All types" };
const ALL_ACCOUNTS: Choice = { value: "", label: "All accounts" };
/** Typing pauses this long before the list is asked again (each ask reads the whole list). */
export const SEARCH_DEBOUNCE_MS = 250;

/** The list's first query: page 1 of 25, no filter, the provider's order. Rust fetches this
 * one at launch (core's `first_page_query`; a test compares the two). */
export const FIRST_PAGE_QUERY: CampaignQuery = {
  status: null, campaignType: null, startsFrom: null, endsBefore: null, budgetMin: null, budgetMax: null,
  search: null, sort: null, provider: null, page: 1, pageSize: 25,
};

/** What a row's pause/resume is doing, or what its provider answered. */
export type RowAction = { busy: "pause" | "resume" } | { error: string } | { done: string };

/** One page of campaigns with its filters. The last page stays visible while reloading. */
export class CampaignList {
  status = $state("");
  campaignType = $state("");
  /** One provider's campaigns ("meta"), or every account's (""). */
  provider = $state("");
  /** The documented date and budget filters, as typed. */
  startsFrom = $state("");
  endsBefore = $state("");
  budgetMin = $state("");
  budgetMax = $state("");
  /** Part of a name, as typed; core matches it without case or accents. */
  search = $state("");
  /** Null: the provider's order. */
  sort = $state.raw<CampaignSort | null>(null);
  /** Per row id: its pause/resume in flight, refused or answered. */
  actions = $state<Record<string, RowAction>>({});
  /** The last row action's outcome, for one polite live region. */
  announcement = $state("");
  /** Core's problems with the typed filters, each at its field (the list stays as it was). */
  filterProblems = $state.raw<Problem[]>([]);
  page = $state(1);
  pageSize = $state(25);
  data = $state.raw<CampaignPageView | null>(null);
  loading = $state(false);
  error = $state<BackendError | null>(null);

  searching = $derived(this.search.trim() !== "");
  filtered = $derived(
    this.status !== "" || this.campaignType !== "" || this.provider !== "" || this.startsFrom !== "" || this.endsBefore !== "" || this.budgetMin !== "" || this.budgetMax !== "",
  );
  // The workspace's provider says what its list can be filtered by, with every page.
  statusFilters = $derived([ALL_STATUSES, ...(this.data?.filters.statuses ?? [])]);
  typeFilters = $derived([ALL_TYPES, ...(this.data?.filters.objectives ?? [])]);
  /** Several providers' campaigns in one list (accounts linked beside the main one). */
  mixed = $derived((this.data?.filters.providers.length ?? 0) > 1);
  providerFilters = $derived([ALL_ACCOUNTS, ...(this.data?.filters.providers ?? [])]);
  hasPrevious = $derived(this.page > 1);
  hasNext = $derived(this.data !== null && this.page < this.data.totalPages);

  #backend: Backend;
  #request = 0;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  /** The first page, already asked for by the shell while it loaded (used once). */
  #first: Promise<CampaignPageView> | null;

  constructor(backend: Backend, first: Promise<CampaignPageView> | null = null) {
    this.#backend = backend;
    this.#first = first;
  }

  /** The answer to `q`: the shell's early request when it is the first page, else a new one. */
  #ask(q: CampaignQuery): Promise<CampaignPageView> {
    const first = this.#first;
    this.#first = null;
    if (first && JSON.stringify(q) === JSON.stringify(FIRST_PAGE_QUERY)) return first;
    return this.#backend.listCampaigns(q);
  }

  query(): CampaignQuery {
    return {
      status: this.status || null,
      campaignType: this.campaignType || null,
      startsFrom: this.startsFrom || null,
      endsBefore: this.endsBefore || null,
      budgetMin: this.budgetMin.trim() || null,
      budgetMax: this.budgetMax.trim() || null,
      search: this.search.trim() || null,
      sort: this.sort,
      provider: (this.provider || null) as ProviderKind | null,
      page: this.page,
      pageSize: this.pageSize,
    };
  }

  async load(): Promise<void> {
    const mine = ++this.#request;
    this.loading = true;
    this.error = null;
    try {
      const page = await this.#ask(this.query());
      // A newer request (filter change, brand switch) wins over a slower older one.
      if (mine === this.#request) {
        this.data = page;
        this.filterProblems = [];
      }
    } catch (e) {
      if (mine !== this.#request) return;
      const err = normalizeError("list_campaigns", e);
      // A filter core refused: say so at its field and keep the list as it was.
      if (err.code === "validation" && err.problems.length > 0) this.filterProblems = err.problems;
      else this.error = err;
    } finally {
      if (mine === this.#request) this.loading = false;
    }
  }

  setFilters(status: string, campaignType: string): Promise<void> {
    this.status = status;
    this.campaignType = campaignType;
    this.page = 1;
    return this.load();
  }

  /** The date and budget filters, as typed; core reads (or refuses) them. */
  setRanges(r: { startsFrom?: string; endsBefore?: string; budgetMin?: string; budgetMax?: string }): Promise<void> {
    if (r.startsFrom !== undefined) this.startsFrom = r.startsFrom;
    if (r.endsBefore !== undefined) this.endsBefore = r.endsBefore;
    if (r.budgetMin !== undefined) this.budgetMin = r.budgetMin;
    if (r.budgetMax !== undefined) this.budgetMax = r.budgetMax;
    this.page = 1;
    return this.load();
  }

  setProvider(provider: string): Promise<void> {
    this.provider = provider;
    this.page = 1;
    return this.load();
  }

  clearFilters(): Promise<void> {
    clearTimeout(this.#searchTimer);
    this.search = "";
    this.provider = "";
    this.startsFrom = this.endsBefore = this.budgetMin = this.budgetMax = "";
    return this.setFilters("", "");
  }

  /** As the user types: the list follows once typing pauses. */
  typeSearch(text: string): void {
    this.search = text;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.page = 1;
      void this.load();
    }, SEARCH_DEBOUNCE_MS);
  }

  clearSearch(): Promise<void> {
    clearTimeout(this.#searchTimer);
    this.search = "";
    this.page = 1;
    return this.load();
  }

  /** A header's click: that column ascending, or the other way round if it is already sorted. */
  sortBy(key: SortKey): Promise<void> {
    const same = this.sort?.key === key;
    this.sort = { key, descending: same ? !this.sort!.descending : false };
    this.page = 1;
    return this.load();
  }

  ariaSort(key: SortKey): "ascending" | "descending" | undefined {
    if (this.sort?.key !== key) return undefined;
    return this.sort.descending ? "descending" : "ascending";
  }

  /**
   * Pauses or resumes one row. Core checks the same precondition as the campaign page; the
   * provider's answer replaces that row's status in place: nothing else is reloaded.
   */
  async setPaused(row: CampaignRow, paused: boolean): Promise<void> {
    const id = row.id;
    const current = this.actions[id];
    if (current && "busy" in current) return;
    this.actions[id] = { busy: paused ? "pause" : "resume" };
    try {
      const c = await this.#backend.setCampaignPaused(id, paused);
      this.#patch(c);
      const asked = paused ? "paused" : "active";
      const text = c.status.state === asked ? `${c.name}: ${c.status.label}.` : `${c.name} is still ${c.status.label.toLowerCase()}: that is what the provider answered.`;
      this.actions[id] = { done: text };
      this.announcement = text;
    } catch (e) {
      const err = normalizeError("set_campaign_paused", e);
      this.actions[id] = { error: err.message };
      this.announcement = `${row.name}: ${err.message}`;
    }
  }

  /** The answered campaign's status on its row, wherever the row is now (or nowhere). */
  #patch(c: Campaign): void {
    const d = this.data;
    if (!d || !d.rows.some((r) => r.id === c.id)) return;
    const rows = d.rows.map((r) => (r.id === c.id ? { ...r, status: c.status.original, statusLabel: c.status.label, state: c.status.state, tone: c.status.tone } : r));
    this.data = { ...d, rows };
  }

  goTo(page: number): Promise<void> {
    this.page = Math.max(1, page);
    return this.load();
  }

  /** After a brand switch: back to page 1 with no stale rows from the other artist. */
  reset(): Promise<void> {
    this.data = null;
    this.page = 1;
    return this.load();
  }
}
