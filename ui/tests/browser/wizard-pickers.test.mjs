// The wizard's type-ahead pickers (APG combobox, stale answers never shown) and market shares.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { suite } from "./harness.mjs";
import { calls, chooseType, fillBudget, next, openWizard } from "./wizard-helpers.mjs";

const ctx = suite();

async function toRelease(page) {
  await chooseType(page, "record_streams", "Pickers");
  await next(page);
  await page.locator("#release-search").waitFor();
}

async function toTargeting(page) {
  await chooseType(page, "boost_instagram", "Markets");
  await next(page);
  await page.locator("label.post").first().click();
  await next(page);
  await fillBudget(page);
  await next(page);
  await page.getByRole("button", { name: "Add a market" }).waitFor();
}

const options = (page, id) => page.locator(`#${id}-list [role=option]`).allInnerTexts();

describe("combobox", () => {
  test("works by keyboard alone: arrows move the active option, Enter picks", async () => {
    const { page } = await openWizard(ctx);
    await toRelease(page);
    const input = page.locator("#release-search");
    await input.focus();
    await page.keyboard.type("Mid");
    await page.locator("#release-search-opt-1").waitFor();
    assert.equal(await input.getAttribute("aria-expanded"), "true");
    assert.equal(await input.getAttribute("aria-activedescendant"), "release-search-opt-0");
    await page.keyboard.press("ArrowDown");
    assert.equal(await input.getAttribute("aria-activedescendant"), "release-search-opt-1");
    assert.equal(await page.locator("#release-search-opt-1").getAttribute("aria-selected"), "true");
    await page.keyboard.press("ArrowUp");
    assert.equal(await input.getAttribute("aria-activedescendant"), "release-search-opt-0");
    await page.keyboard.press("ArrowUp");
    assert.equal(await input.getAttribute("aria-activedescendant"), "release-search-opt-1");
    await page.screenshot({ path: join(ctx.shots, "wizard-release-search-light.png") });
    await page.keyboard.press("Enter");
    await page.getByTestId("chosen-release").waitFor();
    assert.match(await page.getByTestId("chosen-release").innerText(), /Midnight Drive \(Acoustic\)/);
    assert.equal(await input.getAttribute("aria-expanded"), "false");
    assert.equal(await input.inputValue(), "");
  });

  test("Escape closes the list first, then clears the query, never the chips", async () => {
    const { page } = await openWizard(ctx);
    await toTargeting(page);
    await page.getByRole("button", { name: "Add a market" }).click();
    const input = page.locator("#places-0");
    await input.focus();
    await page.keyboard.type("Mex");
    await page.locator("#places-0-opt-0").waitFor();
    await page.keyboard.press("Enter");
    const chips = page.locator(".market").first().locator(".chip");
    await chips.first().waitFor();
    assert.match(await chips.first().innerText(), /Mexico/);
    await page.keyboard.type("Los");
    await page.locator("#places-0-opt-0").waitFor();
    await page.keyboard.press("Escape");
    assert.equal(await input.getAttribute("aria-expanded"), "false");
    assert.equal(await input.inputValue(), "Los");
    assert.equal(await chips.count(), 1);
    await page.keyboard.press("Escape");
    assert.equal(await input.inputValue(), "");
    assert.equal(await chips.count(), 1);
  });

  test("a slower older answer never replaces a newer one; generations grow", async () => {
    const { page } = await openWizard(ctx, { mock: { searchDelayMs: { Sum: 1200 } } });
    await toRelease(page);
    const input = page.locator("#release-search");
    await input.fill("Sum");
    // The slow query is sent (after the debounce) and shows loading meanwhile.
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "search" && c.args.query === "Sum"));
    await page.getByText("Searching…").waitFor();
    await input.fill("Acoustic");
    await page.locator("#release-search-opt-0").waitFor();
    assert.deepEqual((await options(page, "release-search")).map((t) => t.split("\n")[0]), ["Midnight Drive (Acoustic)"]);
    // Let the older answer arrive: it must not be shown.
    await page.waitForFunction(() => window.__CALLS__.filter((c) => c.cmd === "search").every((c) => c.settled));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    assert.deepEqual((await options(page, "release-search")).map((t) => t.split("\n")[0]), ["Midnight Drive (Acoustic)"]);
    const gens = (await calls(page, "search")).map((c) => c.args.generation);
    assert.equal(gens.length, 2);
    assert.ok(gens[1] > gens[0], `generations ${gens}`);
  });

  test("empty and error states", async () => {
    const { page } = await openWizard(ctx, { mock: { failSearch: ["boom"] } });
    await toRelease(page);
    const input = page.locator("#release-search");
    await input.fill("zzz");
    await page.getByText("Nothing matches “zzz”.").waitFor();
    assert.equal(await page.locator("#release-search-list [role=option]").count(), 0);
    await input.fill("boom");
    const alert = page.locator(".combo [role=alert]");
    await alert.waitFor();
    assert.equal(await alert.innerText(), "Could not reach Symphony: check your connection.");
  });
});

describe("pasted audience list", () => {
  test("each name resolves to its best match; exact ones are preselected, guesses wait, misses say so", async () => {
    const { page } = await openWizard(ctx);
    await toTargeting(page);
    await page.locator("#audiences").focus();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData("text/plain", "Bad Bunny, Ice Spice\nNobody Known");
      document.querySelector("#audiences").dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    const panel = page.getByTestId("pasted-audiences");
    await panel.locator("select").first().waitFor();
    assert.equal(await page.locator("#audiences").inputValue(), "", "the list is not typed into the query");
    const calls0 = await calls(page, "resolve_audiences");
    assert.equal(calls0.at(-1).args.text, "Bad Bunny, Ice Spice\nNobody Known");
    const bunny = panel.getByLabel("Match for Bad Bunny");
    const spice = panel.getByLabel("Match for Ice Spice");
    assert.equal(await bunny.inputValue(), "6003317001363", "the exact name is chosen");
    assert.equal(await spice.inputValue(), "", "a guess is not chosen for the manager");
    assert.match(await spice.locator("option").nth(1).innerText(), /^Ice Spice fans — 2M–2\.4M people$/);
    assert.equal(await panel.getByText("No match").count(), 1);
    await panel.getByRole("button", { name: "Add 1 audience" }).waitFor();
    await spice.selectOption("6003999000001");
    await panel.getByRole("button", { name: "Add 2 audiences" }).click();
    await panel.waitFor({ state: "detached" });
    assert.deepEqual(await page.locator("ul[aria-label=Audiences] li").allInnerTexts().then((t) => t.map((x) => x.replace("×", "").trim())), ["Bad Bunny", "Ice Spice fans"]);
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "save_draft" && c.settled && c.args.draft.audiences.length === 2));
    const saved = (await calls(page, "save_draft")).filter((c) => c.args.draft.audiences.length === 2).at(-1).args.draft.audiences;
    assert.deepEqual(saved.map((x) => x.id), ["6003317001363", "6003999000001"]);
  });

  test("a single pasted name stays a query", async () => {
    const { page } = await openWizard(ctx);
    await toTargeting(page);
    await page.locator("#audiences").focus();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData("text/plain", "Indie");
      document.querySelector("#audiences").dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    assert.equal(await page.getByTestId("pasted-audiences").count(), 0);
    assert.equal((await calls(page, "resolve_audiences")).length, 0);
  });
});

describe("budget history", () => {
  test("what budgets bought before, labelled as history, with the estimate for the typed budget", async () => {
    const history = { objectiveCode: "boost_instagram", currency: "USD", campaigns: 5, clicksPerUnitMin: "0.9000", clicksPerUnitMax: "1.4000",
      impressionsPerUnitMin: "80.00", impressionsPerUnitMax: "120.00",
      cpcMin: { amount: "0.71", currency: "USD", exponent: 2 }, cpcMax: { amount: "1.11", currency: "USD", exponent: 2 } };
    const { page } = await openWizard(ctx, { mock: { history } });
    await chooseType(page, "boost_instagram", "History");
    await next(page);
    await page.locator("label.post").first().click();
    await next(page);
    await page.locator("#budget").fill("300");
    const box = page.getByTestId("budget-history");
    await box.waitFor();
    const text = await box.innerText();
    assert.match(text, /^History/);
    assert.match(text, /Your last 5 boost an instagram post campaigns bought 0\.9–1\.4 clicks per USD \(cost per click \$0\.71–\$1\.11\)/);
    assert.match(text, /300 USD would have bought about 270–420 clicks/);
    const asked = (await calls(page, "budget_history")).at(-1).args;
    assert.deepEqual(asked, { objective: "boost_instagram", currency: "USD" });
  });

  test("too little history shows nothing", async () => {
    const { page } = await openWizard(ctx);
    await chooseType(page, "boost_instagram", "No history");
    await next(page);
    await page.locator("label.post").first().click();
    await next(page);
    await page.locator("#budget").fill("300");
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "budget_history" && c.settled));
    assert.equal(await page.getByTestId("budget-history").count(), 0);
  });
});

describe("market shares", () => {
  test("three markets split 33.34/33.33/33.33, an edit rebalances, the draft's shares sum to exactly 1", async () => {
    const { page } = await openWizard(ctx);
    await toTargeting(page);
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Add a market" }).click();
    const pcts = page.locator(".market .pct input");
    const values = async () => Promise.all((await pcts.all()).map((l) => l.inputValue()));
    assert.deepEqual(await values(), ["33.34", "33.33", "33.33"]);
    assert.equal(await page.getByRole("button", { name: "Add a market" }).isDisabled(), true);
    await pcts.nth(1).fill("50");
    await pcts.nth(1).press("Tab");
    await page.waitForFunction(() => document.querySelectorAll(".market .pct input")[0]?.value !== "33.34");
    const after = await values();
    assert.equal(after[1], "50");
    assert.equal(after.reduce((s, v) => s + Math.round(Number(v) * 100), 0), 10000);
    assert.deepEqual(after, ["25", "50", "25"]);
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "save_draft" && c.settled && c.args.draft.markets[1]?.share === "0.5"));
    const saved = (await calls(page, "save_draft")).filter((c) => c.args.draft.markets.length === 3).at(-1).args.draft.markets.map((m) => m.share);
    assert.deepEqual(saved, ["0.25", "0.5", "0.25"]);
    for (const s of saved) assert.match(s, /^0(\.\d{1,4})?$|^1$/);
    assert.equal(saved.reduce((sum, s) => sum + Math.round(Number(s) * 10000), 0), 10000);
  });

  test("adding three markets sends shares that sum to exactly 1", async () => {
    const { page } = await openWizard(ctx);
    await toTargeting(page);
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Add a market" }).click();
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "save_draft" && c.settled && c.args.draft.markets.length === 3));
    const saved = (await calls(page, "save_draft")).filter((c) => c.args.draft.markets.length === 3).at(-1).args.draft.markets.map((m) => m.share);
    assert.deepEqual(saved, ["0.3334", "0.3333", "0.3333"]);
  });
});
