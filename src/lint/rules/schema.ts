import { COLLECTION_NAMES } from '../load.ts';
import { issueOwner, shown } from '../issues.ts';
import { at, type PathSegment, type Rule } from '../types.ts';

/** Ensure every file parses and every entry matches its Zod schema in src/schema.ts. */
export default {
  name: 'schema',
  description: 'Each file parses as YAML and each entry matches its Zod schema (src/schema.ts)',
  *check(ctx) {
    for (const error of ctx.content.fileErrors) yield { file: error.file, field: '', message: error.message };
    for (const collection of COLLECTION_NAMES) {
      for (const entry of ctx.content.entries[collection]) {
        for (const issue of entry.issues) {
          if (issueOwner(issue) !== 'schema') continue;
          const path: PathSegment[] = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
          if (issue.code === 'unrecognized_keys') {
            // One finding per unknown key, at the key itself, so the field names what to delete.
            for (const key of issue.keys) yield at(entry, [...path, key], 'unknown field (not in src/schema.ts)');
            continue;
          }
          const refused = issue.input !== undefined && (typeof issue.input === 'string' || typeof issue.input === 'number');
          yield at(entry, path, refused ? `${issue.message} (got ${shown(issue.input)})` : issue.message);
        }
      }
    }
  },
} satisfies Rule;
