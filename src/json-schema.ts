/**
 * The JSON Schema published as /data/schema.json, generated from the Zod schemas of src/schema.ts,
 * so the downloads and the site are checked by the same rules.
 */
import { z } from 'zod';
import { ISO_DATE_PATTERN } from './dates.ts';
import { COLLECTIONS, isoDate, type CollectionName } from './schema.ts';

type JsonSchema = Record<string, unknown>;

/** Definition name of one entry of each collection. */
const ENTRY_DEFS: Record<CollectionName, string> = {
  markets: 'market', modes: 'mode', offerings: 'offering', requirements: 'requirement',
  sources: 'source', events: 'event', glossary: 'glossaryTerm', seedChecks: 'seedCheck',
};

/** Meta block of every data file. */
const META: JsonSchema = {
  type: 'object',
  description: 'datasetVersion: a hash of the data (changes whenever any fact changes); buildDate: the day the site was built',
  properties: {
    datasetVersion: { type: 'string', pattern: '^[0-9a-f]{12}$' },
    buildDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  },
  required: ['datasetVersion', 'buildDate'],
  additionalProperties: false,
};

/** One entry's schema, as the files hold it: the schema's output (defaults filled, dates as strings). */
export function entryJsonSchema(collection: CollectionName): JsonSchema {
  const schema = z.toJSONSchema(COLLECTIONS[collection].schema, {
    io: 'output',
    // isoDate is a preprocess plus a refine: JSON Schema sees a bare string, so add the pattern by hand.
    override: (ctx) => {
      if (ctx.zodSchema === isoDate) {
        ctx.jsonSchema.pattern = ISO_DATE_PATTERN.source;
        ctx.jsonSchema.description = 'ISO date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD';
      }
    },
  }) as JsonSchema;
  delete schema.$schema;
  return schema;
}

/** Definition name of a whole file, e.g. offeringsFile for offerings.json. */
export const fileDef = (collection: CollectionName) => `${collection}File`;

/**
 * The whole schema: one definition per entry type and per file (`#/$defs/offeringsFile` for
 * offerings.json). The root accepts any of the files.
 */
export function dataJsonSchema(): JsonSchema {
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const $defs: Record<string, JsonSchema> = { meta: META };
  for (const c of names) {
    $defs[ENTRY_DEFS[c]] = entryJsonSchema(c);
    $defs[fileDef(c)] = {
      type: 'object',
      properties: { meta: { $ref: '#/$defs/meta' }, [c]: { type: 'array', items: { $ref: `#/$defs/${ENTRY_DEFS[c]}` } } },
      required: ['meta', c],
      additionalProperties: false,
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'schema.json',
    title: 'TikTok Shop store modes: open data',
    description: 'Schema of the JSON files under /data/. Every claim has sources (ids in sources.json) and a confidence.',
    anyOf: names.map((c) => ({ $ref: `#/$defs/${fileDef(c)}` })),
    $defs,
  };
}
