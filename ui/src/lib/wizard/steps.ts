import type { Problem, Step } from "../bindings";

/** What each step is called in the stepper. */
export const STEP_LABELS: Record<Step, string> = {
  basics: "Campaign",
  release: "Release",
  post: "Post",
  media: "Media",
  link: "Link",
  platforms: "Platforms",
  tier: "Playlist tier",
  video: "Video",
  budget: "Budget & dates",
  targeting: "Targeting",
  review: "Review",
};

/** Request fields (as core names them) each step edits, so a problem shows on its step. */
const FIELDS: Record<Step, string[]> = {
  basics: ["campaign_name", "campaign_type", "provider", "campaignInput.name", "adPlatform", "brandId"],
  release: ["metadata.spotify_id"],
  post: ["metadata.instagram_post_id"],
  media: ["metadata.public_video_links", "metadata.public_image_links", "metadata.instagram_post_id"],
  link: ["metadata.link_to_boost", "metadata.caption", "metadata.call_to_action", "campaignInput.link", "campaignInput.caption", "campaignInput.callToAction"],
  platforms: ["metadata.spotify_external_platforms"],
  tier: ["metadata.tier", "metadata.pitch_notes"],
  video: ["metadata.video_id", "metadata.views_goal"],
  budget: ["metadata.budget", "metadata.start_date", "metadata.end_date", "campaignInput.budget", "campaignInput.currency", "campaignInput.startDate", "campaignInput.endDate"],
  targeting: ["metadata.targeting_countries", "metadata.targeting_audiences", "metadata.targeting_demographic", "campaignInput.targetingConfig"],
  review: ["confirmation"],
};

function under(field: string, prefix: string): boolean {
  return field === prefix || field.startsWith(prefix + ".") || field.startsWith(prefix + "[");
}

/** The problems a step must clear before Next. "metadata" itself (no media) belongs to the media or post step. */
export function problemsOf(step: Step, problems: Problem[], steps: Step[]): Problem[] {
  return problems.filter((p) => {
    if (p.field === "metadata") return step === (steps.includes("media") ? "media" : "post");
    if (p.field === "") return step === "review";
    return FIELDS[step].some((f) => under(p.field, f));
  });
}

/**
 * A v1 request field and the v2 `campaignInput` field core names for the same input, so each
 * step shows a v2 (Meta, TikTok) problem at the same place as its v1 twin.
 */
const V2_TWIN: Record<string, string> = {
  campaign_name: "campaignInput.name",
  campaign_type: "adPlatform",
  "metadata.link_to_boost": "campaignInput.link",
  "metadata.caption": "campaignInput.caption",
  "metadata.call_to_action": "campaignInput.callToAction",
  "metadata.budget": "campaignInput.budget",
  "metadata.budget.value": "campaignInput.budget",
  "metadata.budget.currency": "campaignInput.currency",
  "metadata.start_date": "campaignInput.startDate",
  "metadata.end_date": "campaignInput.endDate",
  "metadata.targeting_countries": "campaignInput.targetingConfig.geographies",
  "metadata.targeting_demographic.age.min": "campaignInput.targetingConfig.minAge",
  "metadata.targeting_demographic.age.max": "campaignInput.targetingConfig.maxAge",
  "metadata.targeting_demographic.age": "campaignInput.targetingConfig",
  "metadata.targeting_demographic.gender": "campaignInput.targetingConfig.genders",
};

/** The problem at exactly this field (or its v2 twin), if any. */
export function problemAt(problems: Problem[], field: string): Problem | undefined {
  const twin = V2_TWIN[field];
  return problems.find((p) => p.field === field || (twin !== undefined && p.field === twin));
}
