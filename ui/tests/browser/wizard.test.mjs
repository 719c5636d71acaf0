// The campaign wizard in headless Chromium, backend mocked: every campaign type's path, Next's
// reasons in core's words, and exactly one launch carrying the draft as edited.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, suite } from "./harness.mjs";
import { STEP_LABELS, blockedBy, calls, chooseType, fillBudget, next, openWizard, stepper } from "./wizard-helpers.mjs";

const ctx = suite();

/** What each step needs done (with core's reason shown until it is), and what it adds to the draft. */
const STEP_ACTIONS = {
  release: { why: "Choose the release to promote.", act: async (page) => {
    await page.locator("#release-search").fill("Midnight");
    await page.locator("#release-search-opt-0").waitFor();
    await page.locator("#release-search").press("Enter");
    await page.getByTestId("chosen-release").waitFor();
  } },
  post: { why: "Choose the Instagram post to boost.", act: (page) => page.locator("label.post").first().click() },
  media: { act: (page) => page.locator("label.post").nth(1).click() },
  link: { why: "Enter the link people land on.", act: (page) => page.locator("#link").fill("https://lunavega.example/merch") },
  tier: { why: "Choose a playlist tier.", act: (page) => page.locator("label.card:has(input[name=tier])").first().click() },
  video: { why: "Choose the video to promote.", act: (page) => page.locator("label.item:has(input[name=video])").first().click() },
  budget: { why: "Enter the total budget.", act: (page) => fillBudget(page, "300") },
};

const TYPES = {
  record_streams: { steps: ["basics", "release", "media", "platforms", "budget", "targeting", "review"],
    expect: (d) => { assert.equal(d.creative.spotifyId, "4uLU6hMCjMI75M1A2tKUQC"); assert.deepEqual(d.creative.externalLinks, ["https://music.apple.com/us/album/1"]); assert.equal(d.creative.instagramPostId, "17890002"); assert.equal(d.budget, "300"); } },
  boost_instagram: { steps: ["basics", "post", "budget", "targeting", "review"],
    expect: (d) => { assert.equal(d.creative.instagramPostId, "17890001"); assert.equal(d.budget, "300"); } },
  link_clicks: { steps: ["basics", "link", "media", "budget", "targeting", "review"],
    expect: (d) => { assert.equal(d.creative.link, "https://lunavega.example/merch"); assert.equal(d.creative.instagramPostId, "17890002"); } },
  get_playlisted: { steps: ["basics", "release", "tier", "review"],
    expect: (d) => { assert.equal(d.creative.playlistTier, "30000_followers"); assert.equal(d.creative.spotifyId, "4uLU6hMCjMI75M1A2tKUQC"); } },
  increase_video_views: { steps: ["basics", "video", "budget", "review"],
    expect: (d) => { assert.equal(d.creative.videoId, "yt-abc123"); assert.equal(d.budget, "300"); } },
};

describe("wizard paths", () => {
  for (const [[type, spec], scheme] of Object.entries(TYPES).flatMap((t) => [[t, "light"], [t, "dark"]])) {
    test(`${type} (${scheme}): exactly its steps, Next explains itself, one launch with the draft as edited`, async () => {
      const { page } = await openWizard(ctx, { colorScheme: scheme });
      // Every step is looked at: a screenshot per step and scheme, and axe on each.
      const look = async (step) => {
        await page.screenshot({ path: join(ctx.shots, `wizard-${type}-${step}-${scheme}.png`), fullPage: true });
        await assertAccessible(page, `${type} ${step} (${scheme})`);
      };
      await blockedBy(page, "Choose what the campaign is for.");
      await chooseType(page, type);
      await blockedBy(page, "Give the campaign a name.");
      await page.locator("#campaign-name").fill(`Wizard ${type}`);
      assert.deepEqual(await stepper(page), spec.steps.map((s) => STEP_LABELS[s]));
      for (const step of spec.steps.slice(1, -1)) {
        await next(page);
        await page.waitForFunction((l) => document.querySelector("#step-title")?.textContent === l, STEP_LABELS[step]);
        const a = STEP_ACTIONS[step];
        if (a?.why) await blockedBy(page, a.why);
        if (a) await a.act(page);
        await look(step);
      }
      await next(page);
      await page.waitForFunction(() => document.querySelector("#step-title")?.textContent === "Review");
      await look("review");
      await page.waitForSelector("[data-testid=launch]:not([disabled])");
      await page.getByTestId("launch").click();
      await page.getByTestId("launch-done").waitFor();
      const launches = await calls(page, "launch_campaign");
      assert.equal(launches.length, 1);
      const sent = launches[0].args.request;
      assert.equal(sent.draft.objective, type);
      assert.equal(sent.draft.name, `Wizard ${type}`);
      assert.equal(sent.confirmation, null);
      spec.expect(sent.draft);
      // The launch names the saved draft, so a retry is recognized.
      const saves = await calls(page, "save_draft");
      assert.ok(saves.length > 0);
      assert.equal(launches[0].args.draftId, saves.at(-1).response.id);
    });
  }
});

/** A streams draft brought to the budget step. */
async function toBudget(page) {
  await chooseType(page, "increase_video_views", "Views push");
  await next(page);
  await STEP_ACTIONS.video.act(page);
  await next(page);
  await page.locator("#budget").waitFor();
}

describe("problems at their fields", () => {
  test("a budget problem shows under the budget input, tied to it", async () => {
    const { page } = await openWizard(ctx);
    await toBudget(page);
    await fillBudget(page, "12");
    await page.waitForFunction(() => document.querySelector("#budget-problem")?.textContent === "The budget is below 10 USD a day over the campaign's days. Raise it to at least 100.00 USD.");
    assert.equal(await page.locator("#budget").getAttribute("aria-invalid"), "true");
    assert.match(await page.locator("#budget").getAttribute("aria-describedby"), /\bbudget-problem\b/);
    await blockedBy(page, "The budget is below 10 USD a day over the campaign's days.");
    await page.screenshot({ path: join(ctx.shots, "wizard-budget-problem-light.png") });
    await page.locator("#budget").fill("300");
    await page.waitForSelector("#budget-problem", { state: "detached" });
    assert.equal(await page.locator("#budget").getAttribute("aria-invalid"), "false");
  });

  test("a market without places shows its problem in that market", async () => {
    const { page } = await openWizard(ctx);
    await chooseType(page, "boost_instagram", "Boost");
    await next(page);
    await STEP_ACTIONS.post.act(page);
    await next(page);
    await fillBudget(page);
    await next(page);
    await page.getByRole("button", { name: "Add “High Engagement Markets”" }).click();
    await page.getByRole("button", { name: "Add a market" }).click();
    const markets = page.locator(".market");
    await markets.nth(1).locator(".problem").waitFor();
    assert.equal(await markets.nth(1).locator(".problem").innerText(), "Add at least one place to this market.");
    assert.equal(await markets.nth(0).locator(".problem").count(), 0);
    await blockedBy(page, "Add at least one place to this market.");
  });

  test("Production asks for the typed confirmation and shows its problem; an invalid launch shows the API's problems", async () => {
    const confirmation = { field: "confirmation", code: "mismatch", message: "Type “Luna Vega 300.00 USD” exactly to launch.", fix: null };
    const { page } = await openWizard(ctx, { mock: {
      spendsMoney: true, launchOutcome: "invalid",
      launchProblems: [confirmation, { field: "metadata.video_id", code: "refused", message: "YouTube says this video is private.", fix: null }],
    } });
    await page.getByText("Production: launching spends real money").waitFor();
    await toBudget(page);
    await fillBudget(page);
    await next(page);
    await page.locator("#confirm").waitFor();
    assert.match(await page.locator("label[for=confirm]").innerText(), /Type Luna Vega 300\.00 USD to confirm/);
    await page.locator("#confirm").fill("Luna Vega 30");
    await page.waitForSelector("[data-testid=launch]:not([disabled])");
    await page.getByTestId("launch").click();
    // Core's confirmation problem, at the confirmation field; the API's problem in its words.
    await page.locator("#confirm-problem").waitFor();
    assert.equal(await page.locator("#confirm-problem").innerText(), confirmation.message);
    assert.equal(await page.locator("#confirm").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#confirm").getAttribute("aria-describedby"), "confirm-problem");
    assert.match(await page.locator(".problems").innerText(), /YouTube says this video is private\./);
    assert.doesNotMatch(await page.locator(".problems").innerText(), /exactly to launch/);
    const launches = await calls(page, "launch_campaign");
    assert.equal(launches.length, 1);
    assert.equal(launches[0].args.request.confirmation, "Luna Vega 30");
    await page.screenshot({ path: join(ctx.shots, "wizard-review-invalid-light.png") });
  });
});

describe("launch", () => {
  test("a double click sends one launch; the lifecycle is followed from In review to Active", async () => {
    const { page } = await openWizard(ctx, { mock: { launchDelayMs: 500 } });
    await toBudget(page);
    await fillBudget(page);
    await next(page);
    await page.waitForSelector("[data-testid=launch]:not([disabled])");
    await page.getByTestId("launch").dblclick();
    await page.getByTestId("launch-done").waitFor();
    assert.equal((await calls(page, "launch_campaign")).length, 1);
    await page.getByTestId("launch-done").getByText("In review").waitFor();
    assert.match(await page.getByTestId("launch-done").innerText(), /following its review/);
    await page.getByTestId("launch-done").getByText("Active").waitFor({ timeout: 8000 });
    assert.doesNotMatch(await page.getByTestId("launch-done").innerText(), /following its review/);
    assert.equal(await page.getByTestId("launch").count(), 0);
    await page.screenshot({ path: join(ctx.shots, "wizard-launched-light.png") });
  });

  test("an unknown outcome says so honestly and offers no second launch", async () => {
    const { page } = await openWizard(ctx, { mock: { launchOutcome: "unknown" } });
    await toBudget(page);
    await fillBudget(page);
    await next(page);
    await page.waitForSelector("[data-testid=launch]:not([disabled])");
    await page.getByTestId("launch").click();
    const warn = page.locator(".launch .warn");
    await warn.waitFor();
    assert.match(await warn.innerText(), /^Unknown — checking needed\. Symphony did not answer/);
    assert.equal(await page.getByTestId("launch").count(), 0);
    assert.equal((await calls(page, "launch_campaign")).length, 1);
  });
});
