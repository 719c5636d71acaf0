import type { Money } from "./bindings";

// Formatters are costly to build: one per locale+currency, kept.
const moneyFormats = new Map<string, Intl.NumberFormat>();
/**
 * A locale Intl accepts. WebKitGTK reports the POSIX locale as-is ("C.UTF-8" under a bare
 * environment), which is not a BCP 47 tag and would make every Intl constructor throw.
 */
export function safeLocale(candidates: readonly (string | undefined)[]): string {
  for (const c of candidates) {
    if (!c) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(c.replace(/[.@].*$/, "").replace("_", "-"));
      if (canonical && canonical.length >= 2 && canonical.toLowerCase() !== "c" && canonical.toLowerCase() !== "posix") {
        new Intl.NumberFormat(canonical);
        return canonical;
      }
    } catch {
      // not a usable tag: try the next one
    }
  }
  return "en-US";
}

export const locale = typeof navigator !== "undefined" ? safeLocale([...(navigator.languages ?? []), navigator.language]) : "en-US";

/** Money in its own currency with its own minor unit (JPY has none). */
export function formatMoney(m: Money, loc: string = locale): string {
  const key = `${loc}|${m.currency}|${m.exponent}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(loc, {
      style: "currency",
      currency: m.currency,
      minimumFractionDigits: m.exponent,
      maximumFractionDigits: m.exponent,
    });
    moneyFormats.set(key, f);
  }
  // The amount is an exact decimal string; Intl accepts it as a string without float rounding.
  return f.format(m.amount as unknown as number);
}

const compact = new Map<string, Intl.NumberFormat>();
export function formatCompact(n: number, loc: string = locale): string {
  let f = compact.get(loc);
  if (!f) {
    f = new Intl.NumberFormat(loc, { notation: "compact", maximumFractionDigits: 1 });
    compact.set(loc, f);
  }
  return f.format(n);
}

/** An audience's estimated size range: "74.5M–87.7M people"; null when unknown. */
export function audienceSize(min: number | null, max: number | null, loc: string = locale): string | null {
  if (min == null && max == null) return null;
  if (min != null && max != null && min !== max) return `${formatCompact(min, loc)}–${formatCompact(max, loc)} people`;
  return `${formatCompact((min ?? max) as number, loc)} people`;
}

/** The UTC calendar day `offset` days before today ("2026-11-30"): the days the reports count. */
export function daysAgo(offset: number): string {
  return new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
}

/** A calendar day ("2026-11-01", no time): shown as that day wherever the viewer is. */
export function formatDay(day: string, loc: string = locale): string {
  return formatDate(`${day.slice(0, 10)}T00:00:00Z`, loc, "UTC");
}

const dates = new Map<string, Intl.DateTimeFormat>();
/** A date as the user's calendar shows it: "Mar 3, 2026". */
/** How old kept data is, for "kept from 3 h ago (Nov 30, 09:15)". */
export function keptAge(iso: string, now: number = Date.now(), loc: string = locale): string {
  const min = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  const age = min < 1 ? "just now" : min < 60 ? `${min} min ago` : min < 48 * 60 ? `${Math.round(min / 60)} h ago` : `${Math.round(min / 1440)} days ago`;
  const time = new Date(iso).toLocaleTimeString(loc, { hour: "2-digit", minute: "2-digit" });
  return `${age} (${formatDate(iso, loc)}, ${time})`;
}

export function formatDate(iso: string, loc: string = locale, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "—";
  const key = `${loc}|${timeZone ?? ""}`;
  let f = dates.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(loc, { year: "numeric", month: "short", day: "numeric", timeZone });
    dates.set(key, f);
  }
  return f.format(d);
}

/** "1–25 of 80" */
export function rangeLabel(page: number, pageSize: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return `0 of ${total}`;
  const first = (page - 1) * pageSize + 1;
  return `${first}–${first + shown - 1} of ${total}`;
}
