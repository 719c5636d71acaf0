// End to end: the real Crescendo binary (UI embedded) in a real window under Xvfb, driven
// through tauri-driver + WebKitWebDriver. It starts on the demo workspace, whose embedded
// sandbox serves the campaigns over real HTTP on 127.0.0.1.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = fileURLToPath(new URL(".", import.meta.url));
const app = resolve(process.env.CRESCENDO_APP ?? join(here, "../../../target/debug/crescendo-app"));
const out = process.env.SCREENSHOT_DIR ?? join(here, "output");
mkdirSync(out, { recursive: true });

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

let driver, browser;

before(async () => {
  assert.ok(existsSync(app), `no app binary at ${app}: build it with --features custom-protocol`);
  const home = mkdtempSync(join(tmpdir(), "crescendo-e2e-"));
  const env = {
    ...process.env,
    XDG_DATA_HOME: join(home, "data"),
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_CACHE_HOME: join(home, "cache"),
    WEBKIT_DISABLE_DMABUF_RENDERER: "1",
  };
  delete env.CRESCENDO_API_KEY; // always the demo workspace here
  const [port, nativePort] = [await freePort(), await freePort()];
  driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], { env, stdio: ["ignore", "ignore", "pipe"] });
  driver.stderr.on("data", () => {}); // drained, not kept: it can be chatty
  await new Promise((r) => setTimeout(r, 800));
  browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "error",
    connectionRetryTimeout: 60_000,
    capabilities: { browserName: "wry", "tauri:options": { application: app }, "wdio:enforceWebDriverClassic": true },
  });
});

after(async () => {
  await browser?.deleteSession().catch(() => {});
  driver?.kill("SIGTERM");
});

async function shot(name) {
  // WebKitWebDriver screenshots can lag the DOM: let two frames pass first.
  await browser.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await browser.saveScreenshot(join(out, name));
}

test("starts on the demo workspace and lists the sandbox's campaigns", async () => {
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  const badge = await browser.$("[data-testid=workspace-badge]").getText();
  assert.match(badge, /Demo workspace/);
  const rows = await browser.$$("[data-testid=campaign-row]");
  assert.equal(rows.length, 8, "the demo brand has 8 campaigns");
  const names = [];
  for (const r of rows) names.push((await r.$("th .title").getText()).trim());
  assert.ok(names.includes("Midnight Drive — release push"), names.join(", "));
  assert.ok(names.includes("Acoustic EP — awaiting review"), names.join(", "));
  const text = await rows[0].getText();
  assert.match(text, /\$[\d,]+\.\d\d/);
  await shot("e2e-campaigns.png");
});

test("switching artist shows that artist's campaigns from the sandbox", async () => {
  const select = await browser.$("#brand-select");
  await select.selectByAttribute("value", "574");
  await browser.waitUntil(async () => (await browser.$$("[data-testid=campaign-row]")).length === 3, { timeout: 15_000 });
  const text = await browser.$("[data-testid=campaign-row]").getText();
  assert.match(text, /MX\$|MXN/);
  await shot("e2e-brand-switch.png");
});

test("filtering by status asks the sandbox", async () => {
  const status = await browser.$("select[aria-label], .filters label:first-child select");
  await status.selectByAttribute("value", "ERROR");
  await browser.waitUntil(async () => (await browser.$$("[data-testid=campaign-row]")).length === 1, { timeout: 15_000 });
  assert.match(await browser.$("[data-testid=campaign-row]").getText(), /Error/);
});
