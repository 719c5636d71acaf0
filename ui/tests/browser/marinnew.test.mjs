// Browser tests: the compact "New Marin campaign" page — reached from the sidebar when a Marin
// Social account is in the workspace, created paused in a media plan and opened, problems at
// their fields with the text kept (core's and Marin's 400), and the typed confirmation for an
// account that spends money — with the backend mocked at IPC.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();
const calls = (page, cmd) => page.evaluate((c) => window.__CALLS__.filter((x) => x.cmd === c).map((x) => x.args), cmd);

async function openForm(page) {
  await page.getByRole("button", { name: "New Marin campaign" }).click();
  await page.getByRole("heading", { name: "New Marin campaign" }).waitFor();
  await page.getByLabel("Campaign name").waitFor();
}

async function fillGood(page, name) {
  await page.getByLabel("Objective").selectOption("reach");
  await page.getByLabel("Campaign name").fill(name);
  await page.getByLabel("Daily budget (EUR)").fill("25.50");
  await page.getByLabel("Starts (UTC)").fill("2026-03-05T09:00");
  await page.getByLabel("Ends (UTC)").fill("2026-03-20T09:00");
}

describe("New Marin campaign", () => {
  test("is offered only when the workspace shows a Marin Social account", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "marin_campaign_options" && c.settled));
    assert.equal(await page.getByRole("button", { name: "New Marin campaign" }).count(), 0);
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`a valid draft is created paused in its media plan, then its page opens (${colorScheme})`, async () => {
      const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMarin: true }, colorScheme });
      await openForm(page);
      assert.equal(await page.getByLabel("Marin Social account").inputValue(), "m1");
      assert.equal(await page.getByLabel("Media plan").inputValue(), "105");
      assert.ok(await page.getByLabel("Create paused").isChecked(), "paused by default");
      assert.equal(await page.getByLabel("Special ad category").inputValue(), "none");
      await page.getByLabel("Media plan").selectOption("107");
      await fillGood(page, "Spring single — reach");
      await assertAccessible(page, `Marin form (${colorScheme})`);
      await page.screenshot({ path: join(ctx.shots, `marinnew-form-${colorScheme}.png`), fullPage: true });
      await page.getByRole("button", { name: "Create paused" }).click();
      await page.getByRole("heading", { name: "“Spring single — reach” was created, paused" }).waitFor();
      const [sent] = await calls(page, "create_marin_campaign");
      assert.deepEqual(sent.draft, {
        account: "m1", plan: "107", name: "Spring single — reach", objective: "reach", budgetType: "daily", amount: "25.50",
        startDate: "2026-03-05T09:00", endDate: "2026-03-20T09:00", specialAdCategory: "none", pixelExternalId: "", pixelEvent: "",
        businessManagerId: "", productCatalogId: "", status: "pause",
      });
      assert.equal(sent.confirmation, null);
      await assertAccessible(page, `Marin created (${colorScheme})`);
      await page.getByRole("button", { name: "Open the campaign" }).click();
      await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "campaign_detail" && c.args.id.startsWith("marin:m1:")));
    });
  }

  test("bad fields get core's messages at their fields, a summary, and keep what was typed", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMarin: true } });
    await openForm(page);
    await page.getByLabel("Marin Social account").selectOption("m2");
    assert.equal(await page.getByLabel("Media plan").inputValue(), "106", "the other account's plan is preselected");
    await page.getByLabel("Daily budget (JPY)").fill("1500.5");
    await page.getByLabel("Starts (UTC)").fill("2026-03-05T09:00");
    await page.getByLabel("Ends (UTC)").fill("2026-03-05T21:00");
    await page.getByRole("button", { name: "Create paused" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There are 4 problems" });
    await summary.waitFor();
    assert.ok(await summary.evaluate((el) => el === document.activeElement), "the summary takes focus");
    assert.deepEqual(await summary.locator("li").allInnerTexts(), [
      "Choose an objective.",
      "Give the campaign a name, for example “Summer tour – reach”.",
      "JPY budgets have no decimals: type a whole number (1500).",
      "A campaign with a daily budget must run at least 24 hours (Marin Social would otherwise use the amount as a lifetime budget): end it later, or choose a lifetime budget.",
    ]);
    const amount = page.getByLabel("Daily budget (JPY)");
    assert.equal(await amount.getAttribute("aria-invalid"), "true");
    assert.equal(await amount.inputValue(), "1500.5", "nothing typed is lost");
    const end = page.getByLabel("Ends (UTC)");
    assert.equal(await end.getAttribute("aria-invalid"), "true");
    const described = await end.getAttribute("aria-describedby");
    assert.match(await page.locator(`#${described.split(" ").at(-1)}`).innerText(), /at least 24 hours/);
    assert.equal(await end.inputValue(), "2026-03-05T21:00");
    await assertAccessible(page, "Marin form with problems");
    await page.screenshot({ path: join(ctx.shots, "marinnew-problems-light.png"), fullPage: true });
    // A lifetime budget may be short: fixed, it goes through.
    await page.getByLabel("For the whole campaign").check();
    await page.getByLabel("Lifetime budget (JPY)").fill("1500");
    await page.getByLabel("Objective").selectOption("reach");
    await page.getByLabel("Campaign name").fill("Tokyo night");
    await page.getByRole("button", { name: "Create paused" }).click();
    await page.getByRole("heading", { name: "“Tokyo night” was created, paused" }).waitFor();
  });

  test("Marin's own refusal shows at its field and keeps what was typed", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMarin: true, marinRefusesBudget: true } });
    await openForm(page);
    await fillGood(page, "Too small");
    await page.getByRole("button", { name: "Create paused" }).click();
    await page.getByRole("alert").filter({ hasText: "There is a problem" }).waitFor();
    const amount = page.getByLabel("Daily budget (EUR)");
    assert.equal(await amount.getAttribute("aria-invalid"), "true");
    const described = await amount.getAttribute("aria-describedby");
    assert.match(await page.locator(`#${described.split(" ").at(-1)}`).innerText(), /too low for this media plan/);
    assert.equal(await amount.inputValue(), "25.50");
    assert.equal(await page.getByLabel("Campaign name").inputValue(), "Too small");
    await page.getByRole("button", { name: "Create paused" }).click();
    await page.getByRole("heading", { name: "“Too small” was created, paused" }).waitFor();
  });

  test("starting in an account that spends money needs the typed phrase", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMarin: true, marinSpends: true }, colorScheme: "dark" });
    await openForm(page);
    await fillGood(page, "Live now");
    await page.getByLabel("Daily budget (EUR)").fill("30");
    await page.getByLabel("Create and start at its start date").check();
    await page.getByRole("button", { name: "Create and start" }).click();
    const confirm = page.getByLabel(/Type “Marin Social 101 30 EUR” to confirm/);
    await confirm.waitFor();
    assert.ok(await confirm.evaluate((el) => el === document.activeElement), "the phrase box takes focus");
    await confirm.fill("yes");
    await page.getByRole("button", { name: "Create and start" }).click();
    await page.getByLabel(/“yes” does not match “Marin Social 101 30 EUR”/).waitFor();
    assert.equal(await page.getByLabel("Campaign name").inputValue(), "Live now");
    await assertAccessible(page, "Marin confirmation (dark)");
    await page.screenshot({ path: join(ctx.shots, "marinnew-confirm-dark.png"), fullPage: true });
    await page.getByLabel(/does not match/).fill("Marin Social 101 30 EUR");
    await page.getByRole("button", { name: "Create and start" }).click();
    await page.getByRole("heading", { name: "“Live now” was created and started" }).waitFor();
    const sent = await calls(page, "create_marin_campaign");
    assert.deepEqual(sent.map((s) => s.confirmation), [null, "yes", "Marin Social 101 30 EUR"]);
  });
});
