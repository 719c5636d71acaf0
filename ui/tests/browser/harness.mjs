// Serves ui/dist on 127.0.0.1 with the app's real CSP and opens it in Debian's headless
// Chromium with the IPC mocked. Every page opened through `openApp` is watched: a CSP
// violation, an uncaught error or a console error fails the test that opened it.
import { after, afterEach, before } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = join(here, "../../dist");
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png" };

/** The CSP the app ships with, read from tauri.conf.json (string or directive map). */
export function appCsp() {
  const conf = JSON.parse(readFileSync(join(here, "../../../tauri.conf.json"), "utf8"));
  const csp = conf.app?.security?.csp;
  assert.ok(csp, "tauri.conf.json has no app.security.csp");
  if (typeof csp === "string") return csp;
  return Object.entries(csp).map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(" ") : v}`).join("; ");
}

export async function startServer() {
  const csp = appCsp();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    const file = join(dist, path === "/" ? "index.html" : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", "content-security-policy": csp });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

let mockBundle;
async function mockScript() {
  if (!mockBundle) {
    const out = await build({ entryPoints: [join(here, "mock-backend.ts")], bundle: true, format: "iife", write: false, platform: "browser" });
    mockBundle = out.outputFiles[0].text;
  }
  return mockBundle;
}

// Reports CSP violations through a binding (injected over CDP, so the CSP does not block it).
const watchCsp = `document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolation__(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + (e.sample ? " (" + e.sample + ")" : "") + " at " + e.sourceFile + ":" + e.lineNumber);
}, true);`;

// Playwright gives each launch a fresh temporary profile, so no user state is shared or kept.
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
}

/** Pages opened by the running test; checked and closed after it. */
const open = [];

/**
 * A page of the app with the mocked backend in the given scenario. `mock` tunes the mock
 * (see mock-backend.ts). `problems` collects CSP violations, page errors and console errors;
 * the harness fails the test if any is left when it ends (`takeProblems` drains expected ones).
 */
export async function openApp(browser, url, { scenario = "demo", mock = {}, colorScheme = "light", viewport = { width: 1280, height: 800 }, clock = false } = {}) {
  const context = await browser.newContext({ colorScheme, viewport });
  const problems = [];
  await context.exposeBinding("__cspViolation__", (_source, text) => problems.push(`CSP violation: ${text}`));
  await context.addInitScript(watchCsp);
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  await page.addInitScript(`window.__SCENARIO__ = ${JSON.stringify(scenario)}; window.__MOCK__ = ${JSON.stringify(mock)};`);
  await page.addInitScript(await mockScript());
  // A fake clock the test moves forward (timers included), installed before the app runs.
  if (clock) await page.clock.install();
  const app = {
    page,
    context,
    problems,
    /** Returns and forgets the problems so far, for tests that provoke one on purpose. */
    takeProblems: () => problems.splice(0),
  };
  open.push(app);
  await page.goto(url);
  return app;
}

let axeSource;
/**
 * Runs axe-core in the page (evaluated over CDP, so the CSP stays as shipped) and fails on
 * any serious or critical violation, naming the rule and the offending elements.
 */
export async function assertAccessible(page, label) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`).join("\n    ")}`);
  });
  assert.deepEqual(violations, [], `axe on "${label}":\n  ${violations.join("\n  ")}`);
}

/**
 * Registers one server and one browser for the calling test file; returns a context whose
 * `browser` and `url` are set once `before` has run, and the screenshot directory.
 */
export function suite() {
  const ctx = { browser: null, url: "", shots: process.env.SCREENSHOT_DIR ?? join(process.cwd(), "test-results") };
  mkdirSync(ctx.shots, { recursive: true });
  let server;
  before(async () => {
    ({ server, url: ctx.url } = await startServer());
    ctx.browser = await launch();
  });
  // Every test, whatever it asserts itself: no CSP violation, uncaught error or console error.
  afterEach(async () => {
    const apps = open.splice(0);
    const problems = [];
    for (const app of apps) {
      // Let pending violation reports (delivered asynchronously) arrive before judging.
      if (!app.page.isClosed()) await app.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      problems.push(...app.problems);
      await app.context.close();
    }
    assert.deepEqual(problems, [], `the page reported problems:\n  ${problems.join("\n  ")}`);
  });
  after(async () => {
    await ctx.browser?.close();
    server?.close();
  });
  return ctx;
}
