// The campaign page (IPC mocked with the CampaignDetail core built for the fixture): KPI tiles,
// pacing, the sanitized figures and their tables, sortable countries, pause/resume, budget edits
// with core's problems at the field, locked campaigns, and errors.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();
const fixture = JSON.parse(readFileSync(new URL("./fixtures/campaign-detail.json", import.meta.url), "utf8"));
const calls = (page, cmd) => page.evaluate((c) => window.__CALLS__.filter((x) => x.cmd === c), cmd);

async function openCampaign(options, name = "Midnight Drive — release push") {
  const app = await openApp(ctx.browser, ctx.url, options);
  await app.page.getByTestId("campaign-row").first().waitFor();
  await app.page.getByRole("button", { name }).click();
  await app.page.getByRole("heading", { level: 1, name }).waitFor();
  return app;
}

describe("campaign page", () => {
  test("tiles, pacing and figures show core's numbers; charts are the sanitized SVG with a table view", async () => {
    const { page } = await openCampaign({});
    assert.equal(await page.getByTestId("kpi-spend").locator(".value").innerText(), "$1,238.57");
    assert.match(await page.getByTestId("kpi-spend").innerText(), /34\.4\d?% of budget/);
    assert.equal(await page.getByTestId("kpi-cpc").locator(".value").innerText(),
      `$${fixture.report.kpis.cpc.value.amount}`);
    const pacing = await page.getByTestId("pacing").innerText();
    assert.match(pacing, /Under pace/);
    assert.match(pacing, /\$1,185\.93 spent of \$1,620\.00/);
    assert.match(pacing, /ends at \$2,635\.40 of \$3,600\.00/);

    const figures = page.locator("figure.figure");
    assert.equal(await figures.count(), 5);
    const svg = page.getByTestId("figure-spend").locator("svg");
    assert.equal(await svg.getAttribute("role"), "img");
    assert.equal(await page.locator("figure svg [style], figure svg script, figure svg foreignObject").count(), 0);
    // The table of the daily-spend figure adds up to the spend tile.
    await page.getByTestId("figure-spend").getByRole("button", { name: "View as table" }).click();
    const cells = await page.getByTestId("figure-spend").locator("tbody td").allInnerTexts();
    const total = cells.filter((c) => c !== "—").reduce((s, c) => s + Math.round(Number(c) * 100), 0);
    assert.equal(total, 123857);
    assert.equal(await page.getByTestId("figure-spend").getByRole("button", { name: "View as chart" }).getAttribute("aria-pressed"), "true");
    await page.screenshot({ path: join(ctx.shots, "campaign-page-light.png"), fullPage: true });
    await assertAccessible(page, "campaign page");
  });

  test("the days shown can be narrowed; core gets both ends", async () => {
    const { page } = await openCampaign({});
    assert.match(await page.locator(".compare").innerText(), /nothing to compare with/);
    await page.getByRole("button", { name: "Last 7 days" }).click();
    await page.waitForFunction(() => window.__CALLS__.filter((c) => c.cmd === "campaign_detail" && c.settled).length === 2);
    const sent = (await calls(page, "campaign_detail")).map((c) => [c.args.first, c.args.last]);
    assert.deepEqual(sent[0], [null, null]);
    const day = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    assert.deepEqual(sent[1], [day(7), day(1)]);
    assert.equal(await page.getByRole("button", { name: "Last 7 days" }).getAttribute("aria-pressed"), "true");
  });

  test("countries sort by any column; formats and platform statuses are listed", async () => {
    const { page } = await openCampaign({});
    const names = () => page.getByTestId("countries").locator("tbody th").allInnerTexts();
    assert.deepEqual(await names(), ["United States", "Mexico", "United Kingdom"], "by spend, highest first");
    await page.getByRole("button", { name: "Country" }).click();
    assert.deepEqual(await names(), ["Mexico", "United Kingdom", "United States"]);
    assert.equal(await page.getByRole("columnheader", { name: /Country/ }).getAttribute("aria-sort"), "ascending");
    await page.getByRole("button", { name: "CPC" }).click();
    assert.deepEqual(await names(), ["Mexico", "United States", "United Kingdom"], "cheapest click first: 0.30, 0.41, 0.61");
    assert.match(await page.getByTestId("creatives").innerText(), /reels[\s\S]*1K clicks · 31\.75%/i);
    assert.match(await page.getByTestId("platform-statuses").innerText(), /Feed video — With issues/);
  });

  test("pause and resume follow the provider's answer", async () => {
    const { page } = await openCampaign({});
    const pause = page.getByTestId("pause");
    await pause.click();
    await page.getByRole("button", { name: "Resume" }).waitFor();
    assert.match(await page.locator("header .meta").innerText(), /Paused/);
    await page.getByRole("button", { name: "Resume" }).click();
    await page.getByRole("button", { name: "Pause" }).waitFor();
    const sent = (await calls(page, "set_campaign_paused")).map((c) => c.args.paused);
    assert.deepEqual(sent, [true, false]);
  });

  test("a budget edit shows core's problem at the field, keeps what was typed, then saves", async () => {
    const { page } = await openCampaign({});
    await page.getByRole("button", { name: "Edit budget or end" }).click();
    const input = page.getByLabel("Lifetime budget (USD)");
    await input.fill("12,50");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("\"12,50\" is not an amount: type digits, with a dot for decimals.").waitFor();
    assert.equal(await input.getAttribute("aria-invalid"), "true");
    assert.equal(await input.inputValue(), "12,50", "nothing typed is lost");
    await input.fill("4200");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("edit-form").waitFor({ state: "detached" });
    assert.match(await page.locator("header .meta").innerText(), /\$4,200\.00/);
    const last = (await calls(page, "edit_campaign")).at(-1).args.edit;
    assert.deepEqual(last, { budget: "4200", currency: "USD", end: null });
  });

  test("a live campaign refreshes itself on the chosen interval, and not when it is off", async () => {
    const { page } = await openCampaign({ clock: true });
    const loads = async () => (await calls(page, "campaign_detail")).length;
    assert.equal(await loads(), 1);
    assert.equal(await page.getByTestId("auto-refresh").inputValue(), "5");
    await page.clock.runFor(4 * 60_000);
    assert.equal(await loads(), 1, "not before 5 minutes");
    await page.clock.runFor(75_000);
    await page.waitForFunction(() => window.__CALLS__.filter((c) => c.cmd === "campaign_detail").length === 2);
    await page.getByTestId("auto-refresh").selectOption("0");
    await page.clock.runFor(20 * 60_000);
    assert.equal(await loads(), 2, "off means off");
  });

  test("an ended campaign cannot be changed, and says why", async () => {
    const { page } = await openCampaign({}, "Tour teaser boost");
    assert.equal(await page.getByTestId("pause").isDisabled(), true);
    assert.equal(await page.getByRole("button", { name: "Edit budget or end" }).isDisabled(), true);
    assert.equal(await page.locator("#locked").innerText(), "Tour teaser boost has ended: its budget and dates can no longer change.");
    assert.equal(await page.getByTestId("pause").getAttribute("aria-describedby"), "locked");
  });

  test("a failed load says so and retries; dark mode stays readable", async () => {
    const { page } = await openCampaign({ colorScheme: "dark" });
    await page.screenshot({ path: join(ctx.shots, "campaign-page-dark.png"), fullPage: true });
    await assertAccessible(page, "campaign page, dark");
    await page.evaluate(() => { window.__MOCK__ = { failDetail: true }; });
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByRole("button", { name: "Campaigns" }).first().click();
    await page.getByRole("button", { name: "Midnight Drive — release push" }).click();
    await page.getByText("Could not reach Symphony: check your connection.").waitFor();
    await page.evaluate(() => { window.__MOCK__ = {}; });
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByTestId("kpi-spend").waitFor();
  });

  test("what this computer kept paints at once, with its age, until the live answer replaces it", async () => {
    const { page } = await openCampaign({ mock: { keptHoursAgo: 3, detailDelayMs: 1500 } });
    const kept = page.getByTestId("kept");
    await kept.waitFor();
    assert.match(await kept.innerText(), /kept from 3 h ago \(.+\) while Crescendo asks for the latest/);
    assert.equal(await page.getByTestId("kpi-spend").locator(".value").innerText(), "$1,238.57");
    await kept.waitFor({ state: "detached" });
    assert.match(await page.locator(".updated").innerText(), /^Updated/);
    const order = (await page.evaluate(() => window.__CALLS__.map((c) => c.cmd)))
      .filter((c) => c === "kept_campaign_detail" || c === "campaign_detail");
    assert.deepEqual(order, ["kept_campaign_detail", "campaign_detail"]);
  });

  test("offline: the kept page stays on screen, marked offline with its age and the reason", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page } = await openCampaign({ colorScheme, mock: { keptHoursAgo: 26, offline: true } });
      const banner = page.getByTestId("offline");
      await banner.waitFor();
      const text = await banner.innerText();
      assert.match(text, /^Offline\. Showing what this computer kept from 26 h ago/);
      assert.match(text, /Could not reach Symphony: check your connection\.$/);
      assert.equal(await page.getByTestId("kpi-spend").locator(".value").innerText(), "$1,238.57");
      assert.equal(await page.getByTestId("kept").count(), 0, "one message about kept data, not two");
      assert.equal(await page.locator(".updated").innerText(), "Offline");
      // Changes need Symphony: the buttons say why they are off.
      assert.equal(await page.getByTestId("pause").isDisabled(), true);
      assert.equal(await page.getByTestId("pause").getAttribute("aria-describedby"), "offline");
      assert.equal(await page.getByRole("button", { name: "Edit budget or end" }).isDisabled(), true);
      await page.screenshot({ path: join(ctx.shots, `campaign-page-offline-${colorScheme}.png`), fullPage: true });
      await assertAccessible(page, `campaign page offline, ${colorScheme}`);
    }
  });

  test("exports: the CSV and each chart go through Rust's save dialog; a closed dialog or a failure says so", async () => {
    const { page } = await openCampaign({});
    await page.getByTestId("export-csv").click();
    await page.getByTestId("saved").waitFor();
    assert.equal(await page.getByTestId("saved").innerText(), "Saved to /home/manager/Documents/midnight-drive-release-push-5001-daily.csv");
    await page.getByRole("button", { name: "Save the Daily spend (USD) chart as PNG" }).click();
    await page.getByText("Saved to /home/manager/Documents/midnight-drive-release-push-5001-spend.png").waitFor();
    const sent = (await calls(page, "export_campaign")).map((c) => c.args.request);
    assert.deepEqual(sent, [{ format: "csv", figure: null }, { format: "png", figure: "spend" }]);
    // Closing the dialog saves nothing and says nothing.
    await page.evaluate(() => { window.__MOCK__ = { cancelExport: true }; });
    await page.getByRole("button", { name: "Save the Clicks chart as SVG" }).click();
    await page.waitForFunction(() => window.__CALLS__.filter((c) => c.cmd === "export_campaign" && c.settled).length === 3);
    assert.equal(await page.getByTestId("saved").count(), 0);
    await page.evaluate(() => { window.__MOCK__ = { failExport: "/media/usb/out.csv could not be saved: read-only file system" }; });
    await page.getByTestId("export-csv").click();
    await page.getByText("could not be saved: read-only file system").waitFor();
    assert.equal(await page.getByTestId("export-csv").isDisabled(), false, "ready to try again");
  });
});
