/**
 * Freshness of a claim: the date of its newest source. Checking an old source again today does
 * not make its fact current, so freshness comes from publication dates only.
 */
import { compareDates, monthsBetween, type IsoDate } from './dates.ts';

type Dated = { published: IsoDate | null };

/** How old the newest source may be before a claim about today shows "may be outdated". */
export const OUTDATED_AFTER_MONTHS = 12;

/** The newest publication date among the sources, or null when none is dated. */
export function lastSourced(sourceIds: readonly string[], sourceById: ReadonlyMap<string, Dated>): IsoDate | null {
  let newest: IsoDate | null = null;
  for (const id of sourceIds) {
    const published = sourceById.get(id)?.published ?? null;
    if (published && (newest === null || compareDates(published, newest) > 0)) newest = published;
  }
  return newest;
}

/** True when the newest source is more than OUTDATED_AFTER_MONTHS before `today`. Undated claims are not flagged here (they show "undated"). */
export function mayBeOutdated(newest: IsoDate | null, today: IsoDate): boolean {
  if (newest === null) return false;
  return monthsBetween(newest, today) > OUTDATED_AFTER_MONTHS;
}
