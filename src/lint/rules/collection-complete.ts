import { COLLECTIONS } from '../../schema.ts';
import { MARKETS, MODES } from '../../vocab.ts';
import type { Rule } from '../types.ts';

/** Ensure every market and mode of the closed vocabularies (src/vocab.ts) has its file. */
export default {
  name: 'collection-complete',
  description: 'Every id of MARKETS and MODES in src/vocab.ts has a file in content/markets and content/modes',
  *check(ctx) {
    const markets = ctx.ids('markets');
    const modes = ctx.ids('modes');
    for (const id of MARKETS) {
      if (!markets.has(id)) yield { file: `${COLLECTIONS.markets.path}/${id}.yaml`, field: '', message: `market ${id} (src/vocab.ts MARKETS) has no file` };
    }
    for (const id of MODES) {
      if (!modes.has(id)) yield { file: `${COLLECTIONS.modes.path}/${id}.yaml`, field: '', message: `mode ${id} (src/vocab.ts MODES) has no file` };
    }
  },
} satisfies Rule;
