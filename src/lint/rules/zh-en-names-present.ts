import { COLLECTION_NAMES } from '../load.ts';
import { issueOwner } from '../issues.ts';
import { at, type Rule, type ValidEntry } from '../types.ts';

const HAN = /\p{Script=Han}/u;

function messageFor(last: unknown): string {
  if (last === 'zh') return 'Chinese text is missing';
  if (last === 'en') return 'English text is missing';
  return 'name is missing: give name.zh and name.en';
}

/** Ensure every text has both languages, and the names of markets, modes and offerings are in the right script. */
export default {
  name: 'zh-en-names-present',
  description: 'Every name and text has zh and en; zh names contain Chinese, en names do not',
  *check(ctx) {
    for (const collection of COLLECTION_NAMES) {
      for (const entry of ctx.content.entries[collection]) {
        for (const issue of entry.issues) {
          if (issueOwner(issue) !== 'zh-en-names-present') continue;
          const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
          yield at(entry, path, messageFor(path.at(-1)));
        }
      }
    }
    // A copied-over English name in the zh slot (or the reverse) passes the schema; catch it here.
    const named: ValidEntry<'markets' | 'modes' | 'offerings'>[] = [...ctx.valid('markets'), ...ctx.valid('modes'), ...ctx.valid('offerings')];
    for (const entry of named) {
      const { zh, en } = entry.data.name;
      if (!HAN.test(zh)) yield at(entry, ['name', 'zh'], `the Chinese name has no Chinese characters: "${zh}"`);
      if (HAN.test(en)) yield at(entry, ['name', 'en'], `the English name contains Chinese characters: "${en}"`);
    }
  },
} satisfies Rule;
