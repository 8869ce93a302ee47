import { COLLECTION_NAMES, type Entry } from '../load.ts';
import { at, type Rule } from '../types.ts';

function where(entry: Entry): string {
  return entry.index === null ? entry.file : `${entry.file} [${entry.index}]`;
}

/** Ensure no two entries of one collection share an id. */
export default {
  name: 'duplicate-ids',
  description: 'No two entries of a collection share an id',
  *check(ctx) {
    for (const collection of COLLECTION_NAMES) {
      const first = new Map<string, Entry>();
      for (const entry of ctx.content.entries[collection] as Entry[]) {
        const id = (entry.raw as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') continue;
        const seen = first.get(id);
        if (seen) yield at(entry, ['id'], `id "${id}" is already used by ${where(seen)}`);
        else first.set(id, entry);
      }
    }
  },
} satisfies Rule;
