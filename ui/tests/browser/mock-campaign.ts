// The campaign page's commands for the in-page fake backend. campaign_detail answers with the
// CampaignDetail core built for the fixture (fixtures/campaign-detail.json, checked fresh by a
// Rust test), adjusted to the campaign asked for; pause and edits change it as a provider would.
import type { Campaign, CampaignDetail, CampaignEdit, CampaignMarket, CampaignRow, Place } from "../../src/lib/bindings";
import fixture from "./fixtures/campaign-detail.json";
import { editAdSet, marinParts, setAdPaused } from "./mock-adsets";
import portfolio from "./fixtures/portfolio.json";

export type CampaignMock = {
  /** campaign_detail fails (network). */
  failDetail?: boolean;
  /** portfolio fails (network). */
  failPortfolio?: boolean;
  /** set_campaign_paused fails with this message. */
  failPause?: string;
  /** The local history has the campaign, fetched this many hours ago (kept_campaign_detail). */
  keptHoursAgo?: number;
  /** campaign_detail cannot reach the provider: it answers the kept page marked offline. */
  offline?: boolean;
  /** export_campaign: the manager closes the dialog (null), or saving fails with this message. */
  cancelExport?: boolean;
  failExport?: string;
  /** campaign_detail answers after this many milliseconds. */
  detailDelayMs?: number;
  /** add_campaign_locations and set_location_paused fail with this message (server). */
  failLocations?: string;
  /** The linked Meta account is on Graph itself: resuming its campaigns spends real money. */
  spendingMeta?: boolean;
  /** edit_ad_set: Marin's answer fails with this message (server). */
  failAdSet?: string;
  /** The linked Marin account is on Marin's real API: resuming its ads spends real money. */
  spendingMarin?: boolean;
};

const OFFLINE = "Offline: Could not reach Symphony: check your connection.";

const changed = new Map<string, Campaign>();
const marketsOf = new Map<string, CampaignMarket[]>();
const fixtureMarkets = () => (fixture as unknown as CampaignDetail).markets;

function toCampaign(row: CampaignRow): Campaign {
  const base = (fixture as unknown as CampaignDetail).campaign;
  return {
    ...base, id: row.id, name: row.name,
    objective: { code: row.campaignType, label: row.typeLabel },
    status: { state: row.state, tone: row.tone, original: row.status, label: row.statusLabel },
    budget: row.budget, provider: row.provider,
    // Meta's campaigns run on a daily budget (core's map: the lifetime figure is derived).
    ...(row.provider === "meta" ? { dailyBudget: { ...row.budget, amount: (Number(row.budget.amount) / 30).toFixed(2) } } : {}),
  };
}

/** What core's Meta connector puts on the page: its two statuses and its `issues_info`. */
function metaParts(c: Campaign): Partial<CampaignDetail> {
  const status = (name: string, code: string, label: string) => ({ id: `${c.id}-${name}`, name, status: code, label });
  return {
    countries: [], creatives: [], markets: [], platformAds: [],
    platformCampaigns: [status("Delivery", c.status.original, c.status.label), status("Set to", c.status.state === "paused" ? "PAUSED" : "ACTIVE", c.status.state === "paused" ? "Paused" : "Active")],
    issues: c.status.original === "WITH_ISSUES"
      ? [{ level: "AD", summary: "Ad rejected", message: "One ad in this campaign was rejected: its text does not follow the Advertising Policies." }]
      : [],
  };
}

function locked(c: Campaign): string | null {
  if (["active", "paused", "scheduled", "needs_attention"].includes(c.status.state)) return null;
  if (c.status.state === "completed") return `${c.name} has ended: its budget and dates can no longer change.`;
  return `${c.name} is ${c.status.label.toLowerCase()}: it can be changed once Symphony has set it up on the ad platform.`;
}

function detail(row: CampaignRow): CampaignDetail {
  const c = changed.get(row.id) ?? toCampaign(row);
  const reason = locked(c);
  const markets = marketsOf.get(row.id) ?? fixtureMarkets();
  const base = fixture as unknown as CampaignDetail;
  // Marin counts no reach: core's report says so and has no reach values.
  const meta = c.provider === "meta" ? metaParts(c) : c.provider === "marin_social"
    ? { ...marinParts(row.id), report: { ...base.report, reachReported: false, kpis: { ...base.report.kpis, reachToDate: { value: null, previous: null, changePct: null } } } }
    : {};
  return { ...(fixture as unknown as CampaignDetail), campaign: c, markets, editable: reason === null, lockedReason: reason, fetchedAt: new Date().toISOString(), ...meta };
}

const problem = (field: string, message: string) => ({ field, code: "invalid", message, fix: null });

/** Handles a campaign-page command; undefined when `cmd` is not one. */
export function handleCampaign(cmd: string, args: unknown, o: CampaignMock, rows: CampaignRow[]): { value: unknown } | undefined {
  const a = args as { id: string; paused?: boolean; edit?: CampaignEdit; marketId?: string; places?: Place[]; key?: string };
  const row = rows.find((r) => r.id === a.id);
  switch (cmd) {
    case "portfolio":
      if (o.failPortfolio) throw { code: "network", message: "Could not reach Symphony: check your connection." };
      return { value: portfolio };
    case "export_campaign": {
      if (!row) throw { code: "not_found", message: `There is no campaign ${a.id}.` };
      if (o.failExport) throw { code: "internal", message: o.failExport };
      if (o.cancelExport) return { value: null };
      const r = (args as { request: { format: string; figure: string | null } }).request;
      const stem = row.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
      return { value: `/home/manager/Documents/${stem}-${row.id}-${r.figure ?? "daily"}.${r.format}` };
    }
    case "export_portfolio": {
      if (o.failExport) throw { code: "internal", message: o.failExport };
      if (o.cancelExport) return { value: null };
      const r = (args as { request: { format: string; figure: string | null } }).request;
      return { value: `/home/manager/Documents/luna-vega-portfolio${r.figure ? `-${r.figure}` : ""}.${r.format}` };
    }
    case "kept_campaign_detail": {
      if (!row || o.keptHoursAgo === undefined) return { value: null };
      const fetchedAt = new Date(Date.now() - o.keptHoursAgo * 3_600_000).toISOString();
      return { value: { ...detail(row), cached: true, fetchedAt } };
    }
    case "campaign_detail":
      if (o.offline && row && o.keptHoursAgo !== undefined) {
        const fetchedAt = new Date(Date.now() - o.keptHoursAgo * 3_600_000).toISOString();
        return { value: { ...detail(row), cached: true, offline: OFFLINE, fetchedAt } };
      }
      if (o.failDetail || o.offline) throw { code: "network", message: "Could not reach Symphony: check your connection." };
      if (!row) throw { code: "not_found", message: `There is no campaign ${a.id}.` };
      return { value: detail(row) };
    case "set_campaign_paused": {
      if (!row) throw { code: "not_found", message: `There is no campaign ${a.id}.` };
      if (o.failPause) throw { code: "server", message: o.failPause };
      const c = changed.get(row.id) ?? toCampaign(row);
      const paused = !!a.paused;
      // Core's set_paused_confirmed, in its words.
      if (!paused && o.spendingMeta && c.provider === "meta" && !(args as { confirmed?: boolean }).confirmed) {
        const daily = c.dailyBudget ?? c.budget;
        const message = `Resuming "${c.name}" spends real money: up to ${daily.amount} ${daily.currency}${c.dailyBudget ? " a day" : ""}. Confirm to resume it.`;
        throw { code: "validation", message, problems: [{ field: "confirmation", code: "required", message, fix: null }] };
      }
      const next: Campaign = { ...c, status: paused ? { state: "paused", tone: "caution", original: "PAUSED", label: "Paused" } : { state: "active", tone: "positive", original: "ACTIVE", label: "Active" } };
      changed.set(row.id, next);
      return { value: next };
    }
    case "edit_campaign": {
      if (!row) throw { code: "not_found", message: `There is no campaign ${a.id}.` };
      const c = changed.get(row.id) ?? toCampaign(row);
      const b = a.edit?.budget ?? null;
      // Worded as core words these (campaign_page::edit_problems).
      if (b !== null && !/^\d+(\.\d+)?$/.test(b.trim())) {
        const p = problem("budget", `"${b}" is not an amount: type digits, with a dot for decimals.`);
        throw { code: "validation", message: p.message, problems: [p] };
      }
      if (b !== null && Number(b) <= 0) {
        const p = problem("budget", "The budget must be more than zero.");
        throw { code: "validation", message: p.message, problems: [p] };
      }
      // A daily-budget campaign's amount is per day (core's CampaignEdit).
      const daily = c.dailyBudget && b !== null ? { dailyBudget: { ...c.dailyBudget, amount: Number(b).toFixed(c.dailyBudget.exponent) } } : {};
      const next: Campaign = { ...c, ...daily, budget: b !== null && !c.dailyBudget ? { ...c.budget, amount: Number(b).toFixed(c.budget.exponent) } : c.budget,
        schedule: a.edit?.end ? { ...c.schedule, end: a.edit.end } : c.schedule };
      changed.set(row.id, next);
      return { value: next };
    }
    case "set_ad_paused": {
      const e = args as { id: string; ad: string; paused: boolean; confirmed: boolean };
      return { value: setAdPaused(e.id, e.ad, e.paused, e.confirmed, !!o.spendingMarin) };
    }
    case "edit_ad_set": {
      const e = args as { id: string; adSet: string; change: { dailyBudget: string | null; bid: string | null } };
      return { value: editAdSet(e.id, e.adSet, e.change, o.failAdSet) };
    }
    case "add_campaign_locations":
    case "set_location_paused":
      if (!row) throw { code: "not_found", message: `There is no campaign ${a.id}.` };
      return { value: locations(cmd, a, o, row) };
    default:
      return undefined;
  }
}

/** The location actions as core answers them: its rules (worded as campaign_page::locations
 * words them), then the markets as the provider has them after. */
function locations(cmd: string, a: { id: string; marketId?: string; places?: Place[]; key?: string; paused?: boolean }, o: CampaignMock, row: CampaignRow): CampaignMarket[] {
  const reason = locked(changed.get(row.id) ?? toCampaign(row));
  if (reason) throw { code: "validation", message: reason };
  const markets: CampaignMarket[] = JSON.parse(JSON.stringify(marketsOf.get(row.id) ?? fixtureMarkets()));
  const m = markets.find((x) => x.id === a.marketId);
  const refuse = (ps: ReturnType<typeof problem>[]) => { throw { code: "validation", message: ps[0].message, problems: ps }; };
  if (!m) refuse([problem("market", `This campaign has no market "${a.marketId}" on the ad platform.`)]);
  const market = m as CampaignMarket;
  const has = (key: string) => market.locations.find((l) => l.key.toLowerCase() === key.toLowerCase());
  if (cmd === "add_campaign_locations") {
    const places = a.places ?? [];
    const ps: ReturnType<typeof problem>[] = [];
    if (places.length === 0) ps.push(problem("places", "Choose at least one place to add."));
    for (const p of places) {
      const l = has(p.key);
      if (l) ps.push({ ...problem("places", `${p.label} is already in ${market.name}${l.paused ? " (paused)" : ""}.`), fix: l.paused ? "Resume it instead." : null });
    }
    if (ps.length) refuse(ps);
    if (o.failLocations) throw { code: "server", message: o.failLocations };
    for (const p of places) market.locations.push({ key: p.key, label: p.label.split(/,| — /)[0], kind: p.kind, countryCode: p.countryCode, paused: false });
  } else {
    const l = has(a.key ?? "");
    if (!l) refuse([problem("location", `${market.name} has no location "${a.key}".`)]);
    const loc = l as CampaignMarket["locations"][number];
    if (loc.paused && a.paused) refuse([problem("location", `${loc.label} is already paused.`)]);
    if (!loc.paused && !a.paused) refuse([problem("location", `${loc.label} is not paused.`)]);
    if (o.failLocations) throw { code: "server", message: o.failLocations };
    loc.paused = !!a.paused;
  }
  marketsOf.set(row.id, markets);
  return markets;
}
