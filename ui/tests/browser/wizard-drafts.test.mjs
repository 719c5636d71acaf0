// Drafts: autosave (in order, one at a time, revisions passed back), its polite status, Retry,
// saving before leaving, and the drafts list (resume, duplicate, delete, a launched draft).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { suite } from "./harness.mjs";
import { calls, chooseType, openWizard } from "./wizard-helpers.mjs";

const ctx = suite();
const settledSaves = (page) => page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "save_draft" && c.settled).length);

describe("autosave", () => {
  test("edits are saved in order, one at a time, each with the revision the last save returned", async () => {
    const { page } = await openWizard(ctx, { mock: { saveDelayMs: 700 } });
    await chooseType(page, "link_clicks");
    const name = page.locator("#campaign-name");
    // Edits spaced past the debounce while a slow save is still in flight.
    for (const part of ["Merch", "Merch drop", "Merch drop — tour", "Merch drop — tour 2027"]) {
      await name.fill(part);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 450)));
    }
    await page.waitForFunction(() => {
      const s = window.__CALLS__.filter((c) => c.cmd === "save_draft");
      return s.length > 0 && s.every((c) => c.settled) && s.at(-1).args.draft.name === "Merch drop — tour 2027";
    }, null, { timeout: 10_000 });
    const saves = await calls(page, "save_draft");
    assert.ok(saves.length >= 2, `${saves.length} saves`);
    assert.equal(saves[0].args.id, null);
    assert.equal(saves[0].args.revision, 0);
    for (let i = 1; i < saves.length; i++) {
      assert.ok(saves[i].t0 >= saves[i - 1].t1, `save ${i} started before save ${i - 1} answered`);
      assert.equal(saves[i].args.id, saves[i - 1].response.id);
      assert.equal(saves[i].args.revision, saves[i - 1].response.revision);
    }
    assert.equal(saves.at(-1).args.draft.objective, "link_clicks");
    const status = page.getByTestId("save-state");
    assert.equal(await status.getAttribute("role"), "status");
    assert.equal(await status.getAttribute("aria-live"), "polite");
    await page.waitForFunction(() => /^Saved \d{1,2}:\d{2}/.test(document.querySelector("[data-testid=save-state]")?.textContent.trim() ?? ""));
  });

  test("a failing save says Couldn't save, and Retry saves again", async () => {
    const { page } = await openWizard(ctx, { mock: { failSaves: 1 } });
    await chooseType(page, "link_clicks", "Will fail once");
    await page.getByTestId("save-state").getByText("Couldn't save").waitFor();
    const before = (await calls(page, "save_draft")).length;
    await page.getByRole("button", { name: "Retry" }).click();
    await page.waitForFunction(() => /^Saved /.test(document.querySelector("[data-testid=save-state]")?.textContent.trim() ?? ""));
    const saves = await calls(page, "save_draft");
    assert.equal(saves.length, before + 1);
    assert.equal(saves.at(-1).args.draft.name, "Will fail once");
    assert.equal(saves.at(-1).error, undefined);
    assert.equal(await page.getByRole("button", { name: "Retry" }).count(), 0);
  });

  test("leaving the wizard saves the pending edit first", async () => {
    const { page } = await openWizard(ctx);
    await chooseType(page, "link_clicks");
    // Type and leave in one go: the save must start on leaving, not when the 400 ms debounce
    // (which a destroyed page's timer would still honour) runs out.
    const left = await page.evaluate(() => {
      const input = document.querySelector("#campaign-name");
      input.value = "Typed then left";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const at = performance.now();
      [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Campaigns").click();
      return at;
    });
    await page.getByTestId("campaign-row").first().waitFor();
    await page.waitForFunction(() => window.__CALLS__.some((c) => c.cmd === "save_draft" && c.args.draft.name === "Typed then left"));
    const save = (await calls(page, "save_draft")).find((c) => c.args.draft.name === "Typed then left");
    assert.ok(save.t0 - left < 200, `the save started ${Math.round(save.t0 - left)} ms after leaving`);
  });
});

describe("drafts list", () => {
  test("resume restores the fields; duplicate and delete (confirmed inline) call their commands", async () => {
    const { page } = await openWizard(ctx, { mock: { seedDrafts: true } });
    const rows = page.getByTestId("draft-row");
    await rows.first().waitFor();
    assert.equal(await rows.count(), 2);
    await page.screenshot({ path: join(ctx.shots, "wizard-drafts-light.png") });
    const tour = rows.filter({ hasText: "Tour teaser — draft" });
    await tour.getByRole("button", { name: "Duplicate" }).click();
    await rows.filter({ hasText: "Tour teaser — draft (copy)" }).waitFor();
    assert.deepEqual((await calls(page, "duplicate_draft")).map((c) => c.args.id), ["d1"]);
    const copy = rows.filter({ hasText: "(copy)" });
    await copy.getByRole("button", { name: "Delete Tour teaser — draft (copy)" }).click();
    await copy.getByText("Delete “Tour teaser — draft (copy)”?").waitFor();
    assert.equal((await calls(page, "delete_draft")).length, 0);
    await copy.getByRole("button", { name: "Keep" }).click();
    assert.equal(await rows.count(), 3);
    const copyId = (await calls(page, "duplicate_draft"))[0].response.id;
    await copy.getByRole("button", { name: /^Delete/ }).click();
    await copy.getByRole("button", { name: "Delete", exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=draft-row]").length === 2);
    assert.deepEqual((await calls(page, "delete_draft")).map((c) => c.args.id), [copyId]);
    await tour.getByRole("button", { name: "Resume" }).click();
    await page.waitForFunction(() => document.querySelector("#campaign-name")?.value === "Tour teaser — draft");
    assert.equal(await page.locator("input[value=link_clicks]").isChecked(), true);
    await page.getByTestId("next").click();
    await page.locator("#link").waitFor();
    assert.equal(await page.locator("#link").inputValue(), "https://lunavega.example/tour");
  });

  test("a launched draft opens on review, shows it launched, and cannot be launched again", async () => {
    const { page } = await openWizard(ctx, { mock: { seedDrafts: true } });
    const sent = page.getByTestId("draft-row").filter({ hasText: "Midnight Drive — sent" });
    await sent.waitFor();
    assert.match(await sent.innerText(), /launched/);
    assert.equal(await sent.getByRole("button", { name: "Resume" }).count(), 0);
    await sent.getByRole("button", { name: "Open" }).click();
    await page.getByTestId("launch-done").waitFor();
    assert.equal(await page.locator("#step-title").innerText(), "Review");
    await page.getByTestId("launch-done").getByText("In review").waitFor();
    assert.equal(await page.getByTestId("launch").count(), 0);
    assert.equal((await calls(page, "launch_campaign")).length, 0);
    assert.deepEqual((await calls(page, "get_campaign")).map((c) => c.args.id), ["5999"]);
  });
});
