import { COLLECTION_NAMES } from '../load.ts';
import { at, walk, type Rule } from '../types.ts';

/** The seed article: its claims are checked one by one in content/seed-checks.yaml. */
export const SEED_SOURCE_ID = 's0-seed-article';

function citedIn(raw: unknown, into: Set<string>): void {
  for (const { value } of walk(raw)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const sources = (value as { sources?: unknown }).sources;
    if (Array.isArray(sources)) for (const s of sources) if (typeof s === 'string') into.add(s);
  }
}

/** Ensure every source supports something on the site, and the seed article is checked. */
export default {
  name: 'no-orphan-source',
  description: 'Every source is cited by a claim or seed check; s0-seed-article is cited by a seed check',
  *check(ctx) {
    const cited = new Set<string>();
    const bySeedChecks = new Set<string>();
    for (const collection of COLLECTION_NAMES) {
      for (const entry of ctx.content.entries[collection]) citedIn(entry.raw, cited);
    }
    for (const entry of ctx.content.entries.seedChecks) citedIn(entry.raw, bySeedChecks);
    for (const entry of ctx.valid('sources')) {
      const id = entry.data.id;
      if (!cited.has(id)) yield at(entry, ['id'], `source "${id}" is not cited by any claim`);
      else if (id === SEED_SOURCE_ID && !bySeedChecks.has(id)) {
        yield at(entry, ['id'], `${SEED_SOURCE_ID} must be cited by at least one seed check in content/seed-checks.yaml`);
      }
    }
  },
} satisfies Rule;
