// Browser tests: the campaigns list as a tool — search by name, sortable headers, pause and
// resume per row — in headless Chromium with the backend mocked at the IPC boundary.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();
const names = (page) => page.getByTestId("campaign-row").locator(".title").allInnerTexts();
const lastQuery = (page) => page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "list_campaigns").at(-1)?.args.query);
const listCalls = (page) => page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "list_campaigns").length);
const rowOf = (page, name) => page.getByTestId("campaign-row").filter({ hasText: name });

describe("search by name", () => {
  test("finds names without case or accents, says when nothing matches, and clears", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { manyRows: 60 } });
    await page.getByTestId("campaign-row").first().waitFor();
    const box = page.getByLabel("Search by name");
    await box.fill("beyonce");
    await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=campaign-row] .title")].every((t) => t.textContent.startsWith("Beyoncé")));
    assert.equal((await lastQuery(page)).search, "beyonce");
    assert.equal((await lastQuery(page)).page, 1);
    assert.match(await page.locator(".pager").innerText(), /1–10 of 10/);

    await box.fill("no such campaign");
    await page.getByTestId("empty-state").waitFor();
    assert.match(await page.getByTestId("empty-state").innerText(), /No campaign matches “no such campaign”/);
    await assertAccessible(page, "list: nothing matches the search");
    await page.screenshot({ path: join(ctx.shots, "campaigns-search-empty-light.png") });
    await page.getByTestId("empty-state").getByRole("button", { name: "Clear search" }).click();
    await page.getByTestId("campaign-row").first().waitFor();
    assert.equal(await box.inputValue(), "");
    assert.equal((await lastQuery(page)).search, null);
    assert.match(await page.locator(".pager").innerText(), /1–25 of 60/);
  });

  test("typing asks once the typing pauses, and Escape clears", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    const before = await listCalls(page);
    await page.getByLabel("Search by name").pressSequentially("tour", { delay: 30 });
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 1);
    assert.equal(await listCalls(page), before + 1, "one request for the whole word");
    await page.getByLabel("Search by name").press("Escape");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 4);
  });
});

describe("sortable headers", () => {
  test("a header sorts, again reverses, with aria-sort, by keyboard", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    const budget = page.getByRole("button", { name: "Budget" });
    await budget.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-testid=campaign-row] .title")?.textContent === "Merch drop — link in bio");
    assert.deepEqual(await names(page), ["Merch drop — link in bio", "Tour teaser boost", "Summer single — pre-save", "Midnight Drive — release push"]);
    const th = page.locator("th", { has: budget });
    assert.equal(await th.getAttribute("aria-sort"), "ascending");
    assert.equal(await page.locator("th[aria-sort]").count(), 1, "only the sorted column says so");
    await page.keyboard.press("Space");
    await page.waitForFunction(() => document.querySelector("[data-testid=campaign-row] .title")?.textContent === "Midnight Drive — release push");
    assert.equal(await th.getAttribute("aria-sort"), "descending");
    assert.deepEqual((await lastQuery(page)).sort, { key: "budget", descending: true });

    await page.getByRole("button", { name: "Campaign", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("[data-testid=campaign-row] .title")?.textContent === "Merch drop — link in bio");
    assert.deepEqual(await names(page), ["Merch drop — link in bio", "Midnight Drive — release push", "Summer single — pre-save", "Tour teaser boost"]);
    assert.equal(await th.getAttribute("aria-sort"), null);
    for (const key of ["Status", "Starts", "Ends"]) assert.ok(await page.getByRole("button", { name: key, exact: true }).isVisible(), key);
  });
});

describe("pause and resume per row", () => {
  test("busy, then the provider's answer on that row; the list keeps its scroll, search and sort", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { manyRows: 60, pauseDelayMs: 400 }, viewport: { width: 1280, height: 600 } });
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByLabel("Search by name").fill("midnight");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 10);
    await page.getByRole("button", { name: "Status", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("th[aria-sort]") !== null);
    const row = rowOf(page, "Midnight Drive 048");
    await row.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => document.scrollingElement.scrollTop + (document.querySelector("main")?.scrollTop ?? 0));
    const calls = await listCalls(page);
    const pause = row.getByRole("button", { name: "Pause", exact: true });
    // Named by its action, described by its row's campaign.
    const described = await pause.getAttribute("aria-describedby");
    assert.equal(await page.locator(`#${described}`).innerText(), "Midnight Drive 048");
    await pause.click();
    await row.getByRole("button", { name: "Pausing…", exact: true }).waitFor();
    assert.equal(await row.getAttribute("aria-busy"), "true");
    await row.getByTestId("row-done").waitFor();
    assert.match(await row.innerText(), /Paused/);
    assert.equal(await row.getByTestId("row-done").innerText(), "Midnight Drive 048: Paused.");
    assert.equal(await page.getByTestId("list-announcement").innerText(), "Midnight Drive 048: Paused.");
    await row.getByRole("button", { name: "Resume", exact: true }).waitFor();
    assert.equal(await listCalls(page), calls, "nothing was reloaded");
    assert.equal(await page.getByLabel("Search by name").inputValue(), "midnight");
    assert.equal(await page.getByTestId("campaign-row").count(), 10);
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollTop + (document.querySelector("main")?.scrollTop ?? 0)), scrolled);
    const sent = await page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "set_campaign_paused").map((c) => c.args));
    assert.deepEqual(sent, [{ id: "6048", paused: true, confirmed: false }]);

    await row.getByRole("button", { name: "Resume", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("[data-testid=row-done]")?.textContent === "Midnight Drive 048: Active.");
    await assertAccessible(page, "list: a row paused and resumed");
  });

  test("a refusal or a failure is said on that row, and the rest of the list stays", async () => {
    const refusal = "Midnight Drive — release push has ended: its budget and dates can no longer change.";
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { refusePause: refusal } });
    await page.getByTestId("campaign-row").first().waitFor();
    const row = rowOf(page, "Midnight Drive — release push");
    await row.getByRole("button", { name: "Pause", exact: true }).click();
    await row.getByTestId("row-error").waitFor();
    assert.equal(await row.getByTestId("row-error").innerText(), refusal);
    assert.match(await row.innerText(), /Active/, "the row keeps what it showed");
    assert.equal(await page.getByTestId("row-error").count(), 1, "only that row");
    assert.equal(await page.getByTestId("campaign-row").count(), 4);

    await page.evaluate(() => { window.__MOCK__.refusePause = undefined; window.__MOCK__.failPause = "Symphony could not pause the campaign; try again."; });
    const other = rowOf(page, "Summer single — pre-save");
    await other.getByRole("button", { name: "Pause", exact: true }).click();
    await other.getByTestId("row-error").waitFor();
    assert.equal(await other.getByTestId("row-error").innerText(), "Symphony could not pause the campaign; try again.");
    assert.equal(await row.getByTestId("row-error").innerText(), refusal, "the first row's message stays");
    // A finished campaign has no pause button: core's lock reason says why on its page.
    assert.equal(await rowOf(page, "Tour teaser boost").getByRole("button", { name: /^(Pause|Resume)/ }).count(), 0);
  });
});

describe("the list as a tool, looked at", () => {
  for (const colorScheme of ["light", "dark"]) {
    test(`searched, sorted and acted on, ${colorScheme}`, async () => {
      const { page } = await openApp(ctx.browser, ctx.url, { colorScheme, mock: { refusePause: "Midnight Drive — release push has ended: its budget and dates can no longer change." } });
      await page.getByTestId("campaign-row").first().waitFor();
      await page.getByRole("button", { name: "Budget" }).click();
      await page.waitForFunction(() => document.querySelector("th[aria-sort]") !== null);
      const row = rowOf(page, "Midnight Drive — release push");
      await row.getByRole("button", { name: "Pause", exact: true }).click();
      await row.getByTestId("row-error").waitFor();
      await page.getByLabel("Search by name").fill("e");
      await page.waitForFunction(() => window.__CALLS__.filter((c) => c.cmd === "list_campaigns").at(-1)?.args.query.search === "e");
      await assertAccessible(page, `list tools ${colorScheme}`);
      await page.screenshot({ path: join(ctx.shots, `campaigns-tools-${colorScheme}.png`) });
    });
  }
});
