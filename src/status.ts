/**
 * Status of an offering at a date, and how the store types of one market × mode pair
 * combine into one pivot cell. Pure functions over the dated history.
 */
import { compareDates, isOnOrAfter, type IsoDate } from './dates.ts';
import type { HistoryEntry } from './schema.ts';
import type { Status } from './vocab.ts';

export type StatusAt = {
  status: Status;
  /** The history entry in force, or null when the status is derived. */
  entry: HistoryEntry | null;
  /** Why: from the history, before the market opened, or after it opened but before any sourced entry. */
  basis: 'history' | 'before-market-launch' | 'no-entry-yet';
};

type WithHistory = { history: readonly HistoryEntry[] };

/**
 * The status in force on `date`: the last history entry whose `from` is on or before it.
 * Before the first entry, the status is `not-offered` if the market had not opened yet
 * (`marketOpened`, see marketOpenedOn) and `unknown` otherwise: no source says what it was.
 */
export function statusAt(offering: WithHistory, date: IsoDate, marketOpened?: IsoDate): StatusAt {
  let current: HistoryEntry | null = null;
  for (const entry of offering.history) {
    if (isOnOrAfter(date, entry.from)) current = entry;
    else break; // history is sorted ascending (the lint enforces it)
  }
  if (current) return { status: current.status, entry: current, basis: 'history' };
  if (marketOpened && compareDates(date, marketOpened) < 0) return { status: 'not-offered', entry: null, basis: 'before-market-launch' };
  return { status: 'unknown', entry: null, basis: 'no-entry-yet' };
}

/**
 * How available a status is to a seller, most available first. A pivot cell that holds several
 * store types shows the most available one: a seller asks "can I get in here at all?", and the
 * cell's detail lists every store type with its own status. `unknown` ranks above `closed` and
 * `not-offered` because an unknown store type may still be open.
 */
export const AVAILABILITY_ORDER: readonly Status[] = ['open', 'restricted', 'invite-only', 'suspended', 'unknown', 'closed', 'not-offered'];

export function mostAvailable(statuses: readonly Status[]): Status {
  if (statuses.length === 0) return 'unknown';
  let best = statuses[0];
  for (const s of statuses) if (AVAILABILITY_ORDER.indexOf(s) < AVAILABILITY_ORDER.indexOf(best)) best = s;
  return best;
}

/** Every date at which any of the offerings changed status, ascending and unique. */
export function changeDates(offerings: readonly WithHistory[]): string[] {
  const dates = new Set<string>();
  for (const o of offerings) for (const e of o.history) dates.add(e.from);
  return [...dates].sort(compareDates);
}
