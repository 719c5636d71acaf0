import { afterEach, describe, expect, it, vi } from "vitest";
import { commands, type CampaignDraft, type DraftRecord, type LaunchPreview, type Problem, type Step } from "../bindings";
import { WizardState } from "./wizard.svelte";
import { problemsOf } from "./steps";

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const PREVIEW: LaunchPreview = { request: "{}", budget: null, days: null, perDay: null, confirmation: "" };
const problem = (field: string, message = `bad ${field}`): Problem => ({ field, code: "invalid", message, fix: null });

type Handler = (args: Record<string, unknown>) => Promise<unknown>;
/** A backend whose commands answer through the given handlers (validation and preview answer at once by default). */
function backend(handlers: Record<string, Handler>) {
  const defaults: Record<string, Handler> = {
    validate_draft: async () => [],
    launch_preview: async () => PREVIEW,
  };
  return commands(<T,>(cmd: string, args?: Record<string, unknown>) => {
    const h = handlers[cmd] ?? defaults[cmd];
    if (!h) return Promise.reject({ code: "internal", message: `unexpected ${cmd}` });
    return h(args ?? {}) as Promise<T>;
  });
}

const record = (id: string, revision: number, draft: CampaignDraft): DraftRecord => ({
  id, scope: "demo", brandId: 1, draft, createdAt: "2026-12-01T10:00:00Z", updatedAt: "2026-12-01T10:42:00Z", revision, launchState: null, launchedCampaignId: null,
});

afterEach(() => {
  vi.useRealTimers();
});

describe("WizardState validation", () => {
  it("never lets an older answer overwrite a newer one", async () => {
    const answers: ReturnType<typeof deferred<Problem[]>>[] = [];
    const w = new WizardState(backend({
      validate_draft: () => {
        const d = deferred<Problem[]>();
        answers.push(d);
        return d.promise;
      },
    }), 0);
    const older = w.validateNow();
    const newer = w.validateNow();
    expect(answers).toHaveLength(2);
    answers[1]!.resolve([problem("metadata.budget.value", "newest")]);
    await newer;
    expect(w.problems.map((p) => p.message)).toEqual(["newest"]);
    expect(w.checked).toBe(true);
    answers[0]!.resolve([problem("campaign_name", "stale")]);
    await older;
    expect(w.problems.map((p) => p.message)).toEqual(["newest"]);
  });

  it("a failed older check does not overwrite a newer answer either", async () => {
    const answers: ReturnType<typeof deferred<Problem[]>>[] = [];
    const w = new WizardState(backend({
      validate_draft: () => {
        const d = deferred<Problem[]>();
        answers.push(d);
        return d.promise;
      },
    }), 0);
    const older = w.validateNow();
    const newer = w.validateNow();
    answers[1]!.resolve([]);
    await newer;
    answers[0]!.reject({ code: "network", message: "offline" });
    await older;
    expect(w.problems).toEqual([]);
  });
});

describe("WizardState saves", () => {
  it("serializes saves and passes back the revision each one returned", async () => {
    vi.useFakeTimers();
    let inFlight = 0;
    let most = 0;
    const seen: { id: unknown; revision: unknown; name: string }[] = [];
    const pending: ReturnType<typeof deferred<DraftRecord>>[] = [];
    const w = new WizardState(backend({
      save_draft: (a) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        const draft = a.draft as CampaignDraft;
        seen.push({ id: a.id, revision: a.revision, name: draft.name });
        const d = deferred<DraftRecord>();
        pending.push(d);
        return d.promise.finally(() => (inFlight -= 1));
      },
    }), 0);
    w.draft.name = "First";
    w.changed();
    const first = w.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([{ id: null, revision: 0, name: "First" }]);
    // An edit while the first save is in flight: its save waits for the first one's answer.
    w.draft.name = "Second";
    w.changed();
    const second = w.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveLength(1);
    pending[0]!.resolve(record("d7", 1, { ...w.draft, name: "First" }));
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ id: "d7", revision: 1, name: "Second" });
    pending[1]!.resolve(record("d7", 2, { ...w.draft }));
    await second;
    expect(most).toBe(1);
    expect(w.revision).toBe(2);
    expect(w.save).toEqual({ phase: "saved", at: "2026-12-01T10:42:00Z" });
  });

  it("a failed save keeps the edit pending so the next save sends it", async () => {
    const names: string[] = [];
    let fail = true;
    const w = new WizardState(backend({
      save_draft: async (a) => {
        names.push((a.draft as CampaignDraft).name);
        if (fail) throw { code: "internal", message: "locked" };
        return record("d1", 1, a.draft as CampaignDraft);
      },
    }), 0);
    w.draft.name = "Kept";
    w.changed();
    await w.saveNow();
    expect(w.save.phase).toBe("failed");
    fail = false;
    await w.saveNow();
    expect(names).toEqual(["Kept", "Kept"]);
    expect(w.save.phase).toBe("saved");
  });
});

describe("WizardState launch", () => {
  it("a second launch while the first is on its way sends nothing", async () => {
    const launches: unknown[] = [];
    const answer = deferred<unknown>();
    const w = new WizardState(backend({
      save_draft: async (a) => record("d1", 1, a.draft as CampaignDraft),
      launch_campaign: (a) => {
        launches.push(a);
        return answer.promise;
      },
      get_campaign: () => new Promise(() => {}),
    }), 0);
    w.draft.name = "Once";
    const first = w.launchNow();
    const second = w.launchNow();
    await second;
    await vi.waitFor(() => expect(launches).toHaveLength(1));
    answer.resolve({ outcome: "unknown", message: "lost" });
    await first;
    await w.launchNow();
    expect(launches).toHaveLength(1);
    expect(launches[0]).toMatchObject({ draftId: "d1", request: { confirmation: null, draft: { name: "Once" } } });
  });
});

describe("problemsOf", () => {
  const streams: Step[] = ["basics", "release", "media", "platforms", "budget", "targeting", "review"];
  const boost: Step[] = ["basics", "post", "budget", "targeting", "review"];
  const all = [
    problem("campaign_name"), problem("metadata.spotify_id"), problem("metadata.budget.value"), problem("metadata.end_date"),
    problem("metadata.targeting_countries[0].locations"), problem("metadata.targeting_demographic.age.min"),
    problem("metadata"), problem(""), problem("confirmation"), problem("metadata.budgetary"),
  ];
  const fields = (step: Step, steps: Step[]) => problemsOf(step, all, steps).map((p) => p.field);

  it("puts each problem on the step that edits its field", () => {
    expect(fields("basics", streams)).toEqual(["campaign_name"]);
    expect(fields("release", streams)).toEqual(["metadata.spotify_id"]);
    expect(fields("budget", streams)).toEqual(["metadata.budget.value", "metadata.end_date"]);
    expect(fields("targeting", streams)).toEqual(["metadata.targeting_countries[0].locations", "metadata.targeting_demographic.age.min"]);
    expect(fields("review", streams)).toEqual(["", "confirmation"]);
  });

  it("gives missing media to the media step, or the post step when there is none", () => {
    expect(fields("media", streams)).toEqual(["metadata"]);
    expect(fields("post", boost)).toEqual(["metadata"]);
    expect(fields("budget", boost)).not.toContain("metadata");
  });

  it("matches whole field names, not prefixes of other names", () => {
    for (const s of streams) expect(fields(s, streams)).not.toContain("metadata.budgetary");
  });
});
