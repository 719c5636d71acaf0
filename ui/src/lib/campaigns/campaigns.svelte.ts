import type { CampaignPageView, CampaignQuery, Choice, Problem } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";

const ALL_STATUSES: Choice = { value: "", label: "All statuses" };
const ALL_TYPES: Choice = { value: "", label: "All types" };

/** One page of campaigns with its filters. The last page stays visible while reloading. */
export class CampaignList {
  status = $state("");
  campaignType = $state("");
  /** The documented date and budget filters, as typed. */
  startsFrom = $state("");
  endsBefore = $state("");
  budgetMin = $state("");
  budgetMax = $state("");
  /** Core's problems with the typed filters, each at its field (the list stays as it was). */
  filterProblems = $state.raw<Problem[]>([]);
  page = $state(1);
  pageSize = $state(25);
  data = $state.raw<CampaignPageView | null>(null);
  loading = $state(false);
  error = $state<BackendError | null>(null);

  filtered = $derived(
    this.status !== "" || this.campaignType !== "" || this.startsFrom !== "" || this.endsBefore !== "" || this.budgetMin !== "" || this.budgetMax !== "",
  );
  // The workspace's provider says what its list can be filtered by, with every page.
  statusFilters = $derived([ALL_STATUSES, ...(this.data?.filters.statuses ?? [])]);
  typeFilters = $derived([ALL_TYPES, ...(this.data?.filters.objectives ?? [])]);
  hasPrevious = $derived(this.page > 1);
  hasNext = $derived(this.data !== null && this.page < this.data.totalPages);

  #backend: Backend;
  #request = 0;

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  query(): CampaignQuery {
    return {
      status: this.status || null,
      campaignType: this.campaignType || null,
      startsFrom: this.startsFrom || null,
      endsBefore: this.endsBefore || null,
      budgetMin: this.budgetMin.trim() || null,
      budgetMax: this.budgetMax.trim() || null,
      page: this.page,
      pageSize: this.pageSize,
    };
  }

  async load(): Promise<void> {
    const mine = ++this.#request;
    this.loading = true;
    this.error = null;
    try {
      const page = await this.#backend.listCampaigns(this.query());
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

  clearFilters(): Promise<void> {
    this.startsFrom = this.endsBefore = this.budgetMin = this.budgetMax = "";
    return this.setFilters("", "");
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
