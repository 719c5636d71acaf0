// End to end: a Marin Social agency account added in Settings (its token in the real keychain)
// shows its campaigns beside the Symphony artist's in the real window, and a Marin campaign's
// page draws its daily chart from Marin's statistics (marin-sandbox, its own process on
// 127.0.0.1).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { browser, closeApp, home, openApp, shot, textOf, withFailureShot } from "./harness.mjs";

const TOKEN = "marin-demo-agency-token";
const sandboxBin = process.env.MARIN_SANDBOX ?? join(dirname(process.env.CRESCENDO_APP ?? "target/debug/crescendo-app"), "marin-sandbox");
let sandbox;
let origin;

function startSandbox() {
  return new Promise((resolve, reject) => {
    // Its "today" is now, so the campaigns' days reach up to the app's today.
    sandbox = spawn(sandboxBin, ["--port", "0", "--seed", "7", "--today", String(Math.floor(Date.now() / 1000))], { stdio: ["ignore", "pipe", "inherit"] });
    sandbox.once("error", reject);
    let out = "";
    sandbox.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) resolve(m[1]);
    });
    setTimeout(() => reject(new Error(`marin-sandbox did not start: ${out}`)), 20_000);
  });
}

before(async () => {
  origin = await startSandbox();
  await openApp();
});
after(async () => {
  await closeApp();
  sandbox?.kill();
});

const rows = () => browser.execute(() => [...document.querySelectorAll("[data-testid=campaign-row]")].map((r) => ({ id: r.dataset.id, text: r.textContent.replace(/\s+/g, " ") })));

test("a Marin Social account added in Settings lists its campaigns beside Symphony's and charts one's days", () => withFailureShot("marin", async () => {
  // The agency's first account, as Marin lists it.
  const accounts = await (await fetch(`${origin}/accounts?key=${TOKEN}`)).json();
  const account = String(accounts.data[0].id);
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  const before = await rows();

  await (await browser.$("button=Settings")).click();
  // The page is loaded on first visit: click until the provider's own fields are there.
  await browser.waitUntil(async () => {
    await (await browser.$("input[name=acc-provider][value=marin_social]")).click();
    return (await browser.$("#acc-act")).isExisting();
  }, { timeout: 15_000, timeoutMsg: "the provider choice did not take" });
  await (await browser.$("#acc-name")).setValue("Label agency");
  await (await browser.$("input[name=acc-env][value=custom]")).click();
  await (await browser.$("#acc-url")).setValue(origin);
  await (await browser.$("#acc-act")).setValue(account);
  await (await browser.$("#acc-key")).setValue(TOKEN);
  await (await browser.$("button=Save account")).click();
  const saved = () => browser.execute(() => [...document.querySelectorAll("[data-testid=profile-row]")].map((r) => r.textContent.replace(/\s+/g, " ")).find((t) => t.includes("Label agency")) ?? "");
  await browser.waitUntil(async () => /Marin Social/.test(await saved()), { timeout: 15_000, timeoutMsg: "the account was not saved" });
  assert.ok(!(await saved()).includes(TOKEN));

  await browser.execute(() => [...document.querySelectorAll("nav[aria-label=Main] button")].find((b) => b.textContent.includes("Campaigns"))?.click());
  await browser.waitUntil(async () => (await rows()).some((r) => r.id.startsWith("marin:")), { timeout: 20_000, timeoutMsg: "no Marin campaign in the list" });
  await (await browser.$("[data-testid=provider-filter]")).selectByAttribute("value", "marin_social");
  await browser.waitUntil(async () => { const r = await rows(); return r.length > 0 && r.every((x) => x.id.startsWith("marin:")); }, { timeout: 15_000 });
  const marin = await rows();
  assert.ok(marin.every((r) => /Marin Social/.test(r.text)), JSON.stringify(marin));
  assert.ok(before.length > 0);
  await shot("e2e-marin-list.png");

  // A campaign that ran: its page charts Marin's days.
  const ran = marin.find((r) => /Active|Paused|Completed|Ended/.test(r.text)) ?? marin[0];
  await browser.execute((id) => [...document.querySelectorAll("[data-testid=campaign-row]")].find((r) => r.dataset.id === id)?.querySelector("th button")?.click(), ran.id);
  await browser.$("[data-testid=platform-statuses]").waitForExist({ timeout: 30_000 });
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll("svg[role=img]").length)) > 0, { timeout: 30_000, timeoutMsg: "no chart on the Marin campaign's page" });
  assert.match(await textOf("header p.meta"), /Marin Social/);
  await shot("e2e-marin-campaign.png");

  for (const file of filesUnder(home)) assert.ok(!readFileSync(file).includes(TOKEN), `${file} contains the token`);
}));

test("a Marin ad set's bid is changed from its campaign page, and the portfolio totals Marin's currency", () => withFailureShot("marin-adset", async () => {
  const get = async (path) => (await fetch(`${origin}${path}${path.includes("?") ? "&" : "?"}key=${TOKEN}`)).json();
  await browser.execute(() => [...document.querySelectorAll("nav[aria-label=Main] button")].find((b) => b.textContent.includes("Campaigns"))?.click());
  await (await browser.$("[data-testid=provider-filter]")).waitForExist({ timeout: 20_000 });
  await (await browser.$("[data-testid=provider-filter]")).selectByAttribute("value", "marin_social");
  await browser.waitUntil(async () => { const r = await rows(); return r.length > 0 && r.every((x) => x.id.startsWith("marin:")); }, { timeout: 20_000 });
  // A paused campaign can always be changed (Marin's "pause").
  const paused = (await rows()).find((r) => /\bPause\b/.test(r.text));
  assert.ok(paused, `no paused Marin campaign: ${JSON.stringify(await rows())}`);
  await browser.execute((id) => [...document.querySelectorAll("[data-testid=campaign-row]")].find((r) => r.dataset.id === id)?.querySelector("th button")?.click(), paused.id);
  await browser.$("[data-testid=ad-set]").waitForExist({ timeout: 30_000 });
  const name = await browser.execute(() => document.querySelector("[data-testid=ad-set] th")?.textContent.trim());
  await browser.execute(() => document.querySelector("[data-testid=ad-set] button")?.click());
  const bid = await browser.$("input[id$='-bid']");
  await bid.waitForExist({ timeout: 10_000 });
  await bid.clearValue();
  await bid.setValue("2.34");
  await (await browser.$("[data-testid=ad-set-form] button[type=submit]")).click();
  await (await browser.$("[data-testid=ad-set-form]")).waitForExist({ reverse: true, timeout: 20_000 });
  await shot("e2e-marin-adsets.png");

  // Marin has it: the ad set read from the simulator over HTTP carries the new bid.
  const campaign = paused.id.split(":").pop();
  const plans = (await get("/clients")).data.map((p) => String(p.id));
  let found = null;
  for (const plan of plans) {
    const sets = await get(`/clients/${plan}/campaigns/${campaign}/adsets`);
    if (Array.isArray(sets.data)) found = sets.data.find((s) => s.name === name) ?? found;
  }
  assert.ok(found, `ad set ${name} not found in Marin`);
  assert.equal(Number(found.bid), 2.34);
  assert.match(await textOf("[data-testid=ad-sets]"), /2\.34/);

  // The portfolio totals the Marin account's currency beside the artist's.
  const accounts = await get("/accounts");
  const currency = accounts.data[0].currency;
  await (await browser.$("button=Portfolio")).click();
  await browser.$(`[data-testid=currency-${currency}]`).waitForExist({ timeout: 60_000 });
  await shot("e2e-marin-portfolio.png");
}));

test("a campaign created on New Marin campaign in the real window is in Marin once and opens", () => withFailureShot("marin-new", async () => {
  const get = async (path) => (await fetch(`${origin}${path}${path.includes("?") ? "&" : "?"}key=${TOKEN}`)).json();
  await browser.execute(() => [...document.querySelectorAll("nav[aria-label=Main] button")].find((b) => b.textContent.includes("New Marin campaign"))?.click());
  await (await browser.$("#mr-objective")).waitForExist({ timeout: 30_000 });
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll("#mr-plan option").length)) > 0, { timeout: 20_000, timeoutMsg: "no media plan to choose" });
  await (await browser.$("#mr-objective")).selectByAttribute("value", "reach");
  await (await browser.$("#mr-name")).setValue("E2E spring push");
  await (await browser.$("#mr-amount")).setValue("12.5");
  // datetime-local fields: set as the page's own input would (two days from now, for a week).
  const local = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
  await browser.execute((start, end) => {
    for (const [id, v] of [["mr-start", start], ["mr-end", end]]) {
      const el = document.getElementById(id);
      el.value = v;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }, local(2), local(9));
  const plan = await (await browser.$("#mr-plan")).getValue();
  await (await browser.$("button=Create paused")).click();
  await (await browser.$("#mr-created")).waitForExist({ timeout: 30_000 });
  assert.match(await textOf("#mr-created"), /E2E spring push.*was created, paused/);
  await shot("e2e-marin-new.png");

  // Marin has it once, in the chosen media plan, paused, with the exact daily budget.
  const made = (await get(`/clients/${plan}/campaigns?limit=300`)).data.filter((c) => c.name === "E2E spring push");
  assert.equal(made.length, 1, JSON.stringify(made));
  assert.equal(made[0].status, "pause");
  assert.equal(Number(made[0].daily_budget), 12.5);

  await (await browser.$("button=Open the campaign")).click();
  await browser.waitUntil(async () => (await textOf("h1")) === "E2E spring push", { timeout: 30_000, timeoutMsg: "the new campaign's page did not open" });
}));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
