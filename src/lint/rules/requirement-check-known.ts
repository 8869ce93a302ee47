import { PROFILE_FACT_IDS } from '../../profile.ts';
import { at, type Rule } from '../types.ts';

/** Ensure the eligibility finder can evaluate every requirement check. */
export default {
  name: 'requirement-check-known',
  description: 'Every id in a requirement\'s check.anyOf is a profile fact of src/profile.ts',
  *check(ctx) {
    for (const entry of ctx.valid('requirements')) {
      for (const [i, fact] of (entry.data.check?.anyOf ?? []).entries()) {
        if (!PROFILE_FACT_IDS.has(fact)) yield at(entry, ['check', 'anyOf', i], `"${fact}" is not a profile fact in src/profile.ts`);
      }
    }
  },
} satisfies Rule;
