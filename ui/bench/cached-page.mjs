// Benchmark (not a test): the campaign page on screen from the local history, in headless
// Chromium with the mocked backend. The click on a campaign's name until its KPI tiles are
// painted (next frame), when the kept page answers (kept_campaign_detail) and the live answer
// is still on its way (it is held for 5 s). Core's side of the same path (SQLite read of 365
// kept days, report, five charts) is `scripts/bench core` (history bench). Target: under
// 150 ms from opening. Usage: node bench/cached-page.mjs [runs]   (after `npx vite build`).
import { openApp, startServer, launch } from "../tests/browser/harness.mjs";

const runs = Number(process.argv[2] ?? 20);
const { server, url } = await startServer();
const browser = await launch();
const samples = [];
for (let i = 0; i < runs; i++) {
  const { page } = await openApp(browser, url, { mock: { keptHoursAgo: 2, detailDelayMs: 5000 } });
  await page.getByTestId("campaign-row").first().waitFor();
  const ms = await page.evaluate(async () => {
    const shown = new Promise((resolve) => {
      const check = () => {
        if (!document.querySelector("[data-testid=kpi-spend] .value")) return false;
        requestAnimationFrame(() => resolve(performance.now()));
        return true;
      };
      const obs = new MutationObserver(() => check() && obs.disconnect());
      obs.observe(document.body, { childList: true, subtree: true });
    });
    const button = [...document.querySelectorAll("[data-testid=campaign-row] button.open")].find((b) => b.textContent.startsWith("Midnight Drive"));
    const clicked = performance.now();
    button.click();
    return (await shown) - clicked;
  });
  samples.push(ms);
  await page.context().close();
}
samples.sort((a, b) => a - b);
const at = (p) => +samples[Math.min(samples.length - 1, Math.floor(p * samples.length))].toFixed(2);
console.log(JSON.stringify({ benchmark: "campaign page from the local history: click to tiles painted (ms)", runs, median: at(0.5), p95: at(0.95), max: +samples.at(-1).toFixed(2), target: 150 }, null, 2));
await browser.close();
server.close();
