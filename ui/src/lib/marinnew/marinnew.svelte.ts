import type { MarinAccountOption, MarinCampaignDraft, MarinCampaignOptions, MarinCreateResult, Problem } from "../bindings";
import { normalizeError, type Backend, type BackendError } from "../backend/backend";

/** The draft's fields in the form's order: the error summary lists problems in this order. */
export const FIELDS = [
  "account", "plan", "objective", "pixelExternalId", "pixelEvent", "businessManagerId", "productCatalogId", "name",
  "specialAdCategory", "budgetType", "amount", "startDate", "endDate", "status",
] as const;

export function emptyDraft(): MarinCampaignDraft {
  return {
    account: "", plan: "", name: "", objective: "", budgetType: "daily", amount: "", startDate: "", endDate: "",
    specialAdCategory: "none", pixelExternalId: "", pixelEvent: "", businessManagerId: "", productCatalogId: "", status: "pause",
  };
}

/**
 * The compact "new Marin Social campaign" form: the draft as typed, core's problems at their
 * fields, and the creation. Every message comes from core; nothing typed is ever cleared by an
 * answer.
 */
export class MarinNewForm {
  options = $state.raw<MarinCampaignOptions | null>(null);
  draft = $state<MarinCampaignDraft>(emptyDraft());
  problems = $state.raw<Problem[]>([]);
  /** What core asked to be typed before starting in an account that spends money. */
  confirm = $state.raw<{ phrase: string; message: string } | null>(null);
  confirmation = $state("");
  result = $state.raw<MarinCreateResult | null>(null);
  error = $state.raw<BackendError | null>(null);
  loading = $state(true);
  busy = $state(false);

  account = $derived<MarinAccountOption | null>(this.options?.accounts.find((a) => a.key === this.draft.account) ?? null);
  /** Problems in the form's order, for the summary. */
  ordered = $derived([...this.problems].sort((a, b) => rank(a.field) - rank(b.field)));

  #backend: Backend;

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  problemAt(field: string): Problem | null {
    return this.problems.find((p) => p.field === field) ?? null;
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      const o = await this.#backend.marinCampaignOptions();
      this.options = o;
      // Keep anything already typed (a reload after a failure).
      if (!this.draft.account) this.draft = { ...o.draft, ...pick(this.draft) };
    } catch (e) {
      this.error = normalizeError("marin_campaign_options", e);
    } finally {
      this.loading = false;
    }
  }

  /** Another account has other media plans: its first one is preselected. */
  accountChanged(): void {
    const plans = this.account?.plans ?? [];
    if (!plans.some((p) => p.id === this.draft.plan)) this.draft.plan = plans[0]?.id ?? "";
    this.edited();
  }

  /** A changed draft no longer matches what was confirmed: ask again. */
  edited(): void {
    this.confirm = null;
    this.confirmation = "";
  }

  /** Creates; false when core refused (problems or a confirmation), true when created. */
  async create(): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.error = null;
    try {
      const typed = this.confirm ? this.confirmation : null;
      const r = await this.#backend.createMarinCampaign($state.snapshot(this.draft), typed);
      switch (r.outcome) {
        case "created":
          this.problems = [];
          this.result = r;
          return true;
        case "invalid":
          this.problems = r.problems;
          return false;
        case "confirmation_needed":
          this.problems = [];
          this.confirm = { phrase: r.phrase, message: r.message };
          return false;
        case "unknown":
          this.problems = [];
          this.result = r;
          return false;
      }
    } catch (e) {
      this.error = normalizeError("create_marin_campaign", e);
      return false;
    } finally {
      this.busy = false;
    }
  }
}

function rank(field: string): number {
  const i = (FIELDS as readonly string[]).indexOf(field);
  return i < 0 ? FIELDS.length : i;
}

/** The typed text fields (kept over the defaults when options arrive late). */
function pick(d: MarinCampaignDraft): Partial<MarinCampaignDraft> {
  const out: Partial<MarinCampaignDraft> = {};
  for (const k of ["name", "amount", "objective", "startDate", "endDate"] as const) if (d[k]) out[k] = d[k];
  return out;
}
