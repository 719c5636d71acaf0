// The portfolio (IPC mocked with the PortfolioView core built for the fixture): totals per
// currency never added together, the per-currency figure, types, countries, rankings that open
// their campaign, campaigns left out, the range choice, errors, light and dark.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();
const calls = (page, cmd) => page.evaluate((c) => window.__CALLS__.filter((x) => x.cmd === c), cmd);

async function openPortfolio(options = {}) {
  const app = await openApp(ctx.browser, ctx.url, options);
  await app.page.getByTestId("campaign-row").first().waitFor();
  await app.page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Portfolio" }).click();
  return app;
}

describe("portfolio", () => {
  test("each currency is totalled on its own, with its figure; types and countries listed", async () => {
    const { page } = await openPortfolio();
    await page.getByTestId("currency-USD").waitFor();
    assert.match(await page.locator(".note").innerText(), /never adds different currencies together/);
    const usd = await page.getByTestId("currency-USD").innerText();
    assert.match(usd, /Spend\s+\$2,035\.84/);
    assert.match(usd, /Campaigns\s+2/);
    assert.match(usd, /Sum of campaign reach[\s\S]*counts twice/);
    const mxn = await page.getByTestId("currency-MXN").innerText();
    assert.match(mxn, /MX\$10,049\.42|\$10,049\.42/);
    assert.equal(await page.getByTestId("currency-MXN").locator("svg[role=img]").count(), 1);
    assert.deepEqual(await page.getByTestId("by-country").locator("tbody th").allInnerTexts(), ["Mexico", "United States"]);
    assert.equal(await page.getByTestId("by-type").locator("tbody tr").count(), 3, "streams in USD and MXN, the boost in USD");
    assert.match(await page.getByTestId("left-out").innerText(), /Giveaway promo: Symphony did not answer in time\./);
    await page.screenshot({ path: join(ctx.shots, "portfolio-light.png"), fullPage: true });
    await assertAccessible(page, "portfolio");
  });

  test("a ranked campaign opens its page; the days can change", async () => {
    const { page } = await openPortfolio();
    await page.getByTestId("currency-USD").waitFor();
    await page.getByRole("button", { name: "Last 7 days" }).click();
    await page.waitForFunction(() => window.__CALLS__.filter((c) => c.cmd === "portfolio" && c.settled).length === 2);
    const day = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    assert.deepEqual((await calls(page, "portfolio")).map((c) => [c.args.first, c.args.last]), [[day(28), day(1)], [day(7), day(1)]]);
    await page.getByText("Best click-through").locator("..").getByRole("button").click();
    await page.getByRole("heading", { level: 1, name: "Midnight Drive — release push" }).waitFor();
  });

  test("a failure says so and can be retried; dark mode", async () => {
    const { page } = await openPortfolio({ mock: { failPortfolio: true }, colorScheme: "dark" });
    await page.getByText("Could not reach Symphony: check your connection.").waitFor();
    await page.evaluate(() => { window.__MOCK__ = {}; });
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByTestId("currency-USD").waitFor();
    await page.screenshot({ path: join(ctx.shots, "portfolio-dark.png"), fullPage: true });
    await assertAccessible(page, "portfolio, dark");
  });

  test("the portfolio's rows and each currency's chart are saved through Rust's dialog; failures say so", async () => {
    const { page } = await openPortfolio();
    await page.getByTestId("currency-USD").waitFor();
    await page.getByTestId("export-portfolio").click();
    await page.getByText("Saved to /home/manager/Documents/luna-vega-portfolio.csv").waitFor();
    await page.getByRole("button", { name: /^Save the Daily spend, USD chart as SVG$/ }).click();
    await page.getByText("Saved to /home/manager/Documents/luna-vega-portfolio-spend-usd.svg").waitFor();
    const sent = (await calls(page, "export_portfolio")).map((c) => [c.args.request, c.args.first !== null && c.args.last !== null]);
    assert.deepEqual(sent, [[{ format: "csv", figure: null }, true], [{ format: "svg", figure: "spend-usd" }, true]]);
    await page.evaluate(() => { window.__MOCK__ = { failExport: "/media/usb could not be saved: read-only file system" }; });
    await page.getByTestId("export-portfolio").click();
    await page.getByRole("alert").filter({ hasText: "read-only file system" }).waitFor();
    assert.equal(await page.getByTestId("portfolio-saved").count(), 0);
  });
});
