import { describe, expect, it } from "vitest";
import { BackendError, describeError, normalizeError } from "./backend";

describe("normalizeError", () => {
  it("keeps the {code, message} Rust sent", () => {
    const e = normalizeError("list_campaigns", { code: "rate_limited", message: "Slow down" });
    expect(e).toBeInstanceOf(BackendError);
    expect(e.code).toBe("rate_limited");
    expect(e.command).toBe("list_campaigns");
    expect(e.message).toBe("Slow down");
  });

  it("keeps a refused form's problems, each at its field", () => {
    const problems = [{ field: "name", code: "required", message: "Give the artist a name.", fix: null }];
    expect(normalizeError("create_brand", { code: "validation", message: "Give the artist a name.", problems }).problems).toEqual(problems);
    expect(normalizeError("x", { code: "network", message: "down" }).problems).toEqual([]);
    expect(normalizeError("x", { code: "validation", message: "m", problems: "junk" }).problems).toEqual([]);
  });

  it("treats anything else as internal", () => {
    expect(normalizeError("x", "boom").code).toBe("internal");
    expect(normalizeError("x", { code: "weird", message: "m" }).code).toBe("internal");
    expect(normalizeError("x", new Error("bad")).message).toBe("bad");
  });

  it("tells the user where to fix key problems", () => {
    expect(describeError(new BackendError("x", "forbidden", "The key is not active."))).toContain("Settings");
    expect(describeError(new BackendError("x", "timeout", "Too slow"))).toBe("Too slow");
  });
});
