// Browser tests for Settings > Accounts and the artist switcher, backend mocked at IPC.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openApp, suite } from "./harness.mjs";

const ctx = suite();

async function settings(opts) {
  const app = await openApp(ctx.browser, ctx.url, opts);
  await app.page.getByTestId("campaign-row").first().waitFor().catch(() => {});
  await app.page.getByRole("button", { name: "Settings" }).click();
  await app.page.getByRole("heading", { name: "Accounts" }).waitFor();
  return app;
}

/** Every IPC response the page received, as text. */
async function responses(page) {
  return page.evaluate(() => JSON.stringify(window.__CALLS__));
}

describe("accounts", () => {
  test("missing fields get an error summary that takes focus, and nothing typed is lost", async () => {
    const { page, context } = await settings();
    await page.getByLabel("API key").fill("sk_typed_1234");
    await page.getByRole("button", { name: "Save account" }).click();
    const summary = page.getByTestId("account-errors");
    await summary.waitFor();
    assert.match(await summary.innerText(), /Enter a name for this account/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "account-errors");
    assert.equal(await page.getByLabel("Account name").getAttribute("aria-invalid"), "true");
    assert.equal(await page.getByLabel("API key").inputValue(), "sk_typed_1234", "the key is kept");
    await page.getByLabel("Custom address").check();
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByText("Enter the API address").first().waitFor();
    await context.close();
  });

  test("a saved account shows only the masked key and can be tested, used, renamed and removed", async () => {
    const { page, context } = await settings();
    await page.getByLabel("Account name").fill("Label Sandbox");
    await page.getByLabel("API key").fill("sk_live_secret_value_ab12");
    await page.getByRole("button", { name: "Save account" }).click();
    const row = page.getByTestId("profile-row");
    await row.waitFor();
    assert.equal(await row.getByTestId("key-mask").innerText(), "Key •••• ab12");
    assert.equal(await page.getByLabel("API key").inputValue(), "", "the key field is cleared after saving");
    assert.doesNotMatch(await page.locator("body").innerText(), /sk_live_secret_value/);

    await row.getByRole("button", { name: "Test connection" }).click();
    await row.getByTestId("connection-result").waitFor();
    assert.match(await row.getByTestId("connection-result").innerText(), /Connected\. The key works/);

    await row.getByRole("button", { name: "Use" }).click();
    await page.getByTestId("workspace-badge").getByText("Label Sandbox").waitFor();
    assert.match(await page.getByTestId("workspace-badge").innerText(), /Sandbox/);

    await row.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("New name for Label Sandbox").fill("Label (sandbox)");
    await row.getByRole("button", { name: "Save" }).click();
    await page.getByText("Label (sandbox)").first().waitFor();

    await row.getByRole("button", { name: "Remove" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove account" }).click();
    await page.getByText("No saved accounts yet").waitFor();
    await page.getByTestId("workspace-badge").getByText("Demo workspace").waitFor();
    await page.screenshot({ path: join(ctx.shots, "settings-accounts.png"), fullPage: true });
    // Only the add command ever carried the key; no response contains it.
    const received = await responses(page);
    const calls = await page.evaluate(() => window.__CALLS__.filter((c) => JSON.stringify(c).includes("secret_value")).map((c) => c.cmd));
    assert.deepEqual(calls, ["add_profile"]);
    assert.ok(received.length > 0);
    await context.close();
  });

  test("specific results for 401 and 403", async () => {
    const { page, context } = await settings();
    for (const [name, key] of [["Old key", "sk_revoked_dead"], ["Typo key", "sk_wrong_nope"]]) {
      await page.getByLabel("Account name").fill(name);
      await page.getByLabel("API key").fill(key);
      await page.getByRole("button", { name: "Save account" }).click();
      await page.getByText(name, { exact: true }).waitFor();
    }
    const rows = page.getByTestId("profile-row");
    await rows.nth(0).getByRole("button", { name: "Test connection" }).click();
    await rows.nth(1).getByRole("button", { name: "Test connection" }).click();
    await rows.nth(1).getByTestId("connection-result").waitFor();
    assert.match(await rows.nth(0).getByTestId("connection-result").innerText(), /Key not active \(403\)/);
    assert.match(await rows.nth(1).getByTestId("connection-result").innerText(), /Key not recognized \(401\)/);
    await context.close();
  });

  test("without a keychain, the fix is explained and keeping the key for the session is an explicit choice", async () => {
    const { page, context } = await settings({ scenario: "no-keychain" });
    await page.getByTestId("keychain-warning").waitFor();
    assert.match(await page.getByTestId("keychain-warning").innerText(), /GNOME Keyring/);
    await page.getByLabel("Account name").fill("Temp");
    await page.getByLabel("API key").fill("sk_temp_7777");
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByTestId("account-errors").waitFor();
    assert.match(await page.getByTestId("account-errors").innerText(), /session only/);
    await page.getByLabel(/Keep the key for this session only/).check();
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByTestId("profile-row").waitFor();
    assert.match(await page.getByTestId("profile-row").innerText(), /This session only/);
    await context.close();
  });
});

describe("artists", () => {
  test("a new artist is created from the switcher and becomes the active one", async () => {
    const { page, context } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByRole("button", { name: "+ New artist" }).click();
    const dialog = page.getByRole("dialog", { name: "New artist" });
    await dialog.waitFor();
    await dialog.getByLabel("Spotify artist link (optional)").fill("https://open.spotify.com/artist/short");
    await dialog.getByRole("button", { name: "Create artist" }).click();
    await dialog.getByText("Enter the artist’s name.").waitFor();
    await dialog.getByLabel("Name").fill("Nova Ray");
    await dialog.getByRole("button", { name: "Create artist" }).click();
    await dialog.getByText(/not a Spotify artist id/).waitFor();
    assert.equal(await dialog.getByLabel("Name").inputValue(), "Nova Ray", "typed values survive the error");
    await dialog.getByLabel("Spotify artist link (optional)").fill("");
    await dialog.getByRole("button", { name: "Create artist" }).click();
    await page.waitForFunction(() => document.querySelector("#brand-select")?.selectedOptions[0]?.textContent?.includes("Nova Ray"));
    assert.equal(await dialog.isVisible(), false);
    await context.close();
  });
});
