import { describe, expect, it } from "vitest";
import { evenSplit, rebalance, toBasisPoints, toPercent, toShare, WHOLE } from "./shares";

const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);

describe("market shares", () => {
  it("split evenly into exactly 100%", () => {
    expect(evenSplit(3)).toEqual([3334, 3333, 3333]);
    expect(sum(evenSplit(3))).toBe(WHOLE);
    expect(evenSplit(1)).toEqual([WHOLE]);
  });

  it("rebalance the others in proportion and keep the total", () => {
    expect(rebalance([5000, 3000, 2000], 0, 6000)).toEqual([6000, 2400, 1600]);
    expect(rebalance([10000, 0], 0, 7000)).toEqual([7000, 3000]);
    expect(rebalance([3334, 3333, 3333], 2, 10000)).toEqual([0, 0, 10000]);
    for (const [cur, i, v] of [[[3334, 3333, 3333], 1, 1234], [[5000, 5000], 0, 9999], [[2500, 2500, 5000], 2, 1]] as const) {
      expect(sum(rebalance([...cur], i, v))).toBe(WHOLE);
    }
    expect(rebalance([10000], 0, 40)).toEqual([WHOLE]);
  });

  it("read and write exact decimal strings", () => {
    expect(toShare(3334)).toBe("0.3334");
    expect(toShare(5000)).toBe("0.5");
    expect(toShare(WHOLE)).toBe("1");
    expect(toBasisPoints("0.3334")).toBe(3334);
    expect(toBasisPoints("junk")).toBe(0);
    expect(toPercent(3334)).toBe("33.34");
    expect(toPercent(5000)).toBe("50");
  });
});
