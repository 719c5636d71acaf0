// Browser tests: a Meta ad account linked beside the Symphony artist — one list with a badge
// per row and an account filter, and a Meta campaign's page (its two statuses, its issues, a
// daily-budget edit with no end date) — in headless Chromium with the backend mocked at IPC.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();
const lastQuery = (page) => page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "list_campaigns").at(-1)?.args.query);
const rowOf = (page, name) => page.getByTestId("campaign-row").filter({ hasText: name });

describe("the mixed list", () => {
  for (const colorScheme of ["light", "dark"]) {
    test(`Meta's campaigns follow Symphony's, each with its provider (${colorScheme})`, async () => {
      const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMeta: true }, colorScheme });
      await rowOf(page, "Spring single — Reels").waitFor();
      const badges = await page.getByTestId("provider-badge").allInnerTexts();
      assert.deepEqual(badges, ["Symphony", "Symphony", "Symphony", "Symphony", "Meta", "Meta", "Meta"]);
      // Meta's own number, not core's routed id.
      const meta = rowOf(page, "Spring single — Reels");
      assert.equal(await meta.getAttribute("data-id"), "meta:k1:120210000000001");
      assert.match(await meta.locator("th small").innerText(), /Meta\s+#120210000000001$/);
      assert.match(await meta.locator("td.num").innerText(), /\$1,200\.00\s*\$40\.00 a day/);
      assert.match(await page.locator(".pager").innerText(), /1–7 of 7/);
      await assertAccessible(page, `mixed list (${colorScheme})`);
      await page.screenshot({ path: join(ctx.shots, `linked-list-${colorScheme}.png`) });
    });
  }

  test("the account filter asks core for one provider's campaigns and clears with the others", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMeta: true } });
    await rowOf(page, "Spring single — Reels").waitFor();
    const filter = page.getByLabel("Account");
    assert.deepEqual(await filter.locator("option").allInnerTexts(), ["All accounts", "Symphony", "Meta"]);
    await filter.selectOption("meta");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 3);
    assert.equal((await lastQuery(page)).provider, "meta");
    assert.equal((await lastQuery(page)).page, 1);
    assert.deepEqual(await page.getByTestId("provider-badge").allInnerTexts(), ["Meta", "Meta", "Meta"]);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 7);
    assert.equal((await lastQuery(page)).provider, null);
    assert.equal(await filter.inputValue(), "");
  });

  test("with one provider there is no badge and no account filter", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    assert.equal(await page.getByTestId("provider-badge").count(), 0);
    assert.equal(await page.getByTestId("provider-filter").count(), 0);
    assert.equal((await lastQuery(page)).provider, null);
  });
});

describe("a Meta campaign's page", () => {
  test("shows Meta's statuses and issues, and no markets", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMeta: true } });
    await rowOf(page, "Merch drop — catalog").getByRole("button", { name: "Merch drop — catalog" }).click();
    await page.getByRole("heading", { name: "Merch drop — catalog" }).waitFor();
    const issues = page.getByTestId("platform-issues");
    assert.match(await issues.innerText(), /Meta reports an issue[\s\S]*Ad rejected \(ad\)[\s\S]*does not follow the Advertising Policies/);
    assert.match(await page.getByTestId("platform-statuses").innerText(), /Delivery\s+With issues WITH_ISSUES\s+Set to\s+Active ACTIVE/);
    assert.match(await page.locator("header p.meta").innerText(), /Meta\s+#120210000000003/);
    assert.equal(await page.getByRole("heading", { name: /Markets/ }).count(), 0, "Meta campaigns have no markets here");
    await assertAccessible(page, "Meta campaign page");
    await page.screenshot({ path: join(ctx.shots, "linked-meta-campaign.png"), fullPage: true });
  });

  test("its budget is edited per day, and its end is Ads Manager's", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMeta: true } });
    await rowOf(page, "Spring single — Reels").getByRole("button", { name: "Spring single — Reels" }).click();
    assert.match(await page.locator("header p.meta").innerText(), /\$40\.00 a day/);
    await page.getByRole("button", { name: "Edit budget", exact: true }).click();
    const budget = page.getByLabel("Daily budget (USD)");
    assert.equal(await budget.inputValue(), "40.00", "the daily budget, not the lifetime figure");
    assert.equal(await page.getByLabel("Ends").count(), 0);
    assert.match(await page.getByTestId("end-elsewhere").innerText(), /change the end date in Ads Manager/);
    await budget.fill("55");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("edit-form").waitFor({ state: "detached" });
    const edit = await page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "edit_campaign").at(-1)?.args);
    assert.deepEqual(edit, { id: "meta:k1:120210000000001", edit: { budget: "55", currency: "USD", end: null } });
  });
});
