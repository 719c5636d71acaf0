// The end-to-end harness: the real Crescendo binary (UI embedded) in a real window under Xvfb,
// driven through tauri-driver + WebKitWebDriver, on the demo workspace with private data dirs.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = fileURLToPath(new URL(".", import.meta.url));
const app = resolve(process.env.CRESCENDO_APP ?? join(here, "../../../target/debug/crescendo-app"));
export const out = process.env.SCREENSHOT_DIR ?? join(here, "output");
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

let driver;
/** The session of this test file's app: set by `openApp`. */
export let browser;
export let home;
export const driverLog = [];

/**
 * Starts the app (demo workspace, private data dirs) under tauri-driver. `keepHome` starts it
 * again on the data dirs of the previous run (a restart); `extraEnv` adds to the app's environment.
 */
export async function openApp(keepHome = false, extraEnv = {}) {
  assert.ok(existsSync(app), `no app binary at ${app}: build it with --features custom-protocol`);
  if (!(keepHome === true && home)) home = mkdtempSync(join(tmpdir(), "crescendo-e2e-"));
  const env = {
    ...process.env,
    XDG_DATA_HOME: join(home, "data"),
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_CACHE_HOME: join(home, "cache"),
    WEBKIT_DISABLE_DMABUF_RENDERER: "1",
    // The private D-Bus session (for the keyring) would otherwise make GTK look for an
    // accessibility bus and an input-method daemon that are not there, stalling on timeouts.
    NO_AT_BRIDGE: "1",
    GTK_A11Y: "none",
    GTK_IM_MODULE: "gtk-im-context-simple",
    ...extraEnv,
  };
  delete env.CRESCENDO_API_KEY; // always the demo workspace here
  const [port, nativePort] = [await freePort(), await freePort()];
  driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], { env, stdio: ["ignore", "pipe", "pipe"] });
  // Kept (bounded) to scan for secrets: this is where the app's own output ends up.
  const keep = (d) => { if (driverLog.length < 5000) driverLog.push(d.toString()); };
  driver.stdout.on("data", keep);
  driver.stderr.on("data", keep);
  await new Promise((r) => setTimeout(r, 800));
  browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "error",
    connectionRetryTimeout: 60_000,
    capabilities: { browserName: "wry", "tauri:options": { application: app }, "wdio:enforceWebDriverClassic": true },
  });
}

/** Ends the session and the driver. */
export async function closeApp() {
  if (process.env.E2E_DRIVER_LOG) (await import("node:fs")).writeFileSync(process.env.E2E_DRIVER_LOG, driverLog.join(""));
  await within(15_000, browser?.deleteSession()).catch(() => {});
  driver?.kill("SIGKILL");
  // The app inherits the driver's pipes: close our ends so node can exit even if it lingers.
  driver?.stdout?.destroy();
  driver?.stderr?.destroy();
}

/** Kills the running app with SIGKILL (no chance to save anything), then ends the driver. */
export async function killApp() {
  const pids = execFileSync("pgrep", ["-f", app], { encoding: "utf8" }).split(/\s+/).filter(Boolean).map(Number);
  assert.ok(pids.length > 0, "the app is not running");
  for (const pid of pids) process.kill(pid, "SIGKILL");
  await closeApp();
}

/** Text of the first match, read in the page (WebDriver's own getText can stall after typing). */
export const textOf = (selector) => browser.execute((sel) => document.querySelector(sel)?.textContent?.replace(/\s+/g, " ").trim() ?? "", selector);

/** Runs a test body; on failure saves what the window showed, then fails. */
export async function withFailureShot(name, body) {
  try {
    await body();
  } catch (e) {
    await shot(`failure-${name}.png`).catch(() => {});
    throw e;
  }
}

export const within = (ms, p) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`timed out after ${ms} ms`)), ms))]);

export async function shot(name) {
  // WebKitWebDriver's snapshot never completes while a text field has focus (blinking caret
  // under Xvfb), and can lag the DOM: blur, let two frames pass. It also waits for the page's
  // next presentation, which a page that is not changing never makes: an invisible element
  // ticks while the snapshot is taken.
  await browser.execute(() => {
    document.activeElement?.blur?.();
    const tick = document.createElement("span");
    tick.className = "visually-hidden";
    tick.setAttribute("aria-hidden", "true");
    document.body.appendChild(tick);
    let n = 0;
    window.__shotTicker = { el: tick, timer: setInterval(() => (tick.textContent = String(n++ % 2)), 50) };
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  try {
    await within(30_000, browser.saveScreenshot(join(out, name)));
  } finally {
    await browser.execute(() => {
      clearInterval(window.__shotTicker?.timer);
      window.__shotTicker?.el.remove();
    });
  }
}

