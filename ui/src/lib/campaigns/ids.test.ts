import { describe, expect, it } from "vitest";
import { shownId } from "./ids";

describe("shownId", () => {
  it("shows a linked account's campaign by the provider's own number", () => {
    expect(shownId("meta:demo:120210000000001")).toBe("120210000000001");
    expect(shownId("meta:p_3f9c:6003")).toBe("6003");
    expect(shownId("marin:p_1:46")).toBe("46");
  });
  it("leaves the main account's ids as they are", () => {
    expect(shownId("5001")).toBe("5001");
    expect(shownId("v2:abc")).toBe("v2:abc");
    expect(shownId("meta:only")).toBe("meta:only");
  });
});
