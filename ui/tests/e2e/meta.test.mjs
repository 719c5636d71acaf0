// End to end: a Meta ad account added in Settings (its token in the real keychain) shows its
// campaigns beside the Symphony artist's in the real window; one is paused through the Meta
// simulator (meta-sandbox, its own process on 127.0.0.1), and the portfolio totals each
// currency apart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { browser, closeApp, home, openApp, shot, textOf, withFailureShot } from "./harness.mjs";

const TOKEN = "sandbox-meta-token";
const sandboxBin = process.env.META_SANDBOX ?? join(dirname(process.env.CRESCENDO_APP ?? "target/debug/crescendo-app"), "meta-sandbox");
let sandbox;
let graph;

/** Starts meta-sandbox on a free port and reads the Graph base it prints. */
function startSandbox() {
  return new Promise((resolve, reject) => {
    sandbox = spawn(sandboxBin, ["--port", "0", "--seed", "7", "--max-score", "9000"], { stdio: ["ignore", "pipe", "inherit"] });
    sandbox.once("error", reject);
    let out = "";
    sandbox.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/Graph base: (http:\/\/127\.0\.0\.1:\d+\/v10\.0)/);
      if (m) resolve(m[1]);
    });
    setTimeout(() => reject(new Error(`meta-sandbox did not start: ${out}`)), 20_000);
  });
}

before(async () => {
  graph = await startSandbox();
  await openApp();
});
after(async () => {
  await closeApp();
  sandbox?.kill();
});

const rows = () => browser.execute(() => [...document.querySelectorAll("[data-testid=campaign-row]")].map((r) => ({ id: r.dataset.id, text: r.textContent.replace(/\s+/g, " ") })));

async function openCampaigns() {
  await browser.execute(() => [...document.querySelectorAll("nav[aria-label=Main] button")].find((b) => b.textContent.includes("Campaigns"))?.click());
}

test("a Meta account added in Settings lists its campaigns beside Symphony's, pauses one, and the portfolio keeps currencies apart", () => withFailureShot("meta", async () => {
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  const before = await rows();

  await (await browser.$("button=Settings")).click();
  // The page is loaded on first visit: click until the provider's own fields are there.
  await browser.waitUntil(async () => {
    await (await browser.$("input[name=acc-provider][value=meta]")).click();
    return (await browser.$("#acc-act")).isExisting();
  }, { timeout: 15_000, timeoutMsg: "the provider choice did not take" });
  await (await browser.$("#acc-name")).setValue("Ren in Japan");
  await (await browser.$("input[name=acc-env][value=custom]")).click();
  await (await browser.$("#acc-url")).setValue(graph);
  await (await browser.$("#acc-act")).setValue("act_2020");
  await (await browser.$("#acc-key")).setValue(TOKEN);
  await (await browser.$("button=Save account")).click();
  const saved = () => browser.execute(() => [...document.querySelectorAll("[data-testid=profile-row]")].map((r) => r.textContent.replace(/\s+/g, " ")).find((t) => t.includes("Ren in Japan")) ?? "");
  await browser.waitUntil(async () => /Meta/.test(await saved()), { timeout: 15_000, timeoutMsg: "the account was not saved" });
  assert.match(await saved(), /act_2020/);
  assert.ok(!(await saved()).includes(TOKEN));
  await shot("e2e-meta-account.png");

  await openCampaigns();
  // The demo's 8 Symphony and 6 Meta campaigns, then the new account's 2 (in yen).
  await browser.waitUntil(async () => (await rows()).length === before.length + 2, { timeout: 20_000, timeoutMsg: "the new account's campaigns never showed" });
  const all = await rows();
  const added = all.filter((r) => r.id.startsWith("meta:") && !r.id.startsWith("meta:demo:"));
  assert.equal(added.length, 2, JSON.stringify(all));
  assert.ok(added.every((r) => /¥/.test(r.text) && /Meta/.test(r.text)), JSON.stringify(added));
  assert.ok(all.some((r) => /Symphony/.test(r.text)), "Symphony's rows are still there");

  // Only Meta's, then pause the yen campaign that runs.
  await (await browser.$("[data-testid=provider-filter]")).selectByAttribute("value", "meta");
  await browser.waitUntil(async () => (await rows()).every((r) => r.id.startsWith("meta:")), { timeout: 15_000 });
  await shot("e2e-meta-list.png");
  const active = (await rows()).find((r) => /¥/.test(r.text) && /Active/.test(r.text));
  assert.ok(active, JSON.stringify(await rows()));
  await browser.execute((id) => [...document.querySelectorAll(`[data-testid=campaign-row]`)].find((r) => r.dataset.id === id)?.querySelector("td button")?.click(), active.id);
  await browser.waitUntil(async () => /Paused/.test((await rows()).find((r) => r.id === active.id)?.text ?? ""), { timeout: 20_000, timeoutMsg: "the row never said Paused" });
  // Meta's own answer, read from the simulator without the app.
  const metaId = active.id.split(":").at(-1);
  const node = await (await fetch(`${graph}/${metaId}?fields=effective_status,configured_status&access_token=${TOKEN}`)).json();
  assert.equal(node.configured_status, "PAUSED", JSON.stringify(node));

  // The portfolio: dollars (Symphony's and the demo's Meta account) and yen, never added up.
  await browser.execute(() => [...document.querySelectorAll("nav[aria-label=Main] button")].find((b) => b.textContent.includes("Portfolio"))?.click());
  await browser.$("[data-testid=currency-JPY]").waitForExist({ timeout: 60_000 });
  assert.match(await textOf("[data-testid=currency-JPY]"), /Spend\s*¥[\d,]+/);
  assert.match(await textOf("[data-testid=currency-USD]"), /Spend\s*\$[\d,]+\.\d{2}/);
  await shot("e2e-meta-portfolio.png");

  // The token is in the keychain: nowhere in the app's files.
  for (const file of filesUnder(home)) assert.ok(!readFileSync(file).includes(TOKEN), `${file} contains the token`);
}));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
