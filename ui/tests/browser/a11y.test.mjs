// axe-core on every screen and state, in light and dark: no serious or critical violation.
// Each screen is also saved as a screenshot (SCREENSHOT_DIR) for a look by eye.
import { describe, test } from "node:test";
import { join } from "node:path";
import { assertAccessible, openApp, suite } from "./harness.mjs";
import { chooseType, fillBudget, next } from "./wizard-helpers.mjs";

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

async function wizard(page) {
  await page.getByTestId("campaign-row").first().waitFor();
  await page.getByRole("button", { name: "New campaign" }).click();
  await page.locator("input[name=objective]").first().waitFor({ state: "attached" });
}

/** A views campaign brought to its review step. */
async function wizardReview(page) {
  await wizard(page);
  await chooseType(page, "increase_video_views", "Midnight Drive — views");
  await next(page);
  await page.locator("label.item:has(input[name=video])").first().click();
  await next(page);
  await fillBudget(page);
  await next(page);
  await page.waitForSelector("[data-testid=launch]:not([disabled])");
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
  "wizard-type": [{}, async (page) => {
    await wizard(page);
    await page.locator("#next-why").waitFor();
  }],
  "wizard-release-search": [{}, async (page) => {
    await wizard(page);
    await chooseType(page, "record_streams", "Midnight Drive — streams");
    await next(page);
    await page.locator("#release-search").fill("Mid");
    await page.locator("#release-search-opt-1").waitFor();
  }],
  "wizard-budget-problem": [{}, async (page) => {
    await wizard(page);
    await chooseType(page, "increase_video_views", "Views");
    await next(page);
    await page.locator("label.item:has(input[name=video])").first().click();
    await next(page);
    await fillBudget(page, "12");
    await page.locator("#budget-problem").waitFor();
  }],
  "wizard-targeting": [{}, async (page) => {
    await wizard(page);
    await chooseType(page, "boost_instagram", "Tour teaser boost");
    await next(page);
    await page.locator("label.post").first().click();
    await next(page);
    await fillBudget(page);
    await next(page);
    await page.getByRole("button", { name: "Add “High Engagement Markets”" }).click();
    await page.getByRole("button", { name: "Add a market" }).click();
    await page.locator(".market").nth(1).locator(".problem").waitFor();
  }],
  "wizard-review": [{}, wizardReview],
  "wizard-review-production": [{ mock: { spendsMoney: true } }, async (page) => {
    await wizardReview(page);
    await page.locator("#confirm").waitFor();
  }],
  "wizard-launched": [{}, async (page) => {
    await wizardReview(page);
    await page.getByTestId("launch").click();
    await page.getByTestId("launch-done").getByText("In review").waitFor();
  }],
  "wizard-drafts": [{ mock: { seedDrafts: true } }, async (page) => {
    await wizard(page);
    await page.getByTestId("draft-row").first().waitFor();
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
