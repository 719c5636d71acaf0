import { describe, expect, it, vi } from "vitest";
import type { Campaign, CampaignPageView, CampaignQuery, CampaignRow } from "../bindings";
import type { Backend } from "../backend/backend";
import { BackendError } from "../backend/backend";
import { CampaignList, FIRST_PAGE_QUERY, SEARCH_DEBOUNCE_MS } from "./campaigns.svelte";
import firstPageQuery from "../../../tests/browser/fixtures/first-page-query.json";

function page(total: number, pageNo = 1): CampaignPageView {
  return { rows: [], total, page: pageNo, pageSize: 25, totalPages: Math.ceil(total / 25), filters: { statuses: [], objectives: [], providers: [] }, fetchedAt: null, offline: null };
}

function backend(list: (q: CampaignQuery) => Promise<CampaignPageView>, pause?: (id: string, paused: boolean) => Promise<Campaign>): Backend {
  return {
    workspaceInfo: vi.fn(),
    listBrands: vi.fn(),
    selectBrand: vi.fn(),
    listCampaigns: vi.fn(list),
    setCampaignPaused: vi.fn(pause),
  } as unknown as Backend;
}

function row(id: string, state: CampaignRow["state"] = "active"): CampaignRow {
  return { id, provider: "symphony", name: `Campaign ${id}`, campaignType: "link_clicks", typeLabel: "Link clicks", status: "ACTIVE", statusLabel: "Active",
    state, tone: "positive", budget: { amount: "100.00", currency: "USD", exponent: 2 }, startDate: "2026-01-10T05:00:00+00:00", endDate: null, lockedReason: null, spent: null, spentPct: null };
}

function answered(r: CampaignRow, paused: boolean): Campaign {
  return { id: r.id, provider: "symphony", name: r.name, objective: { code: r.campaignType, label: r.typeLabel },
    status: paused ? { state: "paused", tone: "caution", original: "PAUSED", label: "Paused" } : { state: "active", tone: "positive", original: "ACTIVE", label: "Active" },
    budget: r.budget, schedule: { start: r.startDate, end: null }, targeting: { countries: [], interests: [] } } as unknown as Campaign;
}

describe("CampaignList", () => {
  it("asks first for the page Rust already fetched at launch (core's first_page_query)", async () => {
    const calls: CampaignQuery[] = [];
    const list = new CampaignList(backend(async (q) => (calls.push(q), page(3))));
    await list.load();
    expect(calls[0]).toEqual(firstPageQuery);
    expect(FIRST_PAGE_QUERY).toEqual(firstPageQuery);
  });

  it("takes the page the shell asked for at launch once, for the first page only", async () => {
    const calls: CampaignQuery[] = [];
    const early = page(7);
    const list = new CampaignList(backend(async (q) => (calls.push(q), page(3, q.page))), Promise.resolve(early));
    await list.load();
    expect(list.data).toBe(early);
    expect(calls).toEqual([]);
    await list.load();
    expect(calls).toEqual([FIRST_PAGE_QUERY]);
    const other = new CampaignList(backend(async (q) => (calls.push(q), page(80, q.page))), Promise.resolve(early));
    await other.goTo(2);
    expect(other.data?.page).toBe(2);
  });

  it("sends filters and resets to page 1 when they change", async () => {
    const calls: CampaignQuery[] = [];
    const list = new CampaignList(backend(async (q) => (calls.push(q), page(80, q.page))));
    await list.goTo(3);
    await list.setFilters("ACTIVE", "link_clicks");
    expect(calls.at(-1)).toEqual({ status: "ACTIVE", campaignType: "link_clicks", startsFrom: null, endsBefore: null, budgetMin: null, budgetMax: null, search: null, sort: null, provider: null, page: 1, pageSize: 25 });
    expect(list.filtered).toBe(true);
    expect(list.hasNext).toBe(true);
    await list.clearFilters();
    expect(calls.at(-1)?.status).toBeNull();
  });

  it("keeps the last page visible when a refresh fails", async () => {
    let fail = false;
    const list = new CampaignList(backend(async () => {
      if (fail) throw { code: "network", message: "offline" };
      return page(3);
    }));
    await list.load();
    fail = true;
    await list.load();
    expect(list.data?.total).toBe(3);
    expect(list.error).toBeInstanceOf(BackendError);
    expect(list.error?.code).toBe("network");
  });

  it("lets the newest request win over a slower older one", async () => {
    const resolvers: ((p: CampaignPageView) => void)[] = [];
    const list = new CampaignList(backend(() => new Promise((r) => resolvers.push(r))));
    const first = list.load();
    const second = list.load();
    resolvers[1]?.(page(2));
    resolvers[0]?.(page(99));
    await Promise.all([first, second]);
    expect(list.data?.total).toBe(2);
    expect(list.loading).toBe(false);
  });

  it("searches once typing pauses, from page 1, and clearing the search reloads at once", async () => {
    vi.useFakeTimers();
    try {
      const calls: CampaignQuery[] = [];
      const list = new CampaignList(backend(async (q) => (calls.push(q), page(80, q.page))));
      await list.goTo(3);
      list.typeSearch("bey");
      list.typeSearch("beyonce ");
      await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 1);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      expect(calls.at(-1)).toMatchObject({ search: "beyonce", page: 1 });
      expect(list.searching).toBe(true);
      await list.clearSearch();
      expect(calls.at(-1)?.search).toBeNull();
      expect(list.searching).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("sorts by a column, then the other way round, and says so for aria-sort", async () => {
    const calls: CampaignQuery[] = [];
    const list = new CampaignList(backend(async (q) => (calls.push(q), page(80, q.page))));
    await list.goTo(2);
    await list.sortBy("budget");
    expect(calls.at(-1)).toMatchObject({ sort: { key: "budget", descending: false }, page: 1 });
    expect(list.ariaSort("budget")).toBe("ascending");
    expect(list.ariaSort("name")).toBeUndefined();
    await list.sortBy("budget");
    expect(list.ariaSort("budget")).toBe("descending");
    await list.sortBy("start_date");
    expect(calls.at(-1)?.sort).toEqual({ key: "start_date", descending: false });
  });

  it("pauses one row in place: busy, then the provider's answer, the other rows untouched", async () => {
    const rows = [row("1"), row("2")];
    let answer: (c: Campaign) => void = () => {};
    const list = new CampaignList(backend(async () => ({ ...page(2), rows }), () => new Promise((r) => (answer = r))));
    await list.load();
    const before = list.data;
    const pausing = list.setPaused(rows[0]!, true);
    expect(list.actions["1"]).toEqual({ busy: "pause" });
    await list.setPaused(rows[0]!, true); // a second click while busy sends nothing more
    answer(answered(rows[0]!, true));
    await pausing;
    expect(list.data?.rows[0]).toMatchObject({ state: "paused", statusLabel: "Paused", status: "PAUSED" });
    expect(list.data?.rows[1]).toBe(before?.rows[1]);
    expect(list.actions["1"]).toEqual({ done: "Campaign 1: Paused." });
    expect(list.announcement).toBe("Campaign 1: Paused.");
  });

  it("keeps a refused pause on its row, in core's words, and the list as it was", async () => {
    const rows = [row("1", "completed"), row("2")];
    const b = backend(async () => ({ ...page(2), rows }), async () => {
      throw { code: "validation", message: "Campaign 1 has ended: its budget and dates can no longer change." };
    });
    const list = new CampaignList(b);
    await list.load();
    await list.setPaused(rows[0]!, true);
    expect(list.actions["1"]).toEqual({ error: "Campaign 1 has ended: its budget and dates can no longer change." });
    expect(list.data?.rows[0]?.state).toBe("completed");
    expect(b.listCampaigns).toHaveBeenCalledTimes(1);
  });
});
