// Artwork, post thumbnails and video stills in the wizard: loaded through the backend's `image`
// command as data: URLs (the CSP allows no remote image; the harness fails on any violation),
// a shimmer while loading, the neutral placeholder for a missing or failing image.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertAccessible, suite } from "./harness.mjs";
import { calls, chooseType, next, openWizard } from "./wizard-helpers.mjs";

const ctx = suite();
const POST_1 = "https://scontent.cdninstagram.com/v/17890001.jpg";
const POST_2 = "https://scontent.cdninstagram.com/v/17890002.jpg";
const ART_1 = "https://i.scdn.co/image/ab67616d0000b273midnightdrive";

/** Every request the page makes that is not to the test server or a data: URL. */
function watchRemote(page) {
  const remote = [];
  page.on("request", (r) => { if (!/^(http:\/\/127\.0\.0\.1[:/]|data:)/.test(r.url())) remote.push(r.url()); });
  return remote;
}

const state = (locator) => locator.locator("[data-state]").first().getAttribute("data-state");
const imageCalls = async (page) => (await calls(page, "image")).map((c) => c.args.url);

async function toStep(page, type, title) {
  await chooseType(page, type, `Thumbs ${type}`);
  await next(page);
  await page.waitForFunction((t) => document.querySelector("#step-title")?.textContent === t, title);
}

describe("thumbnails", () => {
  for (const colorScheme of ["light", "dark"]) {
    test(`post picker (${colorScheme}): the image for an address, the placeholder for a failing one`, async () => {
      const { page } = await openWizard(ctx, { colorScheme, mock: { failImages: [POST_2], imageDelayMs: 300 } });
      const remote = watchRemote(page);
      await toStep(page, "boost_instagram", "Post");
      const posts = page.locator("label.post");
      await posts.first().waitFor();
      // Loading first (a shimmer), then the image or the placeholder.
      assert.equal(await state(posts.nth(0)), "loading");
      await posts.nth(0).locator("[data-state=loaded] img").waitFor();
      await posts.nth(1).locator("[data-state=placeholder]").waitFor();
      const src = await posts.nth(0).locator("img").getAttribute("src");
      assert.match(src, /^data:image\/png;base64,/);
      assert.equal(await posts.nth(1).locator("img").count(), 0);
      assert.deepEqual((await imageCalls(page)).sort(), [POST_1, POST_2]);
      assert.deepEqual(remote, [], "the page itself loaded a remote address");
      // The image is painted, not a broken icon.
      assert.ok(await posts.nth(0).locator("img").evaluate((i) => i.complete && i.naturalWidth === 8));
      await assertAccessible(page, `post picker with thumbnails (${colorScheme})`);
      await page.locator("fieldset.posts").screenshot({ path: join(ctx.shots, `thumbs-posts-${colorScheme}.png`) });
    });
  }

  test("release search: artwork in the options and on the chosen release, one image call per address", async () => {
    const { page } = await openWizard(ctx);
    const remote = watchRemote(page);
    await toStep(page, "record_streams", "Release");
    await page.locator("#release-search").fill("Midnight");
    const first = page.locator("#release-search-opt-0");
    await first.locator("[data-state=loaded] img").waitFor();
    await page.locator("#release-search").fill("Summer");
    // "Summer Single" has no artwork: the placeholder, and no call for it.
    await page.locator("#release-search-opt-0:has-text('Summer Single') [data-state=placeholder]").waitFor();
    await page.locator("#release-search").fill("Midnight Drive");
    await first.locator("[data-state=loaded] img").waitFor();
    await page.locator("#release-search-list").screenshot({ path: join(ctx.shots, "thumbs-release-options-light.png") });
    await page.locator("#release-search").press("Enter");
    const chosen = page.getByTestId("chosen-release");
    await chosen.locator("[data-state=loaded] img").waitFor();
    const urls = await imageCalls(page);
    assert.equal(urls.filter((u) => u === ART_1).length, 1, `asked ${JSON.stringify(urls)}`);
    assert.ok(!urls.includes(null) && !urls.includes(""));
    assert.deepEqual(remote, []);
    await chosen.screenshot({ path: join(ctx.shots, "thumbs-release-light.png") });
  });

  test("video picker: the still, or the placeholder for a video without one", async () => {
    const { page } = await openWizard(ctx, { colorScheme: "dark" });
    await toStep(page, "increase_video_views", "Video");
    const items = page.locator("label.item:has(input[name=video])");
    await items.nth(0).locator("[data-state=loaded] img").waitFor();
    assert.equal(await state(items.nth(1)), "placeholder");
    assert.deepEqual(await imageCalls(page), ["https://i.ytimg.com/vi/yt-abc123/hqdefault.jpg"]);
    await page.locator("fieldset.list").first().screenshot({ path: join(ctx.shots, "thumbs-videos-dark.png") });
  });

  test("media links: the thumbnail shows once its address is entered, not per keystroke", async () => {
    const bad = "https://res.cloudinary.com/symphonyos/missing.jpg";
    const { page } = await openWizard(ctx, { mock: { failImages: [bad] } });
    await chooseType(page, "link_clicks", "Thumbs links");
    await next(page);
    await page.locator("#link").fill("https://lunavega.example/merch");
    await next(page);
    await page.waitForFunction(() => document.querySelector("#step-title")?.textContent === "Media");
    await page.getByLabel("Videos or images by link").check();
    await page.getByRole("button", { name: "Add video" }).click();
    const row = page.locator(".row").first();
    assert.equal(await state(row), "placeholder");
    const thumb = row.getByLabel("Thumbnail URL");
    await thumb.pressSequentially("https://res.cloudinary.com/symphonyos/car2.jpg");
    assert.equal(await state(row), "placeholder", "the preview followed the keystrokes");
    await thumb.press("Tab");
    await row.locator("[data-state=loaded] img").waitFor();
    await thumb.fill(bad);
    await thumb.press("Tab");
    await row.locator("[data-state=placeholder]").waitFor();
    // (The step opened on the post picker first: its thumbnails are asked too.)
    const links = (await imageCalls(page)).filter((u) => u.startsWith("https://res.cloudinary.com/"));
    assert.deepEqual(links, ["https://res.cloudinary.com/symphonyos/car2.jpg", bad]);
    await assertAccessible(page, "media links with a thumbnail");
    await page.locator("section.links").first().screenshot({ path: join(ctx.shots, "thumbs-links-light.png") });
  });
});
