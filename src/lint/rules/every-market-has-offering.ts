import { at, type Rule } from '../types.ts';

/** Ensure every market has at least its local store offering, so its row and pivot line are never empty. */
export default {
  name: 'every-market-has-offering',
  description: 'Every market has at least one local-mode offering',
  *check(ctx) {
    const withLocal = new Set<string>();
    for (const entry of ctx.content.entries.offerings) {
      const raw = entry.raw as { market?: unknown; mode?: unknown };
      if (raw.mode === 'local' && typeof raw.market === 'string') withLocal.add(raw.market);
    }
    for (const entry of ctx.valid('markets')) {
      if (!withLocal.has(entry.data.id)) yield at(entry, ['id'], `market ${entry.data.id} has no local store offering (content/offerings/${entry.data.id}-local*.yaml)`);
    }
  },
} satisfies Rule;
