// Browser tests: the built UI in headless Chromium, backend mocked at the IPC boundary.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();

describe("campaigns list", () => {
  test("shows the demo workspace, the artist and real rows", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    assert.match(await page.getByTestId("workspace-badge").innerText(), /^Demo workspace\nSimulated data on this computer/);
    assert.equal(await page.getByLabel("Artist", { exact: true }).inputValue(), "358");
    const rows = page.getByTestId("campaign-row");
    assert.equal(await rows.count(), 4);
    const first = await rows.first().innerText();
    assert.match(first, /Summer single — pre-save/);
    assert.match(first, /\$900\.00/);
    assert.match(first, /Scheduled/);
    assert.match(await page.locator(".pager").innerText(), /1–4 of 4/);
    await page.screenshot({ path: join(ctx.shots, "campaigns-light-1280.png") });
  });

  test("switching artist reloads that artist's campaigns in its currency", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByLabel("Artist", { exact: true }).selectOption("574");
    await page.getByText("Corridos en vivo — streams").waitFor();
    assert.equal(await page.getByTestId("campaign-row").count(), 1);
    assert.match(await page.getByTestId("campaign-row").innerText(), /MX\$40,000\.00/);
    const calls = await page.evaluate(() => window.__CALLS__.map((c) => c.cmd));
    assert.ok(calls.includes("select_brand"));
  });

  test("filters narrow the list and an empty result offers to clear them", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByLabel("Status").selectOption("ACTIVE");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 1);
    assert.match(await page.getByTestId("campaign-row").innerText(), /Midnight Drive/);
    await page.getByLabel("Type").selectOption("link_clicks");
    await page.getByTestId("empty-state").waitFor();
    assert.match(await page.getByTestId("empty-state").innerText(), /No campaigns match these filters/);
    await page.getByTestId("empty-state").getByRole("button", { name: "Clear filters" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 4);
  });

  test("an artist with no campaigns gets a clear empty state", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { scenario: "empty" });
    await page.getByTestId("empty-state").waitFor();
    assert.match(await page.getByTestId("empty-state").innerText(), /No campaigns for Luna Vega yet/);
  });

  test("a failing backend shows a readable error and Retry recovers", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { scenario: "flaky" });
    await page.getByTestId("load-error").waitFor();
    assert.match(await page.getByTestId("load-error").innerText(), /did not answer in time/);
    await page.getByRole("button", { name: "Retry" }).click();
    await page.getByTestId("campaign-row").first().waitFor();
    assert.equal(await page.getByTestId("load-error").count(), 0);
  });

  test("a broken backend never shows raw errors", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { scenario: "broken" });
    await page.getByTestId("load-error").waitFor();
    const text = await page.getByTestId("load-error").innerText();
    assert.match(text, /Could not reach Symphony/);
    assert.doesNotMatch(text, /\[object|undefined|Error:/);
  });

  test("loading shows skeleton rows and announces the wait", async () => {
    // The list answers late (the workspace and artists at once, as they are asked together).
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { listDelayMs: 2500 } });
    await page.getByTestId("skeleton").waitFor({ timeout: 5000 });
    // The label is in a status region (a label on a role-less div is not announced).
    const status = page.getByRole("status").filter({ hasText: /^Loading campaigns/ });
    assert.equal(await status.count(), 1);
    assert.equal(await page.getByTestId("skeleton").locator("xpath=..").getAttribute("aria-hidden"), "true");
    await page.getByTestId("campaign-row").first().waitFor({ timeout: 10000 });
    assert.equal(await status.count(), 0);
  });
});

describe("artist switch", () => {
  const picked = (page) => page.evaluate(() => document.querySelector("#brand-select")?.selectedOptions[0]?.textContent ?? "");
  const rowNames = (page) => page.getByTestId("campaign-row").locator(".title").allInnerTexts();

  test("a failed switch keeps the picker on the artist whose campaigns are listed, and Retry switches", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { failSelect: [574] } });
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByLabel("Artist", { exact: true }).selectOption("574");
    const failure = page.getByTestId("switch-error");
    await failure.waitFor();
    assert.match(await failure.innerText(), /Could not switch to Los Cuervos del Norte\. Could not reach Symphony/);
    assert.match(await picked(page), /^Luna Vega/, "the picker shows the artist still in use");
    assert.equal((await rowNames(page)).length, 4);
    assert.match(await page.locator("h1 + .sub").innerText(), /Luna Vega/);
    await page.evaluate(() => { window.__MOCK__.failSelect = []; });
    await failure.getByRole("button", { name: "Retry" }).click();
    await page.getByText("Corridos en vivo — streams").waitFor();
    assert.match(await picked(page), /^Los Cuervos del Norte/);
    assert.equal(await failure.count(), 0);
  });

  test("overlapping switches end on the latest choice, in the picker, the table and the backend", async () => {
    // The switch to 574 answers late; the user changes their mind back to 358 meanwhile.
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { selectDelayMs: { 574: 700 } } });
    await page.getByTestId("campaign-row").first().waitFor();
    const picker = page.getByLabel("Artist", { exact: true });
    await picker.selectOption("574");
    await picker.selectOption("358");
    await page.waitForFunction(() => window.__CALLS__.filter((c) => c.cmd === "select_brand").every((c) => c.settled)
      && document.querySelector("#brand-select")?.getAttribute("aria-busy") === "false");
    assert.match(await picked(page), /^Luna Vega/);
    assert.equal((await rowNames(page)).length, 4);
    // What the backend acts for: a refresh lists the same artist's campaigns.
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.waitForFunction(() => window.__CALLS__.at(-1)?.cmd === "list_campaigns" && window.__CALLS__.at(-1)?.settled);
    await page.getByRole("button", { name: "Refresh" }).and(page.locator(":enabled")).waitFor();
    assert.deepEqual(await rowNames(page), ["Summer single — pre-save", "Merch drop — link in bio", "Tour teaser boost", "Midnight Drive — release push"]);
    const sent = await page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "select_brand").map((c) => c.args.brandId));
    assert.deepEqual(sent, [574, 358], "the second choice is sent after the first answered");
  });
});

describe("shell", () => {
  test("keyboard reaches every control and opens Settings", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    const seen = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      seen.push(await page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id || ""));
      if (seen.at(-1) === "Settings") break;
    }
    assert.equal(seen.at(-1), "Settings", `focus order: ${seen.join(" | ")}`);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Settings" }).waitFor();
    assert.equal(await page.getByTestId("workspace-label").innerText(), "Demo workspace");
  });

  test("dark mode follows the OS and stays readable at 1920x1080", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { colorScheme: "dark", viewport: { width: 1920, height: 1080 } });
    await page.getByTestId("campaign-row").first().waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(bg, "rgb(18, 18, 24)");
    await page.screenshot({ path: join(ctx.shots, "campaigns-dark-1920.png") });
  });

  test("the documented budget filter narrows the list; a bad amount is shown at its field and the list stays", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    const from = page.getByLabel("Budget from");
    await from.fill("800");
    await from.press("Tab");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 2);
    const sent = await page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "list_campaigns").at(-1).args.query);
    assert.equal(sent.budgetMin, "800");
    await from.fill("8OO");
    await from.press("Tab");
    await page.getByRole("alert").filter({ hasText: "\"8OO\" is not an amount: type digits, with a dot for decimals." }).waitFor();
    assert.equal(await from.getAttribute("aria-invalid"), "true");
    assert.equal(await from.inputValue(), "8OO", "what was typed stays");
    assert.equal(await page.getByTestId("campaign-row").count(), 2, "the list stays as it was");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 4);
  });

  test("every screen of the sidebar is released", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    for (const name of ["Campaigns", "New campaign", "Portfolio", "Settings"]) {
      assert.equal(await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name }).isDisabled(), false, name);
    }
  });

  test("each row shows its kept spend against the budget; offline, the kept list says so with its age", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page } = await openApp(ctx.browser, ctx.url, { colorScheme, mock: { listOfflineHoursAgo: 5 } });
      const row = page.getByTestId("campaign-row").filter({ hasText: "Midnight Drive" });
      await row.waitFor();
      assert.equal(await row.getByTestId("spent").locator("span.tabular").innerText(), "$1,238.57 · 34.4%");
      assert.equal(await row.getByRole("meter").getAttribute("aria-label"), "34.4% of the budget spent");
      assert.equal(await row.getByRole("meter").getAttribute("value"), "34.4");
      const never = page.getByTestId("campaign-row").filter({ hasText: "Merch drop" });
      assert.equal(await never.getByTestId("spent").innerText(), "—");
      assert.equal(await page.getByRole("button", { name: "Pause" }).count(), 0, "no actions while offline");
      const banner = page.getByTestId("list-offline");
      assert.match(await banner.innerText(), /^Offline\. Showing the list this computer kept from 5 h ago \(.+\)\. Could not reach Symphony/);
      await page.screenshot({ path: join(ctx.shots, `campaigns-offline-${colorScheme}.png`), fullPage: true });
      await assertAccessible(page, `campaigns offline, ${colorScheme}`);
    }
  });
});
