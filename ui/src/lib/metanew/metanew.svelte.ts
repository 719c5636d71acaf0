import type { MetaAccountOption, MetaCampaignDraft, MetaCampaignOptions, MetaCreateResult, Problem } from "../bindings";
import { normalizeError, type Backend, type BackendError } from "../backend/backend";

/** The draft's fields in the form's order: the error summary lists problems in this order. */
export const FIELDS = ["account", "objective", "name", "specialAdCategories", "budgetKind", "amount", "bidStrategy", "status"] as const;

/**
 * The compact "new Meta campaign" form: the draft as typed, core's problems at their fields, and
 * the creation. Every message comes from core; nothing typed is ever cleared by an answer.
 */
export class MetaNewForm {
  options = $state.raw<MetaCampaignOptions | null>(null);
  draft = $state<MetaCampaignDraft>({
    account: "", name: "", objective: "", specialAdCategories: ["NONE"], budgetKind: "daily", amount: "",
    bidStrategy: "LOWEST_COST_WITHOUT_CAP", status: "PAUSED",
  });
  problems = $state.raw<Problem[]>([]);
  /** What core asked to be typed before starting in an account that spends money. */
  confirm = $state.raw<{ phrase: string; message: string } | null>(null);
  confirmation = $state("");
  result = $state.raw<MetaCreateResult | null>(null);
  error = $state.raw<BackendError | null>(null);
  loading = $state(true);
  busy = $state(false);

  account = $derived<MetaAccountOption | null>(this.options?.accounts.find((a) => a.key === this.draft.account) ?? null);
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
      const o = await this.#backend.metaCampaignOptions();
      this.options = o;
      // Keep anything already typed (a reload after a failure).
      if (!this.draft.account) this.draft = { ...o.draft, ...pick(this.draft) };
    } catch (e) {
      this.error = normalizeError("meta_campaign_options", e);
    } finally {
      this.loading = false;
    }
  }

  toggleCategory(value: string, on: boolean): void {
    const now = this.draft.specialAdCategories.filter((c) => c !== value);
    this.draft.specialAdCategories = on ? [...now, value] : now;
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
      const r = await this.#backend.createMetaCampaign($state.snapshot(this.draft), typed);
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
      this.error = normalizeError("create_meta_campaign", e);
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
function pick(d: MetaCampaignDraft): Partial<MetaCampaignDraft> {
  const out: Partial<MetaCampaignDraft> = {};
  if (d.name) out.name = d.name;
  if (d.amount) out.amount = d.amount;
  if (d.objective) out.objective = d.objective;
  return out;
}
