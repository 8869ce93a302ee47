import { COLLECTION_NAMES } from '../load.ts';
import { COLLECTIONS } from '../../schema.ts';
import { at, type Rule } from '../types.ts';

/** Ensure a one-entry file is named after its id: content/offerings/<id>.yaml. */
export default {
  name: 'id-matches-filename',
  description: 'In one-entry-per-file collections the id equals the file name without .yaml',
  *check(ctx) {
    for (const collection of COLLECTION_NAMES) {
      if (!COLLECTIONS[collection].perFile) continue;
      for (const entry of ctx.content.entries[collection]) {
        const id = (entry.raw as { id?: unknown }).id;
        if (typeof id !== 'string') continue; // a missing id is a schema problem
        const name = entry.file.slice(entry.file.lastIndexOf('/') + 1, -'.yaml'.length);
        if (id !== name) yield at(entry, ['id'], `id "${id}" does not match the file name ${name}.yaml`);
      }
    }
  },
} satisfies Rule;
