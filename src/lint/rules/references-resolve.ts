import { COLLECTIONS } from '../../schema.ts';
import { at, type Rule } from '../types.ts';

/** Ensure every id that points at another entry names one that exists. */
export default {
  name: 'references-resolve',
  description: 'Markets, modes, requirement refs, source ids, related glossary terms and event markets/modes all exist',
  *check(ctx) {
    const markets = ctx.ids('markets');
    const modes = ctx.ids('modes');
    const requirements = ctx.ids('requirements');
    const sources = ctx.ids('sources');
    const glossary = ctx.ids('glossary');
    const missingMarket = (id: string) => `market "${id}" has no file ${COLLECTIONS.markets.path}/${id}.yaml`;
    const missingMode = (id: string) => `mode "${id}" has no file ${COLLECTIONS.modes.path}/${id}.yaml`;

    for (const entry of ctx.valid('offerings')) {
      const o = entry.data;
      if (!markets.has(o.market)) yield at(entry, ['market'], missingMarket(o.market));
      if (!modes.has(o.mode)) yield at(entry, ['mode'], missingMode(o.mode));
      for (const [i, r] of o.requirements.entries()) {
        if (!requirements.has(r.ref)) yield at(entry, ['requirements', i, 'ref'], `requirement "${r.ref}" has no file ${COLLECTIONS.requirements.path}/${r.ref}.yaml`);
      }
    }
    for (const entry of ctx.valid('events')) {
      for (const [i, m] of entry.data.markets.entries()) if (!markets.has(m)) yield at(entry, ['markets', i], missingMarket(m));
      for (const [i, m] of entry.data.modes.entries()) if (!modes.has(m)) yield at(entry, ['modes', i], missingMode(m));
    }
    for (const entry of ctx.valid('glossary')) {
      for (const [i, r] of entry.data.related.entries()) {
        if (!glossary.has(r)) yield at(entry, ['related', i], `glossary term "${r}" is not in ${COLLECTIONS.glossary.path}`);
      }
    }
    for (const c of ctx.citations) {
      for (const [i, s] of c.sources.entries()) {
        if (!sources.has(s)) yield at(c.entry, [...c.path, 'sources', i], `source "${s}" is not in ${COLLECTIONS.sources.path}`);
      }
    }
  },
} satisfies Rule;
