// The wizard's and the drafts' commands for the in-page fake backend. validate_draft answers
// canned Problems keyed on simple draft state (it does not re-implement core's rules): its job
// is to let tests prove the UI shows each problem at its field, in core's words.
import type {
  Campaign, CampaignDraft, CreateResult, DraftRecord, DraftSummary, LaunchPreview, LaunchRequest, Money, Place, Post, Problem,
  Release, SearchAnswer, SearchKind, Video, WizardContext,
} from "../../src/lib/bindings";
import { mockImage } from "../../src/lib/backend/mock-images";

export type WizardMock = {
  /** The workspace spends real money: the launch asks for the typed confirmation. */
  spendsMoney?: boolean;
  /** Milliseconds a search takes, per query text (others: searchDelayMs.default or 0). */
  searchDelayMs?: Record<string, number>;
  /** Queries whose search fails. */
  failSearch?: string[];
  /** How many save_draft calls fail before saves work again. */
  failSaves?: number;
  /** Milliseconds save_draft takes (default 60). */
  saveDelayMs?: number;
  /** Milliseconds launch_campaign takes (default 300). */
  launchDelayMs?: number;
  /** What launch_campaign answers (default created). */
  launchOutcome?: "created" | "invalid" | "unknown" | "not_created";
  /** Problems launch_campaign answers with outcome "invalid". */
  launchProblems?: Problem[];
  /** Extra problems validate_draft adds to its canned ones. */
  problems?: Problem[];
  /** Image addresses whose `image` call fails (core could not fetch or accept them). */
  failImages?: string[];
  /** Milliseconds an `image` call takes (default 0). */
  imageDelayMs?: number;
  /** What budget_history answers (default: null, too little history). */
  history?: unknown;
  /** Start with saved drafts (one launched). */
  seedDrafts?: boolean;
};

type Opts = () => WizardMock;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const problem = (field: string, code: Problem["code"], message: string, fix: string | null = null): Problem => ({ field, code, message, fix });

const STEPS: Record<string, WizardContext["objectives"][number]["steps"]> = {
  record_streams: ["basics", "release", "media", "platforms", "budget", "targeting", "review"],
  boost_instagram: ["basics", "post", "budget", "targeting", "review"],
  link_clicks: ["basics", "link", "media", "budget", "targeting", "review"],
  get_playlisted: ["basics", "release", "tier", "review"],
  increase_video_views: ["basics", "video", "budget", "review"],
  v2_meta: ["basics", "link", "budget", "targeting", "review"],
  v2_tiktok: ["basics", "link", "budget", "targeting", "review"],
};
const PLATFORM: Record<string, string> = { v2_meta: "meta", v2_tiktok: "tiktok" };
const LABELS: Record<string, string> = {
  record_streams: "Increase music streams", boost_instagram: "Boost an Instagram post", link_clicks: "Get link clicks",
  get_playlisted: "Get playlisted", increase_video_views: "Increase YouTube views",
  v2_meta: "Meta ads (Facebook & Instagram)", v2_tiktok: "TikTok ads",
};

export function context(brandName: string, currency: string | null, spendsMoney: boolean): WizardContext {
  return {
    provider: "symphony", providerLabel: "Symphony", brandId: 358, brandName, currency, spendsMoney,
    objectives: Object.keys(STEPS).map((code) => ({
      code, label: LABELS[code] ?? code, description: `What ${LABELS[code]} does.`, steps: STEPS[code] ?? [],
      paidByProvider: code === "get_playlisted" || code === "increase_video_views",
      adPlatform: PLATFORM[code] ?? null,
    })),
    v2: true, v2CallsToAction: [{ value: "LEARN_MORE", label: "Learn more" }, { value: "LISTEN_NOW", label: "Listen now" }, { value: "VIEW_NOW", label: "View now" }],
    v2AgeMin: 13, v2AgeMax: 65,
    callsToAction: [{ value: "LEARN_MORE", label: "Learn more" }, { value: "SHOP_NOW", label: "Shop now" }, { value: "LISTEN_NOW", label: "Listen now" }],
    playlistTiers: [
      { value: "30000_followers", label: "30,000 followers: small curators, 199 USD" },
      { value: "100000_followers", label: "100,000 followers: mid-size playlists, 499 USD" },
    ],
    genders: ["All", "Male", "Female"], ageMin: 13, ageMax: 65, maxMarkets: 3, maxLinks: 3,
  };
}

/** Canned problems: each keyed on one simple fact of the draft, worded like core. */
export function validate(d: CampaignDraft, extra: Problem[]): Problem[] {
  const out: Problem[] = [];
  const steps = STEPS[d.objective] ?? [];
  if (!d.objective) out.push(problem("campaign_type", "required", "Choose what the campaign is for."));
  if (!d.name.trim()) out.push(problem("campaign_name", "required", "Give the campaign a name."));
  if (steps.includes("release") && !d.creative.spotifyId) out.push(problem("metadata.spotify_id", "required", "Choose the release to promote."));
  if (steps.includes("post") && !d.creative.instagramPostId) out.push(problem("metadata.instagram_post_id", "required", "Choose the Instagram post to boost."));
  const v2 = PLATFORM[d.objective] !== undefined;
  if (steps.includes("link") && !d.creative.link) out.push(v2 ? problem("campaignInput.link", "required", "Add the link the ads send people to.") : problem("metadata.link_to_boost", "required", "Enter the link people land on."));
  if (PLATFORM[d.objective] === "meta" && (d.demographics?.ageMin ?? 0) < 13) out.push(problem("campaignInput.targetingConfig.minAge", "too_low", `${d.demographics?.ageMin} is below the youngest age the platform takes (13).`));
  if (steps.includes("tier") && !d.creative.playlistTier) out.push(problem("metadata.tier", "required", "Choose a playlist tier."));
  if (steps.includes("video") && !d.creative.videoId) out.push(problem("metadata.video_id", "required", "Choose the video to promote."));
  if (steps.includes("budget")) {
    if (!d.budget) out.push(problem("metadata.budget.value", "required", "Enter the total budget."));
    else if (v2) { if (Number(d.budget) <= 0) out.push(problem("campaignInput.budget", "too_low", "The budget must be more than zero.")); }
    else if (Number(d.budget) < 100) out.push(problem("metadata.budget.value", "too_low", "The budget is below 10 USD a day over the campaign's days.", "Raise it to at least 100.00 USD."));
    if (!d.start) out.push(problem("metadata.start_date", "required", "Choose when the campaign starts."));
    if (!d.end) out.push(problem("metadata.end_date", "required", "Choose when the campaign ends."));
  }
  d.markets.forEach((m, i) => {
    if (m.places.length === 0) out.push(problem(`metadata.targeting_countries[${i}].locations`, "required", "Add at least one place to this market."));
  });
  return [...out, ...extra];
}

function money(amount: string, currency: string): Money | null {
  const n = Number(amount);
  return amount && Number.isFinite(n) ? { amount: n.toFixed(2), currency, exponent: 2 } : null;
}

export function preview(d: CampaignDraft, artist: string, brandId: number | null = null): LaunchPreview {
  const budget = money(d.budget, d.currency);
  const days = d.start && d.end && d.end > d.start ? Math.ceil((Date.parse(d.end) - Date.parse(d.start)) / 86_400_000) : null;
  return {
    request: PLATFORM[d.objective]
      ? JSON.stringify({ adPlatform: PLATFORM[d.objective], brandId, campaignInput: { name: d.name, budget: Number(d.budget), currency: d.currency } }, null, 2)
      : JSON.stringify({ campaign_name: d.name, campaign_type: d.objective, metadata: { budget: { value: d.budget, currency: d.currency } } }, null, 2),
    budget, days, perDay: budget && days ? money(String(Number(budget.amount) / days), d.currency) : null,
    confirmation: `${artist} ${budget?.amount ?? "0.00"} ${d.currency}`,
  };
}

const RELEASES: Release[] = [
  { id: "r1", name: "Midnight Drive", spotifyId: "4uLU6hMCjMI75M1A2tKUQC", releaseDate: "2025-10-30",
    links: [{ platform: "spotify", url: "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC" }, { platform: "apple_music", url: "https://music.apple.com/us/album/1" }],
    imageUrl: "https://i.scdn.co/image/ab67616d0000b273midnightdrive" },
  { id: "r2", name: "Midnight Drive (Acoustic)", spotifyId: "1xYz6hMCjMI75M1A2tKUQD", releaseDate: "2026-02-14", links: [], imageUrl: "https://i.scdn.co/image/ab67616d0000b273acoustic" },
  { id: "r3", name: "Summer Single", spotifyId: "7abc6hMCjMI75M1A2tKUQE", releaseDate: "2026-06-01", links: [], imageUrl: null },
];
const PLACES: Place[] = [
  { kind: "country", key: "MX", label: "Mexico", countryCode: "MX" },
  { kind: "region", key: "3847", label: "California — US", countryCode: "US" },
  { kind: "city", key: "2420379", label: "Los Angeles — California, US", countryCode: "US" },
  { kind: "country", key: "US", label: "United States", countryCode: "US" },
];
const aud = (id: string, name: string, sizeMin: number | null = null, sizeMax: number | null = null, path: string[] = []) => ({ id, name, sizeMin, sizeMax, path });
const AUDIENCES = [
  aud("6003139266461", "Indie pop", 74_537_074, 87_655_600, ["Interests", "Music", "Indie pop"]),
  aud("6003020834693", "Indie rock", 40_100_000, 47_200_000, ["Interests", "Music", "Indie rock"]),
  aud("6003317001363", "Bad Bunny", 120_000_000, 141_000_000, ["Interests", "Musicians"]),
  aud("6003999000001", "Ice Spice fans", 2_000_000, 2_400_000),
  aud("6003999000002", "Spice Girls", 9_000_000, 10_000_000),
];
const POSTS: Post[] = [
  { id: "17890001", caption: "New single out Friday", mediaType: "VIDEO", permalink: null, postedAt: "2026-11-20T18:00:00Z", likes: 1520,
    imageUrl: "https://scontent.cdninstagram.com/v/17890001.jpg" },
  { id: "17890002", caption: "Tour dates", mediaType: "IMAGE", permalink: null, postedAt: "2026-11-02T18:00:00Z", likes: 880,
    imageUrl: "https://scontent.cdninstagram.com/v/17890002.jpg" },
];
const VIDEOS: Video[] = [
  { id: "yt-abc123", title: "Midnight Drive (Official Video)", publishedAt: "2025-11-01T00:00:00Z", views: 120_400, imageUrl: "https://i.ytimg.com/vi/yt-abc123/hqdefault.jpg" },
  { id: "yt-def456", title: "Live at the Roxy", publishedAt: "2026-03-01T00:00:00Z", views: 8_100, imageUrl: null },
];

export async function search(o: WizardMock, kind: SearchKind, query: string, generation: number): Promise<SearchAnswer> {
  const delay = o.searchDelayMs?.[query] ?? o.searchDelayMs?.default ?? 0;
  if (delay) await sleep(delay);
  if (o.failSearch?.includes(query)) throw { code: "network", message: "Could not reach Symphony: check your connection." };
  const q = query.toLowerCase();
  const has = (s: string) => s.toLowerCase().includes(q);
  const results =
    kind === "releases" ? { kind, items: RELEASES.filter((r) => has(r.name)) }
    : kind === "places" ? { kind, items: PLACES.filter((p) => has(p.label)) }
    : kind === "audiences" ? { kind, items: AUDIENCES.filter((a) => has(a.name)) }
    : { kind, items: [{ key: 6, name: "English (All)" }, { key: 23, name: "Spanish (All)" }].filter((l) => has(l.name)) };
  return { generation, query, superseded: false, results } as SearchAnswer;
}

const drafts = new Map<string, DraftRecord>();
let nextDraft = 1;
const looks = new Map<string, number>();

function record(draft: CampaignDraft, id: string, revision: number, createdAt: string): DraftRecord {
  return { id, scope: "demo", brandId: 358, draft, createdAt, updatedAt: new Date().toISOString(), revision, launchState: null, launchedCampaignId: null };
}

const BASE: CampaignDraft = {
  name: "", objective: "", budget: "", currency: "USD", start: "2027-01-10T10:00:00.000Z", end: "2027-02-09T10:00:00.000Z",
  creative: { instagramPostId: null, videos: [], images: [], link: null, caption: null, spotifyId: null, externalLinks: [], callToAction: "LEARN_MORE",
    playlistTier: null, pitchNotes: null, videoId: null, viewsGoal: null },
  markets: [], audiences: [], demographics: { ageMin: 18, ageMax: 65, gender: "All", languages: [] },
};
let seeded = false;

export function seed() {
  if (seeded) return;
  seeded = true;
  const base = BASE;
  const a = record({ ...structuredClone(base), name: "Tour teaser — draft", objective: "link_clicks", budget: "450", currency: "USD",
    creative: { ...structuredClone(base.creative), link: "https://lunavega.example/tour" } }, "d1", 3, "2026-11-30T10:00:00Z");
  const b = record({ ...structuredClone(base), name: "Midnight Drive — sent", objective: "increase_video_views", budget: "300", currency: "USD",
    creative: { ...structuredClone(base.creative), videoId: "yt-abc123" } }, "d2", 5, "2026-11-29T10:00:00Z");
  b.launchState = "launched";
  b.launchedCampaignId = "5999";
  drafts.set("d1", a).set("d2", b);
  nextDraft = 3;
}

const summary = (r: DraftRecord): DraftSummary => ({
  id: r.id, brandId: r.brandId, name: r.draft.name, objective: r.draft.objective, budget: r.draft.budget, currency: r.draft.currency,
  updatedAt: r.updatedAt, revision: r.revision, launchState: r.launchState,
});

/** Handles a wizard or drafts command; undefined when `cmd` is not one. */
export async function handleWizard(cmd: string, args: unknown, o: WizardMock, brand: { name: string; currency: string | null }, spends: boolean): Promise<{ value: unknown } | undefined> {
  const a = args as Record<string, unknown>;
  switch (cmd) {
    case "wizard_context": return { value: context(brand.name, brand.currency, o.spendsMoney ?? spends) };
    case "validate_draft": return { value: validate(a.draft as CampaignDraft, o.problems ?? []) };
    case "launch_preview": return { value: preview(a.draft as CampaignDraft, a.artist as string, (a.brandId as number | null) ?? null) };
    case "search": return { value: await search(o, a.kind as SearchKind, a.query as string, a.generation as number) };
    case "budget_history": return { value: o.history ?? null };
    case "resolve_audiences": {
      // Names split as core splits them; the best match is the exact name, else the first hit.
      const names = [...new Set(String(a.text).split(/[,;\n\r\t]/).map((n) => n.trim()).filter(Boolean))];
      return { value: { leftOut: 0, names: names.map((name) => {
        const hits = AUDIENCES.filter((x) => x.name.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().split(" ").some((w) => x.name.toLowerCase().includes(w)));
        const exactAt = hits.findIndex((x) => x.name.toLowerCase() === name.toLowerCase());
        const best = exactAt >= 0 ? hits.splice(exactAt, 1)[0] : hits.shift() ?? null;
        return { name, best, exact: exactAt >= 0, others: hits };
      }) } };
    }
    case "list_posts": return { value: POSTS };
    case "list_videos": return { value: VIDEOS };
    case "image": {
      if (o.imageDelayMs) await sleep(o.imageDelayMs);
      return { value: await mockImage(a.url as string, (u) => (o.failImages ?? []).includes(u)) };
    }
    case "launch_campaign": {
      await sleep(o.launchDelayMs ?? 300);
      const outcome = o.launchOutcome ?? "created";
      const req = a.request as LaunchRequest;
      let result: CreateResult;
      if (outcome === "created") result = { outcome, campaignId: "6001", recovered: false };
      else if (outcome === "invalid") result = { outcome, problems: o.launchProblems ?? [] };
      else if (outcome === "unknown") result = { outcome, message: "Symphony did not answer; the campaign may or may not exist." };
      else result = { outcome, message: "Symphony refused the campaign." };
      const d = a.draftId ? drafts.get(a.draftId as string) : undefined;
      if (d && outcome === "created") { d.launchState = "launched"; d.launchedCampaignId = "6001"; d.draft = req.draft; }
      return { value: result };
    }
    case "get_campaign": {
      const id = a.id as string;
      const n = (looks.get(id) ?? 0) + 1;
      looks.set(id, n);
      // In review on the first look, active from the second.
      const status = n === 1
        ? { state: "in_review" as const, tone: "progress" as const, original: "IN_REVIEW", label: "In review" }
        : { state: "active" as const, tone: "positive" as const, original: "ACTIVE", label: "Active" };
      const c: Campaign = { id, provider: "symphony", name: "Launched campaign", objective: { code: "record_streams", label: "Music streams" }, status,
        budget: { amount: "300.00", currency: "USD", exponent: 2 }, schedule: { start: "2027-01-10T00:00:00Z", end: "2027-02-10T00:00:00Z" },
        targeting: { markets: [], countries: [] } };
      return { value: c };
    }
    case "list_drafts": return { value: [...drafts.values()].sort((x, y) => y.updatedAt.localeCompare(x.updatedAt)).map(summary) };
    case "get_draft": {
      const d = drafts.get(a.id as string);
      if (!d) throw { code: "not_found", message: "That draft no longer exists." };
      return { value: d };
    }
    case "save_draft": {
      await sleep(o.saveDelayMs ?? 60);
      if ((o.failSaves ?? 0) > 0) {
        o.failSaves = (o.failSaves ?? 0) - 1;
        throw { code: "internal", message: "The drafts database is locked." };
      }
      const id = a.id as string | null;
      const old = id ? drafts.get(id) : undefined;
      if (id && !old) throw { code: "not_found", message: "That draft no longer exists." };
      if (old && old.revision !== a.revision) throw { code: "validation", message: "This draft was changed elsewhere: reopen it." };
      const r = record(a.draft as CampaignDraft, id ?? `d${nextDraft++}`, (old?.revision ?? 0) + 1, old?.createdAt ?? new Date().toISOString());
      drafts.set(r.id, r);
      return { value: r };
    }
    case "delete_draft": drafts.delete(a.id as string); return { value: null };
    case "duplicate_draft": {
      const d = drafts.get(a.id as string);
      if (!d) throw { code: "not_found", message: "That draft no longer exists." };
      const r = record({ ...structuredClone(d.draft), name: `${d.draft.name} (copy)` }, `d${nextDraft++}`, 1, new Date().toISOString());
      drafts.set(r.id, r);
      return { value: r };
    }
    default: return undefined;
  }
}
