import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, type CampaignPageView, type CampaignQuery } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";

// Labels come from Rust (generated bindings), the same ones the rows carry.
export const STATUS_FILTERS = [{ value: "", label: "All statuses" }, ...CAMPAIGN_STATUSES];
export const TYPE_FILTERS = [{ value: "", label: "All types" }, ...CAMPAIGN_TYPES];

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
