/**
 * Timeline helpers: the newest changes for the home page, and the counts the timeline's
 * market and mode filters show. Events with no market apply to every market (e.g. a global end).
 */
import { compareDates, type IsoDate } from './dates.ts';
import type { Event } from './schema.ts';
import type { MarketId, ModeId } from './vocab.ts';

/** Events on or before `today`, newest first (ties keep data order). */
export function latestEvents(events: readonly Event[], today: IsoDate, count: number): Event[] {
  return events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => compareDates(e.date, today) <= 0)
    .sort((a, b) => compareDates(b.e.date, a.e.date) || a.i - b.i)
    .slice(0, count)
    .map(({ e }) => e);
}

/** True when the event concerns the market; an event without markets concerns all of them. */
export function eventInMarket(event: Pick<Event, 'markets'>, market: MarketId): boolean {
  return event.markets.length === 0 || event.markets.includes(market);
}

/** True when the event concerns the mode; an event without modes concerns all of them. */
export function eventInMode(event: Pick<Event, 'modes'>, mode: ModeId): boolean {
  return event.modes.length === 0 || event.modes.includes(mode);
}

/** Events sorted by date ascending (ties keep data order). */
export function chronological(events: readonly Event[]): Event[] {
  return events.map((e, i) => ({ e, i })).sort((a, b) => compareDates(a.e.date, b.e.date) || a.i - b.i).map(({ e }) => e);
}
