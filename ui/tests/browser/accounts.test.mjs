// Browser tests for Settings > Accounts and the artist switcher, backend mocked at IPC.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();

async function settings(opts) {
  const app = await openApp(ctx.browser, ctx.url, opts);
  await app.page.getByTestId("campaign-row").first().waitFor();
  await app.page.getByRole("button", { name: "Settings" }).click();
  await app.page.getByRole("heading", { name: "Accounts" }).waitFor();
  return app;
}

/** What has the keyboard focus, described for assertion messages. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""} ${e.getAttribute("aria-label") ?? e.textContent?.trim().slice(0, 40) ?? ""}`.trim() : "none";
});

/**
 * The key appears in no IPC response (nor error) and in no request but add_profile, and not in
 * the rendered page: its text, its HTML (attributes included), form values or web storage.
 * Waits until every request was answered, so a late response cannot slip past.
 */
async function assertKeyNowhere(page, key, where) {
  await page.waitForFunction(() => window.__CALLS__.every((c) => c.settled));
  const seen = await page.evaluate(() => ({
    calls: window.__CALLS__,
    html: document.documentElement.outerHTML,
    text: document.body.innerText,
    values: [...document.querySelectorAll("input, textarea, select")].map((e) => e.value),
    storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  }));
  // The hint (last four characters) may show; nothing before it may.
  const secret = key.slice(0, -4);
  const sent = seen.calls.filter((c) => JSON.stringify(c.args ?? null).includes(secret)).map((c) => c.cmd);
  // A refused attempt and the save after it are both add_profile.
  assert.deepEqual([...new Set(sent)], ["add_profile"], `${where}: only add_profile may carry the key`);
  for (const c of seen.calls) {
    assert.ok(c.settled, `${where}: ${c.cmd} never answered`);
    const answer = JSON.stringify(c.response ?? null) + JSON.stringify(c.error ?? null);
    assert.ok(!answer.includes(secret), `${where}: the ${c.cmd} response contains the key: ${answer}`);
  }
  for (const [what, text] of [["page text", seen.text], ["page HTML", seen.html], ["form values", seen.values.join("\n")], ["web storage", seen.storage]]) {
    assert.ok(!text.includes(secret), `${where}: the ${what} contains the key`);
  }
}

describe("accounts", () => {
  test("missing fields get an error summary that takes focus, and nothing typed is lost", async () => {
    const { page } = await settings();
    await page.getByLabel("API key").fill("sk_typed_1234");
    await page.getByRole("button", { name: "Save account" }).click();
    const summary = page.getByTestId("account-errors");
    await summary.waitFor();
    // Core's problems, each at its field (the UI writes no message of its own).
    assert.match(await summary.innerText(), /Give the account a name/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "account-errors");
    assert.equal(await page.getByLabel("Account name").getAttribute("aria-invalid"), "true");
    assert.equal(await page.getByLabel("API key").inputValue(), "sk_typed_1234", "the key is kept");
    await page.getByLabel("Custom address").check();
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByText("is not a web address").first().waitFor();
    assert.equal(await page.getByLabel("API key").getAttribute("aria-invalid"), null, "the key was fine");
  });

  test("a saved account shows only the masked key and can be tested, used, renamed and removed", async () => {
    const key = "sk_live_secret_value_ab12";
    const { page } = await settings();
    await page.getByLabel("Account name").fill("Label Sandbox");
    await page.getByLabel("API key").fill(key);
    await page.getByRole("button", { name: "Save account" }).click();
    const row = page.getByTestId("profile-row");
    await row.waitFor();
    assert.equal(await row.getByTestId("key-mask").innerText(), "Key •••• ab12");
    assert.equal(await page.getByLabel("API key").inputValue(), "", "the key field is cleared after saving");
    await assertKeyNowhere(page, key, "after saving");

    await row.getByRole("button", { name: "Test connection" }).click();
    await row.getByTestId("connection-result").waitFor();
    assert.match(await row.getByTestId("connection-result").innerText(), /Connected\. The key works/);
    await assertKeyNowhere(page, key, "after testing");

    await row.getByRole("button", { name: "Use" }).click();
    await page.getByTestId("workspace-badge").getByText("Label Sandbox").waitFor();
    assert.match(await page.getByTestId("workspace-badge").innerText(), /Sandbox/);
    await assertKeyNowhere(page, key, "after using it (settings)");
    await page.getByRole("button", { name: "Campaigns" }).click();
    await page.getByTestId("campaign-row").first().waitFor();
    await assertKeyNowhere(page, key, "after using it (campaigns)");
    await page.getByRole("button", { name: "Settings" }).click();

    await row.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("New name for Label Sandbox").fill("Label (sandbox)");
    await row.getByRole("button", { name: "Save" }).click();
    await page.getByText("Label (sandbox)").first().waitFor();
    await assertKeyNowhere(page, key, "after renaming");

    await row.getByRole("button", { name: "Remove" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove account" }).click();
    await page.getByText("No saved accounts yet").waitFor();
    await page.getByTestId("workspace-badge").getByText("Demo workspace").waitFor();
    await page.screenshot({ path: join(ctx.shots, "settings-accounts.png"), fullPage: true });
    await assertKeyNowhere(page, key, "after removing");
  });

  test("focus follows Rename, Save, Remove and its confirmation, never falling to the page", async () => {
    const { page } = await settings();
    await page.getByLabel("Account name").fill("Label Sandbox");
    await page.getByLabel("API key").fill("sk_focus_1234");
    await page.getByRole("button", { name: "Save account" }).click();
    const row = page.getByTestId("profile-row");
    await row.waitFor();

    await row.getByRole("button", { name: "Rename" }).click();
    assert.equal(await focused(page), "input#rename-p1", "Rename focuses its input");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Label Two");
    await page.keyboard.press("Enter");
    await row.getByText("Label Two").waitFor();
    assert.equal(await focused(page), "button Rename", "after Save, focus returns to Rename");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    assert.equal(await focused(page), "button Rename", "Escape cancels back to Rename");

    await row.getByRole("button", { name: "Remove" }).click();
    const confirm = page.getByRole("alertdialog");
    assert.equal(await confirm.evaluate((d) => d.contains(document.activeElement)), true, `focus moves into the confirmation, not ${await focused(page)}`);
    await page.keyboard.press("Escape");
    assert.equal(await confirm.count(), 0);
    assert.equal(await focused(page), "button Remove", "Keep it returns focus to Remove");

    await row.getByRole("button", { name: "Remove" }).click();
    await confirm.getByRole("button", { name: "Remove account" }).click();
    await page.getByText("No saved accounts yet").waitFor();
    assert.equal(await focused(page), "h2#acc-title Accounts", "after removing, focus goes to the list");
    assert.equal(await page.getByRole("status").filter({ hasText: "“Label Two” was removed." }).count(), 1);
  });

  test("a failed switch back to the demo says why", async () => {
    const { page } = await settings({ mock: { failUseDemo: true } });
    await page.getByLabel("Account name").fill("Label Sandbox");
    await page.getByLabel("API key").fill("sk_demo_fail_1234");
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByTestId("profile-row").getByRole("button", { name: "Use" }).click();
    await page.getByTestId("workspace-badge").getByText("Label Sandbox").waitFor();
    await page.getByRole("button", { name: "Use demo" }).click();
    const err = page.getByTestId("demo-error");
    await err.waitFor();
    assert.match(await err.innerText(), /Could not switch to the demo workspace\. The demo workspace could not start: its port is in use\./);
    assert.equal(await err.getAttribute("role"), "alert");
  });

  test("specific results for 401 and 403", async () => {
    const { page } = await settings();
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
  });

  test("without a keychain, the fix is explained and keeping the key for the session is an explicit choice", async () => {
    const { page } = await settings({ scenario: "no-keychain" });
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
  });
});

/** The texts an input is described by (hint, error), joined. */
async function description(page, input) {
  const ids = (await input.getAttribute("aria-describedby"))?.split(" ") ?? [];
  return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()))).join(" ");
}

/** The add_profile requests the app sent, as the mock received them. */
const sentAccounts = (page) => page.evaluate(() => window.__CALLS__.filter((c) => c.cmd === "add_profile").map((c) => c.args.input));

describe("Meta ad accounts", () => {
  test("a bad ad account id is shown at its field with nothing lost; fixed, the row shows Meta and tests its connection", async () => {
    const token = "EAAB_meta_secret_value_tok9";
    const { page } = await settings();
    await page.getByRole("radio", { name: /Meta ad account/ }).check();
    // Meta's own form: its places (no sandbox), its id, its token.
    assert.equal(await page.getByRole("radio", { name: /Symphony Sandbox/ }).count(), 0);
    assert.match(await page.locator("label", { has: page.getByRole("radio", { name: /graph\.facebook\.com/ }) }).innerText(), /Real spend/);
    assert.equal(await page.getByLabel("API key").count(), 0);
    const id = page.getByLabel("Ad account ID");
    const key = page.getByLabel("Access token");
    assert.match(await description(page, key), /system keychain\. Crescendo never shows it again/);
    assert.match(await description(page, id), /As Ads Manager shows it, e\.g\. act_1234567890/);

    await page.getByLabel("Account name").fill("Luna on Meta");
    await page.getByRole("radio", { name: /Meta \(graph\.facebook\.com\)/ }).check();
    await id.fill("act_12ab");
    await key.fill(token);
    await page.getByRole("button", { name: "Save account" }).click();
    const summary = page.getByTestId("account-errors");
    await summary.waitFor();
    const message = "Type the ad account id as Ads Manager shows it: act_ followed by digits, e.g. act_1234567890.";
    assert.equal(await summary.getByRole("link").innerText(), message, "only the id is wrong");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "account-errors", "the summary takes focus");
    assert.equal(await id.getAttribute("aria-invalid"), "true");
    assert.match(await description(page, id), new RegExp(`act_1234567890\\. ${message.replace(/[.()]/g, "\\$&")}$`));
    assert.equal(await key.getAttribute("aria-invalid"), null, "the token was fine");
    assert.deepEqual([await page.getByLabel("Account name").inputValue(), await id.inputValue(), await key.inputValue()], ["Luna on Meta", "act_12ab", token]);
    assert.equal(await page.getByRole("radio", { name: /graph\.facebook\.com/ }).isChecked(), true, "the place is kept");
    // The summary's link leads to the field.
    await summary.getByRole("link").click();
    assert.equal(await focused(page), "input#acc-act");

    await id.fill("act_1234567890");
    await page.getByRole("button", { name: "Save account" }).click();
    const row = page.getByTestId("profile-row");
    await row.waitFor();
    assert.equal(await row.getByTestId("provider-badge").innerText(), "Meta");
    assert.equal(await row.getByTestId("ad-account").innerText(), "Ad account act_1234567890");
    assert.equal(await row.getByTestId("key-mask").innerText(), "Token •••• tok9");
    assert.doesNotMatch(await row.innerText(), /Symphony/, "nothing on the row says Symphony");
    assert.equal(await page.getByTestId("account-errors").count(), 0);
    await assertKeyNowhere(page, token, "after saving a Meta account");

    await row.getByRole("button", { name: "Test connection" }).click();
    const result = row.getByTestId("connection-result");
    await result.waitFor();
    assert.equal(await result.innerText(), "✓ Connected. The token works for Luna Vega Ads (act_1234567890): currency USD, time zone America/Los_Angeles.");
    await assertKeyNowhere(page, token, "after testing a Meta account");
  });

  test("an expired token says so, beside a Symphony row that keeps its own words", async () => {
    const { page } = await settings();
    await page.getByLabel("Account name").fill("Label Sandbox");
    await page.getByLabel("API key").fill("sk_label_1234");
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByTestId("profile-row").waitFor();
    await page.getByRole("radio", { name: /Meta ad account/ }).check();
    await page.getByLabel("Account name").fill("Old token");
    await page.getByRole("radio", { name: /graph\.facebook\.com/ }).check();
    await page.getByLabel("Ad account ID").fill("1010");
    await page.getByLabel("Access token").fill("EAAB_old_dead");
    await page.getByRole("button", { name: "Save account" }).click();
    const rows = page.getByTestId("profile-row");
    await rows.nth(1).waitFor();
    // Core's answer, as core gives it: the bare number saved as act_.
    assert.equal(await rows.nth(1).getByTestId("ad-account").innerText(), "Ad account act_1010");
    assert.match(await rows.nth(0).innerText(), /^Symphony\s+Sandbox\s+Key •••• 1234/m);
    assert.equal(await rows.nth(0).getByTestId("ad-account").count(), 0);
    await rows.nth(1).getByRole("button", { name: "Test connection" }).click();
    await rows.nth(1).getByTestId("connection-result").waitFor();
    assert.match(await rows.nth(1).getByTestId("connection-result").innerText(), /✕ Token expired \(190\)\. This Meta access token has expired/);
  });

  test("switching provider keeps name and token, and each save carries only its provider's fields", async () => {
    const { page } = await settings();
    // The provider is a radio group: arrow keys choose.
    await page.getByRole("radio", { name: /^Symphony With/ }).focus();
    await page.keyboard.press("ArrowRight");
    await page.getByLabel("Access token").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("value")), "meta", "focus moves with the choice");
    await page.getByLabel("Account name").fill("Shared name");
    await page.getByLabel("Access token").fill("shared_token_5678");
    await page.getByRole("radio", { name: /Custom address/ }).check();
    await page.getByLabel("Graph API address").fill("http://graph.example.com/v10.0");
    await page.getByLabel("Ad account ID").fill("act_1010");
    await page.getByRole("button", { name: "Save account" }).click();
    // Core's rule for remote addresses, at the address.
    await page.getByText("Use https:// for a remote API").first().waitFor();
    assert.equal(await page.getByLabel("Graph API address").getAttribute("aria-invalid"), "true");

    await page.getByRole("radio", { name: /^Symphony With/ }).check();
    assert.equal(await page.getByTestId("account-errors").count(), 0, "the Meta errors went with the Meta form");
    assert.equal(await page.getByLabel("Account name").inputValue(), "Shared name");
    assert.equal(await page.getByLabel("API key").inputValue(), "shared_token_5678");
    assert.equal(await page.getByRole("radio", { name: /Symphony Sandbox/ }).isChecked(), true, "Symphony's own place");
    assert.equal(await page.getByLabel("Ad account ID").count(), 0);
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByTestId("profile-row").waitFor();
    const [meta, symphony] = await sentAccounts(page);
    assert.deepEqual(meta, { name: "Shared name", environment: "custom", customUrl: "http://graph.example.com/v10.0", apiKey: "shared_token_5678", sessionOnly: false, provider: "meta", adAccountId: "act_1010" });
    assert.deepEqual(symphony, { name: "Shared name", environment: "sandbox", customUrl: null, apiKey: "shared_token_5678", sessionOnly: false });
  });

  test("a Meta account needs a place chosen: said at the group, nothing sent", async () => {
    const { page } = await settings();
    await page.getByRole("radio", { name: /Meta ad account/ }).check();
    await page.getByLabel("Account name").fill("No place");
    await page.getByRole("button", { name: "Save account" }).click();
    const summary = page.getByTestId("account-errors");
    await summary.waitFor();
    assert.match(await summary.innerText(), /Choose where this account’s ads run/);
    const group = page.getByRole("radiogroup", { name: "Environment" });
    assert.equal(await group.getAttribute("aria-invalid"), "true");
    assert.match(await description(page, group), /Choose where this account’s ads run/);
    assert.deepEqual(await sentAccounts(page), []);
    await summary.getByRole("link").click();
    assert.equal(await focused(page), "input#acc-env");
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`the Meta form with errors and a saved Meta row pass axe (${colorScheme})`, async () => {
      const { page } = await settings({ colorScheme, viewport: { width: 1100, height: 1400 } });
      await page.getByRole("radio", { name: /Meta ad account/ }).check();
      await page.getByLabel("Account name").fill("Luna on Meta");
      await page.getByRole("radio", { name: /graph\.facebook\.com/ }).check();
      await page.getByLabel("Ad account ID").fill("12ab");
      await page.getByRole("button", { name: "Save account" }).click();
      await page.getByTestId("account-errors").waitFor();
      await assertAccessible(page, `Meta form with errors (${colorScheme})`);
      await page.screenshot({ path: join(ctx.shots, `settings-meta-errors-${colorScheme}.png`), fullPage: true });
      await page.getByLabel("Ad account ID").fill("act_1234567890");
      await page.getByLabel("Access token").fill("EAAB_token_abcd");
      await page.getByRole("button", { name: "Save account" }).click();
      await page.getByTestId("profile-row").getByRole("button", { name: "Test connection" }).click();
      await page.getByTestId("connection-result").waitFor();
      await assertAccessible(page, `Meta row (${colorScheme})`);
      await page.screenshot({ path: join(ctx.shots, `settings-meta-row-${colorScheme}.png`), fullPage: true });
    });
  }
});

describe("artists", () => {
  test("a new artist is created from the switcher and becomes the active one", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByRole("button", { name: "+ New artist" }).click();
    const dialog = page.getByRole("dialog", { name: "New artist" });
    await dialog.waitFor();
    await dialog.getByLabel("Name").fill("Nova Ray");
    await dialog.getByRole("button", { name: "Create artist" }).click();
    await page.waitForFunction(() => document.querySelector("#brand-select")?.selectedOptions[0]?.textContent?.includes("Nova Ray"));
    assert.equal(await dialog.isVisible(), false);
    await page.getByText("No campaigns for Nova Ray yet").waitFor();
  });

  test("each error sits on its own field, and Cancel discards the draft and its errors", async () => {
    const { page } = await openApp(ctx.browser, ctx.url);
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByRole("button", { name: "+ New artist" }).click();
    const dialog = page.getByRole("dialog", { name: "New artist" });
    const name = dialog.getByLabel("Name");
    const spotify = dialog.getByLabel("Spotify artist link (optional)");
    const describedBy = async (input) => {
      const ids = (await input.getAttribute("aria-describedby"))?.split(" ") ?? [];
      return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()))).join(" ");
    };

    await spotify.fill("https://open.spotify.com/artist/short");
    await dialog.getByRole("button", { name: "Create artist" }).click();
    // Core checks both fields at once and names each: the first takes the focus.
    await dialog.getByText("Give the artist a name.").waitFor();
    assert.equal(await name.getAttribute("aria-invalid"), "true");
    assert.equal(await describedBy(name), "Give the artist a name.");
    assert.equal(await spotify.getAttribute("aria-invalid"), "true");
    assert.match(await describedBy(spotify), /not a Spotify artist id/);
    assert.equal(await focused(page), "input#artist-name");

    await name.fill("Nova Ray");
    await dialog.getByRole("button", { name: "Create artist" }).click();
    await dialog.getByText(/not a Spotify artist id/).waitFor();
    assert.equal(await spotify.getAttribute("aria-invalid"), "true", "the Spotify field is marked invalid");
    assert.match(await describedBy(spotify), /not a Spotify artist id/);
    assert.equal(await name.getAttribute("aria-invalid"), null, "the name is fine");
    assert.equal(await describedBy(name), "", "the Spotify error is not attached to the name");
    assert.equal(await name.inputValue(), "Nova Ray", "typed values survive the error");
    assert.equal(await focused(page), "input#artist-spotify");

    await dialog.getByRole("button", { name: "Cancel" }).click();
    assert.equal(await dialog.isVisible(), false);
    await page.getByRole("button", { name: "+ New artist" }).click();
    await dialog.waitFor();
    assert.equal(await dialog.getByText(/not a Spotify artist id|Give the artist/).count(), 0, "no error on reopen");
    assert.equal(await spotify.getAttribute("aria-invalid"), null);
    assert.equal(await name.inputValue(), "");
    assert.equal(await spotify.inputValue(), "");
  });
});
