// Browser tests: Settings > Accounts adds a Marin Social agency account (its own places, id
// and token; core's problems at their fields), backend mocked at IPC.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();

describe("Marin Social agency accounts", () => {
  for (const colorScheme of ["light", "dark"]) {
    test(`a bad account id is shown at its field with nothing lost; fixed, the row says Marin Social (${colorScheme})`, async () => {
      const token = "marin_agency_secret_tk42";
      const { page } = await openApp(ctx.browser, ctx.url, { colorScheme });
      await page.getByTestId("campaign-row").first().waitFor();
      await page.getByRole("button", { name: "Settings" }).click();
      await page.getByRole("radio", { name: /Marin Social agency/ }).check();
      // Its own places (no sandbox), its account id and its agency token.
      assert.equal(await page.getByRole("radio", { name: /Symphony Sandbox/ }).count(), 0);
      assert.match(await page.locator("label", { has: page.getByRole("radio", { name: /api\.mysocialpixel\.com/ }) }).innerText(), /Real spend/);
      const id = page.getByLabel("Marin account ID");
      const key = page.getByLabel("Agency token");
      await page.getByLabel("Account name").fill("Label agency");
      await page.getByRole("radio", { name: /Custom address/ }).check();
      await page.getByLabel("Marin Social API address").fill("http://127.0.0.1:8090");
      await id.fill("act_101");
      await key.fill(token);
      await page.getByRole("button", { name: "Save account" }).click();
      const summary = page.getByTestId("account-errors");
      await summary.waitFor();
      assert.equal(await summary.getByRole("link").innerText(), "Type the Marin Social account id: the digits of its \"id\" in Marin's accounts list, e.g. 101.");
      assert.equal(await id.getAttribute("aria-invalid"), "true");
      assert.deepEqual([await page.getByLabel("Account name").inputValue(), await id.inputValue(), await key.inputValue()], ["Label agency", "act_101", token]);
      await assertAccessible(page, `Marin form with an error (${colorScheme})`);
      await page.screenshot({ path: join(ctx.shots, `accounts-marin-error-${colorScheme}.png`), fullPage: true });

      await id.fill("101");
      await page.getByRole("button", { name: "Save account" }).click();
      const row = page.getByTestId("profile-row");
      await row.waitFor();
      assert.equal(await row.getByTestId("provider-badge").innerText(), "Marin Social");
      assert.equal(await row.getByTestId("ad-account").innerText(), "Account 101");
      assert.equal(await row.getByTestId("key-mask").innerText(), "Token •••• tk42");
      const sent = await page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "add_profile").at(-1)?.args.input);
      assert.deepEqual(
        { provider: sent.provider, adAccountId: sent.adAccountId, environment: sent.environment, customUrl: sent.customUrl },
        { provider: "marin_social", adAccountId: "101", environment: "custom", customUrl: "http://127.0.0.1:8090" },
      );
      // Saved, it is linked beside the account in use: its campaigns can be created at once.
      const nav = page.getByRole("navigation", { name: "Main" });
      await nav.getByRole("button", { name: "New Marin campaign" }).waitFor();
      // Removed, the entry goes again.
      await row.getByRole("button", { name: "Remove", exact: true }).click();
      await page.getByRole("button", { name: "Remove account" }).click();
      await nav.getByRole("button", { name: "New Marin campaign" }).waitFor({ state: "detached" });
    });
  }
});
