// The CSP the app ships with, and proof that the harness's watch on it is not blind.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { compile } from "svelte/compiler";
import { appCsp, openApp, suite } from "./harness.mjs";

const ctx = suite();
const src = fileURLToPath(new URL("../../src/", import.meta.url));

/** A Svelte component compiled and bundled like the app's, with a global that mounts it. */
async function componentScript(source) {
  const js = compile(source, { generate: "client", runes: true, filename: "Probe.svelte" }).js.code;
  const out = await build({
    stdin: { contents: `import { mount } from "svelte"; import Probe from "probe";
      window.__mountProbe = (props) => mount(Probe, { target: document.body, props });`, resolveDir: src, loader: "js" },
    bundle: true, format: "iife", write: false, platform: "browser",
    plugins: [{ name: "probe", setup(b) {
      b.onResolve({ filter: /^probe$/ }, () => ({ path: "probe", namespace: "probe" }));
      b.onLoad({ filter: /.*/, namespace: "probe" }, () => ({ contents: js, loader: "js", resolveDir: src }));
    } }],
  });
  return out.outputFiles[0].text;
}

const directive = (name) => appCsp().split(";").map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? [];

describe("content security policy", () => {
  test("scripts and styles come only from the app itself", () => {
    assert.deepEqual(directive("script-src"), ["'self'"]);
    assert.deepEqual(directive("style-src"), ["'self'"]);
  });

  test("no component has a static style attribute (the CSP blocks those)", () => {
    const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith(".svelte"));
    assert.ok(files.length > 5);
    // Svelte builds static markup from an HTML template, where style="..." is an inline style;
    // style:prop and style={...} are set through the CSSOM, which the CSP allows.
    const offenders = files.filter((f) => /<[^>]*\sstyle="[^"{]*"/.test(readFileSync(join(src, f), "utf8")));
    assert.deepEqual(offenders, []);
  });

  test("Svelte's style: directive and style={...} pass the CSP; a static style attribute does not", async () => {
    const app = await openApp(ctx.browser, ctx.url);
    await app.page.getByTestId("campaign-row").first().waitFor();
    const settle = () => app.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    await app.page.evaluate(await componentScript(`<script>let { c } = $props();</script>
      <p data-testid="directive" style:color={c}>a</p><p data-testid="attribute" style="border-left: 3px solid {c}">b</p>`));
    await app.page.evaluate(() => window.__mountProbe({ c: "rgb(255, 0, 0)" }));
    await settle();
    assert.deepEqual(app.takeProblems(), []);
    assert.equal(await app.page.getByTestId("directive").evaluate((e) => getComputedStyle(e).color), "rgb(255, 0, 0)");
    assert.equal(await app.page.getByTestId("attribute").evaluate((e) => getComputedStyle(e).borderLeftColor), "rgb(255, 0, 0)");

    // Reported when Svelte parses its template (whether the browser then applies it varies).
    await app.page.evaluate(await componentScript(`<p data-testid="static" style="color: rgb(255, 0, 0)">c</p>`));
    await app.page.evaluate(() => window.__mountProbe({}));
    await settle();
    const seen = app.takeProblems();
    assert.ok(seen.some((p) => p.startsWith("CSP violation: style-src-attr")), seen.join("\n"));
  });

  test("the harness reports inline styles and console errors, and lets CSSOM styles through", async () => {
    const app = await openApp(ctx.browser, ctx.url);
    await app.page.getByTestId("campaign-row").first().waitFor();
    const settle = () => app.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));

    // How Svelte sets dynamic styles (set_style: element.style.cssText / setProperty): allowed.
    await app.page.evaluate(() => {
      const p = document.querySelector("h1");
      p.style.cssText = "letter-spacing: 0";
      p.style.setProperty("--probe", "1");
    });
    await settle();
    assert.deepEqual(app.takeProblems(), []);

    // A static style attribute in a template, and one set as markup: both blocked and reported.
    await app.page.evaluate(() => {
      const t = document.createElement("template");
      t.innerHTML = `<p style="color: red">x</p>`;
      document.body.append(t.content.cloneNode(true));
      document.querySelector("h1").setAttribute("style", "color: red");
    });
    await settle();
    // Each is seen twice: the securitypolicyviolation event and Chromium's console error.
    const seen = app.takeProblems();
    assert.equal(seen.filter((p) => p.startsWith("CSP violation: style-src-attr")).length, 2, seen.join("\n"));
    assert.equal(seen.filter((p) => /^console error: .*violates the following Content Security Policy directive 'style-src/.test(p)).length, 2, seen.join("\n"));
    assert.equal(seen.length, 4, seen.join("\n"));

    await app.page.evaluate(() => console.error("probe"));
    await settle();
    assert.deepEqual(app.takeProblems(), ["console error: probe"]);
  });
});
