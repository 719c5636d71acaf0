// Serves ui/dist on 127.0.0.1 and opens it in Debian's headless Chromium with the IPC mocked.
import { after, before } from "node:test";
import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = join(here, "../../dist");
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png" };

export async function startServer() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    const file = join(dist, path === "/" ? "index.html" : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
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

// Playwright gives each launch a fresh temporary profile, so no user state is shared or kept.
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
}

/** A page of the app with the mocked backend in the given scenario. */
export async function openApp(browser, url, { scenario = "demo", colorScheme = "light", viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ colorScheme, viewport });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.addInitScript(`window.__SCENARIO__ = ${JSON.stringify(scenario)};`);
  await page.addInitScript(await mockScript());
  await page.goto(url);
  return { page, context, errors };
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
  after(async () => {
    await ctx.browser?.close();
    server?.close();
  });
  return ctx;
}
