import { describe, expect, it } from "vitest";
import fixture from "../../../tests/browser/fixtures/campaign-detail.json";
import type { CampaignDetail, PageFigure } from "../bindings";
import {
  announcement, clientToViewBoxX, currencyOf, dayOffset, displayValue, hoverModel, indexAtX, nearestIndex,
  offsetToX, pointAt, stepIndex, valueToY, viewBoxOf, xToOffset,
} from "./hover";

// The CampaignDetail core built for the browser fixture (checked fresh by a Rust test).
const detail = fixture as unknown as CampaignDetail;
const fig = (key: string) => detail.figures.find((f) => f.key === key) as PageFigure;

describe("geometry", () => {
  const plot = { left: 100, top: 10, width: 600, height: 200 };
  const x = { first: "2026-11-01", last: "2026-11-28", min: -0.5, max: 27.5 };

  it("counts whole days between dates, across a month end", () => {
    expect(dayOffset("2026-11-01", "2026-11-01")).toBe(0);
    expect(dayOffset("2026-12-02", "2026-11-28")).toBe(4);
    // A DST change in many zones (read as UTC days, so still whole).
    expect(dayOffset("2026-11-02", "2026-10-31")).toBe(2);
  });

  it("maps x.min to the plot's left edge and x.max to its right, and back", () => {
    expect(offsetToX(-0.5, plot, x)).toBe(100);
    expect(offsetToX(27.5, plot, x)).toBe(700);
    expect(offsetToX(0, plot, x)).toBeCloseTo(100 + (0.5 / 28) * 600);
    expect(xToOffset(offsetToX(13, plot, x), plot, x)).toBeCloseTo(13);
  });

  it("puts y.max at the top and y.min at the bottom (larger values higher)", () => {
    const y = { min: 0, max: 80 };
    expect(valueToY(80, plot, y)).toBe(10);
    expect(valueToY(0, plot, y)).toBe(210);
    expect(valueToY(20, plot, y)).toBe(160);
    expect(valueToY(60, plot, y)).toBeLessThan(valueToY(40, plot, y));
  });

  it("finds the nearest offset, the earlier one on a tie, clamped at both ends", () => {
    const offs = [0, 1, 2, 5, 6];
    expect(nearestIndex(offs, -3)).toBe(0);
    expect(nearestIndex(offs, 0.4)).toBe(0);
    expect(nearestIndex(offs, 0.6)).toBe(1);
    expect(nearestIndex(offs, 1.5)).toBe(1);
    expect(nearestIndex(offs, 3.4)).toBe(2);
    expect(nearestIndex(offs, 3.6)).toBe(3);
    expect(nearestIndex(offs, 6)).toBe(4);
    expect(nearestIndex(offs, 99)).toBe(4);
    expect(nearestIndex([], 1)).toBe(-1);
    offs.forEach((o, i) => expect(nearestIndex(offs, o)).toBe(i));
  });

  it("maps client pixels through the rendered box, scaled and letterboxed", () => {
    const vb = { width: 720, height: 280 };
    // Rendered at half size, 10px from the viewport's left.
    expect(clientToViewBoxX(10 + 180, { left: 10, width: 360, height: 140 }, vb)).toBe(360);
    // A box wider than the aspect: the drawing is centred with bars either side.
    expect(clientToViewBoxX(100 + 720, { left: 0, width: 1640, height: 280 }, vb)).toBe(360);
  });

  it("reads the viewBox and the currency", () => {
    expect(viewBoxOf('<svg xmlns="x" viewBox="0 0 720 280" width="720">')).toEqual({ width: 720, height: 280 });
    expect(viewBoxOf("<svg>")).toBeNull();
    expect(currencyOf("Daily spend (USD)")).toBe("USD");
    expect(currencyOf("Impressions and reach")).toBeNull();
  });
});

describe("values", () => {
  it("shows the row's text: money in its currency, counts grouped, gaps as no data", () => {
    expect(displayValue("47.13", "USD", "en-US")).toBe("$47.13");
    expect(displayValue("1238.57", "USD", "en-US")).toBe("$1,238.57");
    expect(displayValue("470", "JPY", "ja-JP")).toBe("￥470");
    // Beyond a float's digits: the text goes to Intl as is.
    expect(displayValue("12345678901234.57", "USD", "en-US")).toBe("$12,345,678,901,234.57");
    expect(displayValue("9311", null, "en-US")).toBe("9,311");
    expect(displayValue("1.25", null, "en-US")).toBe("1.25");
    expect(displayValue("", "USD", "en-US")).toBe("no data");
  });

  it("gives a figure's day, its position and every series' value from the rows", () => {
    const m = hoverModel(fig("spend"));
    if (!m) throw new Error("the spend figure has data");
    const p = pointAt(m, 0, "en-US");
    if (!p) throw new Error("row 0 exists");
    expect(p.day).toBe("Nov 1, 2026");
    expect(p.values).toEqual([{ series: 0, label: "Spend", display: "$47.13", y: valueToY(47.13, m.plot, m.y) }]);
    expect(p.x).toBeCloseTo(m.plot.left + (0.5 / 28) * m.plot.width);
    expect(announcement(p)).toBe("Nov 1, 2026: Spend $47.13");
    const gap = pointAt(m, 16, "en-US");
    if (!gap) throw new Error("row 16 exists");
    expect(announcement(gap)).toBe("Nov 17, 2026: Spend no data");
    expect(gap.values[0]?.y).toBeNull();
    expect(gap.values).toHaveLength(1);
    expect(pointAt(m, m.rows.length, "en-US")).toBeNull();
  });

  it("names every series of a multi-series figure in drawing order", () => {
    const m = hoverModel(fig("pacing"));
    if (!m) throw new Error("the pacing figure has data");
    const at = (mm: typeof m, i: number) => {
      const p = pointAt(mm, i, "en-US");
      if (!p) throw new Error(`row ${i} exists`);
      return p;
    };
    expect(announcement(at(m, 11))).toBe("Nov 12, 2026: Spent to date $562.14, Ideal pace $720.00");
    const reach = hoverModel(fig("reach"));
    if (!reach) throw new Error("the reach figure has data");
    expect(announcement(at(reach, 0))).toBe("Nov 1, 2026: Impressions 9,311, Reach to date 7,300");
  });

  it("the nearest day to each day's own x is that day, on every figure", () => {
    for (const f of detail.figures) {
      const m = hoverModel(f);
      if (!m) continue;
      m.rows.forEach((_, i) => {
        const p = pointAt(m, i);
        if (!p) throw new Error(`row ${i} exists`);
        expect(indexAtX(m, p.x)).toBe(i);
        // A third of a day either side still picks it.
        const third = (m.plot.width / (m.x.max - m.x.min)) / 3;
        expect(indexAtX(m, p.x - third)).toBe(i);
        expect(indexAtX(m, p.x + third)).toBe(i);
      });
    }
  });

  it("has no model for an empty figure", () => {
    const empty: PageFigure = { ...fig("spend"), chart: { ...fig("spend").chart, empty: true, xDomain: null, yDomain: null } };
    expect(hoverModel(empty)).toBeNull();
  });
});

describe("keys", () => {
  it("steps, starts at the near end, jumps, clamps and hides", () => {
    expect(stepIndex(null, "ArrowRight", 28)).toBe(0);
    expect(stepIndex(null, "ArrowLeft", 28)).toBe(27);
    expect(stepIndex(3, "ArrowRight", 28)).toBe(4);
    expect(stepIndex(3, "ArrowLeft", 28)).toBe(2);
    expect(stepIndex(27, "ArrowRight", 28)).toBe(27);
    expect(stepIndex(0, "ArrowLeft", 28)).toBe(0);
    expect(stepIndex(5, "Home", 28)).toBe(0);
    expect(stepIndex(5, "End", 28)).toBe(27);
    expect(stepIndex(5, "Escape", 28)).toBeNull();
    expect(stepIndex(5, "a", 28)).toBeUndefined();
    expect(stepIndex(null, "ArrowRight", 0)).toBeUndefined();
  });
});
