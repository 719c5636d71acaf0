import { describe, expect, it } from "vitest";
import { ImageLoader } from "./images";
import { mockImage, TINY_PNG } from "./mock-images";

function counting(fails: (url: string) => boolean = () => false) {
  const asked: string[] = [];
  const loader = new ImageLoader((url) => {
    asked.push(url);
    return mockImage(url, fails);
  });
  return { loader, asked };
}

describe("ImageLoader", () => {
  it("asks Rust once per address, for concurrent and later asks alike", async () => {
    const { loader, asked } = counting();
    const [a, b] = await Promise.all([loader.get("https://i.scdn.co/a"), loader.get("https://i.scdn.co/a")]);
    expect(await loader.get("https://i.scdn.co/a")).toBe(TINY_PNG);
    expect([a, b]).toEqual([TINY_PNG, TINY_PNG]);
    await loader.get("https://i.scdn.co/b");
    expect(asked).toEqual(["https://i.scdn.co/a", "https://i.scdn.co/b"]);
  });

  it("forgets a failure once it settled, so a later ask tries again", async () => {
    const { loader, asked } = counting((u) => u.endsWith("/gone"));
    await expect(loader.get("https://cdn.example/gone")).rejects.toMatchObject({ code: "not_found" });
    await expect(loader.get("https://cdn.example/gone")).rejects.toMatchObject({ code: "not_found" });
    expect(asked).toEqual(["https://cdn.example/gone", "https://cdn.example/gone"]);
  });
});
