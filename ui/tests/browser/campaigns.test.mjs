// Browser tests: the built UI in headless Chromium, backend mocked at the IPC boundary.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openApp, suite } from "./harness.mjs";

const ctx = suite();

describe("campaigns list", () => {
  test("shows the demo workspace, the artist and real rows", async () => {
    const { page, context, errors } = await openApp(ctx.browser, ctx.url);
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
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("switching artist reloads that artist's campaigns in its currency", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByLabel("Artist", { exact: true }).selectOption("574");
    await page.getByText("Corridos en vivo — streams").waitFor();
    assert.equal(await page.getByTestId("campaign-row").count(), 1);
    assert.match(await page.getByTestId("campaign-row").innerText(), /MX\$40,000\.00/);
    const calls = await page.evaluate(() => window.__CALLS__.map((c) => c.cmd));
    assert.ok(calls.includes("select_brand"));
    await context.close();
  });

  test("filters narrow the list and an empty result offers to clear them", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByLabel("Status").selectOption("ACTIVE");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 1);
    assert.match(await page.getByTestId("campaign-row").innerText(), /Midnight Drive/);
    await page.getByLabel("Type").selectOption("link_clicks");
    await page.getByTestId("empty-state").waitFor();
    assert.match(await page.getByTestId("empty-state").innerText(), /No campaigns match these filters/);
    await page.getByTestId("empty-state").getByRole("button", { name: "Clear filters" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=campaign-row]").length === 4);
    await context.close();
  });

  test("an artist with no campaigns gets a clear empty state", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url, { scenario: "empty" });
    await page.getByTestId("empty-state").waitFor();
    assert.match(await page.getByTestId("empty-state").innerText(), /No campaigns for Luna Vega yet/);
    await context.close();
  });

  test("a failing backend shows a readable error and Retry recovers", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url, { scenario: "flaky" });
    await page.getByTestId("load-error").waitFor();
    assert.match(await page.getByTestId("load-error").innerText(), /did not answer in time/);
    await page.getByRole("button", { name: "Retry" }).click();
    await page.getByTestId("campaign-row").first().waitFor();
    assert.equal(await page.getByTestId("load-error").count(), 0);
    await context.close();
  });

  test("a broken backend never shows raw errors", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url, { scenario: "broken" });
    await page.getByTestId("load-error").waitFor();
    const text = await page.getByTestId("load-error").innerText();
    assert.match(text, /Could not reach Symphony/);
    assert.doesNotMatch(text, /\[object|undefined|Error:/);
    await context.close();
  });

  test("loading shows skeleton rows", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url, { scenario: "slow" });
    await page.getByTestId("skeleton").waitFor({ timeout: 5000 });
    await page.getByTestId("campaign-row").first().waitFor({ timeout: 10000 });
    await context.close();
  });
});

describe("shell", () => {
  test("keyboard reaches every control and opens Settings", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url);
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
    await context.close();
  });

  test("dark mode follows the OS and stays readable at 1920x1080", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url, { colorScheme: "dark", viewport: { width: 1920, height: 1080 } });
    await page.getByTestId("campaign-row").first().waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(bg, "rgb(18, 18, 24)");
    await page.screenshot({ path: join(ctx.shots, "campaigns-dark-1920.png") });
    await context.close();
  });

  test("unreleased screens are shown as such, not as empty pages", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    assert.equal(await page.getByRole("button", { name: /New campaign/ }).isDisabled(), true);
    assert.equal(await page.getByRole("button", { name: /Analytics/ }).isDisabled(), true);
    await context.close();
  });
});
