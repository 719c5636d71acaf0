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
    await page.getByRole("button", { name: "Resume", exact: true }).waitFor();
    assert.match(await page.locator("header .meta").innerText(), /Paused/);
    await page.getByRole("button", { name: "Resume", exact: true }).click();
    await page.getByRole("button", { name: "Pause", exact: true }).waitFor();
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

  test("markets list their locations; a location pauses and resumes with core's answer", async () => {
    const { page } = await openCampaign({});
    const high = page.getByTestId("market").filter({ hasText: "High Engagement Markets" });
    assert.match(await high.innerText(), /70% of budget/);
    const rows = high.getByRole("list", { name: "Locations in High Engagement Markets" }).getByRole("listitem");
    assert.deepEqual((await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim()), [
      "United States of America Country Pause", "United Kingdom Country Pause", "California Region Pause", "Los Angeles City Paused Resume",
    ]);
    await high.getByRole("button", { name: "Pause United States of America" }).click();
    await high.getByRole("button", { name: "Resume United States of America" }).waitFor();
    assert.match(await rows.first().innerText(), /Paused/);
    // Keyboard: focus the button and press Enter.
    await high.getByRole("button", { name: "Resume Los Angeles" }).focus();
    await page.keyboard.press("Enter");
    await high.getByRole("button", { name: "Pause Los Angeles" }).waitFor();
    assert.doesNotMatch(await rows.last().innerText(), /Paused/);
    const sent = (await calls(page, "set_location_paused")).map((c) => c.args);
    assert.deepEqual(sent, [
      { id: "5001", marketId: "6759735593886", key: "US", paused: true },
      { id: "5001", marketId: "6759735593886", key: "2420379", paused: false },
    ]);
  });

  test("places are chosen with the wizard's picker and added to a market", async () => {
    const { page } = await openCampaign({});
    const spain = page.getByTestId("market").filter({ hasText: "Spain" });
    await spain.getByRole("button", { name: "Add locations" }).click();
    const search = spain.getByRole("combobox", { name: "Find a country, region or city" });
    await search.fill("Mex");
    await spain.getByRole("option", { name: /Mexico/ }).waitFor();
    await search.press("Enter");
    await search.fill("Los");
    await spain.getByRole("option", { name: /Los Angeles/ }).click();
    const chips = spain.getByRole("list", { name: "Places to add to Spain" }).getByRole("listitem");
    assert.equal(await chips.count(), 2);
    await spain.getByRole("button", { name: "Remove Los Angeles — California, US" }).click();
    await search.fill("Los");
    await spain.getByRole("option", { name: /Los Angeles/ }).click();
    await spain.getByRole("button", { name: "Add 2 locations" }).click();
    await spain.getByTestId("add-locations").waitFor({ state: "detached" });
    const names = await spain.getByRole("list", { name: "Locations in Spain" }).getByRole("listitem").allInnerTexts();
    assert.deepEqual(names.map((t) => t.split("\n")[0].trim()), ["Spain", "Mexico", "Los Angeles"]);
    const [sent] = (await calls(page, "add_campaign_locations")).map((c) => c.args);
    assert.equal(sent.marketId, "6759735594012");
    assert.deepEqual(sent.places.map((p) => p.key), ["MX", "2420379"]);
  });

  test("a refused add keeps the chosen places and shows core's problem there; a failed pause shows at its location", async () => {
    const { page } = await openCampaign({});
    const high = page.getByTestId("market").filter({ hasText: "High Engagement Markets" });
    await high.getByRole("button", { name: "Add locations" }).click();
    const search = high.getByRole("combobox", { name: "Find a country, region or city" });
    await search.fill("United");
    await high.getByRole("option", { name: /United States/ }).click();
    await high.getByRole("button", { name: "Add location", exact: true }).click();
    await high.getByRole("alert").getByText("United States is already in High Engagement Markets.").waitFor();
    assert.equal(await high.getByRole("list", { name: "Places to add to High Engagement Markets" }).getByRole("listitem").count(), 1, "nothing chosen is lost");
    assert.equal(await high.getByRole("button", { name: "Add location", exact: true }).getAttribute("aria-describedby"), "market-0-add-error");
    await high.getByRole("button", { name: "Cancel" }).click();

    await page.evaluate(() => { window.__MOCK__ = { failLocations: "Symphony did not answer in time." }; });
    await high.getByRole("button", { name: "Pause United Kingdom" }).click();
    const row = high.getByRole("listitem").filter({ hasText: "United Kingdom" });
    await row.getByRole("alert").getByText("Symphony did not answer in time.").waitFor();
    assert.equal(await row.getByRole("button", { name: "Pause United Kingdom" }).getAttribute("aria-describedby"), "6759735593886-GB-error");
    assert.doesNotMatch(await row.innerText(), /Paused/, "the page shows what the provider has");
    assert.equal(await page.locator("p.problem[role=alert]").count(), 1, "only at that location");
  });

  test("an ended campaign's locations cannot be changed, and say why", async () => {
    const { page } = await openCampaign({}, "Tour teaser boost");
    const markets = page.getByTestId("markets");
    const buttons = markets.getByRole("button");
    assert.equal(await buttons.count(), 7, "two add buttons and five locations");
    for (const b of await buttons.all()) {
      assert.equal(await b.isDisabled(), true);
      assert.equal(await b.getAttribute("aria-describedby"), "locked");
    }
    assert.equal((await calls(page, "set_location_paused")).length + (await calls(page, "add_campaign_locations")).length, 0);
  });

  for (const scheme of ["light", "dark"]) {
    test(`the markets with the add panel open read well in ${scheme} mode`, async () => {
      const { page } = await openCampaign({ colorScheme: scheme });
      const high = page.getByTestId("market").filter({ hasText: "High Engagement Markets" });
      await high.getByRole("button", { name: "Add locations" }).click();
      const search = high.getByRole("combobox", { name: "Find a country, region or city" });
      await search.fill("Mex");
      await high.getByRole("option", { name: /Mexico/ }).click();
      await page.getByTestId("markets").scrollIntoViewIfNeeded();
      await page.getByTestId("markets").screenshot({ path: join(ctx.shots, `campaign-markets-${scheme}.png`) });
      await assertAccessible(page, `campaign markets, ${scheme}`);
    });
  }

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
