// End to end: the campaign wizard in the real window against the embedded sandbox. A manager
// builds an "Increase music streams" campaign step by step, launches it, and watches the
// sandbox's lifecycle take it through review.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browser, closeApp, killApp, openApp, shot, textOf, withFailureShot } from "./harness.mjs";
import { next, setInput, localIn } from "./steps.mjs";

before(openApp);
after(closeApp);

test("a streams campaign is built, launched once and followed through review", () => withFailureShot("wizard", async () => {
  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  await (await browser.$("button=New campaign")).click();
  await browser.$("input[name=objective]").waitForExist({ timeout: 15_000 });
  // Next says why it cannot go on yet, in core's words.
  await browser.waitUntil(async () => /Choose what the campaign is for/.test(await textOf("#next-why")), { timeout: 10_000 });
  assert.ok(!(await (await browser.$("[data-testid=next]")).isEnabled()));
  await shot("e2e-wizard-1-type.png");

  await (await browser.$("input[value=record_streams]")).click();
  await setInput("#campaign-name", "Midnight Drive — wizard e2e");
  await next();

  // Release: the type-ahead asks the sandbox; the first match is chosen with the keyboard.
  await setInput("#release-search", "Mid");
  await browser.$("#release-search-opt-0").waitForExist({ timeout: 15_000 });
  await shot("e2e-wizard-2-release.png");
  await (await browser.$("#release-search-opt-0")).click();
  await browser.$("[data-testid=chosen-release]").waitForExist({ timeout: 5_000 });
  await next();

  // Media: the artist's first Instagram post.
  await browser.$("input[name=post]").waitForExist({ timeout: 15_000 });
  await (await browser.$("input[name=post]")).click();
  await next();
  await next(); // platforms, prefilled from the release

  // Budget and dates: too little first, and the rule says why at the field.
  await setInput("#budget", "5");
  // Starting this minute: once the sandbox's review is over, the campaign goes live.
  await setInput("#start", await localIn(0), "change");
  await setInput("#end", await localIn(3 * 24 * 60), "change");
  await browser.waitUntil(async () => /minimum/i.test(await textOf("#budget-problem")), { timeout: 10_000, timeoutMsg: "no minimum-budget problem at the field" });
  assert.ok(!(await (await browser.$("[data-testid=next]")).isEnabled()), "Next stays disabled while the budget is too low");
  await setInput("#budget", "150");
  await browser.waitUntil(async () => (await textOf("[data-testid=budget-summary]")).includes("3 days"), { timeout: 10_000 });
  await shot("e2e-wizard-3-budget.png");
  await next();

  // Targeting: the documented default market, one click away.
  await (await browser.$("button*=High Engagement Markets")).click();
  await shot("e2e-wizard-4-targeting.png");
  await next();

  // Review: the summary, then launch; a second click cannot launch twice.
  const summary = await textOf("[data-testid=review-summary]");
  assert.match(summary, /Luna Vega/);
  assert.match(summary, /\$150\.00/);
  await shot("e2e-wizard-5-review.png");
  const launch = await browser.$("[data-testid=launch]");
  await launch.click();
  await browser.$("[data-testid=launch-done]").waitForExist({ timeout: 30_000 });
  assert.equal(await browser.$("[data-testid=launch]").isExisting(), false, "no launch button once launched");
  await browser.waitUntil(async () => /In review/.test(await textOf("[data-testid=launch-done]")), { timeout: 20_000, timeoutMsg: "not followed into review" });
  await browser.waitUntil(async () => /Active/.test(await textOf("[data-testid=launch-done]")), {
    timeout: 90_000,
    interval: 1_000,
    timeoutMsg: "the campaign never became active",
  });
  await shot("e2e-wizard-6-launched.png");

  // The list shows it, once.
  await (await browser.$("button=Open the campaign list")).click();
  await browser.waitUntil(async () => {
    const rows = await browser.$$("[data-testid=campaign-row]");
    let n = 0;
    for (const r of rows) if ((await r.getText()).includes("Midnight Drive — wizard e2e")) n++;
    return n === 1;
  }, { timeout: 20_000, timeoutMsg: "the launched campaign is not in the list exactly once" });
}));

test("a draft survives the app being killed mid-wizard", () => withFailureShot("wizard-crash", async () => {
  await (await browser.$("button=New campaign")).click();
  await browser.$("input[value=link_clicks]").waitForExist({ timeout: 15_000 });
  await (await browser.$("input[value=link_clicks]")).click();
  await setInput("#campaign-name", "Merch drop — survives a crash");
  await next();
  await browser.$("#link").waitForExist({ timeout: 10_000 });
  await setInput("#link", "https://shop.example.com/merch");
  await setInput("#caption", "New merch, out now");
  // The autosave waits 400 ms after the last change: a "Saved" shown earlier (the first step's)
  // must not be taken for this one. Wait past the debounce, then for a settled save.
  await new Promise((r) => setTimeout(r, 900));
  await browser.waitUntil(async () => /^Saved \d/.test(await textOf("[data-testid=save-state]")), { timeout: 10_000, timeoutMsg: "the draft was never saved" });

  await killApp();
  await openApp(true);

  await browser.$("[data-testid=campaign-row]").waitForExist({ timeout: 30_000 });
  await (await browser.$("button=New campaign")).click();
  await browser.$("[data-testid=draft-row]").waitForExist({ timeout: 15_000 });
  assert.match(await textOf("[data-testid=draft-row]"), /Merch drop — survives a crash/);
  await shot("e2e-wizard-drafts.png");
  await (await (await browser.$("[data-testid=draft-row]")).$("button=Resume")).click();
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelector("#campaign-name")?.value)) === "Merch drop — survives a crash", { timeout: 10_000 });
  await next();
  assert.equal(await browser.execute(() => document.querySelector("#link")?.value), "https://shop.example.com/merch");
  assert.equal(await browser.execute(() => document.querySelector("#caption")?.value), "New merch, out now");
}));
