import { describe, expect, it } from "vitest";
import { formatDate, formatDay, formatMoney, keptAge, rangeLabel, safeLocale } from "./format";

describe("formatMoney", () => {
  it("uses each currency's own minor unit", () => {
    expect(formatMoney({ amount: "190.00", currency: "MXN", exponent: 2 }, "en-US")).toBe("MX$190.00");
    expect(formatMoney({ amount: "1500", currency: "JPY", exponent: 0 }, "en-US")).toBe("¥1,500");
    expect(formatMoney({ amount: "2520.00", currency: "USD", exponent: 2 }, "en-US")).toBe("$2,520.00");
    expect(formatMoney({ amount: "12000.50", currency: "INR", exponent: 2 }, "en-IN")).toBe("₹12,000.50");
  });

  it("keeps exact decimals that floats would round", () => {
    expect(formatMoney({ amount: "90071992547409.93", currency: "USD", exponent: 2 }, "en-US")).toBe("$90,071,992,547,409.93");
  });
});

describe("formatDate and rangeLabel", () => {
  it("formats in the requested zone", () => {
    expect(formatDate("2026-03-03T05:00:00Z", "en-US", "UTC")).toBe("Mar 3, 2026");
    expect(formatDate("2026-03-03T05:00:00Z", "en-US", "America/Los_Angeles")).toBe("Mar 2, 2026");
    expect(formatDate("not a date", "en-US")).toBe("—");
  });

  it("labels pages", () => {
    expect(rangeLabel(1, 25, 8, 8)).toBe("1–8 of 8");
    expect(rangeLabel(2, 5, 3, 8)).toBe("6–8 of 8");
    expect(rangeLabel(1, 25, 0, 0)).toBe("0 of 0");
  });
});

describe("safeLocale", () => {
  it("turns POSIX locales into usable tags or falls back", () => {
    expect(safeLocale(["C.UTF-8"])).toBe("en-US");
    expect(safeLocale(["c"])).toBe("en-US");
    expect(safeLocale(["es_MX.UTF-8"])).toBe("es-MX");
    expect(safeLocale([undefined, "fr-FR"])).toBe("fr-FR");
    expect(safeLocale([])).toBe("en-US");
  });
});

describe("formatDay", () => {
  it("shows a calendar day as that day in every time zone", () => {
    expect(formatDay("2026-11-01", "en-US")).toBe("Nov 1, 2026");
    expect(formatDay("2026-12-31", "en-US")).toBe("Dec 31, 2026");
  });
});

describe("keptAge", () => {
  const at = Date.parse("2026-11-30T12:00:00Z");
  it("says how old kept data is, rounding to the nearest unit", () => {
    expect(keptAge("2026-11-30T11:59:50Z", at, "en-US")).toMatch(/^just now \(/);
    expect(keptAge("2026-11-30T11:20:00Z", at, "en-US")).toMatch(/^40 min ago \(/);
    expect(keptAge("2026-11-30T09:00:30Z", at, "en-US")).toMatch(/^3 h ago \(Nov 30, 2026, /);
    expect(keptAge("2026-11-27T12:00:00Z", at, "en-US")).toMatch(/^3 days ago \(/);
    expect(keptAge("2026-11-30T12:05:00Z", at, "en-US")).toMatch(/^just now/);
  });
});
