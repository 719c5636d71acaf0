// Market shares as exact decimal strings ("0.5"). The UI edits percents with two decimals,
// i.e. basis points (0..10000), so the shares always add up to exactly 100%.

export const WHOLE = 10000;

export function toBasisPoints(share: string): number {
  const n = Math.round(Number(share) * WHOLE);
  return Number.isFinite(n) ? Math.min(WHOLE, Math.max(0, n)) : 0;
}

export function toShare(bp: number): string {
  const s = (bp / WHOLE).toFixed(4);
  return s.replace(/\.?0+$/, "") || "0";
}

export function toPercent(bp: number): string {
  return (bp / 100).toFixed(2).replace(/\.?0+$/, "");
}

/** Equal parts that add up to the whole: 3 markets → 3334, 3333, 3333. */
export function evenSplit(n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(WHOLE / n);
  return Array.from({ length: n }, (_, i) => base + (i < WHOLE - base * n ? 1 : 0));
}

/**
 * Market `i` now takes `bp`; the others share what is left in their previous proportions (or
 * evenly when they had nothing), so the total stays exactly 100%.
 */
export function rebalance(current: number[], i: number, bp: number): number[] {
  const value = Math.min(WHOLE, Math.max(0, Math.round(bp)));
  const next = [...current];
  next[i] = value;
  const others = current.map((_, j) => j).filter((j) => j !== i);
  if (others.length === 0) {
    next[i] = WHOLE;
    return next;
  }
  const left = WHOLE - value;
  const before = others.reduce((sum, j) => sum + (current[j] ?? 0), 0);
  let given = 0;
  others.forEach((j, k) => {
    const last = k === others.length - 1;
    const part = last
      ? left - given
      : before > 0
        ? Math.floor((left * (current[j] ?? 0)) / before)
        : Math.floor(left / others.length);
    next[j] = part;
    given += part;
  });
  return next;
}
