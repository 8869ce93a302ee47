import { compareDates } from '../../dates.ts';
import { statusAt } from '../../status.ts';
import { at, type Rule } from '../types.ts';

/** Ensure an offering of a mode that ended everywhere (semi-closed loop) is closed from the end date on. */
export default {
  name: 'mode-ended-closed',
  description: 'Offerings of a mode with an `ended` date are closed on that date and never reopen',
  *check(ctx) {
    for (const entry of ctx.valid('offerings')) {
      const ended = ctx.index.mode.get(entry.data.mode)?.ended?.date;
      if (!ended) continue;
      const then = statusAt(entry.data, ended).status;
      if (then !== 'closed') yield at(entry, ['history'], `mode ${entry.data.mode} ended on ${ended}, but the status then is ${then}: add a closed entry from ${ended}`);
      for (const [i, h] of entry.data.history.entries()) {
        if (compareDates(h.from, ended) > 0 && h.status !== 'closed') yield at(entry, ['history', i, 'status'], `${h.status} after mode ${entry.data.mode} ended on ${ended}`);
      }
    }
  },
} satisfies Rule;
