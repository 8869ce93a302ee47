import { at, type Rule } from '../types.ts';

/** Ensure a disputed claim says what the sources disagree about. */
export default {
  name: 'disputed-has-note',
  description: 'A claim marked disputed explains the conflict in its note (zh and en)',
  *check(ctx) {
    for (const c of ctx.citations) {
      if (c.confidence === 'disputed' && c.note === undefined) {
        yield at(c.entry, [...c.path, 'note'], 'a disputed claim needs a note that explains how its sources conflict');
      }
    }
  },
} satisfies Rule;
