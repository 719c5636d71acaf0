// The math behind a figure's hover overlay: which day the pointer is nearest, where that day and
// its values sit in the chart's viewBox, and what the tooltip and the live region say. Pure
// functions over core's PageFigure; the values shown are always the row's text, never numbers
// read back from pixels.
import type { PageFigure, PlotArea, XDomain, YDomain } from "../bindings";
import { formatDate, formatMoney, locale } from "../format";

export type ViewBox = { width: number; height: number };

/** What the overlay needs of a figure; null for an empty figure (no overlay). */
export type HoverModel = {
  viewBox: ViewBox;
  plot: PlotArea;
  x: XDomain;
  y: YDomain;
  /** Day offset of each row from `x.first`, ascending. */
  offsets: number[];
  /** The figure's currency when its values are money (the title ends in "(USD)"). */
  currency: string | null;
  series: string[];
  rows: string[][];
};

export type HoverValue = {
  /** The series' index (its class is `series-N`). */
  series: number;
  label: string;
  /** The row's text, formatted for people ("$47.13", "9,311", "no data"). */
  display: string;
  /** Where the value sits in the viewBox; null for a gap. */
  y: number | null;
};

export type HoverPoint = { index: number; x: number; date: string; day: string; values: HoverValue[] };

const DAY_MS = 86_400_000;

/** Whole days from `first` to `date` (both "YYYY-MM-DD", read as UTC days). */
export function dayOffset(date: string, first: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS);
}

/** The viewBox's size from the chart markup ("viewBox=\"0 0 720 280\""). */
export function viewBoxOf(svg: string): ViewBox | null {
  const m = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!m) return null;
  const width = Number(m[1]);
  const height = Number(m[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** A day offset's x in the viewBox: `x.min` at the plot's left edge, `x.max` at its right. */
export function offsetToX(offset: number, plot: PlotArea, x: XDomain): number {
  const span = x.max - x.min;
  if (span === 0) return plot.left + plot.width / 2;
  return plot.left + ((offset - x.min) / span) * plot.width;
}

/** The inverse: the day offset under a viewBox x. */
export function xToOffset(vx: number, plot: PlotArea, x: XDomain): number {
  if (plot.width === 0) return x.min;
  return x.min + ((vx - plot.left) / plot.width) * (x.max - x.min);
}

/** A value's y in the viewBox: `y.max` at the plot's top, `y.min` at its bottom. */
export function valueToY(v: number, plot: PlotArea, y: YDomain): number {
  const span = y.max - y.min;
  if (span === 0) return plot.top + plot.height;
  return plot.top + ((y.max - v) / span) * plot.height;
}

/** Index of the offset nearest `target` in an ascending list (the earlier one on a tie); -1 if empty. */
export function nearestIndex(offsets: readonly number[], target: number): number {
  if (offsets.length === 0) return -1;
  let lo = 0;
  let hi = offsets.length - 1;
  // The first offset >= target, by bisection (a year of days stays a few steps).
  const at = (i: number) => offsets[i] ?? 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && target - at(lo - 1) <= at(lo) - target) return lo - 1;
  return lo;
}

/**
 * A pointer's clientX in viewBox units, from the rendered SVG's bounding box. The SVG keeps its
 * aspect ratio (preserveAspectRatio's default, xMidYMid meet), so a box of another shape
 * letterboxes it: the scale is the smaller one and the drawing is centred.
 */
export function clientToViewBoxX(clientX: number, rect: { left: number; width: number; height: number }, vb: ViewBox): number {
  const scale = Math.min(rect.width / vb.width, rect.height / vb.height);
  if (!(scale > 0)) return 0;
  const pad = (rect.width - vb.width * scale) / 2;
  return (clientX - rect.left - pad) / scale;
}

/** "Daily spend (USD)" → "USD". */
export function currencyOf(title: string): string | null {
  return /\(([A-Z]{3})\)\s*$/.exec(title)?.[1] ?? null;
}

const counts = new Map<string, Intl.NumberFormat>();

/**
 * A row's value as people read it. The text is core's exact decimal; it is handed to Intl as a
 * string (no float rounding), money with as many decimals as the text carries.
 */
export function displayValue(text: string, currency: string | null, loc: string = locale): string {
  if (text === "") return "no data";
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  if (currency) return formatMoney({ amount: text, currency, exponent: text.split(".")[1]?.length ?? 0 }, loc);
  if (text.includes(".")) return text;
  let f = counts.get(loc);
  if (!f) {
    f = new Intl.NumberFormat(loc, { maximumFractionDigits: 0 });
    counts.set(loc, f);
  }
  return f.format(text as unknown as number);
}

export function hoverModel(figure: PageFigure): HoverModel | null {
  const { chart } = figure;
  if (chart.empty || !chart.xDomain || !chart.yDomain || figure.rows.length === 0) return null;
  const viewBox = viewBoxOf(chart.svg);
  if (!viewBox) return null;
  const first = chart.xDomain.first;
  return {
    viewBox,
    plot: chart.plot,
    x: chart.xDomain,
    y: chart.yDomain,
    offsets: figure.rows.map((r) => dayOffset(r[0] ?? "", first)),
    currency: currencyOf(figure.title),
    series: figure.series,
    rows: figure.rows,
  };
}

/** The day at row `index`, where it sits and each series' value there; null past the rows. */
export function pointAt(m: HoverModel, index: number, loc: string = locale): HoverPoint | null {
  const row = m.rows[index];
  const offset = m.offsets[index];
  if (!row || offset === undefined) return null;
  const date = row[0] ?? "";
  const values = m.series.map((label, j): HoverValue => {
    const text = row[j + 1] ?? "";
    const v = text === "" ? NaN : Number(text);
    return { series: j, label, display: displayValue(text, m.currency, loc), y: Number.isFinite(v) ? valueToY(v, m.plot, m.y) : null };
  });
  return { index, x: offsetToX(offset, m.plot, m.x), date, day: formatDate(date, loc, "UTC"), values };
}

/** The nearest row to a pointer at viewBox x `vx`. */
export function indexAtX(m: HoverModel, vx: number): number {
  return nearestIndex(m.offsets, xToOffset(vx, m.plot, m.x));
}

/** "Nov 12, 2026: Spend $47.13" (series joined with commas). */
export function announcement(p: HoverPoint): string {
  return `${p.day}: ${p.values.map((v) => `${v.label} ${v.display}`).join(", ")}`;
}

/**
 * The row a key moves to from `current` (null: nothing shown), among `count` rows: arrows step
 * (the first press starts at the near end), Home and End jump, Escape hides (null).
 * undefined when the key is not the chart's.
 */
export function stepIndex(current: number | null, key: string, count: number): number | null | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  switch (key) {
    case "ArrowRight":
      return current === null ? 0 : Math.min(current + 1, last);
    case "ArrowLeft":
      return current === null ? last : Math.max(current - 1, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    case "Escape":
      return null;
    default:
      return undefined;
  }
}
