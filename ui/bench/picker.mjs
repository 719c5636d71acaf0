// Benchmark (not a test): how long a wizard picker takes to put its results on screen once its
// search request has answered. The built UI runs in headless Chromium with the mocked backend
// (as the browser tests do); each query's answer time is the mock's settle time, and the
// screen time is when the first option is in the DOM and painted (next animation frame).
// Usage: node bench/picker.mjs [runs]   (after `npx vite build`). Target: under 100 ms.
import { openApp, startServer, launch } from "../tests/browser/harness.mjs";

const runs = Number(process.argv[2] ?? 30);
const { server, url } = await startServer();
const browser = await launch();
const { page } = await openApp(browser, url);
await page.getByTestId("campaign-row").first().waitFor();
await page.getByRole("button", { name: "New campaign" }).click();
await page.locator("label.card:has(input[value=boost_instagram])").click();
await page.locator("#campaign-name").fill("Bench");
const next = async () => { await page.waitForSelector("[data-testid=next]:not([disabled])"); await page.getByTestId("next").click(); };
await next();
await page.locator("label.post").first().click();
await next();
await page.locator("#budget").fill("300");
await page.locator("#start").fill("2027-01-10T10:00");
await page.locator("#end").fill("2027-02-09T10:00");
await next();
await page.getByRole("button", { name: "Add a market" }).click();

const queries = ["Mex", "Cal", "Los", "Uni", "Mexi", "Cali", "Los A", "Unit"];
const samples = [];
for (let i = 0; i < runs; i++) {
  const q = queries[i % queries.length];
  await page.locator("#places-0").fill("");
  await page.waitForTimeout(250);
  const ms = await page.evaluate(async (query) => {
    const input = document.querySelector("#places-0");
    const before = window.__CALLS__.length;
    const shown = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (document.querySelector("#places-0-opt-0")) {
          obs.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        }
      });
      obs.observe(document.body, { childList: true, subtree: true });
    });
    input.value = query;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const painted = await shown;
    const call = window.__CALLS__.slice(before).find((c) => c.cmd === "search" && c.settled);
    return call?.t1 !== undefined ? painted - call.t1 : null;
  }, q);
  if (ms !== null) samples.push(ms);
}
samples.sort((a, b) => a - b);
const at = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
console.log(JSON.stringify({ benchmark: "picker results on screen after the search answers (ms)", runs: samples.length,
  median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), max: +samples.at(-1).toFixed(2), target: 100 }, null, 2));
await browser.close();
server.close();
