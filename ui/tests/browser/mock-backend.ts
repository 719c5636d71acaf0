// Injected before the app loads: replaces Tauri's IPC with an in-page fake backend, so the
// unmodified ui/dist runs in headless Chromium. Scenarios are chosen with window.__SCENARIO__.
import { mockIPC } from "@tauri-apps/api/mocks";
import { handleWizard, seed, type WizardMock } from "./mock-wizard";
import { handleCampaign, type CampaignMock } from "./mock-campaign";
import { marinRows } from "./mock-adsets";
import { addProfile, profiles, refuse, testProfile } from "./mock-accounts";
import { create as createMeta, options as metaOptions, type MetaNewMock } from "./mock-metanew";
import { create as createMarin, options as marinOptions, type MarinNewMock } from "./mock-marinnew";
import type { MarinCampaignDraft, MetaCampaignDraft } from "../../src/lib/bindings";
import type { BrandView, CampaignPageView, CampaignQuery, CampaignRow, NewProfile, WorkspaceInfo } from "../../src/lib/bindings";

type Scenario = "demo" | "empty" | "flaky" | "broken" | "slow" | "no-keychain";
/** Knobs a test sets with openApp's `mock` option, or changes later through window.__MOCK__. */
type MockOptions = WizardMock & CampaignMock & MetaNewMock & MarinNewMock & {
  /** Milliseconds select_brand takes, per brand id. */
  selectDelayMs?: Record<number, number>;
  /** Brand ids whose select_brand fails. */
  failSelect?: number[];
  /** Milliseconds list_campaigns takes. */
  listDelayMs?: number;
  /** list_campaigns answers the list kept this many hours ago, marked offline. */
  listOfflineHoursAgo?: number;
  /** workspace_info fails: the app cannot start. */
  failWorkspace?: boolean;
  /** use_profile(null) (back to the demo) fails. */
  failUseDemo?: boolean;
  /** set_campaign_paused is refused by core's check with this message (the row was stale). */
  refusePause?: string;
  /** Milliseconds set_campaign_paused takes. */
  pauseDelayMs?: number;
  /** The active artist has this many generated campaigns (benchmarks, long lists). */
  manyRows?: number;
  /** list_campaigns answers every matching row in one page (rendering benchmarks). */
  onePage?: boolean;
  /** A Meta ad account is linked beside the Symphony artist: its campaigns follow in the list. */
  linkedMeta?: boolean;
  /** A Marin Social account is linked too: its campaigns follow Meta's. */
  linkedMarin?: boolean;
};
/** Every IPC call with what the app got back: `response` or `error` once `settled`. */
type Call = { cmd: string; args: unknown; settled: boolean; response?: unknown; error?: unknown; t0: number; t1?: number };
const w = window as unknown as { __SCENARIO__?: Scenario; __MOCK__?: MockOptions; __CALLS__: Call[] };
w.__CALLS__ = [];
const opts = (): MockOptions => w.__MOCK__ ?? {};

const demoWorkspace: WorkspaceInfo = {
  kind: "demo", label: "Demo workspace", advertisingUrl: "http://127.0.0.1:40000/advertising", spendsMoney: false, provider: "symphony", providerLabel: "Symphony", keyHint: "",
  profileId: null, notice: null,
};
let workspace: WorkspaceInfo = demoWorkspace;
let active = 358;
const extraBrands: BrandView[] = [];
const brands = (): BrandView[] => [
  { id: 358, name: "Luna Vega", currency: "USD", isDefault: true, isActive: active === 358 },
  { id: 574, name: "Los Cuervos del Norte", currency: "MXN", isDefault: false, isActive: active === 574 },
  ...extraBrands.map((b) => ({ ...b, isActive: active === b.id })),
];

function row(id: string, name: string, type: string, typeLabel: string, status: string, statusLabel: string,
  tone: CampaignRow["tone"], amount: string, currency: string): CampaignRow {
  const state = ({ SCHEDULED: "scheduled", PAUSED: "paused", FINISHED: "completed", ACTIVE: "active" } as const)[status] ?? "unknown";
  // Core's edit_lock, in its words, for the states these rows use.
  const lockedReason = ["scheduled", "paused", "active"].includes(state) ? null
    : state === "completed" ? `${name} has ended: its budget and dates can no longer change.` : `${name} is ${statusLabel.toLowerCase()}: it can be changed once Symphony has set it up on the ad platform.`;
  return { id, provider: "symphony", name, campaignType: type, typeLabel, status, statusLabel, state, tone, budget: { amount, currency, exponent: currency === "JPY" ? 0 : 2 },
    startDate: "2026-01-10T05:00:00+00:00", endDate: "2026-04-10T05:00:00+00:00", lockedReason, spent: null, spentPct: null };
}

/** `n` varied campaigns (names, statuses, budgets, dates) for long-list tests and benchmarks. */
function generated(n: number): CampaignRow[] {
  const kinds = [["ACTIVE", "Active", "positive"], ["PAUSED", "Paused", "caution"], ["FINISHED", "Finished", "neutral"], ["SCHEDULED", "Scheduled", "progress"]] as const;
  const names = ["Midnight Drive", "Beyoncé tribute", "Tour teaser", "Corazón", "Summer single", "Merch drop"];
  return Array.from({ length: n }, (_, i) => {
    const [status, label, tone] = kinds[i % kinds.length]!;
    const r = row(String(6000 + i), `${names[i % names.length]} ${String(i).padStart(3, "0")}`, "link_clicks", "Link clicks", status, label, tone, `${(i * 37) % 5000 + 100}.00`, "USD");
    const day = String(1 + (i % 28)).padStart(2, "0");
    return { ...r, startDate: `2026-02-${day}T05:00:00+00:00`, endDate: i % 9 === 0 ? null : `2026-05-${day}T05:00:00+00:00` };
  });
}

/** Like core's campaigns::arrange: lower case without accents. */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const stateOrder = ["draft", "pending", "in_review", "scheduled", "active", "paused", "needs_attention", "rejected", "failed", "stopped", "completed", "unknown"];

function arrange(all: CampaignRow[], q: CampaignQuery): CampaignRow[] {
  const needle = fold((q.search ?? "").trim());
  const kept = all.filter((r) => fold(r.name).includes(needle));
  const sort = q.sort;
  if (!sort) return kept;
  const key = (r: CampaignRow): [string, number | string] => {
    switch (sort.key) {
      case "name": return ["", fold(r.name)];
      case "start_date": return ["", r.startDate];
      case "end_date": return ["", r.endDate ?? "9999"];
      case "budget": return [r.budget.currency, Number(r.budget.amount)];
      case "status": return ["", stateOrder.indexOf(r.state)];
    }
  };
  const dir = sort.descending ? -1 : 1;
  return [...kept].sort((a, b) => {
    const [ca, ka] = key(a);
    const [cb, kb] = key(b);
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ka !== kb) return (ka < kb ? -1 : 1) * dir;
    return fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : Number(a.id) - Number(b.id);
  });
}

const rows: Record<number, CampaignRow[]> = {
  358: [
    row("5008", "Summer single — pre-save", "record_streams", "Music streams", "SCHEDULED", "Scheduled", "progress", "900.00", "USD"),
    row("5003", "Merch drop — link in bio", "link_clicks", "Link clicks", "PAUSED", "Paused", "caution", "675.00", "USD"),
    row("5002", "Tour teaser boost", "boost_instagram", "Instagram boost", "FINISHED", "Finished", "neutral", "750.00", "USD"),
    row("5001", "Midnight Drive — release push", "record_streams", "Music streams", "ACTIVE", "Active", "positive", "3600.00", "USD"),
  ],
  574: [
    row("5009", "Corridos en vivo — streams", "record_streams", "Music streams", "ACTIVE", "Active", "positive", "40000.00", "MXN"),
  ],
};

// What the workspace's provider lets the list be filtered by (a Symphony-like subset).
const FILTERS = {
  statuses: [["ACTIVE", "Active"], ["PAUSED", "Paused"], ["SCHEDULED", "Scheduled"], ["FINISHED", "Finished"], ["IN_REVIEW", "In review"]]
    .map(([value, label]) => ({ value, label })),
  objectives: [["record_streams", "Music streams"], ["link_clicks", "Link clicks"], ["boost_instagram", "Instagram boost"]]
    .map(([value, label]) => ({ value, label })),
};

// A linked Meta ad account's campaigns: core routes their ids ("meta:<account>:<Meta's id>").
function metaRow(id: string, name: string, objective: string, objectiveLabel: string, status: string, statusLabel: string,
  tone: CampaignRow["tone"], amount: string): CampaignRow {
  const r = row(`meta:k1:${id}`, name, objective, objectiveLabel, status, statusLabel, tone, amount, "USD");
  const state = ({ ACTIVE: "active", PAUSED: "paused", WITH_ISSUES: "needs_attention" } as const)[status] ?? "unknown";
  // Meta's campaigns run on a daily budget: the row's budget is derived from it.
  return { ...r, provider: "meta", state, lockedReason: null, dailyBudget: { amount: (Number(amount) / 30).toFixed(2), currency: "USD", exponent: 2 } };
}
const metaRows: CampaignRow[] = [
  metaRow("120210000000001", "Spring single — Reels", "LINK_CLICKS", "Link clicks", "ACTIVE", "Active", "positive", "1200.00"),
  metaRow("120210000000002", "Fan club — retargeting", "REACH", "Reach", "PAUSED", "Paused", "caution", "450.00"),
  metaRow("120210000000003", "Merch drop — catalog", "CONVERSIONS", "Conversions", "WITH_ISSUES", "With issues", "negative", "800.00"),
];
const META_FILTERS = {
  statuses: [["WITH_ISSUES", "With issues"], ["IN_PROCESS", "In process"]].map(([value, label]) => ({ value, label })),
  objectives: [["LINK_CLICKS", "Link clicks (Meta)"], ["REACH", "Reach"], ["CONVERSIONS", "Conversions"]].map(([value, label]) => ({ value, label })),
};

const marin: CampaignRow[] = marinRows(row);
const MARIN_FILTERS = {
  statuses: [["play", "Play"], ["archived", "Archived"]].map(([value, label]) => ({ value, label })),
  objectives: [["fan_acq", "Fan acq"], ["reach", "Reach (Marin Social)"]].map(([value, label]) => ({ value, label })),
};

let flakyFailures = 1;

function list(q: CampaignQuery): CampaignPageView {
  const scenario = w.__SCENARIO__ ?? "demo";
  if (scenario === "broken") throw { code: "network", message: "Could not reach Symphony: check your connection and the workspace's address" };
  if (scenario === "flaky" && flakyFailures-- > 0) throw { code: "timeout", message: "Symphony did not answer in time; try again" };
  const many = opts().manyRows;
  const linked = !!opts().linkedMeta && scenario !== "empty";
  const mine = scenario === "empty" ? [] : many ? generated(many) : (rows[active] ?? []);
  const withMarin = !!opts().linkedMarin && scenario !== "empty";
  const all = [...mine, ...(linked ? metaRows : []), ...(withMarin ? marin : [])].filter((r) => !q.provider || r.provider === q.provider);
  // Core's checks on the typed budget filter, in its words (campaigns::ranges).
  const amount = (field: string, v: string | null | undefined) => {
    if (v == null || v === "") return null;
    if (!/^\d+(\.\d+)?$/.test(v)) refuse([{ field, message: `"${v}" is not an amount: type digits, with a dot for decimals.` }]);
    return Number(v);
  };
  const min = amount("budgetMin", q.budgetMin);
  const max = amount("budgetMax", q.budgetMax);
  const matching = all.filter((r) => (!q.status || r.status === q.status) && (!q.campaignType || r.campaignType === q.campaignType)
    && (min === null || Number(r.budget.amount) >= min) && (max === null || Number(r.budget.amount) <= max));
  const arranged = arrange(matching, q);
  if (opts().onePage) q = { ...q, page: 1, pageSize: Math.max(1, arranged.length) };
  const start = (q.page - 1) * q.pageSize;
  // Like core's list_kept: a campaign opened before carries its kept spend.
  const shown = arranged.slice(start, start + q.pageSize).map((r) =>
    r.id === "5001" ? { ...r, spent: { amount: "1238.57", currency: "USD", exponent: 2 }, spentPct: "34.4" } : r);
  const offline = opts().listOfflineHoursAgo;
  return {
    rows: shown, total: arranged.length, page: q.page, pageSize: q.pageSize,
    totalPages: Math.ceil(arranged.length / q.pageSize),
    filters: {
      statuses: [...FILTERS.statuses, ...(linked ? META_FILTERS.statuses : []), ...(withMarin ? MARIN_FILTERS.statuses : [])],
      objectives: [...FILTERS.objectives, ...(linked ? META_FILTERS.objectives : []), ...(withMarin ? MARIN_FILTERS.objectives : [])],
      providers: [{ value: "symphony", label: "Symphony" }, ...(linked ? [{ value: "meta", label: "Meta" }] : []),
        ...(withMarin ? [{ value: "marin_social", label: "Marin Social" }] : [])],
    },
    fetchedAt: new Date(Date.now() - (offline ?? 0) * 3_600_000).toISOString(),
    offline: offline === undefined ? null : "Offline: Could not reach Symphony: check your connection.",
  };
}

mockIPC(async (cmd, args) => {
  const call: Call = { cmd, args: structuredClone(args), settled: false, t0: performance.now() };
  w.__CALLS__.push(call);
  try {
    // Real IPC serializes: hand out copies, never the mock's own objects.
    call.response = structuredClone(await handle(cmd, args));
    return call.response;
  } catch (e) {
    call.error = structuredClone(e);
    throw e;
  } finally {
    call.settled = true;
    call.t1 = performance.now();
  }
});

async function handle(cmd: string, args: unknown): Promise<unknown> {
  if (w.__SCENARIO__ === "slow") await new Promise((r) => setTimeout(r, 1500));
  switch (cmd) {
    case "workspace_info":
      if (opts().failWorkspace) throw { code: "not_ready", message: "The demo workspace could not start: its port is in use." };
      return workspace;
    case "startup_mark": return null;
    case "list_brands": return brands();
    case "select_brand": {
      const id = (args as { brandId: number }).brandId;
      // Like core: look the brand up over the network first, then act for it.
      const delay = opts().selectDelayMs?.[id];
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (opts().failSelect?.includes(id)) throw { code: "network", message: "Could not reach Symphony: check your connection." };
      if (!brands().some((b) => b.id === id)) throw { code: "not_found", message: `This key cannot act for brand ${id}` };
      active = id;
      return brands().find((b) => b.id === id);
    }
    case "list_campaigns": {
      const delay = opts().listDelayMs;
      if (delay) await new Promise((r) => setTimeout(r, delay));
      return list((args as { query: CampaignQuery }).query);
    }
    case "set_campaign_paused": {
      const delay = opts().pauseDelayMs;
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const refused = opts().refusePause;
      if (refused) throw { code: "validation", message: refused, problems: [] };
      const many = opts().manyRows;
      const page = handleCampaign(cmd, args, opts(), [...Object.values(rows).flat(), ...metaRows, ...marin, ...(many ? generated(many) : [])]);
      return page?.value;
    }
    case "create_brand": {
      const input = (args as { input: { name: string; spotifyArtistId: string | null } }).input;
      const id = input.spotifyArtistId?.split("/artist/").pop()?.split("?")[0] ?? "";
      const problems: { field: string; message: string }[] = [];
      if (!input.name.trim()) problems.push({ field: "name", message: "Give the artist a name." });
      if (input.spotifyArtistId && !/^[A-Za-z0-9]{22}$/.test(id))
        problems.push({ field: "spotifyArtistId", message: "That is not a Spotify artist id: paste the artist's Spotify link or its 22-character id." });
      refuse(problems);
      const b: BrandView = { id: 900 + extraBrands.length, name: input.name.trim(), currency: "USD", isDefault: false, isActive: false };
      extraBrands.push(b);
      return b;
    }
    case "keychain_status":
      return w.__SCENARIO__ === "no-keychain"
        ? { available: false, code: "keychain_unavailable", message: "No keychain is available: start a Secret Service such as GNOME Keyring." }
        : { available: true, code: null, message: "Keys are stored in your system keychain." };
    case "list_profiles": return profiles;
    case "add_profile": return addProfile((args as { input: NewProfile }).input, w.__SCENARIO__ !== "no-keychain");
    case "rename_profile": {
      const { id, name } = args as { id: string; name: string };
      const p = profiles.find((x) => x.id === id);
      if (!p) throw { code: "not_found", message: "That account no longer exists." };
      p.name = name.trim();
      return p;
    }
    case "remove_profile": {
      const { id } = args as { id: string };
      profiles.splice(profiles.findIndex((x) => x.id === id), 1);
      if (workspace.profileId === id) workspace = demoWorkspace;
      return null;
    }
    case "test_profile": return testProfile((args as { id: string }).id);
    case "meta_campaign_options": return metaOptions(!!opts().linkedMeta, !!opts().metaSpends);
    case "create_meta_campaign": {
      const a = args as { draft: MetaCampaignDraft; confirmation: string | null };
      return createMeta(a.draft, a.confirmation, !!opts().linkedMeta, !!opts().metaSpends);
    }
    // Like core: every saved Marin account is linked beside the one in use.
    case "marin_campaign_options": return marinOptions({ ...opts(), linkedMarin: !!opts().linkedMarin || profiles.some((p) => p.provider === "marin_social") });
    case "create_marin_campaign": {
      const a = args as { draft: MarinCampaignDraft; confirmation: string | null };
      return createMarin(a.draft, a.confirmation, opts());
    }
    case "use_profile": {
      const { id } = args as { id: string | null };
      if (id === null && opts().failUseDemo) throw { code: "internal", message: "The demo workspace could not start: its port is in use." };
      const p = profiles.find((x) => x.id === id);
      const meta = p?.provider === "meta";
      workspace = p
        ? { kind: p.environment, label: p.name, spendsMoney: p.environment === "production", keyHint: p.keyHint, profileId: p.id, notice: null,
          advertisingUrl: meta ? (p.customUrl ?? "https://graph.facebook.com/v10.0") : "https://development.partner.symphonyos.co/advertising",
          provider: meta ? "meta" : "symphony", providerLabel: meta ? "Meta" : "Symphony" }
        : demoWorkspace;
      return workspace;
    }
    default: {
      if (cmd === "campaign_detail" && opts().detailDelayMs) await new Promise((r) => setTimeout(r, opts().detailDelayMs));
      const page = handleCampaign(cmd, args, opts(), [...Object.values(rows).flat(), ...metaRows, ...marin]);
      if (page) return page.value;
      if (opts().seedDrafts) seed();
      const b = brands().find((x) => x.id === active);
      const answer = await handleWizard(cmd, args, opts(), { name: b?.name ?? "", currency: b?.currency ?? null }, workspace.spendsMoney);
      if (answer) return answer.value;
      throw { code: "internal", message: `unknown command ${cmd}` };
    }
  }
}
