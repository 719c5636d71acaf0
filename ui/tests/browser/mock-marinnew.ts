// The compact "new Marin Social campaign" path in the mocked backend: core's answers
// (marin_new.rs, provider/marin/create.rs) for the cases the browser tests use, in core's words
// and at its fields.
import type { MarinAccountOption, MarinCampaignDraft, MarinCampaignOptions, MarinCreateResult, Problem } from "../../src/lib/bindings";

export type MarinNewMock = {
  /** A Marin Social account is linked to the workspace ("New Marin campaign" shows). */
  linkedMarin?: boolean;
  /** The linked Marin account is on Marin's real API: starting a campaign needs the phrase. */
  marinSpends?: boolean;
  /** Marin answers the next create with a 400 at `daily_budget` (a rule the reference does not state). */
  marinRefusesBudget?: boolean;
};

const OBJECTIVES: [string, string][] = [
  ["fan_acq", "Fan acquisition (page likes)"], ["event", "Event responses"], ["eng", "Engagement"], ["outside_traffic", "Traffic to a website"],
  ["offer", "Offer claims"], ["app_installs", "App installs"], ["video_play", "Video views"], ["product_catalog_sales", "Catalog sales"],
  ["website_conv", "Website conversions"], ["lead_gen", "Lead generation"], ["brand_awareness", "Brand awareness"], ["store_visits", "Store visits"],
  ["reach", "Reach"],
];
const EVENTS = ["ViewContent", "Search", "AddToCart", "AddToWishlist", "InitiateCheckout", "AddPaymentInfo", "Purchase", "Lead", "CompleteRegistration"];

function accounts(o: MarinNewMock): MarinAccountOption[] {
  if (!o.linkedMarin) return [];
  return [
    { key: "m1", label: "Marin Social 101", currency: "EUR", spendsMoney: !!o.marinSpends, problem: null,
      plans: [{ id: "105", name: "Luna Vega — plan 1" }, { id: "107", name: "Luna Vega — plan 3" }] },
    { key: "m2", label: "Marin Social 102", currency: "JPY", spendsMoney: false, problem: null, plans: [{ id: "106", name: "Tokyo — plan 2" }] },
  ];
}

export function options(o: MarinNewMock): MarinCampaignOptions {
  const list = accounts(o);
  return {
    accounts: list,
    objectives: OBJECTIVES.map(([value, label]) => ({ value, label })),
    specialAdCategories: [["credit", "Credit"], ["housing", "Housing"], ["employment", "Employment"], ["none", "None"]].map(([value, label]) => ({ value, label })),
    pixelEvents: EVENTS.map((value) => ({ value, label: value })),
    draft: { account: list[0]?.key ?? "", plan: list[0]?.plans[0]?.id ?? "", name: "", objective: "", budgetType: "daily", amount: "", startDate: "",
      endDate: "", specialAdCategory: "none", pixelExternalId: "", pixelEvent: "", businessManagerId: "", productCatalogId: "", status: "pause" },
  };
}

const p = (field: string, code: Problem["code"], message: string): Problem => ({ field, code, message, fix: null });
const stamp = (s: string) => (s.trim() ? Date.parse(`${s.trim()}:00Z`) / 1000 : null);

/** create::check, for the rules the tests exercise. */
function check(d: MarinCampaignDraft, currency: string): Problem[] {
  const out: Problem[] = [];
  if (!d.name.trim()) out.push(p("name", "required", "Give the campaign a name, for example “Summer tour – reach”."));
  if (!d.objective.trim()) out.push(p("objective", "required", "Choose an objective."));
  const typed = d.amount.trim();
  const what = d.budgetType === "lifetime" ? "lifetime" : "daily";
  if (!typed) out.push(p("amount", "required", `Type the ${what} budget, for example 25.00.`));
  else if (!/^\d+(\.\d+)?$/.test(typed)) out.push(p("amount", "invalid", `“${typed}” is not an amount: type digits, with a dot for decimals (25.50).`));
  else if (Number(typed) <= 0) out.push(p("amount", "too_low", "A budget must be more than zero."));
  else if (currency === "JPY" && /\.\d*[1-9]/.test(typed)) out.push(p("amount", "invalid", `JPY budgets have no decimals: type a whole number (${typed.split(".")[0]}).`));
  const start = stamp(d.startDate);
  const end = stamp(d.endDate);
  if (start === null) out.push(p("startDate", "required", "Pick when the campaign starts (UTC)."));
  if (start !== null && end !== null) {
    if (end <= start) out.push(p("endDate", "mismatch", "The campaign must end after it starts."));
    else if (d.budgetType === "daily" && end - start < 86400)
      out.push(p("endDate", "too_low", "A campaign with a daily budget must run at least 24 hours (Marin Social would otherwise use the amount as a lifetime budget): end it later, or choose a lifetime budget."));
  }
  if (d.budgetType === "lifetime" && end === null) out.push(p("endDate", "required", "A lifetime budget is spent over the campaign's life: pick when it ends."));
  return out;
}

let next = 9100;

export function create(d: MarinCampaignDraft, confirmation: string | null, o: MarinNewMock): MarinCreateResult {
  const a = accounts(o).find((x) => x.key === d.account);
  if (!a) return { outcome: "invalid", problems: [p("account", "invalid", "Choose one of the Marin Social accounts listed: this one is not (or no longer) in the workspace.")] };
  const problems = check(d, a.currency ?? "");
  if (problems.length) return { outcome: "invalid", problems };
  if (a.spendsMoney && d.status === "play") {
    const phrase = `${a.label} ${d.amount.trim()} ${a.currency}`;
    const norm = (s: string) => s.trim().split(/\s+/).join(" ");
    const typed = (confirmation ?? "").trim();
    if (norm(typed) !== phrase)
      return {
        outcome: "confirmation_needed", phrase,
        message: typed ? `“${typed}” does not match “${phrase}”: nothing was created.`
          : `This campaign starts at once in a Marin Social account that spends real money. Type “${phrase}” to confirm, or create it paused.`,
      };
  }
  if (o.marinRefusesBudget) {
    o.marinRefusesBudget = false;
    return { outcome: "invalid", problems: [p("amount", "refused", "Marin Social refused it: This value is too low for this media plan.")] };
  }
  return { outcome: "created", campaignId: `marin:${a.key}:${next++}`, campaign: null, recovered: false };
}
