import { at, type Rule } from '../types.ts';

/** Ensure an offering's id reads as market-mode[-store type], as URLs and file names assume. */
export default {
  name: 'offering-id-prefix',
  description: 'An offering id is <market>-<mode> or starts with <market>-<mode>-',
  *check(ctx) {
    for (const entry of ctx.valid('offerings')) {
      const { id, market, mode } = entry.data;
      const prefix = `${market}-${mode}`;
      if (id !== prefix && !id.startsWith(`${prefix}-`)) yield at(entry, ['id'], `id "${id}" should start with "${prefix}" (market-mode[-store type])`);
    }
  },
} satisfies Rule;
