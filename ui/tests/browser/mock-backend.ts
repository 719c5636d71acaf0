// Injected before the app loads: replaces Tauri's IPC with an in-page fake backend, so the
// unmodified ui/dist runs in headless Chromium. Scenarios are chosen with window.__SCENARIO__.
import { mockIPC } from "@tauri-apps/api/mocks";
import type { BrandView, CampaignPageView, CampaignQuery, CampaignRow, WorkspaceInfo } from "../../src/lib/bindings";

type Scenario = "demo" | "empty" | "flaky" | "broken" | "slow";
const w = window as unknown as { __SCENARIO__?: Scenario; __CALLS__: { cmd: string; args: unknown }[] };
w.__CALLS__ = [];

const workspace: WorkspaceInfo = {
  kind: "demo", label: "Demo workspace", advertisingUrl: "http://127.0.0.1:40000/advertising", spendsMoney: false, keyHint: "",
};

let active = 358;
const brands = (): BrandView[] => [
  { id: 358, name: "Luna Vega", currency: "USD", isDefault: true, isActive: active === 358 },
  { id: 574, name: "Los Cuervos del Norte", currency: "MXN", isDefault: false, isActive: active === 574 },
];

function row(id: number, name: string, type: string, typeLabel: string, status: string, statusLabel: string,
  tone: CampaignRow["tone"], amount: string, currency: string): CampaignRow {
  return { id, name, campaignType: type, typeLabel, status, statusLabel, tone, budget: { amount, currency, exponent: currency === "JPY" ? 0 : 2 },
    startDate: "2026-01-10T05:00:00+00:00", endDate: "2026-04-10T05:00:00+00:00" };
}

const rows: Record<number, CampaignRow[]> = {
  358: [
    row(5008, "Summer single — pre-save", "record_streams", "Music streams", "SCHEDULED", "Scheduled", "progress", "900.00", "USD"),
    row(5003, "Merch drop — link in bio", "link_clicks", "Link clicks", "PAUSED", "Paused", "caution", "675.00", "USD"),
    row(5002, "Tour teaser boost", "boost_instagram", "Instagram boost", "FINISHED", "Finished", "neutral", "750.00", "USD"),
    row(5001, "Midnight Drive — release push", "record_streams", "Music streams", "ACTIVE", "Active", "positive", "3600.00", "USD"),
  ],
  574: [
    row(5009, "Corridos en vivo — streams", "record_streams", "Music streams", "ACTIVE", "Active", "positive", "40000.00", "MXN"),
  ],
};

let flakyFailures = 1;

function list(q: CampaignQuery): CampaignPageView {
  const scenario = w.__SCENARIO__ ?? "demo";
  if (scenario === "broken") throw { code: "network", message: "Could not reach Symphony: check your connection and the workspace's address" };
  if (scenario === "flaky" && flakyFailures-- > 0) throw { code: "timeout", message: "Symphony did not answer in time; try again" };
  const all = scenario === "empty" ? [] : (rows[active] ?? []);
  const matching = all.filter((r) => (!q.status || r.status === q.status) && (!q.campaignType || r.campaignType === q.campaignType));
  const start = (q.page - 1) * q.pageSize;
  return {
    rows: matching.slice(start, start + q.pageSize), total: matching.length, page: q.page, pageSize: q.pageSize,
    totalPages: Math.ceil(matching.length / q.pageSize),
  };
}

mockIPC(async (cmd, args) => {
  w.__CALLS__.push({ cmd, args });
  if (w.__SCENARIO__ === "slow") await new Promise((r) => setTimeout(r, 1500));
  switch (cmd) {
    case "workspace_info": return workspace;
    case "list_brands": return brands();
    case "select_brand": {
      const id = (args as { brandId: number }).brandId;
      if (!brands().some((b) => b.id === id)) throw { code: "not_found", message: `This key cannot act for brand ${id}` };
      active = id;
      return brands().find((b) => b.id === id);
    }
    case "list_campaigns": return list((args as { query: CampaignQuery }).query);
    default: throw { code: "internal", message: `unknown command ${cmd}` };
  }
});
