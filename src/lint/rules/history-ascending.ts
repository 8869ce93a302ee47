import { compareDates } from '../../dates.ts';
import { at, type Rule } from '../types.ts';

/** Ensure status history is in date order with one entry per date: statusAt() depends on it. */
export default {
  name: 'history-ascending',
  description: 'Offering history entries ascend by `from`, and no two share a start day',
  *check(ctx) {
    for (const entry of ctx.valid('offerings')) {
      const history = entry.data.history;
      for (let i = 1; i < history.length; i++) {
        const from = history[i].from;
        const previous = history[i - 1].from;
        const order = compareDates(from, previous);
        if (order < 0) yield at(entry, ['history', i, 'from'], `${from} is before ${previous} of the previous entry`);
        else if (order === 0) yield at(entry, ['history', i, 'from'], `${from} starts on the same day as the previous entry (${previous})`);
      }
    }
  },
} satisfies Rule;
