// The compact "new Meta campaign" path in the mocked backend: core's answers (meta_new.rs,
// provider/meta/create.rs) for the cases the browser tests use, in core's words and at its fields.
import type { MetaAccountOption, MetaCampaignDraft, MetaCampaignOptions, MetaCreateResult, Problem } from "../../src/lib/bindings";

export type MetaNewMock = {
  /** The linked Meta ad account is Graph's real one: starting a campaign needs the phrase. */
  metaSpends?: boolean;
};

const OBJECTIVES = ["APP_INSTALLS", "BRAND_AWARENESS", "CONVERSIONS", "EVENT_RESPONSES", "LEAD_GENERATION", "LINK_CLICKS", "LOCAL_AWARENESS",
  "MESSAGES", "OFFER_CLAIMS", "PAGE_LIKES", "POST_ENGAGEMENT", "PRODUCT_CATALOG_SALES", "REACH", "STORE_VISITS", "VIDEO_VIEWS"];
const readable = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll("_", " ");

function accounts(linked: boolean, spends: boolean): MetaAccountOption[] {
  if (!linked) return [];
  return [
    { key: "k1", label: "Skrlth on Meta", currency: "USD", spendsMoney: spends, problem: null },
    { key: "k2", label: "Tokyo shows", currency: "JPY", spendsMoney: false, problem: null },
  ];
}

export function options(linked: boolean, spends: boolean): MetaCampaignOptions {
  const list = accounts(linked, spends);
  return {
    accounts: list,
    objectives: OBJECTIVES.map((value) => ({ value, label: readable(value) })),
    specialAdCategories: [
      { value: "NONE", label: "None", hint: "The ads are in no special category." },
      { value: "EMPLOYMENT", label: "Employment", hint: "Targeting and audience restrictions apply." },
      { value: "HOUSING", label: "Housing", hint: "Targeting and audience restrictions apply." },
      { value: "CREDIT", label: "Credit", hint: "Targeting and audience restrictions apply." },
      { value: "ISSUES_ELECTIONS_POLITICS", label: "Issues, elections or politics", hint: null },
    ],
    bidStrategies: [
      { value: "LOWEST_COST_WITHOUT_CAP", label: "Lowest cost", hint: "Most results for the budget, no bid limit." },
      { value: "LOWEST_COST_WITH_BID_CAP", label: "Lowest cost with a bid cap", hint: "Each ad set then needs a bid cap (bid_amount), set in Ads Manager." },
      { value: "COST_CAP", label: "Cost cap", hint: "Each ad set then needs a cost cap (bid_amount), set in Ads Manager." },
    ],
    draft: { account: list[0]?.key ?? "", name: "", objective: "", specialAdCategories: ["NONE"], budgetKind: "daily", amount: "",
      bidStrategy: "LOWEST_COST_WITHOUT_CAP", status: "PAUSED" },
  };
}

const p = (field: string, code: Problem["code"], message: string): Problem => ({ field, code, message, fix: null });

/** create::check, for the rules the tests exercise. */
function check(d: MetaCampaignDraft, currency: string): Problem[] {
  const out: Problem[] = [];
  if (!d.name.trim()) out.push(p("name", "required", "Give the campaign a name, for example “Summer tour – link clicks”."));
  if (!d.objective.trim()) out.push(p("objective", "required", "Choose an objective."));
  if (d.specialAdCategories.length > 1 && d.specialAdCategories.includes("NONE"))
    out.push(p("specialAdCategories", "mismatch", "“None” cannot be combined with a category: untick None, or untick the categories."));
  const typed = d.amount.trim();
  const what = d.budgetKind === "lifetime" ? "lifetime" : "daily";
  if (!typed) out.push(p("amount", "required", `Type the ${what} budget, for example 25.00.`));
  else if (!/^\d+(\.\d+)?$/.test(typed)) out.push(p("amount", "invalid", `“${typed}” is not an amount: type digits, with a dot for decimals (25.50).`));
  else if (Number(typed) <= 0) out.push(p("amount", "too_low", "A budget must be more than zero."));
  else if (currency === "JPY" && typed.includes(".")) out.push(p("amount", "invalid", `JPY budgets have no decimals in Meta: type a whole number (${typed.split(".")[0]}).`));
  else if (currency === "USD" && (typed.split(".")[1]?.length ?? 0) > 2) out.push(p("amount", "invalid", `USD budgets have at most two decimals: round ${typed} to cents.`));
  return out;
}

let next = 120210000000100;

export function create(d: MetaCampaignDraft, confirmation: string | null, linked: boolean, spends: boolean): MetaCreateResult {
  const a = accounts(linked, spends).find((x) => x.key === d.account);
  if (!a) return { outcome: "invalid", problems: [p("account", "invalid", "Choose one of the Meta ad accounts listed: this one is not (or no longer) linked to the workspace.")] };
  const problems = check(d, a.currency ?? "");
  if (problems.length) return { outcome: "invalid", problems };
  if (a.spendsMoney && d.status === "ACTIVE") {
    const phrase = `${a.label} ${d.amount.trim()} ${a.currency}`;
    const norm = (s: string) => s.trim().split(/\s+/).join(" ");
    const typed = (confirmation ?? "").trim();
    if (norm(typed) !== phrase)
      return {
        outcome: "confirmation_needed", phrase,
        message: typed ? `“${typed}” does not match “${phrase}”: nothing was created.`
          : `This campaign starts at once in an ad account that spends real money. Type “${phrase}” to confirm, or create it paused.`,
      };
  }
  const id = String(next++);
  return { outcome: "created", campaignId: `meta:${a.key}:${id}`, campaign: null, recovered: false };
}
