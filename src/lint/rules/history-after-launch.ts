import { compareDates } from '../../dates.ts';
import { marketOpenedOn } from '../../dataset.ts';
import { at, type Rule } from '../types.ts';

/**
 * Ensure no status precedes the market's opening (the earlier of onboarding and launch):
 * before it every offering is not-offered by definition (statusAt), so an earlier entry contradicts the market file.
 */
export default {
  name: 'history-after-launch',
  description: 'No history entry starts before its market opened (launch or onboarding date)',
  *check(ctx) {
    for (const entry of ctx.valid('offerings')) {
      const market = ctx.index.market.get(entry.data.market);
      if (!market) continue; // references-resolve reports it
      const opened = marketOpenedOn(market);
      for (const [i, h] of entry.data.history.entries()) {
        if (compareDates(h.from, opened) < 0) yield at(entry, ['history', i, 'from'], `${h.from} is before market ${market.id} opened (${opened})`);
      }
    }
  },
} satisfies Rule;
