// Feed dates as ISO 8601 UTC strings. RFC 822/1123 as feeds really write it (odd zones,
// missing seconds or weekday, two-digit years) and W3CDTF/ISO 8601. Anything else is null:
// the store then uses the first-seen time. A date is never invented.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Zone abbreviations in minutes east of UTC: RFC 822's, military letters, and a few common in the wild. */
const ZONES: Readonly<Record<string, number>> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  WET: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  IST: 330,
  JST: 540,
  KST: 540,
  AWST: 480,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  // RFC 822 military zones (A–I = +1…+9, K–M = +10…+12, N–Y = −1…−12).
  A: 60,
  B: 120,
  C: 180,
  D: 240,
  E: 300,
  F: 360,
  G: 420,
  H: 480,
  I: 540,
  K: 600,
  L: 660,
  M: 720,
  N: -60,
  O: -120,
  P: -180,
  Q: -240,
  R: -300,
  S: -360,
  T: -420,
  U: -480,
  V: -540,
  W: -600,
  X: -660,
  Y: -720,
};

// ISO 8601 / W3CDTF, and the same order with slashes as CMSes print it ("2020/1/10 14:33:00").
const ISO_DATE =
  /^(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

const RFC822_DATE =
  /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})(?:\s+|-)([A-Za-z]+)\.?,?(?:\s+|-)(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$/;

/** A date later than this after now is a publisher's mistake (or a trick to pin a post on top). */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

interface ReadDate {
  readonly iso: string;
  /** The zone the text named, in minutes east of UTC; null when it named none. */
  readonly zoneMinutes: number | null;
}

function readDate(text: string | null, defaultZoneMinutes: number): ReadDate | null {
  if (text === null) return null;
  // Fold whitespace and drop a trailing comment such as "(UTC)" or "(Pacific Standard Time)".
  // No real date is longer than this; a hostile one would make the patterns below slow.
  const cleaned = text
    .slice(0, 256)
    .replace(/\s+/g, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  if (cleaned === '') return null;
  return parseIso(cleaned, defaultZoneMinutes) ?? parseRfc822(cleaned, defaultZoneMinutes);
}

/**
 * ISO 8601 UTC, or null. A text without a zone is read in `defaultZoneMinutes` (the feed's own
 * zone where it names one, else UTC, the convention of Universal Feed Parser).
 */
export function parseDate(text: string | null, defaultZoneMinutes = 0): string | null {
  return readDate(text, defaultZoneMinutes)?.iso ?? null;
}

/** The zone a date text names, in minutes east of UTC, or null when it names none. */
export function zoneOfDate(text: string | null): number | null {
  return readDate(text, 0)?.zoneMinutes ?? null;
}

/** The date unless it lies more than a day in the future (then null: never trusted, never invented). */
export function notInFuture(iso: string | null, now: number): string | null {
  return iso !== null && Date.parse(iso) - now > MAX_FUTURE_MS ? null : iso;
}

function parseIso(text: string, defaultZoneMinutes: number): ReadDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [, y, , mo, d, h, mi, s, frac, zone] = m;
  const millis = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const offset = zone ? zoneOffsetMinutes(zone) : defaultZoneMinutes;
  if (offset === null) return null;
  const iso = build(
    Number(y),
    Number(mo ?? 1),
    Number(d ?? 1),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    millis,
    offset,
  );
  return iso === null ? null : { iso, zoneMinutes: zone ? offset : null };
}

function parseRfc822(text: string, defaultZoneMinutes: number): ReadDate | null {
  const m = RFC822_DATE.exec(text);
  if (!m) return null;
  const [, d, monthName, y, h, mi, s, zone] = m;
  const month =
    MONTHS[(monthName ?? '').slice(0, 4).toLowerCase()] ??
    MONTHS[(monthName ?? '').slice(0, 3).toLowerCase()];
  if (month === undefined) return null;
  let year = Number(y);
  // RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx.
  if ((y ?? '').length === 2) year += year < 50 ? 2000 : 1900;
  // An unknown zone name still leaves a usable wall-clock time; read it as UTC.
  const named = zone ? (zoneOffsetMinutes(zone) ?? 0) : null;
  const offset = named ?? defaultZoneMinutes;
  const iso = build(
    year,
    month,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    0,
    offset,
  );
  return iso === null ? null : { iso, zoneMinutes: named };
}

function zoneOffsetMinutes(zone: string): number | null {
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    if (minutes > 14 * 60) return null;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[zone.toUpperCase()] ?? null;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offsetMinutes: number,
): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  const check = new Date(Date.UTC(y, mo - 1, d));
  // Reject 31 February rather than rolling it into March.
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const time = utc - offsetMinutes * 60_000;
  if (!Number.isFinite(time)) return null;
  return new Date(time).toISOString();
}
