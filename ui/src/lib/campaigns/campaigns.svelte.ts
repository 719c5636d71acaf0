import type { CampaignPageView, CampaignQuery, Choice } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";

const ALL_STATUSES: Choice = { value: "", label: "All statuses" };
const ALL_TYPES: Choice = { value: "", label: "All types" };

/** One page of campaigns with its filters. The last page stays visible while reloading. */
export class CampaignList {
  status = $state("");
  campaignType = $state("");
  page = $state(1);
  pageSize = $state(25);
  data = $state.raw<CampaignPageView | null>(null);
  loading = $state(false);
  error = $state<BackendError | null>(null);

  filtered = $derived(this.status !== "" || this.campaignType !== "");
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
      if (mine === this.#request) this.data = page;
    } catch (e) {
      if (mine === this.#request) this.error = normalizeError("list_campaigns", e);
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

  clearFilters(): Promise<void> {
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
