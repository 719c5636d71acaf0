import { describe, expect, it, vi } from "vitest";
import type { CampaignPageView, CampaignQuery } from "../bindings";
import type { Backend } from "../backend/backend";
import { BackendError } from "../backend/backend";
import { CampaignList } from "./campaigns.svelte";

function page(total: number, pageNo = 1): CampaignPageView {
  return { rows: [], total, page: pageNo, pageSize: 25, totalPages: Math.ceil(total / 25), filters: { statuses: [], objectives: [] } };
}

function backend(list: (q: CampaignQuery) => Promise<CampaignPageView>): Backend {
  return {
    workspaceInfo: vi.fn(),
    listBrands: vi.fn(),
    selectBrand: vi.fn(),
    listCampaigns: vi.fn(list),
  } as unknown as Backend;
}

describe("CampaignList", () => {
  it("sends filters and resets to page 1 when they change", async () => {
    const calls: CampaignQuery[] = [];
    const list = new CampaignList(backend(async (q) => (calls.push(q), page(80, q.page))));
    await list.goTo(3);
    await list.setFilters("ACTIVE", "link_clicks");
    expect(calls.at(-1)).toEqual({ status: "ACTIVE", campaignType: "link_clicks", startsFrom: null, endsBefore: null, budgetMin: null, budgetMax: null, page: 1, pageSize: 25 });
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
});
