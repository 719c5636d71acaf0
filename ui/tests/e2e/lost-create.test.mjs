// End to end: a launch whose answer is lost on the way back. The embedded sandbox creates the
// campaign and drops the connection (CRESCENDO_DEMO_LOSE_CREATES=1); the app must find the
// campaign instead of creating it again, and the list must show it exactly once.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browser, closeApp, openApp, shot, textOf, withFailureShot } from "./harness.mjs";
import { next, setInput, localIn } from "./steps.mjs";

before(() => openApp(false, { CRESCENDO_DEMO_LOSE_CREATES: "1" }));
after(closeApp);

const NAME = "Tour teaser — answer lost";

const rowsNamed = async (name) => {
  let n = 0;
  for (const r of await browser.$$("[data-testid=campaign-row]")) if ((await r.getText()).includes(name)) n++;
  return n;
};

test("a launch whose answer is lost ends with exactly one campaign", () => withFailureShot("lost-create", async () => {
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  assert.equal(await rowsNamed(NAME), 0);
  await (await browser.$("button=New campaign")).click();
  await browser.$("input[value=boost_instagram]").waitForExist({ timeout: 15_000 });
  await (await browser.$("input[value=boost_instagram]")).click();
  await setInput("#campaign-name", NAME);
  await next();

  await browser.$("input[name=post]").waitForExist({ timeout: 15_000 });
  await (await browser.$("input[name=post]")).click();
  await next();

  await setInput("#budget", "150");
  await setInput("#start", await localIn(60), "change");
  await setInput("#end", await localIn(4 * 24 * 60), "change");
  await next();
  await (await browser.$("button*=High Engagement Markets")).click();
  await next();

  await (await browser.$("[data-testid=launch]")).click();
  // The POST's answer never comes back: the client looks the campaign up instead of resending.
  await browser.$("[data-testid=launch-done]").waitForExist({ timeout: 60_000 });
  assert.match(await textOf("[data-testid=launch-recovered]"), /answer was lost on the way back/);
  await shot("e2e-lost-create-found.png");

  await (await browser.$("button=Open the campaign list")).click();
  await browser.waitUntil(async () => (await rowsNamed(NAME)) === 1, {
    timeout: 20_000,
    timeoutMsg: "the campaign whose answer was lost is not in the list exactly once",
  });
  await shot("e2e-lost-create-list.png");
}));
