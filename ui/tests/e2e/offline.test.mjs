// End to end: what the app fetched is kept on this computer. Open a campaign, quit, start again
// with the demo simulator stopped (CRESCENDO_DEMO_STOPPED=1: every request meets a closed
// port): the list and the campaign's page show the kept data, marked offline with its age.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { browser, closeApp, openApp, shot, textOf, withFailureShot } from "./harness.mjs";

after(closeApp);

test("a restart with the simulator stopped shows the kept list and page, marked offline", () => withFailureShot("offline", async () => {
  await openApp();
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  // An active campaign: it has results to keep.
  let name = null;
  for (const r of await browser.$$("[data-testid=campaign-row]")) {
    if ((await r.getText()).includes("Active")) {
      name = await (await r.$("button.open")).getText();
      await (await r.$("button.open")).click();
      break;
    }
  }
  assert.ok(name, "the demo data has an active campaign");
  await browser.$("[data-testid=kpi-spend]").waitForExist({ timeout: 30_000 });
  const spend = await textOf("[data-testid=kpi-spend] .value");
  assert.equal(await browser.$("[data-testid=offline]").isExisting(), false, "online at first");
  await closeApp();

  await openApp(true, { CRESCENDO_DEMO_STOPPED: "1" });
  await browser.$("[data-testid=list-offline]").waitForExist({ timeout: 60_000 });
  assert.match(await textOf("[data-testid=list-offline]"), /^Offline\. Showing the list this computer kept from (just now|\d+ min ago)/);
  const row = await browser.$(`button.open=${name}`);
  await row.click();
  await browser.$("[data-testid=offline]").waitForExist({ timeout: 60_000 });
  assert.match(await textOf("[data-testid=offline]"), /^Offline\. Showing what this computer kept from/);
  assert.equal(await textOf("[data-testid=kpi-spend] .value"), spend, "the kept numbers");
  assert.equal(await textOf("main h1"), name);
  assert.equal(await browser.$("[data-testid=pause]").isEnabled(), false, "changes wait for Symphony");
  await shot("e2e-offline.png");
}));
