// Values on hover on the campaign page's figures: pointer and keyboard, read from the figure's
// rows (the fixture core built), positioned over the scaled SVG, under the app's real CSP.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();
const fixture = JSON.parse(readFileSync(new URL("./fixtures/campaign-detail.json", import.meta.url), "utf8"));
const figureOf = (key) => fixture.figures.find((f) => f.key === key);
const VB = { width: 720, height: 280 };

async function openCampaign(options = {}) {
  const app = await openApp(ctx.browser, ctx.url, options);
  await app.page.getByTestId("campaign-row").first().waitFor();
  await app.page.getByRole("button", { name: "Midnight Drive — release push" }).click();
  await app.page.getByTestId("figure-spend").waitFor();
  return app;
}

// The geometry core documents (chart/mod.rs), written out here independently of hover.ts.
const days = (date, first) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
function dayX(fig, i) {
  const { plot, xDomain: x } = fig.chart;
  return plot.left + ((days(fig.rows[i][0], x.first) - x.min) / (x.max - x.min)) * plot.width;
}
function valueY(fig, v) {
  const { plot, yDomain: y } = fig.chart;
  return plot.top + ((y.max - v) / (y.max - y.min)) * plot.height;
}

/** Page coordinates of a viewBox point of a figure's chart, from its rendered box. */
async function toPage(page, key, vx, vy) {
  const box = await page.getByTestId(`figure-${key}`).locator("svg.chart").boundingBox();
  const s = box.width / VB.width;
  return { x: box.x + vx * s, y: box.y + vy * s, scale: s, box };
}

async function hoverDay(page, key, i) {
  const fig = figureOf(key);
  const at = await toPage(page, key, dayX(fig, i), fig.chart.plot.top + fig.chart.plot.height / 2);
  await page.mouse.move(at.x, at.y);
  await page.getByTestId(`figure-${key}`).getByTestId("hover-tip").waitFor();
  return at;
}

describe("values on hover", () => {
  test("the pointer shows the nearest day's values from the rows, a guide and a dot per series where they are drawn", async () => {
    const { page } = await openCampaign();
    const spend = page.getByTestId("figure-spend");
    const fig = figureOf("spend");
    const at = await hoverDay(page, "spend", 0);
    assert.ok(at.scale < 1, `the SVG is scaled with its column (scale ${at.scale})`);
    const tip = spend.getByTestId("hover-tip");
    assert.equal(await tip.locator(".day").innerText(), "Nov 1, 2026");
    assert.match(await tip.innerText(), /Spend\s+\$47\.13/);
    assert.equal(fig.rows[0][1], "47.13", "the fixture's first day");

    // The dot sits where the chart draws the value: the overlay lines up with the chart.
    const dot = spend.locator("[data-testid=hover-overlay] circle");
    assert.equal(await dot.count(), 1);
    const d = await dot.boundingBox();
    const want = await toPage(page, "spend", dayX(fig, 0), valueY(fig, 47.13));
    assert.ok(Math.abs(d.x + d.width / 2 - want.x) < 1.5, `dot x ${d.x + d.width / 2} vs ${want.x}`);
    assert.ok(Math.abs(d.y + d.height / 2 - want.y) < 1.5, `dot y ${d.y + d.height / 2} vs ${want.y}`);
    const guide = await spend.locator("[data-testid=hover-overlay] line.guide").boundingBox();
    assert.ok(Math.abs(guide.x + guide.width / 2 - want.x) < 1.5);

    // A third of a day off still picks the nearest day; a few days on, its own values.
    const third = (fig.chart.plot.width / (fig.chart.xDomain.max - fig.chart.xDomain.min)) / 3;
    const near = await toPage(page, "spend", dayX(fig, 10) + third, 100);
    await page.mouse.move(near.x, near.y);
    await page.waitForFunction(() => document.querySelector("[data-testid=figure-spend] [data-testid=hover-tip] .day")?.textContent === "Nov 11, 2026");
    assert.match(await tip.innerText(), /\$48\.43/);
    // Past the middle the card flips to the guide's left and stays inside the chart.
    await hoverDay(page, "spend", 27);
    const card = await tip.boundingBox();
    assert.ok(card.x + card.width <= at.box.x + at.box.width + 1 && card.x >= at.box.x, "the card stays over the chart");
    assert.match(await tip.innerText(), /Nov 28, 2026[\s\S]*\$52\.64/);

    // The pacing figure: every drawn series in order (the projection, empty here, is not drawn).
    await hoverDay(page, "pacing", 11);
    const pacing = page.getByTestId("figure-pacing");
    const text = await pacing.getByTestId("hover-tip").innerText();
    assert.match(text, /Nov 12, 2026\s+Spent to date\s+\$562\.14\s+Ideal pace\s+\$720\.00$/);
    assert.equal(await pacing.locator("[data-testid=hover-overlay] circle").count(), 2);
    const pfig = figureOf("pacing");
    const cy = await pacing.locator("[data-testid=hover-overlay] circle[data-series='1']").getAttribute("cy");
    assert.ok(Math.abs(Number(cy) - valueY(pfig, 720)) < 0.01, `ideal pace dot at ${cy}`);
    await page.screenshot({ path: join(ctx.shots, "campaign-hover-light.png") });
    await pacing.screenshot({ path: join(ctx.shots, "campaign-hover-light-pacing.png") });
    // Only one figure shows a card at a time: leaving spend hid its own.
    assert.equal(await spend.getByTestId("hover-tip").count(), 0);

    // A day without data on the spend figure.
    await hoverDay(page, "spend", 16);
    assert.match(await tip.innerText(), /Nov 17, 2026\s+Spend\s+no data/);
    assert.equal(await dot.count(), 0);

    // Leaving the chart hides it.
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: "detached" });
  });

  test("the keyboard reads the days aloud: arrows, End, Escape", async () => {
    const { page } = await openCampaign();
    const group = page.getByRole("group", { name: "Daily spend (USD): use the arrow keys to read values" });
    const live = page.getByTestId("figure-spend").getByTestId("hover-live");
    assert.equal(await live.getAttribute("aria-live"), "polite");
    await group.focus();
    assert.equal(await live.innerText(), "");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await live.textContent(), "Nov 3, 2026: Spend $61.39");
    assert.match(await page.getByTestId("figure-spend").getByTestId("hover-tip").innerText(), /Nov 3, 2026\s+Spend\s+\$61\.39/);
    await page.keyboard.press("End");
    assert.equal(await live.textContent(), "Nov 28, 2026: Spend $52.64");
    await page.getByTestId("figure-spend").screenshot({ path: join(ctx.shots, "campaign-hover-keyboard.png") });
    await page.keyboard.press("ArrowRight");
    assert.equal(await live.textContent(), "Nov 28, 2026: Spend $52.64", "stays on the last day");
    await page.keyboard.press("Home");
    assert.equal(await live.textContent(), "Nov 1, 2026: Spend $47.13");
    await page.keyboard.press("Escape");
    assert.equal(await live.textContent(), "");
    assert.equal(await page.getByTestId("figure-spend").getByTestId("hover-tip").count(), 0);
    // From nothing, Left starts at the last day; a gap is said as such.
    await page.keyboard.press("ArrowLeft");
    assert.equal(await live.textContent(), "Nov 28, 2026: Spend $52.64");
    for (let i = 0; i < 11; i++) await page.keyboard.press("ArrowLeft");
    assert.equal(await live.textContent(), "Nov 17, 2026: Spend no data");

    // Several series: each named with its value.
    await page.getByRole("group", { name: /^Spend to date against the ideal pace \(USD\):/ }).focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.getByTestId("figure-pacing").getByTestId("hover-live").textContent(),
      "Nov 1, 2026: Spent to date $47.13, Ideal pace $60.00");
    await page.getByRole("group", { name: /^Impressions and reach:/ }).focus();
    await page.keyboard.press("End");
    assert.equal(await page.getByTestId("figure-reach").getByTestId("hover-live").textContent(),
      "Nov 28, 2026: Impressions 9,708, Reach to date 148,400");
    await assertAccessible(page, "campaign page, a chart read by keyboard");
    // Tab moves on and hides it.
    await page.keyboard.press("Tab");
    assert.equal(await page.getByTestId("figure-reach").getByTestId("hover-tip").count(), 0);
  });

  test("dark mode: the overlay follows the theme; the page stays accessible with a card shown", async () => {
    const { page } = await openCampaign({ colorScheme: "dark" });
    await page.getByTestId("figure-reach").scrollIntoViewIfNeeded();
    await hoverDay(page, "pacing", 20);
    const tip = page.getByTestId("figure-pacing").getByTestId("hover-tip");
    const [bg, fg] = await tip.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    assert.equal(bg, "rgb(27, 27, 36)", "the card takes the dark surface");
    assert.equal(fg, "rgb(236, 236, 244)");
    const dotFill = await page.getByTestId("figure-pacing").locator("circle[data-series='0']").evaluate((el) => getComputedStyle(el).fill);
    assert.equal(dotFill, "rgb(167, 139, 250)", "series 0 in the dark accent, as its line");
    await page.screenshot({ path: join(ctx.shots, "campaign-hover-dark.png") });
    await page.getByTestId("figure-pacing").screenshot({ path: join(ctx.shots, "campaign-hover-dark-pacing.png") });
    await assertAccessible(page, "campaign page, dark, hover card shown");
  });

  test("a figure without data has no overlay and is not a stop for the keyboard", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, {});
    // Core's answer with the CPC figure empty, as before the first click.
    await page.addInitScript(() => {
      const inner = window.__TAURI_INTERNALS__;
      const invoke = inner.invoke;
      inner.invoke = async (cmd, args, options) => {
        const r = await invoke(cmd, args, options);
        if (cmd !== "campaign_detail") return r;
        return { ...r, figures: r.figures.map((f) => (f.key === "cpc" ? { ...f, chart: { ...f.chart, empty: true, xDomain: null, yDomain: null } } : f)) };
      };
    });
    await page.reload();
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByRole("button", { name: "Midnight Drive — release push" }).click();
    const cpc = page.getByTestId("figure-cpc");
    await cpc.waitFor();
    const chart = cpc.locator("div.chart");
    assert.equal(await chart.getAttribute("tabindex"), null);
    assert.equal(await chart.getAttribute("role"), null);
    assert.equal(await cpc.getByTestId("hover-live").count(), 0);
    const box = await cpc.locator("svg.chart").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId("figure-clicks").locator("svg.chart").hover();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await page.locator("[data-testid=hover-tip]").count(), 0);
    assert.equal(await page.getByRole("group", { name: /use the arrow keys/ }).count(), 4);
  });
});
