// A linked Marin Social account for the in-page fake backend: its campaign rows (core routes
// their ids, "marin:<account>:<Marin's id>") and their ad sets, changed by edit_ad_set as core's
// Marin connector does (checks worded as provider/marin/amount.rs words them).
import type { AdSetChange, CampaignDetail, CampaignRow, Money, PlatformAdSet, PlatformEntity } from "../../src/lib/bindings";

const eur = (amount: string): Money => ({ amount, currency: "EUR", exponent: 2 });

export function marinRows(row: (id: string, name: string, type: string, typeLabel: string, status: string, statusLabel: string,
  tone: CampaignRow["tone"], amount: string, currency: string) => CampaignRow): CampaignRow[] {
  const r = row("marin:m1:4101", "Tour — Berlin fans", "fan_acq", "Fan acq", "ACTIVE", "Play", "positive", "900.00", "EUR");
  const ended = row("marin:m1:4102", "Album launch — EU", "reach", "Reach", "FINISHED", "Archived", "neutral", "600.00", "EUR");
  return [
    { ...r, provider: "marin_social", status: "play", dailyBudget: eur("30.00") },
    { ...ended, provider: "marin_social", status: "archived" },
  ];
}

const start = (): Record<string, PlatformAdSet[]> => ({
  "marin:m1:4101": [
    { id: "51", name: "Berlin 18–34", status: "play", label: "Play", dailyBudget: eur("20.00"), bid: eur("1.23"), bidStrategy: "Lowest cost with bid cap", optimizationGoal: "Post engagement", lockedReason: null },
    { id: "52", name: "Hamburg lookalike", status: "pause", label: "Pause", dailyBudget: eur("10.00"), bid: eur("0.015"), bidStrategy: null, optimizationGoal: "Link clicks", lockedReason: null },
  ],
  "marin:m1:4102": [
    { id: "61", name: "EU wide", status: "pause", label: "Pause", dailyBudget: eur("15.00"), bid: eur("2.00"), bidStrategy: null, optimizationGoal: "Reach", lockedReason: null },
  ],
});
let sets = start();
const ad = (id: string, name: string, status: string): PlatformEntity => ({ id, name, status, label: status === "play" ? "Play" : "Pause" });
const ads: Record<string, PlatformEntity[]> = {
  "marin:m1:4101": [ad("71", "Berlin — video", "play"), ad("72", "Berlin — carousel", "pause")],
};

/** set_ad_paused as core answers it: resuming on an account that spends money asks first. */
export function setAdPaused(id: string, adId: string, paused: boolean, confirmed: boolean, spending: boolean): null {
  const a = ads[id]?.find((x) => x.id === adId);
  if (!a) throw { code: "not_found", message: "Marin Social has no such campaign, media plan or account (404): check the id." };
  if (!paused && spending && !confirmed) {
    const message = `Resuming an ad of "Tour — Berlin fans" spends real money: up to 30.00 EUR a day. Confirm to resume it.`;
    throw { code: "validation", message, problems: [{ field: "confirmation", code: "required", message, fix: null }] };
  }
  ads[id] = ads[id].map((x) => (x.id === adId ? ad(x.id, x.name, paused ? "pause" : "play") : x));
  return null;
}

/** What core's Marin connector puts on the page: the platform statuses, ads, ad sets. */
export function marinParts(id: string): Partial<CampaignDetail> {
  return { countries: [], creatives: [], markets: [], issues: [], platformAds: ads[id] ?? [], adSets: sets[id] ?? [] };
}

const problem = (field: string, message: string) => ({ field, code: "invalid", message, fix: null });

/** Core's amount(): a positive EUR amount with 2 decimals at most. */
function amount(text: string, what: string): string | { field: string; message: string } {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t) && !/^-\d/.test(t)) return { field: "", message: `"${t}" is not an amount: type digits, with a dot for decimals.` };
  if (Number(t) <= 0) return { field: "", message: `${what} must be more than zero.` };
  if ((t.split(".")[1] ?? "").replace(/0+$/, "").length > 2) return { field: "", message: `EUR amounts have 2 decimals at most; ${t} has more.` };
  return t;
}

/** edit_ad_set as core answers it; `fail` makes Marin's answer fail (server). */
export function editAdSet(id: string, adSet: string, change: AdSetChange, fail?: string): PlatformAdSet {
  const list = sets[id];
  const s = list?.find((x) => x.id === adSet);
  if (!list || !s) throw { code: "not_found", message: "Marin Social has no such campaign, media plan or account (404): check the id." };
  if (id === "marin:m1:4102") throw { code: "validation", message: "Album launch — EU has ended: its budget and dates can no longer change." };
  const ps: ReturnType<typeof problem>[] = [];
  const read = (text: string | null, field: string, what: string) => {
    if (text === null || text.trim() === "") return null;
    const a = amount(text, what);
    if (typeof a === "string") return a;
    ps.push(problem(field, a.message));
    return null;
  };
  const budget = read(change.dailyBudget, "dailyBudget", "The daily budget");
  const bid = read(change.bid, "bid", "The bid");
  if (ps.length === 0 && budget === null && bid === null) ps.push({ ...problem("dailyBudget", "Give a new daily budget, a new bid, or both."), code: "required" });
  if (ps.length) throw { code: "validation", message: ps[0].message, problems: ps };
  if (fail) throw { code: "server", message: fail };
  const next: PlatformAdSet = { ...s, dailyBudget: budget ? eur(budget) : s.dailyBudget, bid: bid ? eur(bid) : s.bid };
  sets[id] = list.map((x) => (x.id === adSet ? next : x));
  return next;
}
