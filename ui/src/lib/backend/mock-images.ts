// The `image` command for tests without Rust: a tiny data URL, or core's error for the
// addresses a test says are missing.

/** An 8×8 PNG (a violet-to-orange gradient, so screenshots show "artwork"), as Rust would
 *  answer for an image it fetched. */
export const TINY_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAATklEQVR42mPI1bhZrnu60Whvt8X6qbYL5ztNXunRutm3nAGr6N6gTAasoscjohmwil6M9WXAKno7yZ4Bq+jTDEMGrKLvc5UZsIr+LBYDAIADXcMpSYVFAAAAAElFTkSuQmCC";

/** Answers like the `image` command: `TINY_PNG`, or a not_found error when `fails(url)`. */
export async function mockImage(url: string, fails: (url: string) => boolean = () => false): Promise<string> {
  if (fails(url)) throw { code: "not_found", message: "Image not shown: the image's server answered HTTP 404" };
  return TINY_PNG;
}
