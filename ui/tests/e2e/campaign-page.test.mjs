// End to end: a sandbox campaign's page in the real window — the figures drawn by core, pause
// and resume through the simulator, a budget edit that the simulator accepts, and a market
// location paused and resumed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browser, closeApp, openApp, shot, textOf, withFailureShot } from "./harness.mjs";
import { setInput } from "./steps.mjs";

before(() => openApp());
after(closeApp);

test("an active campaign is opened, charted, paused, resumed and its budget raised", () => withFailureShot("campaign-page", async () => {
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  // The first active campaign of the demo artist.
  const rows = await browser.$$("[data-testid=campaign-row]");
  let opened = null;
  for (const r of rows) {
    if ((await r.getText()).includes("Active")) {
      opened = await (await r.$("button.open")).getText();
      await (await r.$("button.open")).click();
      break;
    }
  }
  assert.ok(opened, "the demo data has an active campaign");
  await browser.$("[data-testid=kpi-spend]").waitForExist({ timeout: 30_000 });
  assert.equal(await textOf("main h1"), opened);
  // Core's SVG is in the page, as an image with its title.
  const roles = await browser.execute(() => [...document.querySelectorAll("figure svg")].map((s) => s.getAttribute("role")));
  assert.deepEqual(roles, ["img", "img", "img", "img", "img"]);
  await shot("e2e-campaign-page.png");

  await (await browser.$("[data-testid=pause]")).click();
  await browser.waitUntil(async () => /Paused/.test(await textOf("header .meta")), { timeout: 20_000, timeoutMsg: "not paused" });
  await (await browser.$("button=Resume")).click();
  await browser.waitUntil(async () => !/Paused/.test(await textOf("header .meta")), { timeout: 20_000, timeoutMsg: "not resumed" });

  const before = await browser.execute(() => document.querySelector("header .meta")?.textContent ?? "");
  await (await browser.$("button=Edit budget or end")).click();
  await browser.$("#edit-budget").waitForExist({ timeout: 5_000 });
  const current = await browser.execute(() => document.querySelector("#edit-budget").value);
  const raised = String(Number(current) + 100);
  await setInput("#edit-budget", raised);
  await (await browser.$("button=Save changes")).click();
  await browser.$("[data-testid=edit-form]").waitForExist({ timeout: 20_000, reverse: true });
  const after = await textOf("header .meta");
  assert.notEqual(after, before);
  assert.match(after.replace(/[,\s]/g, ""), new RegExp(Number(raised).toFixed(2).replace(".", "\\.")));
  await shot("e2e-campaign-page-edited.png");
}));

test("a location of an active campaign's market is paused and resumed through the simulator", () => withFailureShot("campaign-locations", async () => {
  // The first active campaign with a market on the platform (a playlist campaign has none).
  await (await browser.$("button.back")).click();
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  const names = await browser.execute(() => [...document.querySelectorAll("[data-testid=campaign-row]")]
    .filter((r) => r.textContent.includes("Active")).map((r) => r.querySelector("button.open")?.textContent ?? ""));
  let label = null;
  for (const name of names) {
    await browser.execute((n) => [...document.querySelectorAll("[data-testid=campaign-row] button.open")].find((b) => b.textContent === n)?.click(), name);
    await browser.$("[data-testid=kpi-spend]").waitForExist({ timeout: 30_000 });
    label = await browser.execute(() => document.querySelector("[data-testid=market] .locations button:not([disabled])")?.getAttribute("aria-label") ?? null);
    if (label) break;
    await (await browser.$("button.back")).click();
    await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  }
  assert.ok(label?.startsWith("Pause "), `an active demo campaign has a location to pause (${label})`);
  const place = label.slice("Pause ".length);
  const row = () => browser.execute((p) => [...document.querySelectorAll("[data-testid=market] .locations li")].find((li) => li.querySelector(".label")?.textContent === p)?.textContent ?? "", place);
  await (await browser.$(`button[aria-label="Pause ${place}"]`)).click();
  await browser.waitUntil(async () => /Paused/.test(await row()), { timeout: 20_000, timeoutMsg: "not paused" });
  await shot("e2e-campaign-location-paused.png");
  await (await browser.$(`button[aria-label="Resume ${place}"]`)).click();
  await browser.waitUntil(async () => !/Paused/.test(await row()), { timeout: 20_000, timeoutMsg: "not resumed" });
}));

test("the portfolio adds up the demo artist's campaigns in their currency", () => withFailureShot("portfolio", async () => {
  await browser.execute(() => [...document.querySelectorAll("nav[aria-label=Main] button")].find((b) => b.textContent.includes("Portfolio"))?.click());
  await browser.$("[data-testid=currency-USD]").waitForExist({ timeout: 60_000 });
  const text = await textOf("[data-testid=currency-USD]");
  assert.match(text, /Spend\s*\$[\d,]+\.\d{2}/);
  assert.equal(await browser.execute(() => document.querySelectorAll("[data-testid=currency-USD] svg[role=img]").length), 1);
  await shot("e2e-portfolio.png");
}));
