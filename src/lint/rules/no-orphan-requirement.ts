import { at, type Rule } from '../types.ts';

/** Ensure every requirement is used by at least one offering (otherwise no page shows it). */
export default {
  name: 'no-orphan-requirement',
  description: 'Every requirement is referenced by at least one offering',
  *check(ctx) {
    const used = new Set<string>();
    // Read refs from every offering file, valid or not, so one broken offering does not orphan its requirements.
    for (const entry of ctx.content.entries.offerings) {
      const list = (entry.raw as { requirements?: unknown }).requirements;
      if (!Array.isArray(list)) continue;
      for (const r of list) if (r && typeof r === 'object' && typeof r.ref === 'string') used.add(r.ref);
    }
    for (const entry of ctx.valid('requirements')) {
      if (!used.has(entry.data.id)) yield at(entry, ['id'], `requirement "${entry.data.id}" is not used by any offering`);
    }
  },
} satisfies Rule;
