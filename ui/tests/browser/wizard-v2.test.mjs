// v2 campaigns (Meta and TikTok, Symphony's /api/sym/v2): the ad platform is a choice on the
// first step; TikTok's call to action is derived by the platform; Meta takes the FAQ's three;
// one set of places without a budget split; problems at the v2 request fields show at their inputs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { suite } from "./harness.mjs";
import { blockedBy, calls, chooseType, fillBudget, next, openWizard, stepper } from "./wizard-helpers.mjs";

const ctx = suite();

describe("v2 campaigns", () => {
  test("TikTok: chosen on the first step, its call to action explained, one set of places, the v2 request reviewed", async () => {
    const { page } = await openWizard(ctx);
    const group = page.getByRole("group", { name: "Or run ads straight on one platform" });
    assert.deepEqual(await group.locator(".card .title").allInnerTexts(), ["Meta ads (Facebook & Instagram)", "TikTok ads"]);
    await chooseType(page, "v2_tiktok", "Tour teaser on TikTok");
    assert.deepEqual(await stepper(page), ["Campaign", "Link", "Budget & dates", "Targeting", "Review"]);
    await next(page);

    await page.locator("#link").waitFor();
    assert.match(await page.getByTestId("tiktok-cta").innerText(), /TikTok chooses the button itself/);
    assert.equal(await page.locator("#cta").count(), 0, "no call-to-action choice for TikTok");
    await blockedBy(page, "Add the link the ads send people to.");
    await page.locator("#link").fill("https://lunavega.example/tour");
    await next(page);

    await fillBudget(page, "50");
    await next(page);

    await page.getByRole("button", { name: "Choose places" }).click();
    assert.equal(await page.getByRole("button", { name: "Choose places" }).isDisabled(), true, "one set of places");
    assert.equal(await page.locator(".market .pct input").count(), 0, "no budget split");
    assert.equal(await page.getByRole("heading", { name: /^Places/ }).count(), 1);
    await page.locator("#places-0").fill("Mex");
    await page.locator("#places-0-opt-0").click();
    await next(page);

    const summary = await page.getByTestId("review-summary").innerText();
    assert.match(summary, /Runs on\s+TikTok, through Symphony's v2 API/);
    assert.match(summary, /Sends people to\s+https:\/\/lunavega\.example\/tour/);
    assert.match(summary, /Where\s+Mexico/);
    const sent = (await calls(page, "launch_preview")).at(-1).args;
    assert.equal(sent.brandId, 358, "the preview names the artist's brand, as the launch will");
    await page.locator("details.json summary").click();
    assert.match(await page.getByTestId("request-json").innerText(), /"adPlatform": "tiktok"/);
  });

  test("Meta: only the FAQ's calls to action; an age below 13 is shown at the age field", async () => {
    const { page } = await openWizard(ctx);
    await chooseType(page, "v2_meta", "Tour teaser on Meta");
    await next(page);
    await page.locator("#cta").waitFor();
    assert.deepEqual(await page.locator("#cta option").allInnerTexts(), ["Learn more", "Listen now", "View now"]);
    await page.locator("#link").fill("https://lunavega.example/tour");
    await page.locator("#cta").selectOption("LISTEN_NOW");
    await next(page);
    await fillBudget(page, "50");
    await next(page);
    const youngest = page.getByLabel("Youngest");
    assert.equal(await youngest.getAttribute("min"), "13");
    await youngest.fill("12");
    await page.locator("p.problem", { hasText: "12 is below the youngest age the platform takes (13)." }).waitFor();
    await blockedBy(page, "12 is below the youngest age the platform takes (13).");
    await youngest.fill("18");
    await page.waitForSelector("[data-testid=next]:not([disabled])");
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "save_draft" && c.settled && c.args.draft.creative.callToAction === "LISTEN_NOW" && c.args.draft.objective === "v2_meta"));
  });
});
