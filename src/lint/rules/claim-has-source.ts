import { COLLECTION_NAMES } from '../load.ts';
import { issueOwner } from '../issues.ts';
import { at, type Rule } from '../types.ts';

/** Ensure every claim cites at least one source (the schema's min(1), reported under this rule). */
export default {
  name: 'claim-has-source',
  description: 'Every claim and seed check cites at least one source id',
  *check(ctx) {
    for (const collection of COLLECTION_NAMES) {
      for (const entry of ctx.content.entries[collection]) {
        for (const issue of entry.issues) {
          if (issueOwner(issue) !== 'claim-has-source') continue;
          const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
          yield at(entry, path, issue.code === 'too_small'
            ? 'no source: cite at least one id from content/sources.yaml'
            : 'sources is missing: cite at least one id from content/sources.yaml');
        }
      }
    }
  },
} satisfies Rule;
