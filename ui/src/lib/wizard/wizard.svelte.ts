import type { Campaign, CampaignDraft, CreateResult, LaunchPreview, Problem, Step, WizardContext } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";
import { problemsOf } from "./steps";

/** A new, empty draft: nothing chosen, nothing guessed except the account's currency. */
export function emptyDraft(currency: string | null): CampaignDraft {
  return {
    name: "",
    objective: "",
    budget: "",
    currency: currency ?? "",
    start: null,
    end: null,
    creative: {
      instagramPostId: null, videos: [], images: [], link: null, caption: null, spotifyId: null,
      externalLinks: [], callToAction: "LEARN_MORE", playlistTier: null, pitchNotes: null, videoId: null, viewsGoal: null,
    },
    markets: [],
    audiences: [],
    demographics: { ageMin: 18, ageMax: 65, gender: "All", languages: [] },
  };
}

/** Where autosave stands, announced politely: "Saved 10:42" or "Couldn't save — Retry". */
export type SaveState =
  | { phase: "idle" }
  | { phase: "saving" }
  | { phase: "saved"; at: string }
  | { phase: "failed"; message: string };

/** Where a launch stands, shown on the review step. */
export type LaunchState =
  | { phase: "idle" }
  | { phase: "sending" }
  | { phase: "done"; result: CreateResult; campaign: Campaign | null; following: boolean }
  | { phase: "failed"; error: BackendError };

/** States still on their way somewhere: keep following them. */
const SETTLING = new Set(["draft", "pending", "in_review"]);
/** How many times a launched campaign is looked at (every poll delay) before the wizard stops following. */
const FOLLOW_LOOKS = 40;

/** The wizard: its context, the draft, the step, the rules' answers and the launch. */
export class WizardState {
  ctx = $state.raw<WizardContext | null>(null);
  loading = $state(true);
  error = $state<BackendError | null>(null);
  draft = $state<CampaignDraft>(emptyDraft(null));
  stepIndex = $state(0);
  problems = $state.raw<Problem[]>([]);
  /** Core's figures for the draft: request, budget per day, the confirmation phrase. */
  preview = $state.raw<LaunchPreview | null>(null);
  /** The rules have answered for the current draft. */
  checked = $state(false);
  confirmation = $state("");
  /** The saved draft this wizard edits (null until the first save) and its revision. */
  draftId = $state<string | null>(null);
  revision = $state(0);
  save = $state.raw<SaveState>({ phase: "idle" });
  launch = $state.raw<LaunchState>({ phase: "idle" });

  objective = $derived(this.ctx?.objectives.find((o) => o.code === this.draft.objective) ?? null);
  steps = $derived<Step[]>(this.objective?.steps ?? ["basics"]);
  step = $derived<Step>(this.steps[Math.min(this.stepIndex, this.steps.length - 1)] ?? "basics");
  stepProblems = $derived(problemsOf(this.step, this.problems, this.steps));
  /** Why Next is disabled, in words; null when it is not. */
  blocked = $derived.by(() => {
    if (!this.checked) return "Checking…";
    const first = this.stepProblems.find((p) => p.field !== "confirmation");
    return first ? first.message : null;
  });

  #backend: Backend;
  #validation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pollDelayMs: number;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> = Promise.resolve();
  #dirty = false;

  constructor(backend: Backend, pollDelayMs = 3000) {
    this.#backend = backend;
    this.#pollDelayMs = pollDelayMs;
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      this.ctx = await this.#backend.wizardContext();
      if (!this.draft.currency) this.draft.currency = this.ctx.currency ?? "";
      await this.validateNow();
    } catch (e) {
      this.error = normalizeError("wizard_context", e);
    } finally {
      this.loading = false;
    }
  }

  /** Call after any edit: the rules run shortly after typing pauses, and the draft is saved. */
  changed(): void {
    this.checked = false;
    if (this.launch.phase === "failed") this.launch = { phase: "idle" };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.validateNow(), 150);
    this.#dirty = true;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.saveNow(), 400);
  }

  /** Saves now (one save at a time, in order, so revisions never conflict with ourselves). */
  saveNow(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saving = this.#saving.then(async () => {
      if (!this.#dirty) return;
      if (this.launch.phase === "done" && this.launch.result.outcome === "created") return;
      // Nothing typed yet is not a draft.
      if (!this.draftId && !this.draft.name.trim() && !this.draft.objective) return;
      this.#dirty = false;
      this.save = { phase: "saving" };
      try {
        const saved = await this.#backend.saveDraft(this.draftId, this.revision, $state.snapshot(this.draft), this.ctx?.brandId ?? null);
        this.draftId = saved.id;
        this.revision = saved.revision;
        this.save = { phase: "saved", at: saved.updatedAt };
      } catch (e) {
        this.#dirty = true;
        this.save = { phase: "failed", message: normalizeError("save_draft", e).message };
      }
    });
    return this.#saving;
  }

  /** Opens a saved draft where it was left. */
  async resume(id: string): Promise<void> {
    try {
      const r = await this.#backend.getDraft(id);
      this.draft = r.draft;
      this.draftId = r.id;
      this.revision = r.revision;
      this.save = { phase: "saved", at: r.updatedAt };
      this.#dirty = false;
      await this.validateNow();
      const last = this.steps.length - 1;
      this.stepIndex = r.launchState ? last : 0;
      if (r.launchState === "launched" && r.launchedCampaignId) {
        this.launch = { phase: "done", result: { outcome: "created", campaignId: r.launchedCampaignId, recovered: false }, campaign: null, following: true };
        void this.follow(r.launchedCampaignId);
      } else if (r.launchState === "pending") {
        this.launch = { phase: "done", result: { outcome: "unknown", message: "This draft was sent and its outcome is not known yet. Check the campaign list before launching it again." }, campaign: null, following: false };
      }
    } catch (e) {
      this.error = normalizeError("get_draft", e);
    }
  }

  async validateNow(): Promise<void> {
    const mine = ++this.#validation;
    try {
      const draft = $state.snapshot(this.draft);
      const [problems, preview] = await Promise.all([
        this.#backend.validateDraft(draft, this.ctx?.currency ?? null),
        this.#backend.launchPreview(draft, this.ctx?.brandName ?? "", this.ctx?.brandId ?? null),
      ]);
      if (mine === this.#validation) {
        this.problems = problems;
        this.preview = preview;
        this.checked = true;
      }
    } catch (e) {
      if (mine === this.#validation) {
        this.problems = [{ field: "", code: "refused", message: normalizeError("validate_draft", e).message, fix: null }];
        this.checked = true;
      }
    }
  }

  chooseObjective(code: string): void {
    this.draft.objective = code;
    // Meta's v2 campaigns take fewer calls to action; keep the choice only if it is one of them.
    const o = this.ctx?.objectives.find((x) => x.code === code);
    const allowed = o?.adPlatform === "meta" ? this.ctx?.v2CallsToAction : this.ctx?.callsToAction;
    if (allowed && !allowed.some((c) => c.value === this.draft.creative.callToAction)) this.draft.creative.callToAction = allowed[0]?.value ?? null;
    this.changed();
  }

  next(): void {
    if (this.blocked === null && this.stepIndex < this.steps.length - 1) this.stepIndex += 1;
  }

  back(): void {
    if (this.stepIndex > 0) this.stepIndex -= 1;
  }

  /** Jump to a step already reached (the stepper). */
  goTo(i: number): void {
    if (i >= 0 && i <= this.stepIndex) this.stepIndex = i;
  }

  async launchNow(): Promise<void> {
    if (this.launch.phase === "sending" || (this.launch.phase === "done" && this.launch.result.outcome !== "invalid")) return;
    this.launch = { phase: "sending" };
    try {
      this.#dirty = true;
      await this.saveNow();
      const result = await this.#backend.launchCampaign(
        { draft: $state.snapshot(this.draft), confirmation: this.ctx?.spendsMoney ? this.confirmation : null },
        this.draftId,
      );
      if (result.outcome === "invalid") this.problems = result.problems;
      this.launch = { phase: "done", result, campaign: null, following: result.outcome === "created" };
      if (result.outcome === "created") await this.follow(result.campaignId);
    } catch (e) {
      this.launch = { phase: "failed", error: normalizeError("launch_campaign", e) };
    }
  }

  /** Follows the asynchronous lifecycle until the campaign settles (or FOLLOW_LOOKS looks). */
  async follow(id: string): Promise<void> {
    for (let i = 0; i < FOLLOW_LOOKS; i++) {
      try {
        const campaign = await this.#backend.getCampaign(id);
        const settling = SETTLING.has(campaign.status.state);
        if (this.launch.phase === "done") this.launch = { ...this.launch, campaign, following: settling };
        if (!settling) return;
      } catch {
        // A failed look is not the campaign's state: look again.
      }
      await new Promise((r) => setTimeout(r, this.#pollDelayMs));
    }
    if (this.launch.phase === "done") this.launch = { ...this.launch, following: false };
  }
}
