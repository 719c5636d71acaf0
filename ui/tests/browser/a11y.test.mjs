// axe-core on every screen and state, in light and dark: no serious or critical violation.
// Each screen is also saved as a screenshot (SCREENSHOT_DIR) for a look by eye.
import { describe, test } from "node:test";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";

const ctx = suite();

async function settings(page) {
  await page.getByTestId("campaign-row").first().waitFor();
  await page.getByRole("button", { name: "Settings" }).click();
  await page.getByRole("heading", { name: "Accounts" }).waitFor();
}

async function addAccount(page, name, key) {
  await page.getByLabel("Account name").fill(name);
  await page.getByLabel("API key").fill(key);
  await page.getByRole("button", { name: "Save account" }).click();
  await page.getByText(name, { exact: true }).waitFor();
}

/** name -> [openApp options, steps that bring the screen into the state to check] */
const screens = {
  "starting": [{ scenario: "slow" }, async (page) => page.getByText("Connecting to the workspace…").waitFor()],
  "cannot-start": [{ mock: { failWorkspace: true } }, async (page) => page.getByRole("heading", { name: "Crescendo could not connect" }).waitFor()],
  "campaigns": [{}, async (page) => page.getByTestId("campaign-row").first().waitFor()],
  "campaigns-loading": [{ mock: { listDelayMs: 60_000 } }, async (page) => page.getByTestId("skeleton").waitFor()],
  "campaigns-empty": [{ scenario: "empty" }, async (page) => page.getByTestId("empty-state").waitFor()],
  "campaigns-no-match": [{}, async (page) => {
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByLabel("Status").selectOption("ACTIVE");
    await page.getByLabel("Type").selectOption("link_clicks");
    await page.getByTestId("empty-state").waitFor();
  }],
  "campaigns-error": [{ scenario: "broken" }, async (page) => page.getByTestId("load-error").waitFor()],
  "artist-switch-failed": [{ mock: { failSelect: [574] } }, async (page) => {
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByLabel("Artist", { exact: true }).selectOption("574");
    await page.getByTestId("switch-error").waitFor();
  }],
  "new-artist-errors": [{}, async (page) => {
    await page.getByTestId("campaign-row").first().waitFor();
    await page.getByRole("button", { name: "+ New artist" }).click();
    const dialog = page.getByRole("dialog", { name: "New artist" });
    await dialog.getByLabel("Name").fill("Nova Ray");
    await dialog.getByLabel("Spotify artist link (optional)").fill("https://open.spotify.com/artist/short");
    await dialog.getByRole("button", { name: "Create artist" }).click();
    await dialog.getByText(/not a Spotify artist id/).waitFor();
  }],
  "settings": [{}, settings],
  "settings-form-errors": [{}, async (page) => {
    await settings(page);
    await page.getByLabel("Custom address").check();
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByTestId("account-errors").waitFor();
  }],
  "settings-accounts": [{ mock: { failUseDemo: true } }, async (page) => {
    await settings(page);
    await addAccount(page, "Label Sandbox", "sk_live_ok_ab12");
    await addAccount(page, "Old key", "sk_revoked_dead");
    const rows = page.getByTestId("profile-row");
    await rows.nth(0).getByRole("button", { name: "Test connection" }).click();
    await rows.nth(1).getByRole("button", { name: "Test connection" }).click();
    await rows.nth(1).getByTestId("connection-result").waitFor();
    await rows.nth(0).getByRole("button", { name: "Use" }).click();
    await page.getByTestId("workspace-badge").getByText("Label Sandbox").waitFor();
    await page.getByRole("button", { name: "Use demo" }).click();
    await page.getByTestId("demo-error").waitFor();
    await rows.nth(0).getByRole("button", { name: "Rename" }).click();
    await rows.nth(1).getByRole("button", { name: "Remove" }).click();
    await page.getByRole("alertdialog").waitFor();
  }],
  "settings-no-keychain": [{ scenario: "no-keychain" }, async (page) => {
    await settings(page);
    await page.getByTestId("keychain-warning").waitFor();
  }],
};

for (const colorScheme of ["light", "dark"]) {
  describe(`accessibility, ${colorScheme}`, () => {
    for (const [name, [opts, reach]] of Object.entries(screens)) {
      test(name, async () => {
        const { page } = await openApp(ctx.browser, ctx.url, { ...opts, colorScheme });
        await reach(page);
        await assertAccessible(page, `${name} (${colorScheme})`);
        await page.screenshot({ path: join(ctx.shots, `${name}-${colorScheme}.png`), fullPage: true });
      });
    }
  });
}
