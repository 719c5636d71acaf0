// End to end: the real Crescendo binary (UI embedded) in a real window under Xvfb, driven
// through tauri-driver + WebKitWebDriver. It starts on the demo workspace, whose embedded
// sandbox serves the campaigns over real HTTP on 127.0.0.1.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { browser, closeApp, driverLog, home, openApp, shot, textOf, withFailureShot, within } from "./harness.mjs";

before(openApp);
after(closeApp);

test("starts on the demo workspace and lists the sandbox's campaigns", async () => {
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  const badge = await browser.$("[data-testid=workspace-badge]").getText();
  assert.match(badge, /Demo workspace/);
  const rows = await browser.$$("[data-testid=campaign-row]");
  assert.equal(rows.length, 14, "the demo brand has 8 Symphony campaigns and its Meta ad account 6");
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

const DEMO_KEY = "sandbox-demo-key";

/**
 * Every form a secret could leak in: raw, URL-encoded (as is and every byte %XX), upper and
 * lower hex, base64 and base64url at the three byte offsets (only the characters that depend on
 * the secret alone, so it is found inside a longer encoded blob), and UTF-16 (both byte orders,
 * and as JSON \\u escapes). Each as bytes, to search files byte for byte.
 */
function leakForms(secret) {
  const raw = Buffer.from(secret, "utf8");
  const forms = [
    ["raw", raw],
    ["url-encoded", Buffer.from(encodeURIComponent(secret))],
    ["percent-encoded", Buffer.from([...raw].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join(""))],
    ["lower hex", Buffer.from(raw.toString("hex"))],
    ["upper hex", Buffer.from(raw.toString("hex").toUpperCase())],
    ["utf-16le", Buffer.from(secret, "utf16le")],
    ["utf-16be", Buffer.from(secret, "utf16le").swap16()],
    ["json \\u escapes", Buffer.from([...secret].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join(""))],
  ];
  for (const k of [0, 1, 2]) {
    const b64 = Buffer.concat([Buffer.alloc(k), raw]).toString("base64");
    // Characters whose 6 bits all come from the secret's bytes.
    const inner = b64.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + raw.length)) / 6));
    forms.push([`base64 offset ${k}`, Buffer.from(inner)]);
    forms.push([`base64url offset ${k}`, Buffer.from(inner.replace(/\+/g, "-").replace(/\//g, "_"))]);
  }
  return forms;
}

/** Fails if any form of any secret is in `bytes` (a Buffer or a string). */
function assertNoSecret(secrets, bytes, where) {
  const hay = Buffer.isBuffer(bytes) ? bytes : Buffer.from(String(bytes), "utf8");
  for (const [name, secret] of secrets) {
    for (const [form, needle] of leakForms(secret)) {
      assert.ok(hay.indexOf(needle) === -1, `${where} contains the ${name} (${form})`);
    }
  }
}

/**
 * Page and user tokens the sandbox really sends in campaign details (the documents' Facebook
 * `access_token` fields, `conversionsApiAccessToken`...), read straight from it. Asserting some
 * exist keeps the search from passing by looking for something that was never there.
 */
async function tokensTheSandboxSends(origin) {
  const get = async (path) => {
    const r = await fetch(origin + path, { headers: { "x-api-key": DEMO_KEY } });
    assert.equal(r.status, 200, `GET ${path}`);
    return r.json();
  };
  const found = new Set();
  const walk = (v, key = "") => {
    if (typeof v === "string" && /token/i.test(key) && v.length >= 8) found.add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  const list = await get("/advertising/v1/campaign?limit=100");
  walk(list);
  const ids = (list.data?.campaigns ?? []).map((c) => c.id).slice(0, 10);
  for (const id of ids) walk(await get(`/advertising/v1/campaign/${id}`));
  assert.ok(found.size > 0, "the sandbox sends no page token: the leak search would prove nothing");
  return [...found];
}

function filesUnder(dir) {
  const out = [];
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

test("the leak search finds every form it looks for", () => {
  // Planted: each form inside other text must be found, so a miss above means no leak.
  const secret = "sandbox-demo-key";
  for (const [form, needle] of leakForms(secret)) {
    const blob = Buffer.concat([Buffer.from("xx"), needle, Buffer.from("yy")]);
    assert.throws(() => assertNoSecret([["key", secret]], blob, "blob"), /contains the key/, form);
  }
  for (const pad of ["", "a", "ab"]) {
    const b64 = Buffer.from(`{"k":"${pad}${secret}"}`).toString("base64");
    assert.throws(() => assertNoSecret([["key", secret]], b64, "b64"), /contains the key/, `base64 after ${pad.length}`);
  }
  assert.throws(() => assertNoSecret([["key", secret]], Buffer.from(`"${secret}"`, "utf16le"), "u16"), /utf-16le/);
});

test("an account added in Settings keeps its key in the keychain and out of the UI", () => withFailureShot("accounts", async () => {
  // Record every IPC response the page receives from now on. (The app emits no events: its
  // capability grants no event permission, so responses are the only payloads.)
  // The spy wraps fetch: Tauri's IPC answers arrive as ipc://localhost responses (and
  // __TAURI_INTERNALS__.invoke itself is read-only).
  await browser.execute(() => {
    window.__IPC_LOG__ = [];
    const f = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const res = await f(input, init);
      const url = String(input?.url ?? input);
      if (url.startsWith("ipc:") || url.includes("ipc.localhost")) {
        window.__IPC_LOG__.push({ url, body: await res.clone().text() });
      }
      return res;
    };
  });
  await (await browser.$("button=Settings")).click();
  const address = await (await browser.$("dd code")).getText();
  const origin = address.replace(/\/advertising\/?$/, "");
  assert.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/);

  await (await browser.$("#acc-name")).setValue("Local sandbox");
  await (await browser.$("input[name=acc-env][value=custom]")).click();
  await (await browser.$("#acc-url")).setValue(origin);
  await (await browser.$("#acc-key")).setValue(DEMO_KEY);
  await (await browser.$("button=Save account")).click();
  const row = await browser.$("[data-testid=profile-row]");
  await row.waitForExist({ timeout: 15_000 });
  assert.equal(await textOf("[data-testid=key-mask]"), `Key •••• ${DEMO_KEY.slice(-4)}`);
  assert.equal(await (await browser.$("#acc-key")).getValue(), "", "the key field is cleared");

  await (await row.$("button=Test connection")).click();
  const result = await row.$("[data-testid=connection-result]");
  await result.waitForExist({ timeout: 15_000 });
  assert.match(await textOf("[data-testid=connection-result]"), /Connected\. The key works\. Its default artist is Luna Vega/);
  await (await row.$("button=Use")).click();
  await browser.waitUntil(async () => /Local sandbox/.test(await textOf("[data-testid=workspace-badge]")), { timeout: 15_000 });
  await (await browser.$("button=Campaigns")).click();
  await browser.waitUntil(async () => (await browser.$$("[data-testid=campaign-row]")).length === 8, { timeout: 15_000 });
  await shot("e2e-account-in-use.png");

  const log = await browser.execute(() => JSON.stringify(window.__IPC_LOG__));
  assert.ok(log.includes("ipc://localhost/add_profile") && log.includes("ipc://localhost/use_profile") && log.includes("ipc://localhost/list_campaigns"), `the spy saw the traffic: ${log.slice(0, 300)}`);
  const secrets = [["key", DEMO_KEY], ...(await tokensTheSandboxSends(origin)).map((t) => ["page token", t])];
  assertNoSecret(secrets, log, "an IPC response");

  // The data, config and cache directories have the account, never a secret; nor has
  // anything the app printed.
  const files = ["data", "config", "cache"].flatMap((d) => filesUnder(join(home, d)));
  assert.ok(files.some((f) => f.endsWith("profiles.json")), files.join(", "));
  for (const file of files) assertNoSecret(secrets, readFileSync(file), file);
  assertNoSecret(secrets, driverLog.join(""), "the logs");
}));
