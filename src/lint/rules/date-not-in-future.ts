import { compareDates } from '../../dates.ts';
import { COLLECTION_NAMES } from '../load.ts';
import { at, walk, DATE_KEYS, type Rule } from '../types.ts';

/** `until` may name a sourced deadline still ahead; every other date records something that happened. */
const MAY_BE_AHEAD: ReadonlySet<string> = new Set(['until']);

/** Ensure no recorded date lies after the build date (a typo such as 2062 for 2026). */
export default {
  name: 'date-not-in-future',
  description: 'No date (except `until`) is after the build date',
  *check(ctx) {
    for (const collection of COLLECTION_NAMES) {
      for (const entry of ctx.valid(collection)) {
        for (const { path, key, value } of walk(entry.data)) {
          if (typeof key !== 'string' || !DATE_KEYS.has(key) || MAY_BE_AHEAD.has(key) || typeof value !== 'string') continue;
          if (compareDates(value, ctx.today) > 0) yield at(entry, path, `${value} is after the build date ${ctx.today}`);
        }
      }
    }
  },
} satisfies Rule;
