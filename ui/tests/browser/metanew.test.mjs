// Browser tests: the compact "New Meta campaign" page — reached from the sidebar when a Meta ad
// account is linked, created paused and opened, problems at their fields with the text kept,
// and the typed confirmation for an account that spends money — with the backend mocked at IPC.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();
const calls = (page, cmd) => page.evaluate((c) => window.__CALLS__.filter((x) => x.cmd === c).map((x) => x.args), cmd);

async function openForm(page) {
  await page.getByRole("button", { name: "New Meta campaign" }).click();
  await page.getByRole("heading", { name: "New Meta campaign" }).waitFor();
  await page.getByLabel("Campaign name").waitFor();
}

describe("New Meta campaign", () => {
  test("is offered only when the workspace shows a Meta ad account", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "meta_campaign_options" && c.settled));
    assert.equal(await page.getByRole("button", { name: "New Meta campaign" }).count(), 0);
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`a valid draft is created paused, then its page opens (${colorScheme})`, async () => {
      const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMeta: true }, colorScheme });
      await openForm(page);
      assert.equal(await page.getByLabel("Ad account").inputValue(), "k1");
      assert.ok(await page.getByLabel("Create paused").isChecked(), "paused by default");
      assert.ok(await page.getByLabel("None", { exact: true }).isChecked());
      await page.getByLabel("Objective").selectOption("LINK_CLICKS");
      await page.getByLabel("Campaign name").fill("Spring single — traffic");
      await page.getByLabel("Daily budget (USD)").fill("25.50");
      await assertAccessible(page, `Meta form (${colorScheme})`);
      await page.screenshot({ path: join(ctx.shots, `metanew-form-${colorScheme}.png`), fullPage: true });
      await page.getByRole("button", { name: "Create paused" }).click();
      const done = page.getByRole("heading", { name: "“Spring single — traffic” was created, paused" });
      await done.waitFor();
      const [sent] = await calls(page, "create_meta_campaign");
      assert.deepEqual(sent.draft, {
        account: "k1", name: "Spring single — traffic", objective: "LINK_CLICKS", specialAdCategories: ["NONE"], budgetKind: "daily",
        amount: "25.50", bidStrategy: "LOWEST_COST_WITHOUT_CAP", status: "PAUSED",
      });
      assert.equal(sent.confirmation, null);
      await assertAccessible(page, `Meta created (${colorScheme})`);
      await page.screenshot({ path: join(ctx.shots, `metanew-created-${colorScheme}.png`) });
      await page.getByRole("button", { name: "Open the campaign" }).click();
      await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "campaign_detail" && c.args.id.startsWith("meta:k1:1202100000001")));
    });
  }

  test("bad fields get core's messages at their fields, a summary, and keep what was typed", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMeta: true } });
    await openForm(page);
    await page.getByLabel("Ad account").selectOption("k2");
    await page.getByLabel("Daily budget (JPY)").fill("1500.5");
    await page.getByLabel("Housing").check();
    await page.getByRole("button", { name: "Create paused" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There are 4 problems" });
    await summary.waitFor();
    assert.ok(await summary.evaluate((el) => el === document.activeElement), "the summary takes focus");
    assert.deepEqual(await summary.locator("li").allInnerTexts(), [
      "Choose an objective.",
      "Give the campaign a name, for example “Summer tour – link clicks”.",
      "“None” cannot be combined with a category: untick None, or untick the categories.",
      "JPY budgets have no decimals in Meta: type a whole number (1500).",
    ]);
    const amount = page.getByLabel("Daily budget (JPY)");
    assert.equal(await amount.getAttribute("aria-invalid"), "true");
    assert.equal(await amount.inputValue(), "1500.5", "nothing typed is lost");
    const described = await amount.getAttribute("aria-describedby");
    assert.match(await page.locator(`#${described.split(" ").at(-1)}`).innerText(), /JPY budgets have no decimals/);
    assert.ok(await page.getByLabel("Housing").isChecked());
    await assertAccessible(page, "Meta form with problems");
    await page.screenshot({ path: join(ctx.shots, "metanew-problems-light.png"), fullPage: true });
    // Fixed, it goes through.
    await page.getByLabel("None", { exact: true }).uncheck();
    await amount.fill("1500");
    await page.getByLabel("Objective").selectOption("REACH");
    await page.getByLabel("Campaign name").fill("Tokyo night");
    await page.getByRole("button", { name: "Create paused" }).click();
    await page.getByRole("heading", { name: "“Tokyo night” was created, paused" }).waitFor();
  });

  test("starting now in an account that spends money needs the typed phrase", async () => {
    const { page } = await openApp(ctx.browser, ctx.url, { mock: { linkedMeta: true, metaSpends: true }, colorScheme: "dark" });
    await openForm(page);
    await page.getByLabel("Objective").selectOption("REACH");
    await page.getByLabel("Campaign name").fill("Live now");
    await page.getByLabel("Daily budget (USD)").fill("30");
    await page.getByLabel("Create and start now").check();
    await page.getByRole("button", { name: "Create and start" }).click();
    const confirm = page.getByLabel(/Type “Skrlth on Meta 30 USD” to confirm/);
    await confirm.waitFor();
    assert.ok(await confirm.evaluate((el) => el === document.activeElement), "the phrase box takes focus");
    await confirm.fill("yes");
    await page.getByRole("button", { name: "Create and start" }).click();
    await page.getByLabel(/“yes” does not match “Skrlth on Meta 30 USD”/).waitFor();
    assert.equal(await page.getByLabel("Campaign name").inputValue(), "Live now");
    await assertAccessible(page, "Meta confirmation (dark)");
    await page.screenshot({ path: join(ctx.shots, "metanew-confirm-dark.png"), fullPage: true });
    await page.getByLabel(/does not match/).fill("Skrlth on Meta 30 USD");
    await page.getByRole("button", { name: "Create and start" }).click();
    await page.getByRole("heading", { name: "“Live now” was created and started" }).waitFor();
    const sent = await calls(page, "create_meta_campaign");
    assert.deepEqual(sent.map((s) => s.confirmation), [null, "yes", "Skrlth on Meta 30 USD"]);
  });
});
