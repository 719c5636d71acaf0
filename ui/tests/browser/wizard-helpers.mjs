// Shared moves for the wizard's browser tests.
import assert from "node:assert/strict";
import { openApp } from "./harness.mjs";

export const STEP_LABELS = {
  basics: "Campaign", release: "Release", post: "Post", media: "Media", link: "Link", platforms: "Platforms",
  tier: "Playlist tier", video: "Video", budget: "Budget & dates", targeting: "Targeting", review: "Review",
};

/** The app on the wizard's first step. */
export async function openWizard(ctx, options = {}) {
  const app = await openApp(ctx.browser, ctx.url, options);
  await app.page.getByTestId("campaign-row").first().waitFor();
  await app.page.getByRole("button", { name: "New campaign" }).click();
  await app.page.locator("input[name=objective]").first().waitFor({ state: "attached" });
  return app;
}

/** Every recorded IPC call of one command, in order. */
export const calls = (page, cmd) => page.evaluate((c) => window.__CALLS__.filter((x) => x.cmd === c), cmd);

/** Waits until Next is enabled (the rules answered with nothing on this step), then clicks it. */
export async function next(page) {
  await page.waitForSelector("[data-testid=next]:not([disabled])");
  await page.getByTestId("next").click();
}

/** Next is disabled and says why, in exactly these words. */
export async function blockedBy(page, message) {
  await page.waitForFunction((m) => document.querySelector("#next-why")?.textContent === m, message);
  assert.equal(await page.getByTestId("next").isDisabled(), true);
  assert.equal(await page.getByTestId("next").getAttribute("aria-describedby"), "next-why");
}

export async function chooseType(page, code, name) {
  await page.locator(`label.card:has(input[value=${code}])`).click();
  if (name !== undefined) await page.locator("#campaign-name").fill(name);
}

/** The step labels the stepper shows. */
export const stepper = (page) => page.locator("nav[aria-label=Steps] li").allInnerTexts()
  .then((t) => t.map((s) => s.replace(/^\s*(\d+|✓)\s*/, "").trim()));

/** "YYYY-MM-DDTHH:mm" for datetime-local inputs. */
export const localDate = (y, m, d, h = 10) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00`;

export async function fillBudget(page, amount = "300") {
  await page.locator("#budget").fill(amount);
  await page.locator("#start").fill(localDate(2027, 1, 10));
  await page.locator("#end").fill(localDate(2027, 2, 9));
}
