/**
 * ISO dates at the precision a source gives: `2023`, `2023-11` or `2023-11-09`.
 * Comparisons use the first day of the period, so `2022-06` counts from 2022-06-01.
 */

export type IsoDate = string;

/** Matches a year, a year-month or a full date; the calendar check is in isValidIsoDate. */
export const ISO_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** True for a well-formed ISO date of year, month or day precision that exists in the calendar. */
export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  if (value.length < 10) return true;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function precisionOf(value: IsoDate): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** The first day of the period a date names, as YYYY-MM-DD. */
export function startOf(value: IsoDate): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** Order two ISO dates by the first day of their period. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  const sa = startOf(a);
  const sb = startOf(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** True when `date` falls on or after the start of `from`. */
export function isOnOrAfter(date: IsoDate, from: IsoDate): boolean {
  return compareDates(date, from) >= 0;
}

/** Whole months between two dates (b - a), by their start days. */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  const [ya, ma, da] = startOf(a).split('-').map(Number);
  const [yb, mb, db] = startOf(b).split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}

/** Today's date in UTC as YYYY-MM-DD; BUILD_DATE pins it for reproducible builds and tests. */
export function buildDate(env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env): string {
  const pinned = env.BUILD_DATE;
  if (pinned && isValidIsoDate(pinned) && pinned.length === 10) return pinned;
  return new Date().toISOString().slice(0, 10);
}

/** A date at its own precision, for display: 2023-11-09, 2023-11 or 2023. */
export function formatIsoDate(value: IsoDate | null | undefined, locale: 'zh-CN' | 'en'): string {
  if (!value) return locale === 'en' ? 'undated' : '未注明日期';
  return value;
}
